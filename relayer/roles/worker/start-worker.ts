/**
 * The worker role: one per destination chain, bound to the queue
 * `deliver:<destination>`. It takes batches of jobs, decodes each job's
 * data (relayer/roles/jobs.ts) into a delivery step and hands the batch to
 * `deliverBatch` — one verified client update per proof chain, proofs
 * verified locally, one submission — then maps each step's outcome onto
 * its job:
 *
 * - done: the job completes; ALREADY_DONE and other "applied already"
 *   answers count as redundant, never as failures;
 * - retry (unavailable, deadline, not yet): the queue retries the job after
 *   an exponential backoff with jitter and dead-letters it with its reason
 *   when its attempts are spent;
 * - permanent (a bad header or proof, a job with bad data): dead-lettered
 *   at once, no loop, and an alert is raised with the code.
 *
 * With a status store, applied steps move their packet to received,
 * acknowledged or timed-out, and permanent failures to failed. A status or
 * alert sink that fails is logged; it never fails the job, whose effect is
 * already on the chain. The counts of each outcome are logged every
 * `reportIntervalMs` and when the worker stops.
 */
import type { Ledger } from '../../../adapters/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import type { Job, JobOutcome, Queue } from '../../drivers/index.js';
import { permanent } from '../../drivers/index.js';
import {
  deliverBatch,
  type DeliveryOutcome,
  type DeliveryReport,
  type DeliveryStep,
} from '../../delivery/index.js';
import type { Logger } from '../../logger.js';
import type { StatusStore } from '../../status/index.js';
import type { AlertSink } from '../alerts.js';
import { deliverQueue, type DeliverJobData } from '../jobs.js';
import type { WorkerMetrics } from '../metrics.js';
import { WorkerCounters, type WorkerCounts } from './counters.js';
import { badJobError, deliveryStep } from './job-step.js';
import { DELIVERY_FAILED, jobOutcome } from './job-outcome.js';
import { statusTransition } from './status-update.js';

export interface WorkerOptions {
  readonly queue: Queue;
  /** The chain this worker submits to; it consumes `deliver:<destChainId>`. */
  readonly destChainId: string;
  readonly dest: Ledger;
  /** Proof chains by chain id (the packets' sources for recv, their destinations for ack/timeout). */
  readonly sources: ReadonlyMap<string, Ledger>;
  /** The destination's client id of each proof chain. */
  readonly clientIds: ReadonlyMap<string, string>;
  /** Batches in flight at once. */
  readonly concurrency: number;
  /** Most jobs per batch (one submission). */
  readonly batchSize: number;
  /** After the first ready job, wait at most this long for the batch to fill. */
  readonly batchDelayMs: number;
  readonly alerts: AlertSink;
  readonly statusStore?: StatusStore;
  readonly logger: Logger;
  /** The worker logs its counts this often (default 60 s), and once more when it stops. */
  readonly reportIntervalMs?: number;
  /** Nanoseconds since the epoch that headers and proofs are verified at; default the wall clock. */
  readonly now?: () => bigint;
  /** Told of every header and proof verified and every step not done. */
  readonly metrics?: WorkerMetrics;
}

export interface Worker {
  /** What this worker has done since it started. */
  counts(): WorkerCounts;
  /** Stops taking jobs and waits for the batches in hand to settle. */
  close(): Promise<void>;
}

/** A batch step left without an outcome: a bug; the batch is retried. */
export const WORKER_UNDECIDED = 'WORKER_UNDECIDED';

const wallClockNs = (): bigint => BigInt(Date.now()) * 1_000_000n;

