/**
 * The in-process queue driver for embedded mode (no Redis configured).
 * SINGLE-PROCESS ONLY: jobs live in this process's memory and are lost when
 * it exits; two processes never see each other's jobs. Otherwise it keeps
 * the `Queue` contract as BullMQ does (idempotent ids, delays, batches,
 * exponential backoff with jitter, dead letters), and data is stored as
 * JSON, so a job that works here works on BullMQ.
 */
import type { Logger } from '../logger.js';
import { backoffDelayMs } from './backoff.js';
import { outcomesOf, startBatchLoop, type BatchLoop } from './batch-loop.js';
import { driverError, reasonOf } from './errors.js';
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
  ProcessOptions,
  Processor,
  Queue,
  QueueCounts,
} from './queue.js';

type State = 'waiting' | 'delayed' | 'active' | 'done' | 'failed';

interface Entry {
  readonly id: string;
  readonly name: string;
  readonly json: string;
  readonly options: CheckedJobOptions;
  state: State;
  attemptsMade: number;
  timer?: NodeJS.Timeout;
}

interface Lane {
  readonly jobs: Map<string, Entry>;
  /** Ids of waiting jobs, oldest first. */
  readonly ready: string[];
  readonly dead: DeadLetter<unknown>[];
  readonly waiters: Set<() => void>;
  /** Done jobs, oldest first, pruned after `keepCompletedMs` as BullMQ does. */
  readonly finished: { readonly id: string; readonly atMs: number }[];
}

/** How long an idle `take` waits before the loop looks again (bounds close). */
const takeWaitMs = 1_000;

export interface MemoryQueueOptions {
  readonly logger: Logger;
  /** Jitter source; defaults to `Math.random`. */
  readonly random?: () => number;
  /** Done jobs are forgotten (their id free again) after this long; default 24 h. */
  readonly keepCompletedMs?: number;
}

export class MemoryQueue implements Queue {
  private readonly lanes = new Map<string, Lane>();
  private readonly loops = new Set<BatchLoop>();
  private readonly random: () => number;
  private closed = false;

  constructor(private readonly options: MemoryQueueOptions) {
    this.random = options.random ?? Math.random;
  }

  // async: a refused job rejects the promise, as with the BullMQ driver.
  async add<T>(queue: string, name: string, data: T, options: JobOptions): Promise<AddResult> {
    this.assertOpen(queue);
    const checked = checkJobOptions(queue, options);
    const json = encodeJobData(queue, checked.jobId, data);
    const lane = this.lane(queue);
    this.prune(lane);
    return this.addChecked(lane, { name, json, options: checked });
  }

  // async: a refused job rejects the promise, as with the BullMQ driver.
  async addBulk<T>(queue: string, jobs: readonly BulkJob<T>[]): Promise<readonly AddResult[]> {
    this.assertOpen(queue);
    const checked = checkJobs(queue, jobs);
    const lane = this.lane(queue);
    this.prune(lane);
    return checked.map((job) => this.addChecked(lane, job));
  }

  private addChecked(lane: Lane, { name, json, options }: CheckedJob): AddResult {
    if (lane.jobs.has(options.jobId)) return { id: options.jobId, added: false };
    const entry: Entry = { id: options.jobId, name, json, options, state: 'waiting', attemptsMade: 0 };
    lane.jobs.set(entry.id, entry);
    if (options.delayMs > 0) this.delay(lane, entry, options.delayMs);
    else this.makeReady(lane, entry);
    return { id: entry.id, added: true };
  }

  process<T>(queue: string, handler: BatchHandler<T>, options: ProcessOptions): Processor {
    this.assertOpen(queue);
    checkProcessOptions(queue, options);
    const lane = this.lane(queue);
    const logger = this.options.logger.child({ queue, driver: 'memory' });
    const source = {
      take: () => this.take(lane),
      poll: () => Promise.resolve(this.next(lane)),
    };
    const loop = startBatchLoop(
      source,
      options,
      async (batch: Entry[]) => {
        const jobs: Job<T>[] = batch.map((e) => ({
          id: e.id,
          name: e.name,
          data: JSON.parse(e.json) as T,
          attemptsMade: e.attemptsMade,
        }));
        const outcomes = await outcomesOf(queue, handler, jobs);
        batch.forEach((entry, i) => {
          const outcome = outcomes[i];
          if (outcome === undefined || outcome.kind === 'done') {
            entry.state = 'done';
            lane.finished.push({ id: entry.id, atMs: Date.now() });
            return;
          }
          entry.attemptsMade += 1;
          const reason = reasonOf(outcome.error);
          if (outcome.kind === 'retry' && entry.attemptsMade < entry.options.attempts) {
            this.delay(lane, entry, backoffDelayMs(entry.options.backoff, entry.attemptsMade, this.random));
            logger.debug({ jobId: entry.id, attemptsMade: entry.attemptsMade, reason }, 'job will retry');
            return;
          }
          entry.state = 'failed';
          lane.dead.unshift({
            id: entry.id,
            name: entry.name,
            data: JSON.parse(entry.json) as unknown,
            reason,
            attemptsMade: entry.attemptsMade,
            permanent: outcome.kind === 'permanent',
            failedAtMs: Date.now(),
          });
          logger.warn({ jobId: entry.id, attemptsMade: entry.attemptsMade, reason }, 'job dead-lettered');
        });
      },
      logger,
    );
    this.loops.add(loop);
    return {
      close: async () => {
        this.loops.delete(loop);
        const stopping = loop.stop();
        this.wakeAll(lane);
        await stopping;
      },
    };
  }

