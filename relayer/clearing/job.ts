/**
 * A unit of relay work that clearing (and the planner) hands to a
 * destination's queue. The job id `<src>/<channel>/<sequence>/<step>` is a
 * public contract: queues de-duplicate on it, so the same work
 * found twice — by two clearing runs, or by clearing and the planner — is
 * enqueued once.
 */
import type { v1 } from '../../proto/index.js';
import { fromU64 } from '../../proto/index.js';
import { packetId } from '../status/index.js';

export const clearingSteps = ['recv', 'ack', 'timeout'] as const;
/** recv: deliver to the destination; ack: prove the acknowledgement back; timeout: prove non-receipt back. */
export type ClearingStep = (typeof clearingSteps)[number];

export interface RelayJob {
  readonly jobId: string;
  readonly step: ClearingStep;
  readonly packet: v1.IPacket;
  /** For `ack` jobs: the acknowledgement the destination wrote. */
  readonly acknowledgement?: v1.IAcknowledgement;
}

export function relayJobId(packet: v1.IPacket, step: ClearingStep): string {
  const id = packetId({
    sourceChain: packet.sourceChain ?? '',
    sourceChannel: packet.sourceChannel ?? '',
    sequence: fromU64(packet.sequence),
  });
  return `${id}/${step}`;
}
