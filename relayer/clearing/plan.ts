/**
 * The pure half of clearing: given what the chains said about one path,
 * the work that is missing, in sequence order (ICS-04: an ordered channel
 * receives its packets in order, so its jobs must be enqueued so).
 *
 * For each packet whose commitment is still on the source:
 * - received on the destination: `ack`, once the destination's
 *   acknowledgement is known (an app may acknowledge later);
 * - not received, and the destination is past its timeout height or time:
 *   `timeout` (no receipt can be written any more);
 * - not received otherwise: `recv`. On an ordered channel a timeout closes
 *   the channel, so nothing after a packet planned as `timeout` can be
 *   received: those packets wait for their own timeouts.
 */
import { fromU64 } from '../../proto/index.js';
import type { v1 } from '../../proto/index.js';
import { relayJobId, type RelayJob } from './job.js';

/** A chain's height and block time, as `GetLatestHeight` reports them. */
export interface ChainPoint {
  readonly revision: bigint;
  readonly height: bigint;
  readonly timeNs: bigint;
}

export interface PathObservation {
  readonly ordered: boolean;
  /** Packets whose commitment the source still holds (any order). */
  readonly committed: readonly v1.IPacket[];
  /** Whether the destination has received the packet of this sequence. */
  readonly received: (sequence: bigint) => boolean;
  /** Acknowledgements the destination wrote, by sequence. */
  readonly acknowledgements: ReadonlyMap<bigint, v1.IAcknowledgement>;
  /** The destination's latest height and time, read before its receipts. */
  readonly destination: ChainPoint;
  /** An ordered channel on which an earlier batch of packets already planned a timeout. */
  readonly closedByTimeout?: boolean;
}

/** Whether the destination at `at` is past the packet's timeout (relay.proto: zero means none). */
export function timeoutPassed(packet: v1.IPacket, at: ChainPoint): boolean {
  const timeoutHeight = fromU64(packet.timeoutHeight?.height);
  const timeoutRevision = fromU64(packet.timeoutHeight?.revision);
  const heightPassed =
    timeoutHeight !== 0n &&
    (at.revision !== timeoutRevision ? at.revision > timeoutRevision : at.height >= timeoutHeight);
  const timestamp = fromU64(packet.timeoutTimestampNs);
  return heightPassed || (timestamp !== 0n && at.timeNs >= timestamp);
}

export function planPath(observation: PathObservation): RelayJob[] {
  const packets = [...observation.committed].sort((a, b) =>
    compare(fromU64(a.sequence), fromU64(b.sequence)),
  );
  const jobs: RelayJob[] = [];
  let closedAfterTimeout = observation.ordered && observation.closedByTimeout === true;
  for (const packet of packets) {
    const sequence = fromU64(packet.sequence);
    if (observation.received(sequence)) {
      const acknowledgement = observation.acknowledgements.get(sequence);
      if (acknowledgement)
        jobs.push({ jobId: relayJobId(packet, 'ack'), step: 'ack', packet, acknowledgement });
    } else if (timeoutPassed(packet, observation.destination)) {
      jobs.push({ jobId: relayJobId(packet, 'timeout'), step: 'timeout', packet });
      closedAfterTimeout ||= observation.ordered;
    } else if (!closedAfterTimeout) {
      jobs.push({ jobId: relayJobId(packet, 'recv'), step: 'recv', packet });
    }
  }
  return jobs;
}

function compare(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
