/**
 * A BullMQ worker process killed with SIGKILL mid-batch loses nothing: its
 * locks lapse, another process's stalled-job check takes the jobs back, and
 * each is then done exactly once there.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BullMqQueue } from '../../../../relayer/drivers/bullmq-queue.js';
import { done } from '../../../../relayer/drivers/queue.js';
import { createLogger } from '../../../../relayer/logger.js';
import { testServers, uniqueName } from '../../../support/env.js';
import { waitUntil } from './wait.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..', '..');

describe('BullMqQueue: a worker process killed mid-batch', () => {
  const prefix = 'isthmus-test';
  const queue = `deliver:${uniqueName('chain')}`;
  const driver = new BullMqQueue({
    url: testServers().redisUrl,
    prefix,
    logger: createLogger({ level: 'silent' }),
    lockDurationMs: 1_000,
    stalledIntervalMs: 300,
    blockMs: 50,
  });
  afterAll(async () => {
    await driver.obliterate(queue);
    await driver.close();
  });

  it('behavior: its jobs are taken back and done once by another process', async () => {
    const ids = ['a/channel-0/1/recv', 'a/channel-0/2/recv', 'a/channel-0/3/recv'];
    for (const jobId of ids) await driver.add(queue, 'recv', { jobId }, { jobId });
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(here, 'crash-worker.ts'), testServers().redisUrl, queue, prefix],
      { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      const held = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the worker took no batch within 20 s')), 20_000);
        child.once('exit', (code) => reject(new Error(`the worker exited early with ${code}`)));
        createInterface({ input: child.stdout! }).on('line', (line) => {
          if (line.startsWith('held ')) {
            clearTimeout(timer);
            resolve(line.slice(5));
          }
        });
      });
      expect(held.split(',').sort()).toEqual(ids);
      expect((await driver.counts(queue)).active).toBe(3);
    } finally {
      child.kill('SIGKILL');
      await exited;
    }

    const seen: string[] = [];
    const processor = driver.process(
      queue,
      (jobs) => {
        seen.push(...jobs.map((j) => j.id));
        return Promise.resolve(jobs.map(() => done));
      },
      { concurrency: 1, batchSize: 10, batchDelayMs: 20 },
    );
    await waitUntil('the jobs were taken back and done', () => seen.length >= 3, 15_000);
    await processor.close();
    expect(seen.sort()).toEqual(ids);
    expect(await driver.counts(queue)).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0, dead: 0 });
  }, 40_000);
});
