/**
 * SendPacket (ICS-04 `sendPacket`): the next sequence of an open channel,
 * the packet commitment at `commitments/{channel}/{sequence}`, event
 * SEND_PACKET with the whole packet; `data` is the sequence, decimal UTF-8.
 *
 * Timeouts are the destination's: as ibc-go does, a timeout is refused
 * when the destination is already past it as this chain's client of the
 * destination knows it (its latest height, and the time of that height),
 * so the client must be active. At least one timeout must be set.
 */
import { toU64, v1 } from '../../../proto/index.js';
import type { DeliverContext, MsgOutcome } from '../module.js';
import { Channels } from './channels.js';
import { packetCommitment } from './commitment.js';
import { PacketErrorCode, packetError } from './errors.js';
import type { PacketEnv } from './module-env.js';
import { heightReached, packetFromProto, packetToProto, timeReached, type Packet } from './packet.js';
import { commitmentPath, pathKey } from './paths.js';

export function sendPacket(msg: v1.SendPacket.$Properties, ctx: DeliverContext, env: PacketEnv): MsgOutcome {
  const channelId = msg.sourceChannel ?? '';
  const channels = new Channels(ctx.store);
  const channel = channels.open(channelId);
  if ((msg.app ?? '') !== channel.app) {
    throw packetError(PacketErrorCode.AppMismatch, `channel ${channelId} belongs to app ${channel.app}`, {
      channel: channelId,
      app: msg.app ?? '',
    });
  }
  const sequence = channels.sequence(channelId, 'send');
  const packet: Packet = packetFromProto({
    sequence: toU64(sequence),
    sourceChain: ctx.chainId,
    sourceChannel: channelId,
    destChain: channel.counterpartyChainId,
    destChannel: channel.counterpartyChannelId,
    app: channel.app,
    payload: msg.payload ?? new Uint8Array(0),
    timeoutHeight: msg.timeoutHeight ?? null,
    timeoutTimestampNs: msg.timeoutTimestampNs ?? null,
  });
  const destination = env.counterparty(ctx.store, ctx.timeNs).latest(channel.clientId);
  if (
    heightReached(destination.height, packet.timeoutHeight) ||
    timeReached(destination.timeNs, packet.timeoutTimestampNs)
  ) {
    throw packetError(
      PacketErrorCode.TimeoutAlreadyPassed,
      `the destination is already past the packet's timeout`,
      {
        channel: channelId,
        destinationHeight: destination.height.height,
        destinationTimeNs: destination.timeNs,
        timeoutHeight: packet.timeoutHeight.height,
        timeoutTimestampNs: packet.timeoutTimestampNs,
      },
    );
  }
  ctx.store.set(pathKey(commitmentPath(channelId, sequence)), packetCommitment(packet));
  channels.setSequence(channelId, 'send', sequence + 1n);
  ctx.emit({ kind: v1.EventKind.EVENT_KIND_SEND_PACKET, packet: packetToProto(packet) });
  return { data: new TextEncoder().encode(sequence.toString()) };
}
