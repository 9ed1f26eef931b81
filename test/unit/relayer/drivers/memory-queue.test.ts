import { describe, expect, it } from '@jest/globals';
import { MemoryQueue } from '../../../../relayer/drivers/memory-queue.js';
import { done } from '../../../../relayer/drivers/queue.js';
import { createLogger } from '../../../../relayer/logger.js';

describe('MemoryQueue', () => {
  it('behavior: a done job is forgotten after keepCompletedMs, so its id can be added again', async () => {
    const queue = new MemoryQueue({ logger: createLogger({ level: 'silent' }), keepCompletedMs: 0 });
    try {
      await queue.add('deliver:a', 'recv', { n: 1 }, { jobId: 'a/channel-0/1/recv' });
      let handled = 0;
      const processor = queue.process(
        'deliver:a',
        (jobs) => {
          handled += jobs.length;
          return Promise.resolve(jobs.map(() => done));
        },
        { concurrency: 1, batchSize: 1, batchDelayMs: 0 },
      );
      for (let i = 0; i < 100 && handled === 0; i += 1) await new Promise((r) => setTimeout(r, 10));
      await processor.close();
      expect(handled).toBe(1);
      expect((await queue.add('deliver:a', 'recv', { n: 2 }, { jobId: 'a/channel-0/1/recv' })).added).toBe(
        true,
      );
    } finally {
      await queue.close();
    }
  });
});
