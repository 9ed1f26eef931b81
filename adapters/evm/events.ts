/**
 * The contract's logs as `ChainEvent`s, in chain order: a log's cursor is
 * (block number, transaction index, log index), the log index counting
 * through the block as nodes report it, so cursors increase strictly.
 * Logs of other events (channels, committee, batch results) are not packet
 * events and are left out.
 */
import { fromU64, toU64, v1 } from '../../proto/index.js';
import type { ChainReader, RpcLog } from './chain-reader.js';
import { packetFromLog, packetsInterface } from './contract.js';

const KIND: Readonly<Record<string, v1.EventKind>> = {
  PacketSent: v1.EventKind.EVENT_KIND_SEND_PACKET,
  PacketReceived: v1.EventKind.EVENT_KIND_RECV_PACKET,
  AcknowledgementWritten: v1.EventKind.EVENT_KIND_WRITE_ACK,
  PacketAcknowledged: v1.EventKind.EVENT_KIND_ACKNOWLEDGE_PACKET,
  PacketTimedOut: v1.EventKind.EVENT_KIND_TIMEOUT_PACKET,
};

const decoder = new TextDecoder();

function acknowledgement(success: unknown, response: unknown): v1.IAcknowledgement {
  const bytes = Uint8Array.from(Buffer.from(String(response).slice(2), 'hex'));
  return success ? { result: bytes } : { error: decoder.decode(bytes) };
}

/** The packet events among `logs` (one contract's), with their block times. */
export async function eventsOfLogs(
  logs: readonly RpcLog[],
  chainId: string,
  reader: ChainReader,
): Promise<v1.ChainEvent[]> {
  const events: v1.ChainEvent[] = [];
  for (const log of logs) {
    const parsed = packetsInterface.parseLog({ topics: [...log.topics], data: log.data });
    const kind = parsed && KIND[parsed.name];
    if (!parsed || kind === undefined) continue;
    const number = BigInt(log.blockNumber);
    const block = await reader.block(number);
    const [packet, success, response] = parsed.args;
    const withAck =
      kind === v1.EventKind.EVENT_KIND_WRITE_ACK || kind === v1.EventKind.EVENT_KIND_ACKNOWLEDGE_PACKET;
    events.push(
      v1.ChainEvent.create({
        chainId,
        kind,
        cursor: {
          height: { revision: toU64(0n), height: toU64(number) },
          txIndex: Number(BigInt(log.transactionIndex)),
          eventIndex: Number(BigInt(log.logIndex)),
        },
        txId: log.transactionHash.replace(/^0x/, ''),
        timeNs: toU64(block.timeNs),
        packet: packetFromLog(packet),
        ...(withAck ? { acknowledgement: acknowledgement(success, response) } : {}),
      }),
    );
  }
  return events.sort((a, b) => {
    const h = fromU64(a.cursor?.height?.height) - fromU64(b.cursor?.height?.height);
    if (h !== 0n) return h < 0n ? -1 : 1;
    return (
      (a.cursor?.txIndex ?? 0) - (b.cursor?.txIndex ?? 0) ||
      (a.cursor?.eventIndex ?? 0) - (b.cursor?.eventIndex ?? 0)
    );
  });
}
