/**
 * A worker process for `queue-bullmq-crash.test.ts`: takes one batch from
 * the queue, prints its job ids, and hangs holding it until it is killed.
 * Arguments: redis URL, queue name, key prefix.
 */
import { BullMqQueue } from '../../../../relayer/drivers/bullmq-queue.js';
import { createLogger } from '../../../../relayer/logger.js';

const [url, queue, prefix] = process.argv.slice(2);
if (!url || !queue || !prefix) throw new Error('usage: crash-worker <redis-url> <queue> <prefix>');
const driver = new BullMqQueue({
  url,
  prefix,
  logger: createLogger({ level: 'silent' }),
  lockDurationMs: 1_000,
  // The stalled check is rate-limited across processes by the last checker's interval.
  stalledIntervalMs: 300,
  blockMs: 50,
});
driver.process(
  queue,
  (jobs) => {
    process.stdout.write(`held ${jobs.map((j) => j.id).join(',')}\n`);
    return new Promise(() => undefined);
  },
  { concurrency: 1, batchSize: 10, batchDelayMs: 100 },
);