  counts(queue: string): Promise<QueueCounts> {
    const lane = this.lanes.get(queue);
    const counts = { waiting: 0, active: 0, delayed: 0, failed: 0, dead: lane?.dead.length ?? 0 };
    for (const entry of lane?.jobs.values() ?? []) {
      if (entry.state !== 'done') counts[entry.state] += 1;
    }
    return Promise.resolve(counts);
  }

  deadLetters<T>(queue: string, limit = 100): Promise<readonly DeadLetter<T>[]> {
    return Promise.resolve((this.lanes.get(queue)?.dead.slice(0, limit) ?? []) as DeadLetter<T>[]);
  }

  obliterate(queue: string): Promise<void> {
    const lane = this.lanes.get(queue);
    if (lane) {
      for (const entry of lane.jobs.values()) clearTimeout(entry.timer);
      lane.jobs.clear();
      lane.ready.length = 0;
      lane.dead.length = 0;
      lane.finished.length = 0;
    }
    return Promise.resolve();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const stopping = [...this.loops].map((loop) => loop.stop());
    this.loops.clear();
    for (const lane of this.lanes.values()) {
      this.wakeAll(lane);
      for (const entry of lane.jobs.values()) clearTimeout(entry.timer);
    }
    await Promise.all(stopping);
  }

  private lane(queue: string): Lane {
    let lane = this.lanes.get(queue);
    if (!lane) {
      lane = { jobs: new Map(), ready: [], dead: [], waiters: new Set(), finished: [] };
      this.lanes.set(queue, lane);
    }
    return lane;
  }

  private prune(lane: Lane): void {
    const cutoff = Date.now() - (this.options.keepCompletedMs ?? 86_400_000);
    for (let first = lane.finished[0]; first && first.atMs <= cutoff; first = lane.finished[0]) {
      lane.finished.shift();
      if (lane.jobs.get(first.id)?.state === 'done') lane.jobs.delete(first.id);
    }
  }

  private assertOpen(queue: string): void {
    if (this.closed)
      throw driverError('QUEUE_CLOSED', 'the queue driver is closed', 'failed_precondition', { queue });
  }

  private delay(lane: Lane, entry: Entry, ms: number): void {
    entry.state = 'delayed';
    entry.timer = setTimeout(() => {
      delete entry.timer;
      if (lane.jobs.get(entry.id) === entry) this.makeReady(lane, entry);
    }, ms);
  }

  private makeReady(lane: Lane, entry: Entry): void {
    entry.state = 'waiting';
    lane.ready.push(entry.id);
    this.wakeAll(lane);
  }

  private wakeAll(lane: Lane): void {
    for (const wake of lane.waiters) wake();
    lane.waiters.clear();
  }

  /** The oldest waiting job, now active. */
  private next(lane: Lane): Entry | undefined {
    for (let id = lane.ready.shift(); id !== undefined; id = lane.ready.shift()) {
      const entry = lane.jobs.get(id);
      if (entry?.state === 'waiting') {
        entry.state = 'active';
        return entry;
      }
    }
    return undefined;
  }

  private async take(lane: Lane): Promise<Entry | undefined> {
    const now = this.next(lane);
    if (now !== undefined || this.closed) return now;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, takeWaitMs);
      lane.waiters.add(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    return this.next(lane);
  }

  // async: a refused re-add rejects the promise, as with the BullMQ driver.
  async retryDead(queue: string, ids?: readonly string[]): Promise<readonly string[]> {
    this.assertOpen(queue);
    const lane = this.lane(queue);
    const letters = lane.dead.filter((letter) => ids === undefined || ids.includes(letter.id));
    for (const letter of letters) {
      lane.dead.splice(lane.dead.indexOf(letter), 1);
      const entry = lane.jobs.get(letter.id);
      if (entry === undefined) {
        const options = checkJobOptions(queue, { jobId: letter.id });
        this.addChecked(lane, {
          name: letter.name,
          json: encodeJobData(queue, letter.id, letter.data),
          options,
        });
      } else if (entry.state === 'failed') {
        entry.attemptsMade = 0;
        this.makeReady(lane, entry);
      }
    }
    return letters.map((letter) => letter.id);
  }
}
