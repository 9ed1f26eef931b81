/**
 * A `PacketRecord` as the wire's `isthmus.v1.Message` (relay.proto), the
 * shape published on `isthmus.packets.<id>` and returned by the Relay API.
 */
import { toU64, v1 } from '../../proto/index.js';
import type { Hop, PacketRecord, PacketStatus } from './model.js';

const wireStatus: Readonly<Record<PacketStatus, v1.MessageStatus>> = {
  sent: v1.MessageStatus.MESSAGE_STATUS_SENT,
  // relay.proto has no "proven": the packet is still only committed on its source.
  proven: v1.MessageStatus.MESSAGE_STATUS_SENT,
  received: v1.MessageStatus.MESSAGE_STATUS_RECEIVED,
  acknowledged: v1.MessageStatus.MESSAGE_STATUS_ACKNOWLEDGED,
  'timed-out': v1.MessageStatus.MESSAGE_STATUS_TIMED_OUT,
  failed: v1.MessageStatus.MESSAGE_STATUS_FAILED,
};

export function toMessage(
  record: PacketRecord,
  revisionOf: (chainId: string) => bigint = () => 0n,
): v1.Message {
  return v1.Message.create({
    messageId: record.id,
    status: wireStatus[record.status],
    hops: record.hops.map((hop) => toHop(hop, revisionOf(hop.chainId))),
    ...(record.packet === undefined ? {} : { packet: record.packet }),
    ...(record.acknowledgement === undefined ? {} : { acknowledgement: record.acknowledgement }),
  });
}

function toHop(hop: Hop, revision: bigint): v1.IHop {
  return {
    chainId: hop.chainId,
    step: hop.step,
    height: { revision: toU64(revision), height: toU64(hop.height) },
    txId: hop.txId,
    timeNs: toU64(hop.timeNs),
    ...(hop.proofHeight === undefined
      ? {}
      : { proofHeight: { revision: toU64(revision), height: toU64(hop.proofHeight) } }),
    ...(hop.error === undefined ? {} : { error: hop.error }),
  };
}
