/**
 * RecvPacket (ICS-04 `recvPacket`) on the destination:
 *
 * 1. the packet is for an open channel of this chain whose counterparty is
 *    the packet's source (COUNTERPARTY_MISMATCH otherwise);
 * 2. its commitment is proven at `commitments/{source_channel}/{sequence}`
 *    on the source, against this chain's client of the source;
 * 3. replay protection: unordered, a receipt already written, or ordered, a
 *    sequence below `nextSequenceRecv`, is a no-op (ALREADY_DONE), before
 *    the timeout check so that a late replay still reports what happened;
 *    ordered, a sequence above it is PACKET_OUT_OF_ORDER;
 * 4. a packet whose timeout this block has reached is PACKET_TIMED_OUT;
 * 5. the receipt is written (unordered) or `nextSequenceRecv` advances
 *    (ordered), the app answers, its acknowledgement's commitment goes to
 *    `acks/{channel}/{sequence}`; events RECV_PACKET and WRITE_ACK; `data`
 *    is the encoded `Acknowledgement`.
 */
import { v1 } from '../../../proto/index.js';
import { BranchStore } from '../branch-store.js';
import type { DeliverContext, MsgOutcome } from '../module.js';
import { checkCounterparty, checkThisChain } from './channel-checks.js';
import { Channels } from './channels.js';
import { ackCommitment, canonicalAck, packetCommitment } from './commitment.js';
import { PacketErrorCode, packetError } from './errors.js';
import { appContext, appOf, type PacketEnv } from './module-env.js';
import { heightReached, packetFromProto, packetToProto, timeReached } from './packet.js';
import { ackPath, commitmentPath, pathKey, RECEIPT, receiptPath } from './paths.js';
import { revisionOf } from '../revision.js';

export function recvPacket(msg: v1.RecvPacket.$Properties, ctx: DeliverContext, env: PacketEnv): MsgOutcome {
  const packet = packetFromProto(msg.packet);
  checkThisChain(packet.destChain, ctx, packet.sequence);
  const channels = new Channels(ctx.store);
  const channel = channels.open(packet.destChannel);
  checkCounterparty(channel, packet, 'destination');
  const app = appOf(env, channel.app);

  env.counterparty(ctx.store, ctx.timeNs).verifyMembership(
    {
      clientId: channel.clientId,
      proof: msg.proofCommitment,
      path: commitmentPath(packet.sourceChannel, packet.sequence),
    },
    packetCommitment(packet),
  );

  const receipt = pathKey(receiptPath(packet.destChannel, packet.sequence));
  if (channel.ordered) {
    const next = channels.sequence(packet.destChannel, 'recv');
    if (packet.sequence < next) return { alreadyDone: true };
    if (packet.sequence > next) {
      throw packetError(PacketErrorCode.PacketOutOfOrder, `the channel expects sequence ${next}`, {
        channel: packet.destChannel,
        sequence: packet.sequence,
        nextSequenceRecv: next,
      });
    }
  } else if (ctx.store.get(receipt) !== undefined) {
    return { alreadyDone: true };
  }

  const here = { revision: revisionOf(ctx.chainId), height: ctx.height };
  if (heightReached(here, packet.timeoutHeight) || timeReached(ctx.timeNs, packet.timeoutTimestampNs)) {
    throw packetError(PacketErrorCode.PacketTimedOut, 'this chain is past the packet timeout', {
      channel: packet.destChannel,
      sequence: packet.sequence,
      height: ctx.height,
      timeNs: ctx.timeNs,
    });
  }

  if (channel.ordered) channels.setSequence(packet.destChannel, 'recv', packet.sequence + 1n);
  else ctx.store.set(receipt, RECEIPT);

  const appStore = new BranchStore(ctx.store);
  const ack = canonicalAck(app.onRecvPacket(packet, appContext(ctx, appStore)));
  if ('result' in ack) appStore.write();
  ctx.store.set(pathKey(ackPath(packet.destChannel, packet.sequence)), ackCommitment(ack));

  const acknowledgement = v1.Acknowledgement.create(ack);
  ctx.emit({ kind: v1.EventKind.EVENT_KIND_RECV_PACKET, packet: packetToProto(packet) });
  ctx.emit({ kind: v1.EventKind.EVENT_KIND_WRITE_ACK, packet: packetToProto(packet), acknowledgement });
  return { data: v1.Acknowledgement.encode(acknowledgement).finish() };
}
