/**
 * The batching loop both queue drivers run: one fetcher fills batches (the
 * first job waited for, the rest taken while they are ready, for at most
 * `batchDelayMs`) and hands each to the handler, with at most `concurrency`
 * batches in flight. BullMQ 6.7 has no batch worker in its open-source
 * build, so the BullMQ driver feeds this loop from `Worker.getNextJob` on a
 * worker with `autorun: false`; the memory driver from its own lists.
 */
import type { Logger } from '../logger.js';
import type { BatchHandler, Job, JobOutcome, ProcessOptions } from './queue.js';
import { retry } from './queue.js';
import { driverError } from './errors.js';

export interface BatchSource<J> {
  /** The next ready job, waiting a bounded time; undefined if none came. */
  take(): Promise<J | undefined>;
  /** The next ready job, without waiting. */
  poll(): Promise<J | undefined>;
}

export interface BatchLoop {
  /** Stops fetching and resolves when the batches in flight are settled. */
  stop(): Promise<void>;
}

/** Pauses between looks at an empty queue while a batch fills: from the first, doubled up to the last. */
const fillPollMs = 5;
const maxFillPollMs = 40;
const pollsAtOnce = 16;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the loop; `run` handles one batch and records its outcomes. */
export function startBatchLoop<J>(
  source: BatchSource<J>,
  options: ProcessOptions,
  run: (batch: J[]) => Promise<void>,
  logger: Logger,
): BatchLoop {
  let stopping = false;
  const inFlight = new Set<Promise<void>>();
  let wakeSlot: (() => void) | undefined;

  const fill = async (first: J): Promise<J[]> => {
    const batch = [first];
    const deadline = Date.now() + options.batchDelayMs;
    // Several polls at once while the queue has jobs (each is a round trip to
    // the backend); once a round comes back short the queue is empty, and
    // until the deadline one poll at a time looks for new jobs, less often
    // the longer it stays empty — jobs come in bursts (a block's events), and
    // polling an empty queue costs the backend a call each time for nothing.
    let width = pollsAtOnce;
    let pauseMs = fillPollMs;
    while (batch.length < options.batchSize && !stopping) {
      const wanted = Math.min(options.batchSize - batch.length, width);
      const got = (await Promise.all(Array.from({ length: wanted }, () => source.poll()))).filter(
        (job): job is Awaited<J> => job !== undefined,
      );
      batch.push(...got);
      if (got.length === wanted) {
        width = pollsAtOnce;
        pauseMs = fillPollMs;
        continue;
      }
      width = 1;
      const left = deadline - Date.now();
      if (left <= 0) break;
      await sleep(Math.min(left, pauseMs));
      pauseMs = Math.min(pauseMs * 2, maxFillPollMs);
    }
    return batch;
  };

  const loop = async (): Promise<void> => {
    while (!stopping) {
      if (inFlight.size >= options.concurrency) {
        await new Promise<void>((resolve) => (wakeSlot = resolve));
        continue;
      }
      let first: J | undefined;
      try {
        first = await source.take();
      } catch (err) {
        if (stopping) break;
        logger.warn({ err }, 'queue fetch failed; retrying');
        await sleep(100);
        continue;
      }
      if (first === undefined) continue;
      const batch = await fill(first);
      const task = run(batch)
        .catch((err: unknown) => logger.error({ err }, 'settling a batch failed'))
        .finally(() => {
          inFlight.delete(task);
          wakeSlot?.();
          wakeSlot = undefined;
        });
      inFlight.add(task);
    }
  };
  const running = loop();

  return {
    async stop() {
      stopping = true;
      wakeSlot?.();
      await running;
      await Promise.all([...inFlight]);
    },
  };
}

/**
 * Calls the handler and returns one outcome per job: a handler that throws,
 * or answers with the wrong number of outcomes, retries the whole batch.
 */
export async function outcomesOf<T>(
  queue: string,
  handler: BatchHandler<T>,
  jobs: readonly Job<T>[],
): Promise<readonly JobOutcome[]> {
  let outcomes: readonly JobOutcome[];
  try {
    outcomes = await handler(jobs);
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    return jobs.map(() => retry(error));
  }
  if (outcomes.length !== jobs.length) {
    const error = driverError(
      'QUEUE_BAD_OUTCOMES',
      `handler returned ${outcomes.length} outcomes for ${jobs.length} jobs`,
      'internal',
      { queue },
    );
    return jobs.map(() => retry(error));
  }
  return outcomes;
}
