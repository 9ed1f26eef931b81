/**
 * The clearing role of a process: at start and every interval, both
 * directions of every path are compared through `Ledger` queries and the
 * missing work is added to the destinations' queues through `deliverJob`.
 * Each round's jobs carry as proof height the proof chain's latest height
 * read after the round was planned (the source's for `recv`, the
 * destination's for `ack`; 0 for `timeout`, proven past the deadline), so
 * the worker proves at or after the state clearing saw — never before a
 * commitment it found exists. Their ids are the planner's, so work both
 * find is enqueued once.
 */
import type { Ledger } from '../../adapters/index.js';
import { fromU64 } from '../../proto/index.js';
import { clearPaths, startClearingLoop, type ClearingLoop, type ClearingPath } from '../clearing/index.js';
import type { Queue } from '../drivers/index.js';
import type { PacketFilter } from '../filter/index.js';
import type { Logger } from '../logger.js';
import { deliverJob } from '../roles/jobs.js';

export interface ClearingRoleOptions {
  readonly paths: readonly ClearingPath[];
  readonly ledgerOf: (chainId: string) => Ledger | undefined;
  /** The config's packet filter, as the planner applies it. */
  readonly filter: PacketFilter;
  readonly queue: Queue;
  readonly intervalMs: number;
  readonly logger: Logger;
}

export function startClearingRole(options: ClearingRoleOptions): ClearingLoop {
  const log = options.logger.child({ role: 'clearing' });
  const run = async (): Promise<void> => {
    let added = 0;
    await clearPaths({
      paths: options.paths,
      ledgerOf: options.ledgerOf,
      filter: options.filter,
      logger: log,
      onJobs: async (path, jobs) => {
        const heights = new Map<string, bigint>();
        for (const chainId of [path.source.chain, path.dest.chain]) {
          const ledger = options.ledgerOf(chainId);
          if (ledger) heights.set(chainId, fromU64((await ledger.getLatestHeight({})).height?.height));
        }
        for (const job of jobs) {
          const proofChain = job.step === 'recv' ? path.source.chain : path.dest.chain;
          const proofHeight = job.step === 'timeout' ? 0n : (heights.get(proofChain) ?? 0n);
          const { queue, jobId, data } = deliverJob(job, proofHeight);
          if ((await options.queue.add(queue, data.step, data, { jobId })).added) added += 1;
        }
      },
    });
    log.debug({ added }, 'clearing run done');
  };
  return startClearingLoop({ run, intervalMs: options.intervalMs, logger: log });
}
