/**
 * Job options and data checked at the door, the same way for every queue
 * driver, so a bad job fails where it is added rather than in a worker.
 */
import {
  defaultAttempts,
  defaultBackoff,
  type Backoff,
  type BulkJob,
  type JobOptions,
  type ProcessOptions,
} from './queue.js';
import { driverError } from './errors.js';

/** The data as JSON text; fails with QUEUE_DATA_NOT_JSON (bigint, cycles, undefined). */
export function encodeJobData(queue: string, jobId: string, data: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(data);
  } catch (cause) {
    throw driverError(
      'QUEUE_DATA_NOT_JSON',
      `job ${jobId} data is not JSON`,
      'invalid_argument',
      { queue, jobId },
      cause,
    );
  }
  if (text === undefined) {
    throw driverError('QUEUE_DATA_NOT_JSON', `job ${jobId} data is not JSON`, 'invalid_argument', {
      queue,
      jobId,
    });
  }
  return text;
}

export interface CheckedJobOptions {
  readonly jobId: string;
  readonly delayMs: number;
  readonly attempts: number;
  readonly backoff: Backoff;
}

/** Options with defaults filled in; fails with QUEUE_BAD_OPTIONS. */
export function checkJobOptions(queue: string, options: JobOptions): CheckedJobOptions {
  const { jobId } = options;
  const delayMs = options.delayMs ?? 0;
  const attempts = options.attempts ?? defaultAttempts;
  const backoff = options.backoff ?? defaultBackoff;
  const bad = (why: string): never => {
    throw driverError('QUEUE_BAD_OPTIONS', `job ${jobId}: ${why}`, 'invalid_argument', { queue, jobId });
  };
  // BullMQ's own rules for custom ids, applied to every driver so they agree.
  if (jobId.length === 0 || jobId.includes(':') || /^\d+$/.test(jobId))
    bad('job id must be non-empty, without ":" and not an integer');
  if (!Number.isFinite(delayMs) || delayMs < 0) bad('delayMs must be >= 0');
  if (!Number.isSafeInteger(attempts) || attempts < 1) bad('attempts must be an integer >= 1');
  if (!Number.isFinite(backoff.delayMs) || backoff.delayMs < 0) bad('backoff.delayMs must be >= 0');
  if (!(backoff.jitter >= 0 && backoff.jitter <= 1)) bad('backoff.jitter must be within 0..1');
  return { jobId, delayMs, attempts, backoff };
}

/** A job ready to store: its options with defaults and its data as JSON text. */
export interface CheckedJob {
  readonly name: string;
  readonly json: string;
  readonly options: CheckedJobOptions;
}

/**
 * Every job of an `addBulk` checked and encoded, in order. Throws at the
 * first refused job, before any is added, so a call adds all or nothing
 * for bad input.
 */
export function checkJobs(queue: string, jobs: readonly BulkJob<unknown>[]): CheckedJob[] {
  return jobs.map(({ name, data, options }) => {
    const checked = checkJobOptions(queue, options);
    return { name, json: encodeJobData(queue, checked.jobId, data), options: checked };
  });
}

/** Fails with QUEUE_BAD_OPTIONS unless every count is a positive integer. */
export function checkProcessOptions(queue: string, options: ProcessOptions): void {
  const { concurrency, batchSize, batchDelayMs } = options;
  if (
    !Number.isSafeInteger(concurrency) ||
    concurrency < 1 ||
    !Number.isSafeInteger(batchSize) ||
    batchSize < 1
  ) {
    throw driverError(
      'QUEUE_BAD_OPTIONS',
      'concurrency and batchSize must be integers >= 1',
      'invalid_argument',
      {
        queue,
      },
    );
  }
  if (!Number.isFinite(batchDelayMs) || batchDelayMs < 0) {
    throw driverError('QUEUE_BAD_OPTIONS', 'batchDelayMs must be >= 0', 'invalid_argument', { queue });
  }
}
