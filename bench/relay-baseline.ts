/**
 * The relay benchmark's baseline: no-op jobs through the project's
 * `BullMqQueue` driver on the same Redis, with the relayer's batch size and
 * concurrency — the queue's own floor, what a relayer that did nothing but
 * take and complete its jobs would reach. The jobs are added first (not
 * timed), then one processor drains them; the rate counts jobs handed to the
 * handler from the processor's start until the last one.
 */
import type { Logger } from 'pino';
import { BullMqQueue, done } from '../relayer/drivers/index.js';
import type { WorkerSettings } from './relay-process.js';

const ADDS_IN_FLIGHT = 256;

export interface QueueBaseline {
  readonly jobs: number;
  readonly jobsPerSec: number;
}

export async function noOpJobs(
  redisUrl: string,
  workers: WorkerSettings,
  jobs: number,
  limitMs: number,
  logger: Logger,
): Promise<QueueBaseline> {
  const queue = new BullMqQueue({ url: redisUrl, logger, prefix: 'bench-baseline' });
  const name = 'bench:no-op';
  try {
    for (let first = 0; first < jobs; first += ADDS_IN_FLIGHT) {
      const ids = Array.from({ length: Math.min(ADDS_IN_FLIGHT, jobs - first) }, (_, i) => first + i);
      await Promise.all(ids.map((n) => queue.add(name, 'no-op', { n }, { jobId: `no-op-${n}` })));
    }
    let handled = 0;
    let finished: () => void = () => undefined;
    const allHandled = new Promise<void>((resolve) => (finished = resolve));
    const start = process.hrtime.bigint();
    const processor = queue.process<{ n: number }>(
      name,
      async (batch) => {
        handled += batch.length;
        if (handled >= jobs) finished();
        return batch.map(() => done);
      },
      workers,
    );
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, limitMs)));
    await Promise.race([allHandled, limit]);
    clearTimeout(timer);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    await processor.close();
    await queue.obliterate(name);
    return { jobs: handled, jobsPerSec: handled / seconds };
  } finally {
    await queue.close();
  }
}
