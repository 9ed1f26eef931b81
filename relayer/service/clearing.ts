/**
 * The clearing role of a process: at start and every interval, both
 * directions of every path are compared through `Ledger` queries and the
 * missing work is added to the destinations' queues through `deliverJob`.
 * Each round's jobs carry as proof height the proof chain's latest height
 * read after the round was planned (the source's for `recv`, the
 * destination's for `ack`; 0 for `timeout`, proven past the deadline), so
 * the worker proves at or after the state clearing saw — never before a
 * commitment it found exists. Their ids are the planner's, so work both
 * find is enqueued once. `clearOnce` is one such run, for the operator's
 * `isthmus packets clear`.
 */
import type { Ledger } from '../../adapters/index.js';
import type { IsthmusError } from '../../light-clients/index.js';
import { fromU64 } from '../../proto/index.js';
import {
  clearPaths,
  startClearingLoop,
  type ClearingLoop,
  type ClearingPath,
  type RelayJob,
} from '../clearing/index.js';
import type { Queue } from '../drivers/index.js';
import type { PacketFilter } from '../filter/index.js';
import type { Logger } from '../logger.js';
import { deliverJob, type DeliverJobData } from '../roles/jobs.js';

export interface ClearOnceOptions {
  readonly paths: readonly ClearingPath[];
  readonly ledgerOf: (chainId: string) => Ledger | undefined;
  /** The config's packet filter, as the planner applies it. */
  readonly filter: PacketFilter;
  readonly queue: Queue;
  readonly logger: Logger;
}

export interface ClearingRoleOptions extends ClearOnceOptions {
  readonly intervalMs: number;
}

/** One path direction's outcome of a clearing run: the jobs found and how many were new to the queue. */
export interface ClearedPath {
  readonly path: ClearingPath;
  readonly jobs: readonly RelayJob[];
  readonly added: number;
  readonly error?: IsthmusError;
}

export function startClearingRole(options: ClearingRoleOptions): ClearingLoop {
  const log = options.logger.child({ role: 'clearing' });
  const run = async (): Promise<void> => {
    const cleared = await clearOnce({ ...options, logger: log });
    log.debug({ added: cleared.reduce((n, c) => n + c.added, 0) }, 'clearing run done');
  };
  return startClearingLoop({ run, intervalMs: options.intervalMs, logger: log });
}

/** One clearing run over `paths`: the missing work of each is added to the queues (`isthmus packets clear`). */
export async function clearOnce(options: ClearOnceOptions): Promise<ClearedPath[]> {
  const added = new Map<ClearingPath, number>();
  const results = await clearPaths({
    paths: options.paths,
    ledgerOf: options.ledgerOf,
    filter: options.filter,
    logger: options.logger,
    onJobs: async (path, jobs) => {
      const heights = new Map<string, bigint>();
      for (const chainId of [path.source.chain, path.dest.chain]) {
        const ledger = options.ledgerOf(chainId);
        if (ledger) heights.set(chainId, fromU64((await ledger.getLatestHeight({})).height?.height));
      }
      // One addBulk per queue: a round's recv jobs go to the destination, its ack and timeout jobs to the source.
      const byQueue = new Map<string, { name: string; data: DeliverJobData; options: { jobId: string } }[]>();
      for (const job of jobs) {
        const proofChain = job.step === 'recv' ? path.source.chain : path.dest.chain;
        const proofHeight = job.step === 'timeout' ? 0n : (heights.get(proofChain) ?? 0n);
        const { queue, jobId, data } = deliverJob(job, proofHeight);
        byQueue.set(queue, [...(byQueue.get(queue) ?? []), { name: data.step, data, options: { jobId } }]);
      }
      for (const [queue, bulk] of byQueue) {
        const fresh = (await options.queue.addBulk(queue, bulk)).filter((result) => result.added).length;
        added.set(path, (added.get(path) ?? 0) + fresh);
      }
    },
  });
  return results.map((result) =>
    'error' in result
      ? { path: result.path, jobs: [], added: added.get(result.path) ?? 0, error: result.error }
      : { path: result.path, jobs: result.jobs, added: added.get(result.path) ?? 0 },
  );
}
