/**
 * The distributed queue driver: BullMQ on Redis. Any number of processes
 * share a queue; a job is held by one of them at a time (a Redis lock),
 * and a job whose holder died is taken back by BullMQ's stalled-job check.
 *
 * Choices:
 * - Batches: BullMQ 6.7's open-source Worker runs one job per call, so each
 *   processor is a Worker with `autorun: false` fed into the shared batch
 *   loop (`batch-loop.ts`) through `getNextJob`; every job of a batch is
 *   completed or failed with the token it was taken with, and its lock is
 *   extended while the handler runs.
 * - Names: BullMQ refuses `:` in queue names, so the logical name
 *   (`deliver:<chain>`) is stored URI-encoded; the dead-letter list is the
 *   queue `<encoded>#dead` (`#` never appears in an encoded name), whose
 *   jobs are never processed.
 * - Retries use BullMQ's own exponential backoff with jitter (the same
 *   formula as `backoff.ts`); `permanent` fails the job with
 *   `UnrecoverableError`, so BullMQ does not retry it. A job that fails for
 *   good is first written to the dead-letter list (idempotent by job id),
 *   then moved to failed, so a crash between the two leaves no job lost.
 * - Done and failed jobs are kept (done ones for `keepCompletedMs`), so
 *   re-adding their id stays a no-op. `added` is exact unless two processes
 *   add one id at the same moment; there is still only one job.
 * - One Redis connection per driver for commands; each processor's Worker
 *   adds the blocking connection BullMQ needs.
 */
import { randomUUID } from 'node:crypto';
import {
  Queue as BullQueue,
  UnrecoverableError,
  Worker,
  type Job as BullJob,
  type JobsOptions,
} from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import type { RedisConfig } from '../config/schema.js';
import type { Logger } from '../logger.js';
import { outcomesOf, startBatchLoop, type BatchLoop } from './batch-loop.js';
import { driverError, reasonOf } from './errors.js';
import { openRedis } from './redis-connection.js';
import {
  checkJobOptions,
  checkJobs,
  checkProcessOptions,
  encodeJobData,
  type CheckedJob,
  type CheckedJobOptions,
} from './job-data.js';
import type {
  AddResult,
  BatchHandler,
  BulkJob,
  DeadLetter,
  Job,
  JobOptions,
  JobOutcome,
  ProcessOptions,
  Processor,
  Queue,
  QueueCounts,
} from './queue.js';

export interface BullMqQueueOptions {
  /** `redis://host:port/db` (tests); or `redis`, the config's connection (URL, sentinel or cluster). */
  readonly url?: string;
  readonly redis?: RedisConfig;
  readonly logger: Logger;
  /** Redis key prefix; default `isthmus`. */
  readonly prefix?: string;
  /** A held job whose lock is not renewed for this long is taken back; default 30 s. */
  readonly lockDurationMs?: number;
  /**
   * How often a processor looks for jobs whose holder died; default 30 s.
   * BullMQ runs one check per interval across all processes (the last
   * checker's interval), so a crashed holder's jobs return within about
   * lockDurationMs + stalledIntervalMs.
   */
  readonly stalledIntervalMs?: number;
  /**
   * Times a job may lose its holder (a crashed process) and be taken back;
   * past that BullMQ marks it failed without a dead letter; default 2.
   */
  readonly maxStalledCount?: number;
  /** How long an idle processor blocks waiting for a job (bounds `close`); default 1 s. */
  readonly blockMs?: number;
  /** Done jobs are removed after this long; default 24 h. */
  readonly keepCompletedMs?: number;
}

/** What a job carries in Redis: its JSON text, so both drivers store the same thing. */
interface Stored {
  readonly json: string;
}

interface Held {
  readonly job: BullJob<Stored>;
  readonly token: string;
}

const deadSuffix = '#dead';

export class BullMqQueue implements Queue {
  private readonly connection: Redis | Cluster;
  private readonly queues = new Map<string, BullQueue<Stored>>();
  private readonly processors = new Set<Processor>();
  private readonly prefix: string;
  private closed = false;

  constructor(private readonly options: BullMqQueueOptions) {
    const opened = openRedis(options.redis ?? { url: options.url }, options.prefix);
    this.prefix = opened.prefix;
    this.connection = opened.client;
  }

  async add<T>(queue: string, name: string, data: T, options: JobOptions): Promise<AddResult> {
    this.assertOpen(queue);
    const checked = checkJobOptions(queue, options);
    const json = encodeJobData(queue, checked.jobId, data);
    // One job in, one result out.
    return (await this.addChecked(queue, [{ name, json, options: checked }]))[0] as AddResult;
  }

