/**
 * The job queue the relayer's roles share (BullMQ semantics), behind one
 * interface so the same planner, worker and clearing code runs distributed
 * (`BullMqQueue`, Redis) or embedded (`MemoryQueue`, one process only).
 *
 * Semantics every driver keeps (checked by one contract suite,
 * `test/integration/relayer/drivers/contract-queue.ts`):
 * - queues are named by the roles (`deliver:<destination chain>`); a driver
 *   may encode the name for its backend;
 * - `add` is idempotent by job id: adding an id the queue already holds
 *   (waiting, delayed, active, failed or dead; done, for the driver's
 *   `keepCompletedMs`, 24 h by default) is a no-op that reports the job is
 *   there (`added: false`) — so re-planning and clearing never duplicate
 *   work, and a job done long ago is at worst redone, which the chain
 *   answers "already received";
 * - `addBulk` adds several jobs with the same rule and one result per job, in
 *   order: a whole block's or clearing round's jobs in a few backend round
 *   trips instead of a few per job. Every job is checked first, so a refused
 *   job fails the call with nothing added; an id repeated within the call is
 *   added once (the later copies report `added: false`). It is not atomic: a
 *   backend failure may leave some jobs added, and calling again is safe;
 * - a processor takes batches of up to `batchSize` ready jobs and the handler
 *   returns one outcome per job, in order: `done`, `retry` (transient: retried
 *   after an exponential backoff with jitter, until `attempts` are spent) or
 *   `permanent` (never retried). A job that fails for good goes to the queue's
 *   dead-letter list with its reason; a handler that throws retries the whole
 *   batch;
 * - job data must survive a JSON round trip (no bigint: encode heights and
 *   sequences as decimal strings); adding anything else fails with
 *   `QUEUE_DATA_NOT_JSON`.
 */

/** Exponential backoff: attempt n waits about `delayMs * 2^(n-1)`, less up to `jitter` of it (0..1). */
export interface Backoff {
  readonly delayMs: number;
  readonly jitter: number;
}

export interface JobOptions {
  /** Idempotency key, e.g. `<src>/<channel>/<sequence>/<recv|ack|timeout>`. No `:`; not an integer. */
  readonly jobId: string;
  /** Not ready before this many milliseconds from now (timeouts wait for the packet's deadline). */
  readonly delayMs?: number;
  /** Tries in all, the first included; default `defaultAttempts`. */
  readonly attempts?: number;
  readonly backoff?: Backoff;
}

export const defaultAttempts = 5;
export const defaultBackoff: Backoff = { delayMs: 1_000, jitter: 0.5 };

export interface AddResult {
  readonly id: string;
  /** False when a job with this id already existed; nothing was changed. */
  readonly added: boolean;
}

export interface Job<T> {
  readonly id: string;
  readonly name: string;
  readonly data: T;
  /** Tries already made before this one (0 on the first delivery). */
  readonly attemptsMade: number;
}

/** What the handler decided for one job of a batch. */
export type JobOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'retry'; readonly error: Error }
  | { readonly kind: 'permanent'; readonly error: Error };

export const done: JobOutcome = Object.freeze({ kind: 'done' });
export const retry = (error: Error): JobOutcome => ({ kind: 'retry', error });
export const permanent = (error: Error): JobOutcome => ({ kind: 'permanent', error });

/** Returns exactly one outcome per job, in the order of `jobs`. */
export type BatchHandler<T> = (jobs: readonly Job<T>[]) => Promise<readonly JobOutcome[]>;

export interface ProcessOptions {
  /** Batches handled at once by this processor. */
  readonly concurrency: number;
  /** Most jobs handed to one handler call. */
  readonly batchSize: number;
  /** After the first ready job, wait at most this long for the batch to fill. */
  readonly batchDelayMs: number;
}

export interface Processor {
  /** Stops taking jobs and waits for the batches in hand to finish. */
  close(): Promise<void>;
}

export interface QueueCounts {
  /** Ready to run. */
  readonly waiting: number;
  /** Held by a processor now. */
  readonly active: number;
  /** Waiting for their delay or for a retry backoff. */
  readonly delayed: number;
  /** Finished as failed (kept so their id stays taken). */
  readonly failed: number;
  /** Entries in the dead-letter list. */
  readonly dead: number;
}

/** One job of an `addBulk` call. */
export interface BulkJob<T> {
  readonly name: string;
  readonly data: T;
  readonly options: JobOptions;
}

/** A job that failed for good, and why. */
export interface DeadLetter<T> {
  readonly id: string;
  readonly name: string;
  readonly data: T;
  readonly reason: string;
  /** Tries made in all. */
  readonly attemptsMade: number;
  /** True when the handler said `permanent` (no retries were made after it). */
  readonly permanent: boolean;
  /** Milliseconds since the epoch. */
  readonly failedAtMs: number;
}

export interface Queue {
  add<T>(queue: string, name: string, data: T, options: JobOptions): Promise<AddResult>;
  /** Adds every job as `add` would; one result per job, in order. */
  addBulk<T>(queue: string, jobs: readonly BulkJob<T>[]): Promise<readonly AddResult[]>;
  process<T>(queue: string, handler: BatchHandler<T>, options: ProcessOptions): Processor;
  counts(queue: string): Promise<QueueCounts>;
  /** The newest `limit` dead letters of a queue (default 100), newest first. */
  deadLetters<T>(queue: string, limit?: number): Promise<readonly DeadLetter<T>[]>;
  /** Removes a queue's jobs and dead letters (tests and operators only). */
  obliterate(queue: string): Promise<void>;
  /** Closes processors and connections this driver opened. */
  close(): Promise<void>;
  /**
   * Moves dead-lettered jobs back to their queue, ready to run again with
   * their attempts reset, and removes their dead letters: those named by
   * `ids` (an id without a dead letter is skipped), or every one. Returns
   * the ids moved. A job whose record is gone (only its dead letter is left)
   * is added again from the letter, with default attempts and backoff.
   */
  retryDead(queue: string, ids?: readonly string[]): Promise<readonly string[]>;
}
