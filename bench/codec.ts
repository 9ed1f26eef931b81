/**
 * Packet codec: protobuf encode + decode of a 1 KiB-payload Packet, against
 * JSON.stringify + JSON.parse of the same packet as the baseline.
 */
import { randomBytes } from 'node:crypto';
import { toU64, v1 } from '../proto/index.js';
import { formatRate, measure } from './measure.js';

export async function codec(): Promise<string[]> {
  const payload = randomBytes(1024);
  const packet = {
    sequence: toU64(123_456n),
    sourceChain: 'health-1',
    sourceChannel: 'channel-0',
    destChain: 'main-1',
    destChannel: 'channel-7',
    app: 'records',
    payload,
    timeoutHeight: { revision: toU64(1n), height: toU64(1_000_000n) },
    timeoutTimestampNs: toU64(1_764_000_000_000_000_000n),
  };
  const asJson = {
    ...packet,
    sequence: '123456',
    payload: payload.toString('base64'),
    timeoutHeight: { revision: '1', height: '1000000' },
    timeoutTimestampNs: '1764000000000000000',
  };
  const baseline = await measure(() => JSON.parse(JSON.stringify(asJson)));
  const proto = await measure(() => v1.Packet.decode(v1.Packet.encode(packet).finish()));
  return [
    `baseline  JSON stringify+parse       ${formatRate(baseline)}`,
    `protobuf  Packet encode+decode       ${formatRate(proto)}  (${(proto.opsPerSec / baseline.opsPerSec).toFixed(2)}x baseline)`,
  ];
}