  async addBulk<T>(queue: string, jobs: readonly BulkJob<T>[]): Promise<readonly AddResult[]> {
    this.assertOpen(queue);
    return this.addChecked(queue, checkJobs(queue, jobs));
  }

  /**
   * Two round trips whatever the number of jobs: the ids' existence is asked
   * all at once, then the others are added in one BullMQ `addBulk` pipeline
   * (one plain add for a single job: ioredis copies every BullMQ script onto
   * each pipeline it builds, which costs more than the one command saves).
   * BullMQ's own add leaves an existing id untouched too, so a job another
   * process adds between the two is still there once (only `added` says
   * true twice).
   */
  private async addChecked(queue: string, jobs: readonly CheckedJob[]): Promise<AddResult[]> {
    if (jobs.length === 0) return [];
    const bull = this.bullQueue(encodeName(queue));
    const existing = await Promise.all(
      jobs.map((job) => this.connection.exists(bull.toKey(job.options.jobId))),
    );
    const taken = new Set<string>();
    const fresh: CheckedJob[] = [];
    const results = jobs.map((job, i): AddResult => {
      const id = job.options.jobId;
      if (existing[i] === 1 || taken.has(id)) return { id, added: false };
      taken.add(id);
      fresh.push(job);
      return { id, added: true };
    });
    const [only] = fresh;
    if (fresh.length === 1 && only)
      await bull.add(only.name, { json: only.json }, this.bullOptions(only.options));
    else if (fresh.length > 1)
      await bull.addBulk(
        fresh.map(({ name, json, options }) => ({ name, data: { json }, opts: this.bullOptions(options) })),
      );
    return results;
  }

  private bullOptions(options: CheckedJobOptions): JobsOptions {
    return {
      jobId: options.jobId,
      delay: options.delayMs,
      attempts: options.attempts,
      backoff: { type: 'exponential', delay: options.backoff.delayMs, jitter: options.backoff.jitter },
      removeOnComplete: { age: Math.ceil((this.options.keepCompletedMs ?? 86_400_000) / 1000) },
      removeOnFail: false,
    };
  }

  process<T>(queue: string, handler: BatchHandler<T>, options: ProcessOptions): Processor {
    this.assertOpen(queue);
    checkProcessOptions(queue, options);
    const logger = this.options.logger.child({ queue, driver: 'bullmq' });
    const lockDuration = this.options.lockDurationMs ?? 30_000;
    const worker = new Worker<Stored>(encodeName(queue), null, {
      connection: this.connection,
      prefix: this.prefix,
      autorun: false,
      lockDuration,
      stalledInterval: this.options.stalledIntervalMs ?? 30_000,
      maxStalledCount: this.options.maxStalledCount ?? 2,
      drainDelay: (this.options.blockMs ?? 1_000) / 1_000,
    });
    worker.on('error', (err) => logger.warn({ err }, 'bullmq worker error'));
    void worker
      .startStalledCheckTimer()
      .catch((err: unknown) => logger.warn({ err }, 'stalled check failed'));
    const take = async (block: boolean): Promise<Held | undefined> => {
      const token = randomUUID();
      const job = (await worker.getNextJob(token, { block })) as BullJob<Stored> | undefined;
      return job === undefined ? undefined : { job, token };
    };
    const loop: BatchLoop = startBatchLoop(
      { take: () => take(true), poll: () => take(false) },
      options,
      (batch) => this.runBatch(queue, batch, handler, lockDuration, logger),
      logger,
    );
    const processor: Processor = {
      close: async () => {
        this.processors.delete(processor);
        // The loop ends within blockMs and settles its batches; then the worker goes.
        await loop.stop();
        await worker.close();
      },
    };
    this.processors.add(processor);
    return processor;
  }

  async counts(queue: string): Promise<QueueCounts> {
    const encoded = encodeName(queue);
    const [c, dead] = await Promise.all([
      this.bullQueue(encoded).getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed'),
      this.bullQueue(encoded + deadSuffix).getWaitingCount(),
    ]);
    return {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      failed: c.failed ?? 0,
      dead,
    };
  }

  async deadLetters<T>(queue: string, limit = 100): Promise<readonly DeadLetter<T>[]> {
    const jobs = await this.bullQueue(encodeName(queue) + deadSuffix).getWaiting(0, limit - 1);
    return jobs.map((job) => JSON.parse((job.data as Stored).json) as DeadLetter<T>);
  }

