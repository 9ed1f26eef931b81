/**
 * The `path` label of packet metrics: `<src chain>/<channel>-><dst chain>/<channel>`.
 * Bounded by the configured paths (never a packet id or sequence).
 */
import type { v1 } from '../../proto/index.js';
import type { PacketRecord } from '../status/index.js';

export function pathLabel(record: Pick<PacketRecord, 'id' | 'packet'>): string {
  const p = record.packet;
  if (p?.sourceChain && p.sourceChannel) {
    return `${p.sourceChain}/${p.sourceChannel}->${destOf(p)}`;
  }
  // A record without its packet still names its source in its id (`<chain>/<channel>/<sequence>`).
  const source = record.id.split('/').slice(0, 2).join('/');
  return `${source}->unknown`;
}

function destOf(packet: v1.IPacket): string {
  return packet.destChain && packet.destChannel ? `${packet.destChain}/${packet.destChannel}` : 'unknown';
}
