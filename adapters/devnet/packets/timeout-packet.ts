/**
 * TimeoutPacket (ICS-04 `timeoutPacket`) on the source:
 *
 * 1. the packet left this chain on a channel (open or closed: the packets
 *    of a closed ordered channel still time out) whose counterparty is its
 *    destination; no stored commitment is a no-op (ALREADY_DONE), another
 *    one COMMITMENT_MISMATCH;
 * 2. the destination reached the timeout at the proof height: the proof
 *    height, or the time of the client's consensus state there, is at or
 *    past it (TIMEOUT_NOT_REACHED otherwise);
 * 3. non-receipt is proven in that state: unordered, the absence of
 *    `receipts/{dest_channel}/{sequence}`; ordered,
 *    `nextSequenceRecv/{dest_channel}` = `next_sequence_recv` with
 *    `next_sequence_recv <= sequence` (PACKET_ALREADY_RECEIVED otherwise);
 * 4. the commitment is deleted, an ordered channel closes (ICS-04: an
 *    ordered channel cannot skip a packet), the app's `onTimeoutPacket`
 *    runs; event TIMEOUT_PACKET.
 */
import { fromU64, v1 } from '../../../proto/index.js';
import type { DeliverContext, MsgOutcome } from '../module.js';
import { Channels } from './channels.js';
import { PacketErrorCode, packetError } from './errors.js';
import { appContext, appOf, type PacketEnv } from './module-env.js';
import { heightReached, packetFromProto, packetToProto, timeReached } from './packet.js';
import { encodeU64, nextSequenceRecvPath, receiptPath } from './paths.js';
import { checkCounterparty, checkThisChain } from './channel-checks.js';
import { pendingCommitment } from './source-commitment.js';

export function timeoutPacket(
  msg: v1.TimeoutPacket.$Properties,
  ctx: DeliverContext,
  env: PacketEnv,
): MsgOutcome {
  const packet = packetFromProto(msg.packet);
  checkThisChain(packet.sourceChain, ctx, packet.sequence);
  const channels = new Channels(ctx.store);
  const channel = channels.get(packet.sourceChannel);
  checkCounterparty(channel, packet, 'source');
  const app = appOf(env, channel.app);

  const commitment = pendingCommitment(ctx.store, packet);
  if (!commitment) return { alreadyDone: true };

  const client = env.counterparty(ctx.store, ctx.timeNs);
  const proofHeight = client.proofHeight(channel.clientId, msg.proofUnreceived);
  const proofTime = client.timeAt(channel.clientId, proofHeight.height);
  if (
    !heightReached(proofHeight, packet.timeoutHeight) &&
    !timeReached(proofTime, packet.timeoutTimestampNs)
  ) {
    throw packetError(
      PacketErrorCode.TimeoutNotReached,
      'the destination has not reached the timeout at the proof height',
      {
        channel: packet.sourceChannel,
        sequence: packet.sequence,
        proofHeight: proofHeight.height,
        proofTimeNs: proofTime,
      },
    );
  }

  const proof = { clientId: channel.clientId, proof: msg.proofUnreceived };
  if (channel.ordered) {
    const nextSequenceRecv = fromU64(msg.nextSequenceRecv);
    if (nextSequenceRecv > packet.sequence) {
      throw packetError(PacketErrorCode.PacketAlreadyReceived, 'the destination has received the packet', {
        channel: packet.sourceChannel,
        sequence: packet.sequence,
        nextSequenceRecv,
      });
    }
    client.verifyMembership(
      { ...proof, path: nextSequenceRecvPath(packet.destChannel) },
      encodeU64(nextSequenceRecv),
    );
    channels.close(packet.sourceChannel);
  } else {
    client.verifyNonMembership({ ...proof, path: receiptPath(packet.destChannel, packet.sequence) });
  }

  ctx.store.delete(commitment);
  app.onTimeoutPacket(packet, appContext(ctx));
  ctx.emit({ kind: v1.EventKind.EVENT_KIND_TIMEOUT_PACKET, packet: packetToProto(packet) });
  return {};
}