export function startWorker(options: WorkerOptions): Worker {
  const { queue, destChainId, alerts, statusStore } = options;
  const now = options.now ?? wallClockNs;
  const logger = options.logger.child({ role: 'worker', destChain: destChainId });
  const counters = new WorkerCounters();

  const alert = async (code: string, message: string, context: Record<string, unknown>): Promise<void> => {
    try {
      await alerts.raise({ code, message, context: { destChain: destChainId, ...context } });
    } catch (err) {
      logger.error({ err, code, ...context }, 'raising an alert failed');
    }
  };

  const report = async (
    step: DeliveryStep,
    outcome: DeliveryOutcome,
    delivered: DeliveryReport | undefined,
    timeNs: bigint,
  ): Promise<void> => {
    const transition = statusTransition(step, outcome, delivered, destChainId, timeNs);
    if (!statusStore || !transition) return;
    try {
      await statusStore.apply(transition);
    } catch (err) {
      logger.warn({ err, packetId: step.packetId, status: transition.status }, 'packet status not updated');
    }
  };

  /** Delivers the decoded steps in one batch; their outcomes by job index. */
  const deliver = async (
    steps: readonly { readonly index: number; readonly step: DeliveryStep }[],
    jobs: readonly Job<DeliverJobData>[],
  ): Promise<Map<number, JobOutcome>> => {
    const outcomes = new Map<number, JobOutcome>();
    if (steps.length === 0) return outcomes;
    const timeNs = now();
    const delivered = await deliverBatch({
      destChainId,
      dest: options.dest,
      sources: options.sources,
      clientIds: options.clientIds,
      steps: steps.map((s) => s.step),
      now: timeNs,
      logger,
      ...(options.metrics === undefined ? {} : { metrics: options.metrics }),
    });
    // Alerts and status updates of different steps are independent: sent together, not one round trip after another.
    const sideEffects: Promise<void>[] = [];
    for (const [k, { index, step }] of steps.entries()) {
      const outcome = delivered.outcomes[k];
      // deliverBatch decides every step; throwing here retries the whole batch, as the queue does for a throwing handler.
      if (!outcome) throw new IsthmusError(WORKER_UNDECIDED, `step ${k} of the batch has no outcome`);
      counters.count(outcome);
      if (outcome.kind !== 'done')
        options.metrics?.submissionError(destChainId, outcome.code ?? DELIVERY_FAILED);
      outcomes.set(index, jobOutcome(outcome, destChainId));
      if (outcome.kind === 'permanent') {
        sideEffects.push(
          alert(outcome.code ?? DELIVERY_FAILED, outcome.message ?? 'permanent failure', {
            packetId: step.packetId,
            step: step.step,
            jobId: jobs[index]?.id,
          }),
        );
      }
      sideEffects.push(report(step, outcome, delivered, timeNs));
    }
    // Neither rejects: both log their own failures.
    await Promise.all(sideEffects);
    return outcomes;
  };

  const handle = async (jobs: readonly Job<DeliverJobData>[]): Promise<readonly JobOutcome[]> => {
    const refused = new Map<number, JobOutcome>();
    const steps: { readonly index: number; readonly step: DeliveryStep }[] = [];
    for (const [index, job] of jobs.entries()) {
      try {
        steps.push({ index, step: deliveryStep(job.data) });
      } catch (cause) {
        const error = badJobError(job.id, destChainId, cause);
        counters.count({ kind: 'permanent' });
        options.metrics?.submissionError(destChainId, error.code);
        logger.error({ jobId: job.id, code: error.code, err: cause }, error.message);
        await alert(error.code, error.message, { jobId: job.id });
        refused.set(index, permanent(error));
      }
    }
    const delivered = await deliver(steps, jobs);
    return jobs.map((job, index) => {
      const outcome = refused.get(index) ?? delivered.get(index);
      if (!outcome) throw new IsthmusError(WORKER_UNDECIDED, `job ${job.id} has no outcome`);
      return outcome;
    });
  };

  const processor = queue.process<DeliverJobData>(deliverQueue(destChainId), handle, {
    concurrency: options.concurrency,
    batchSize: options.batchSize,
    batchDelayMs: options.batchDelayMs,
  });
  logger.info({ queue: deliverQueue(destChainId) }, 'worker started');
  // Operators (and the fault tests) read redundant submissions — another relayer got there first — from these lines.
  const reporting = setInterval(
    () => logger.info(counters.snapshot(), 'worker counts'),
    options.reportIntervalMs ?? 60_000,
  );
  reporting.unref();

  return {
    counts: () => counters.snapshot(),
    async close() {
      clearInterval(reporting);
      await processor.close();
      logger.info(counters.snapshot(), 'worker stopped');
    },
  };
}
