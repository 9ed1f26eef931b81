/**
 * The backlog by path: packets sent and not yet acknowledged, timed out or
 * failed, and the age of the oldest, from the status store's records. Pure:
 * the clock is a parameter.
 */
import type { PacketRecord, PacketStatus } from '../status/index.js';
import { pathLabel } from './path-label.js';

/** The statuses of a packet still on its way. */
export const PENDING_STATUSES: readonly PacketStatus[] = ['sent', 'proven', 'received'];

export interface PathBacklog {
  readonly packets: number;
  /** Seconds since the oldest pending packet was sent (0 when its send time is unknown). */
  readonly oldestAgeSeconds: number;
}

export function backlogByPath(records: readonly PacketRecord[], nowNs: bigint): Map<string, PathBacklog> {
  const byPath = new Map<string, PathBacklog>();
  for (const record of records) {
    if (!PENDING_STATUSES.includes(record.status)) continue;
    const path = pathLabel(record);
    const sentNs = record.hops.find((hop) => hop.step === 'send')?.timeNs ?? 0n;
    const ageSeconds = sentNs > 0n && nowNs > sentNs ? Number(nowNs - sentNs) / 1e9 : 0;
    const seen = byPath.get(path);
    byPath.set(path, {
      packets: (seen?.packets ?? 0) + 1,
      oldestAgeSeconds: Math.max(seen?.oldestAgeSeconds ?? 0, ageSeconds),
    });
  }
  return byPath;
}
