/** The harness's Redis with the real BullMQ: a job added, processed, and its result kept. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { Queue, QueueEvents, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { testServers, uniqueName } from '../../support/env.js';

describe('harness: BullMQ on a real redis-server', () => {
  const { redisUrl } = testServers();
  // BullMQ blocks on its connections: it needs maxRetriesPerRequest null.
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const name = uniqueName('deliver');
  const queue = new Queue(name, { connection });
  const events = new QueueEvents(name, { connection: { url: redisUrl } });
  let worker: Worker | undefined;

  afterAll(async () => {
    await worker?.close();
    await events.close();
    await queue.obliterate({ force: true });
    await queue.close();
    connection.disconnect();
  });

  it('behavior: a job is processed once, by id, with its result stored', async () => {
    const seen: string[] = [];
    worker = new Worker(
      name,
      async (job: Job<{ sequence: number }>) => {
        seen.push(job.id ?? '');
        return { doubled: job.data.sequence * 2 };
      },
      { connection: { url: redisUrl, maxRetriesPerRequest: null } },
    );
    await events.waitUntilReady();
    const jobId = 'chain-a/channel-0/7/recv';
    const job = await queue.add('recv', { sequence: 7 }, { jobId });
    // Adding the same id again is a no-op: the idempotency the planner relies on.
    const again = await queue.add('recv', { sequence: 7 }, { jobId });
    expect(again.id).toBe(job.id);

    const result = await job.waitUntilFinished(events, 10_000);
    expect(result).toEqual({ doubled: 14 });
    expect(seen).toEqual([jobId]);
    expect(await queue.getJobCounts('completed', 'waiting', 'failed')).toEqual({
      completed: 1,
      waiting: 0,
      failed: 0,
    });
  });
});
