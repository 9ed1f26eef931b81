/**
 * AcknowledgePacket (ICS-04 `acknowledgePacket`) on the source:
 *
 * 1. the packet left this chain on a channel whose counterparty is its
 *    destination; a commitment no longer stored means the packet was
 *    already acknowledged or timed out: a no-op (ALREADY_DONE); a stored
 *    commitment of other bytes is COMMITMENT_MISMATCH;
 * 2. the acknowledgement's commitment is proven at
 *    `acks/{dest_channel}/{sequence}` on the destination;
 * 3. ordered channels take acknowledgements in sequence
 *    (`nextSequenceAck`, PACKET_OUT_OF_ORDER);
 * 4. the commitment is deleted *before* the app's `onAcknowledgePacket`
 *    runs, so no path through the app can see the packet still pending;
 *    event ACKNOWLEDGE_PACKET.
 */
import { v1 } from '../../../proto/index.js';
import type { DeliverContext, MsgOutcome } from '../module.js';
import { Channels } from './channels.js';
import { ackCommitment, canonicalAck } from './commitment.js';
import { PacketErrorCode, packetError } from './errors.js';
import { appContext, appOf, type PacketEnv } from './module-env.js';
import { packetFromProto, packetToProto } from './packet.js';
import { ackPath } from './paths.js';
import { checkCounterparty, checkThisChain } from './channel-checks.js';
import { pendingCommitment } from './source-commitment.js';

export function acknowledgePacket(
  msg: v1.AcknowledgePacket.$Properties,
  ctx: DeliverContext,
  env: PacketEnv,
): MsgOutcome {
  const packet = packetFromProto(msg.packet);
  checkThisChain(packet.sourceChain, ctx, packet.sequence);
  const channels = new Channels(ctx.store);
  const channel = channels.open(packet.sourceChannel);
  checkCounterparty(channel, packet, 'source');
  const app = appOf(env, channel.app);
  const ack = canonicalAck(msg.acknowledgement);

  const commitment = pendingCommitment(ctx.store, packet);
  if (!commitment) return { alreadyDone: true };

  env.counterparty(ctx.store, ctx.timeNs).verifyMembership(
    {
      clientId: channel.clientId,
      proof: msg.proofAcked,
      path: ackPath(packet.destChannel, packet.sequence),
    },
    ackCommitment(ack),
  );

  if (channel.ordered) {
    const next = channels.sequence(packet.sourceChannel, 'ack');
    if (packet.sequence !== next) {
      throw packetError(
        PacketErrorCode.PacketOutOfOrder,
        `the channel expects the acknowledgement of ${next}`,
        {
          channel: packet.sourceChannel,
          sequence: packet.sequence,
          nextSequenceAck: next,
        },
      );
    }
    channels.setSequence(packet.sourceChannel, 'ack', next + 1n);
  }

  ctx.store.delete(commitment);
  app.onAcknowledgePacket(packet, ack, appContext(ctx));
  ctx.emit({
    kind: v1.EventKind.EVENT_KIND_ACKNOWLEDGE_PACKET,
    packet: packetToProto(packet),
    acknowledgement: v1.Acknowledgement.create(ack),
  });
  return {};
}
