/**
 * Clearing one path: reads the source's pending commitments and the
 * destination's receipts and acknowledgements through `Ledger` queries,
 * then plans the missing work (plan.ts). Reads only; running it twice, or
 * beside the planner, enqueues nothing twice because job ids are stable.
 *
 * Packets are checked in rounds of `chunkSize`, in sequence order, and each
 * round's jobs are handed to `onJobs` at once, so the first jobs of a large
 * backlog can be enqueued before the last packets are read.
 *
 * Order of reads: the destination's latest point first, so a packet judged
 * timed out was provably unreceived at a height past its timeout (no
 * receipt can appear after); then the source's commitments, then the
 * destination's receipts, so a packet received in between is at worst
 * planned once more and the job finds it already done.
 */
import type { Logger } from 'pino';
import type { Ledger } from '../../adapters/index.js';
import { commitmentPath, receiptPath } from '../../adapters/devnet/packets/index.js';
import { fromU64, type v1 } from '../../proto/index.js';
import { packetAllowed, type PacketFilter } from '../filter/index.js';
import {
  latestPoint,
  nextSequenceRecv,
  sentPackets,
  stillCommitted,
  valueAt,
  writtenAcknowledgements,
} from './chain-reads.js';
import { mapConcurrent } from './concurrency.js';
import { describePath, type ClearingPath } from './path.js';
import { planPath } from './plan.js';
import type { RelayJob } from './job.js';

export interface ClearPathOptions {
  readonly path: ClearingPath;
  readonly source: Ledger;
  readonly dest: Ledger;
  /** First source height whose SEND_PACKET events are read (default 1: the whole history). */
  readonly sourceFromHeight?: bigint;
  /** First destination height whose WRITE_ACK events are read (default 1). */
  readonly destFromHeight?: bigint;
  /** Proof queries in flight per chain (default 16). */
  readonly concurrency?: number;
  /**
   * Packets checked per round (default 500). Each round's jobs go to
   * `onJobs` before the next round starts, so a large backlog starts
   * moving long before it is fully read, in sequence order.
   */
  readonly chunkSize?: number;
  /** Packets the config leaves out are not planned (the planner applies the same filter). */
  readonly filter?: PacketFilter;
  /** Told each round's jobs, in sequence order; awaited (back-pressure). */
  readonly onJobs?: (jobs: readonly RelayJob[]) => Promise<void> | void;
  readonly logger?: Logger;
}

const DEFAULT_CONCURRENCY = 16;
const DEFAULT_CHUNK_SIZE = 500;

export async function clearPath(options: ClearPathOptions): Promise<RelayJob[]> {
  const { path, source, dest } = options;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  }
  const destination = await latestPoint(dest, path.dest.chain);
  const sourcePoint = await latestPoint(source, path.source.chain);

  const sent = await sentPackets(source, path, {
    revision: sourcePoint.revision,
    height: options.sourceFromHeight ?? 1n,
  });
  const filter = options.filter;
  const candidates = [...sent.values()]
    .filter(({ packet }) => filter === undefined || packetAllowed(packet, filter))
    .sort((a, b) => compareSequences(a.packet, b.packet));
  const jobs: RelayJob[] = [];
  let acknowledgements: Map<bigint, v1.IAcknowledgement> | undefined;
  let closedByTimeout = false;
  for (let start = 0; start < candidates.length; start += chunkSize) {
    const chunk = candidates.slice(start, start + chunkSize);
    const open = await mapConcurrent(chunk, concurrency, ({ packet, height }) =>
      stillCommitted(
        source,
        path.source.chain,
        commitmentPath(path.source.channel, fromU64(packet.sequence)),
        height,
      ),
    );
    const committed = chunk.filter((_, i) => open[i]).map(({ packet }) => packet);
    const received = await receivedOn(dest, path, committed, concurrency);
    // Read once, after the first receipts seen: acknowledgements of packets received later wait for the next run.
    if (acknowledgements === undefined && committed.some((p) => received(fromU64(p.sequence)))) {
      acknowledgements = await writtenAcknowledgements(dest, path, {
        revision: destination.revision,
        height: options.destFromHeight ?? 1n,
      });
    }
    const planned = planPath({
      ordered: path.ordering === 'ordered',
      committed,
      received,
      acknowledgements: acknowledgements ?? new Map(),
      destination,
      closedByTimeout,
    });
    closedByTimeout ||= planned.some((j) => j.step === 'timeout');
    if (planned.length > 0) await options.onJobs?.(planned);
    jobs.push(...planned);
  }
  options.logger?.debug({ path: describePath(path), sent: sent.size, jobs: jobs.length }, 'path cleared');
  return jobs;
}

function compareSequences(a: v1.IPacket, b: v1.IPacket): number {
  const x = fromU64(a.sequence);
  const y = fromU64(b.sequence);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Whether the destination received each packet: an ordered channel by its
 * `nextSequenceRecv` (one read), an unordered one by each receipt.
 */
async function receivedOn(
  dest: Ledger,
  path: ClearingPath,
  committed: readonly v1.IPacket[],
  concurrency: number,
): Promise<(sequence: bigint) => boolean> {
  if (committed.length === 0) return () => false;
  if (path.ordering === 'ordered') {
    const next = await nextSequenceRecv(dest, path.dest.chain, path.dest.channel);
    return (sequence) => sequence < next;
  }
  const receipts = await mapConcurrent(committed, concurrency, async (packet) => {
    const sequence = fromU64(packet.sequence);
    return [
      sequence,
      (await valueAt(dest, path.dest.chain, receiptPath(path.dest.channel, sequence))) !== undefined,
    ] as const;
  });
  const receivedSet = new Set(receipts.filter(([, r]) => r).map(([sequence]) => sequence));
  return (sequence) => receivedSet.has(sequence);
}