  async obliterate(queue: string): Promise<void> {
    const encoded = encodeName(queue);
    await this.bullQueue(encoded).obliterate({ force: true });
    await this.bullQueue(encoded + deadSuffix).obliterate({ force: true });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.processors].map((p) => p.close()));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }

  private async runBatch<T>(
    queue: string,
    batch: Held[],
    handler: BatchHandler<T>,
    lockDuration: number,
    logger: Logger,
  ): Promise<void> {
    const extend = setInterval(() => {
      for (const { job, token } of batch) {
        job
          .extendLock(token, lockDuration)
          .catch((err: unknown) => logger.warn({ err, jobId: job.id }, 'lock not extended'));
      }
    }, lockDuration / 2);
    let outcomes: readonly JobOutcome[];
    try {
      const jobs: Job<T>[] = batch.map(({ job }) => ({
        id: job.id ?? '',
        name: job.name,
        data: JSON.parse(job.data.json) as T,
        attemptsMade: job.attemptsMade,
      }));
      outcomes = await outcomesOf(queue, handler, jobs);
    } finally {
      clearInterval(extend);
    }
    await Promise.all(
      batch.map((held, i) => this.settle(queue, held, outcomes[i] ?? { kind: 'done' }, logger)),
    );
  }

  private async settle(
    queue: string,
    { job, token }: Held,
    outcome: JobOutcome,
    logger: Logger,
  ): Promise<void> {
    if (outcome.kind === 'done') {
      await job.moveToCompleted('done', token, false);
      return;
    }
    const reason = reasonOf(outcome.error);
    const attempts = job.opts.attempts ?? 1;
    const final = outcome.kind === 'permanent' || job.attemptsMade + 1 >= attempts;
    if (final) {
      const letter: DeadLetter<unknown> = {
        id: job.id ?? '',
        name: job.name,
        data: JSON.parse(job.data.json) as unknown,
        reason,
        attemptsMade: job.attemptsMade + 1,
        permanent: outcome.kind === 'permanent',
        failedAtMs: Date.now(),
      };
      await this.bullQueue(encodeName(queue) + deadSuffix).add(
        job.name,
        { json: JSON.stringify(letter) },
        {
          jobId: letter.id,
          removeOnComplete: false,
          removeOnFail: false,
        },
      );
      logger.warn({ jobId: job.id, attemptsMade: letter.attemptsMade, reason }, 'job dead-lettered');
    }
    const error = outcome.kind === 'permanent' ? new UnrecoverableError(reason) : outcome.error;
    await job.moveToFailed(error, token, false);
  }

  private bullQueue(encoded: string): BullQueue<Stored> {
    let queue = this.queues.get(encoded);
    if (!queue) {
      queue = new BullQueue<Stored>(encoded, { connection: this.connection, prefix: this.prefix });
      // Without a listener BullMQ prints connection errors (a Redis restart) to the console.
      queue.on('error', (err) =>
        this.options.logger.warn({ err, queue: decodeURIComponent(encoded) }, 'bullmq queue error'),
      );
      this.queues.set(encoded, queue);
    }
    return queue;
  }

  private assertOpen(queue: string): void {
    if (this.closed)
      throw driverError('QUEUE_CLOSED', 'the queue driver is closed', 'failed_precondition', { queue });
  }

  /**
   * A failed job goes back to waiting with its attempts reset (BullMQ's own
   * retry); one no longer in Redis is added again from its letter; one that
   * is waiting or running again (its holder crashed after the letter was
   * written) is left as it is. The letter is removed last, so a crash half
   * way leaves it for the next retry.
   */
  async retryDead(queue: string, ids?: readonly string[]): Promise<readonly string[]> {
    this.assertOpen(queue);
    const encoded = encodeName(queue);
    const dead = this.bullQueue(encoded + deadSuffix);
    const letters = (
      ids === undefined ? await dead.getWaiting(0, -1) : await Promise.all(ids.map((id) => dead.getJob(id)))
    ).filter((job): job is BullJob<Stored> => job !== undefined);
    const bull = this.bullQueue(encoded);
    for (const letterJob of letters) {
      const letter = JSON.parse(letterJob.data.json) as DeadLetter<unknown>;
      const job = (await bull.getJob(letter.id)) as BullJob<Stored> | undefined;
      if (job === undefined) {
        const options = checkJobOptions(queue, { jobId: letter.id });
        const json = encodeJobData(queue, letter.id, letter.data);
        await this.addChecked(queue, [{ name: letter.name, json, options }]);
      } else if ((await job.getState()) === 'failed') {
        await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      }
      await letterJob.remove();
    }
    return letters.map((job) => job.id ?? '');
  }
}

/** A logical queue name as BullMQ accepts it (no `:`). */
export function encodeName(queue: string): string {
  return encodeURIComponent(queue);
}
