/**
 * The one contract every `Queue` driver passes: run by
 * `queue-memory.test.ts` and `queue-bullmq.test.ts` (real redis-server).
 * Each test uses its own queue name and obliterates it afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IsthmusError } from '../../../../light-clients/index.js';
import {
  done,
  permanent,
  retry,
  type Job,
  type JobOutcome,
  type Queue,
} from '../../../../relayer/drivers/queue.js';
import { uniqueName } from '../../../support/env.js';
import { sleep, waitUntil } from './wait.js';

interface Data {
  readonly n: number;
}

const fast = { concurrency: 1, batchSize: 1, batchDelayMs: 0 };

export function queueContract(name: string, makeDriver: () => Queue): void {
  describe(`Queue contract: ${name}`, () => {
    let driver: Queue;
    beforeAll(() => {
      driver = makeDriver();
    });
    afterAll(async () => {
      await driver.close();
    });

    /** Runs `body` on a fresh queue name, then removes the queue. */
    const withQueue = async (body: (queue: string) => Promise<void>): Promise<void> => {
      const queue = `deliver:${uniqueName('chain')}`;
      try {
        await body(queue);
      } finally {
        await driver.obliterate(queue);
      }
    };

    it('behavior: adding an existing job id is a no-op that keeps the first job', async () => {
      await withQueue(async (queue) => {
        expect(await driver.add(queue, 'recv', { n: 1 }, { jobId: 'a/channel-0/1/recv' })).toEqual({
          id: 'a/channel-0/1/recv',
          added: true,
        });
        expect(await driver.add(queue, 'recv', { n: 2 }, { jobId: 'a/channel-0/1/recv' })).toEqual({
          id: 'a/channel-0/1/recv',
          added: false,
        });
        expect((await driver.counts(queue)).waiting).toBe(1);
        const seen: Data[] = [];
        const processor = driver.process<Data>(
          queue,
          (jobs) => {
            seen.push(...jobs.map((j) => j.data));
            return Promise.resolve(jobs.map(() => done));
          },
          fast,
        );
        await waitUntil(
          'the job is done',
          async () => (await driver.counts(queue)).waiting === 0 && seen.length > 0,
        );
        await processor.close();
        expect(seen).toEqual([{ n: 1 }]);
        // A done job keeps its id: re-planning it does nothing.
        expect((await driver.add(queue, 'recv', { n: 3 }, { jobId: 'a/channel-0/1/recv' })).added).toBe(
          false,
        );
        expect(await driver.counts(queue)).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0, dead: 0 });
      });
    });

    it('behavior: addBulk adds each new job once, in order, and reports the ids already there', async () => {
      await withQueue(async (queue) => {
        expect(await driver.addBulk(queue, [])).toEqual([]);
        await driver.add(queue, 'recv', { n: 1 }, { jobId: 'a/channel-0/1/recv' });
        const results = await driver.addBulk<Data>(queue, [
          { name: 'recv', data: { n: 10 }, options: { jobId: 'a/channel-0/1/recv' } },
          { name: 'recv', data: { n: 2 }, options: { jobId: 'a/channel-0/2/recv' } },
          { name: 'timeout', data: { n: 3 }, options: { jobId: 'a/channel-0/3/timeout', delayMs: 300 } },
          { name: 'recv', data: { n: 20 }, options: { jobId: 'a/channel-0/2/recv' } },
        ]);
        expect(results).toEqual([
          { id: 'a/channel-0/1/recv', added: false },
          { id: 'a/channel-0/2/recv', added: true },
          { id: 'a/channel-0/3/timeout', added: true },
          { id: 'a/channel-0/2/recv', added: false },
        ]);
        expect(await driver.counts(queue)).toEqual({ waiting: 2, active: 0, delayed: 1, failed: 0, dead: 0 });
        const seen: { name: string; n: number }[] = [];
        const processor = driver.process<Data>(
          queue,
          (jobs) => {
            seen.push(...jobs.map((j) => ({ name: j.name, n: j.data.n })));
            return Promise.resolve(jobs.map(() => done));
          },
          { concurrency: 1, batchSize: 10, batchDelayMs: 20 },
        );
        await waitUntil('the three jobs are done', () => seen.length >= 3);
        await processor.close();
        // The first job of each id is kept: neither the earlier add nor the first copy is replaced.
        expect(seen.sort((x, y) => x.n - y.n)).toEqual([
          { name: 'recv', n: 1 },
          { name: 'recv', n: 2 },
          { name: 'timeout', n: 3 },
        ]);
        // Done jobs keep their ids for addBulk as for add.
        const again = await driver.addBulk<Data>(queue, [
          { name: 'recv', data: { n: 1 }, options: { jobId: 'a/channel-0/1/recv' } },
          { name: 'recv', data: { n: 2 }, options: { jobId: 'a/channel-0/2/recv' } },
        ]);
        expect(again.map((r) => r.added)).toEqual([false, false]);
      });
    });

    it('error: addBulk with one refused job adds none of its jobs', async () => {
      await withQueue(async (queue) => {
        const valid = { name: 'recv', data: { n: 1 }, options: { jobId: 'a/channel-0/1/recv' } };
        await expect(
          driver.addBulk(queue, [valid, { name: 'recv', data: { n: 2 }, options: { jobId: '42' } }]),
        ).rejects.toMatchObject({ code: 'QUEUE_BAD_OPTIONS' });
        await expect(
          driver.addBulk<unknown>(queue, [
            valid,
            { name: 'recv', data: { height: 1n }, options: { jobId: 'a/channel-0/2/recv' } },
          ]),
        ).rejects.toMatchObject({ code: 'QUEUE_DATA_NOT_JSON', category: 'invalid_argument' });
        expect(await driver.counts(queue)).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0, dead: 0 });
      });
    });

    it('behavior: a delayed job is not handed out before its delay', async () => {
      await withQueue(async (queue) => {
        const addedAt = Date.now();
        await driver.add(queue, 'timeout', { n: 1 }, { jobId: 'a/channel-0/7/timeout', delayMs: 400 });
        expect(await driver.counts(queue)).toMatchObject({ waiting: 0, delayed: 1 });
        let handledAt = 0;
        const processor = driver.process<Data>(
          queue,
          (jobs) => {
            handledAt = Date.now();
            return Promise.resolve(jobs.map(() => done));
          },
          fast,
        );
        await waitUntil('the delayed job ran', () => handledAt > 0);
        await processor.close();
        // A lower bound only: the job may never run early, however slow the machine.
        expect(handledAt - addedAt).toBeGreaterThanOrEqual(400 - 5);
      });
    });

    it('behavior: jobs come in batches of at most batchSize, each job once', async () => {
      await withQueue(async (queue) => {
        for (let n = 0; n < 10; n += 1)
          await driver.add(queue, 'recv', { n }, { jobId: `a/channel-0/${n + 1}/recv` });
        const batches: number[][] = [];
        const processor = driver.process<Data>(
          queue,
          (jobs) => {
            batches.push(jobs.map((j) => j.data.n));
            return Promise.resolve(jobs.map(() => done));
          },
          { concurrency: 1, batchSize: 4, batchDelayMs: 50 },
        );
        await waitUntil('all jobs ran', () => batches.flat().length >= 10);
        await processor.close();
        expect(batches.every((b) => b.length >= 1 && b.length <= 4)).toBe(true);
        expect(batches.some((b) => b.length > 1)).toBe(true);
        expect(batches.flat().sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      });
    });

    it('behavior: up to `concurrency` batches run at once', async () => {
      await withQueue(async (queue) => {
        for (let n = 0; n < 4; n += 1)
          await driver.add(queue, 'recv', { n }, { jobId: `a/channel-0/${n + 1}/recv` });
        let inFlight = 0;
        let most = 0;
        let finished = 0;
        const processor = driver.process<Data>(
          queue,
          async (jobs) => {
            inFlight += 1;
            most = Math.max(most, inFlight);
            await sleep(100);
            inFlight -= 1;
            finished += jobs.length;
            return jobs.map(() => done);
          },
          { concurrency: 2, batchSize: 1, batchDelayMs: 0 },
        );
        await waitUntil('all jobs ran', () => finished >= 4);
        await processor.close();
        expect(most).toBe(2);
      });
    });

    it('behavior: two processors on one queue share its jobs, each job handled once', async () => {
      await withQueue(async (queue) => {
        const handled: number[] = [];
        const handler = async (jobs: readonly Job<Data>[]): Promise<readonly JobOutcome[]> => {
          handled.push(...jobs.map((j) => j.data.n));
          await sleep(5);
          return jobs.map(() => done);
        };
        const options = { concurrency: 2, batchSize: 3, batchDelayMs: 10 };
        const processors = [driver.process(queue, handler, options), driver.process(queue, handler, options)];
        for (let n = 0; n < 20; n += 1)
          await driver.add(queue, 'recv', { n }, { jobId: `a/channel-0/${n + 1}/recv` });
        await waitUntil('all jobs ran', () => handled.length >= 20);
        await sleep(50);
        await Promise.all(processors.map((p) => p.close()));
        expect(handled.sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, n) => n));
      });
    });

    it('behavior: one outcome per job — done, retry and permanent in one batch', async () => {
      await withQueue(async (queue) => {
        for (let n = 0; n < 3; n += 1) {
          await driver.add(
            queue,
            'recv',
            { n },
            { jobId: `a/channel-0/${n + 1}/recv`, attempts: 2, backoff: { delayMs: 10, jitter: 0 } },
          );
        }
        const calls: number[] = [];
        const outcome = (job: Job<Data>): JobOutcome =>
          job.data.n === 0
            ? done
            : job.data.n === 1
              ? job.attemptsMade === 0
                ? retry(new Error('unavailable'))
                : done
              : permanent(new Error('bad proof'));
        const processor = driver.process<Data>(
          queue,
          (jobs) => {
            calls.push(...jobs.map((j) => j.data.n));
            return Promise.resolve(jobs.map(outcome));
          },
          { concurrency: 1, batchSize: 3, batchDelayMs: 20 },
        );
        await waitUntil('job 1 retried and job 2 dead', async () => {
          const c = await driver.counts(queue);
          return calls.filter((n) => n === 1).length === 2 && c.dead === 1 && c.active === 0;
        });
        await processor.close();
        expect(calls.sort()).toEqual([0, 1, 1, 2]);
        expect(await driver.counts(queue)).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 1, dead: 1 });
      });
    });

    it('behavior: transient failures retry with backoff, then the job is dead-lettered with its reason', async () => {
      await withQueue(async (queue) => {
        await driver.add(
          queue,
          'recv',
          { n: 1 },
          { jobId: 'a/channel-0/1/recv', attempts: 3, backoff: { delayMs: 50, jitter: 0.5 } },
        );
        const tries: { attemptsMade: number; at: number }[] = [];
        const processor = driver.process<Data>(
          queue,
          (jobs) => {
            tries.push(...jobs.map((j) => ({ attemptsMade: j.attemptsMade, at: Date.now() })));
            return Promise.resolve(jobs.map(() => retry(new Error('endpoint unavailable'))));
          },
          fast,
        );
        await waitUntil('the job is dead', async () => (await driver.counts(queue)).dead === 1);
        await processor.close();
        expect(tries.map((t) => t.attemptsMade)).toEqual([0, 1, 2]);
        // Backoff lower bounds (jitter 0.5): after try 1 at least 25 ms, after try 2 at least 50 ms.
        const [t0, t1, t2] = tries.map((t) => t.at);
        expect((t1 ?? 0) - (t0 ?? 0)).toBeGreaterThanOrEqual(25 - 5);
        expect((t2 ?? 0) - (t1 ?? 0)).toBeGreaterThanOrEqual(50 - 5);
        const [letter, ...rest] = await driver.deadLetters<Data>(queue);
        expect(rest).toEqual([]);
        expect(letter).toMatchObject({
          id: 'a/channel-0/1/recv',
          name: 'recv',
          data: { n: 1 },
          reason: 'endpoint unavailable',
          attemptsMade: 3,
          permanent: false,
        });
        expect(await driver.counts(queue)).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 1, dead: 1 });
      });
    });

    it('behavior: a permanent failure is dead-lettered at once, without retries', async () => {
      await withQueue(async (queue) => {
        await driver.add(
          queue,
          'recv',
          { n: 1 },
          { jobId: 'a/channel-0/1/recv', attempts: 5, backoff: { delayMs: 10, jitter: 0 } },
        );
        let calls = 0;
        const processor = driver.process<Data>(
          queue,
          (jobs) => {
            calls += jobs.length;
            return Promise.resolve(jobs.map(() => permanent(new Error('forged proof'))));
          },
          fast,
        );
        await waitUntil('the job is dead', async () => (await driver.counts(queue)).dead === 1);
        await sleep(100); // a retry, if one were wrongly scheduled, would come within this time
        await processor.close();
        expect(calls).toBe(1);
        expect(await driver.deadLetters(queue)).toMatchObject([
          { reason: 'forged proof', attemptsMade: 1, permanent: true },
        ]);
      });
    });

    it('behavior: a handler that throws retries its whole batch', async () => {
      await withQueue(async (queue) => {
        await driver.add(
          queue,
          'recv',
          { n: 1 },
          { jobId: 'a/channel-0/1/recv', backoff: { delayMs: 10, jitter: 0 } },
        );
        await driver.add(
          queue,
          'recv',
          { n: 2 },
          { jobId: 'a/channel-0/2/recv', backoff: { delayMs: 10, jitter: 0 } },
        );
        const seen: string[] = [];
        const processor = driver.process<Data>(
          queue,
          (jobs) => {
            seen.push(...jobs.map((j) => `${j.data.n}@${j.attemptsMade}`));
            if (jobs.some((j) => j.attemptsMade === 0)) return Promise.reject(new Error('boom'));
            return Promise.resolve(jobs.map(() => done));
          },
          { concurrency: 1, batchSize: 2, batchDelayMs: 50 },
        );
        await waitUntil('both jobs done', () => seen.includes('1@1') && seen.includes('2@1'));
        await processor.close();
        expect(await driver.counts(queue)).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0, dead: 0 });
      });
    });

    it('behavior: counts report waiting and delayed jobs', async () => {
      await withQueue(async (queue) => {
        await driver.add(queue, 'recv', { n: 1 }, { jobId: 'a/channel-0/1/recv' });
        await driver.add(queue, 'recv', { n: 2 }, { jobId: 'a/channel-0/2/recv' });
        await driver.add(queue, 'timeout', { n: 3 }, { jobId: 'a/channel-0/3/timeout', delayMs: 60_000 });
        expect(await driver.counts(queue)).toEqual({ waiting: 2, active: 0, delayed: 1, failed: 0, dead: 0 });
      });
    });

    it('error: data that is not JSON and bad job ids are refused when added', async () => {
      await withQueue(async (queue) => {
        const notJson = driver.add(queue, 'recv', { height: 1n }, { jobId: 'a/channel-0/1/recv' });
        await expect(notJson).rejects.toMatchObject({
          code: 'QUEUE_DATA_NOT_JSON',
          category: 'invalid_argument',
        });
        const colon = driver.add(queue, 'recv', { n: 1 }, { jobId: 'a:1' });
        await expect(colon).rejects.toBeInstanceOf(IsthmusError);
        await expect(colon).rejects.toMatchObject({ code: 'QUEUE_BAD_OPTIONS' });
        await expect(driver.add(queue, 'recv', { n: 1 }, { jobId: '42' })).rejects.toMatchObject({
          code: 'QUEUE_BAD_OPTIONS',
        });
        expect((await driver.counts(queue)).waiting).toBe(0);
      });
    });

    it('behavior: retryDead moves named dead-lettered jobs back with their attempts reset', async () => {
      await withQueue(async (queue) => {
        const once = { attempts: 1, backoff: { delayMs: 10, jitter: 0 } };
        await driver.add(queue, 'recv', { n: 1 }, { jobId: 'a/channel-0/1/recv', ...once });
        await driver.add(queue, 'recv', { n: 2 }, { jobId: 'a/channel-0/2/recv', ...once });
        let failing = true;
        const seen: { n: number; attemptsMade: number }[] = [];
        const processor = driver.process<Data>(
          queue,
          (jobs) => {
            if (!failing) seen.push(...jobs.map((j) => ({ n: j.data.n, attemptsMade: j.attemptsMade })));
            return Promise.resolve(jobs.map(() => (failing ? permanent(new Error('refused')) : done)));
          },
          fast,
        );
        try {
          await waitUntil('both jobs are dead', async () => (await driver.counts(queue)).dead === 2);
          failing = false;
          expect(await driver.retryDead(queue, ['a/channel-0/2/recv', 'a/channel-0/9/recv'])).toEqual([
            'a/channel-0/2/recv',
          ]);
          await waitUntil('the retried job ran', () => seen.length === 1);
          expect(seen).toEqual([{ n: 2, attemptsMade: 0 }]);
          expect(await driver.deadLetters(queue)).toMatchObject([{ id: 'a/channel-0/1/recv' }]);
          expect(await driver.retryDead(queue)).toEqual(['a/channel-0/1/recv']);
          await waitUntil('every job ran', () => seen.length === 2);
          expect(await driver.counts(queue)).toMatchObject({ waiting: 0, failed: 0, dead: 0 });
        } finally {
          await processor.close();
        }
      });
    });

    it('behavior: retryDead leaves the job waiting for a processor, and its letter gone', async () => {
      await withQueue(async (queue) => {
        await driver.add(queue, 'recv', { n: 7 }, { jobId: 'a/channel-0/7/recv', attempts: 1 });
        const first = driver.process<Data>(
          queue,
          (jobs) => Promise.resolve(jobs.map(() => permanent(new Error('no')))),
          fast,
        );
        await waitUntil('the job is dead', async () => (await driver.counts(queue)).dead === 1);
        await first.close();
        expect(await driver.retryDead(queue)).toEqual(['a/channel-0/7/recv']);
        expect(await driver.counts(queue)).toMatchObject({ waiting: 1, failed: 0, dead: 0 });
        expect(await driver.retryDead(queue)).toEqual([]);
      });
    });
  });
}
