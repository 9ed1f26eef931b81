/**
 * A worker with a metrics sink reports each step it does not complete by
 * destination chain and code. The job here carries data that does not
 * decode (WORKER_BAD_JOB), so the worker refuses it before reaching any
 * chain: the Ledgers are never called and stand empty.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import type { Ledger } from '../../../adapters/index.js';
import { MemoryQueue } from '../../../relayer/drivers/index.js';
import { RelayerMetrics } from '../../../relayer/observability/index.js';
import { MemoryAlerts } from '../../../relayer/roles/alerts.js';
import { deliverQueue } from '../../../relayer/roles/jobs.js';
import { startWorker, type Worker } from '../../../relayer/roles/worker/index.js';
import { WORKER_BAD_JOB } from '../../../relayer/roles/worker/job-step.js';
import { waitUntil } from '../../integration/relayer/drivers/wait.js';
import { parseExposition, valueOf } from './prom-text.js';

const logger = pino({ level: 'silent' });
let queue: MemoryQueue | undefined;
let worker: Worker | undefined;

afterEach(async () => {
  await worker?.close();
  await queue?.close();
});

describe('worker metrics', () => {
  it('behavior: a refused job counts in isthmus_submission_errors_total{chain,code}', async () => {
    queue = new MemoryQueue({ logger });
    const metrics = new RelayerMetrics({ logger, processMetrics: false });
    const unused = {} as Ledger;
    worker = startWorker({
      queue,
      destChainId: 'main-1',
      dest: unused,
      sources: new Map([['health-1', unused]]),
      clientIds: new Map([['health-1', '07-tendermint-0']]),
      concurrency: 1,
      batchSize: 1,
      batchDelayMs: 0,
      alerts: new MemoryAlerts(),
      logger,
      metrics,
    });
    await queue.add(deliverQueue('main-1'), 'recv', { not: 'a step' }, { jobId: 'bad-1' });
    await waitUntil('the job refused', () => worker?.counts().permanent === 1, 5_000);
    const s = parseExposition(await metrics.text());
    expect(valueOf(s, 'isthmus_submission_errors_total', { chain: 'main-1', code: WORKER_BAD_JOB })).toBe(1);
  });
});
