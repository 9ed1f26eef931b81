import { describe, expect, it } from '@jest/globals';
import { checkJobOptions, checkProcessOptions, encodeJobData } from '../../../../relayer/drivers/job-data.js';
import { defaultAttempts, defaultBackoff } from '../../../../relayer/drivers/queue.js';

describe('job options and data', () => {
  it('behavior: defaults fill in what is not given', () => {
    expect(checkJobOptions('deliver:a', { jobId: 'a/channel-0/1/recv' })).toEqual({
      jobId: 'a/channel-0/1/recv',
      delayMs: 0,
      attempts: defaultAttempts,
      backoff: defaultBackoff,
    });
  });

  it.each([
    [{ jobId: '' }],
    [{ jobId: 'a:b' }],
    [{ jobId: '17' }],
    [{ jobId: 'x', delayMs: -1 }],
    [{ jobId: 'x', attempts: 0 }],
    [{ jobId: 'x', attempts: 1.5 }],
    [{ jobId: 'x', backoff: { delayMs: 10, jitter: 2 } }],
    [{ jobId: 'x', backoff: { delayMs: Number.NaN, jitter: 0 } }],
  ])('args: %j is refused with QUEUE_BAD_OPTIONS', (options) => {
    expect(() => checkJobOptions('deliver:a', options)).toThrow(
      expect.objectContaining({ code: 'QUEUE_BAD_OPTIONS' }),
    );
  });

  it.each([
    [{ concurrency: 0, batchSize: 1, batchDelayMs: 0 }],
    [{ concurrency: 1, batchSize: 0, batchDelayMs: 0 }],
    [{ concurrency: 1, batchSize: 1, batchDelayMs: -5 }],
  ])('args: process options %j are refused', (options) => {
    expect(() => checkProcessOptions('deliver:a', options)).toThrow(
      expect.objectContaining({ code: 'QUEUE_BAD_OPTIONS' }),
    );
  });

  it('error: bigint, undefined and cyclic data are not JSON', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const data of [{ height: 1n }, undefined, cyclic]) {
      expect(() => encodeJobData('deliver:a', 'x', data)).toThrow(
        expect.objectContaining({ code: 'QUEUE_DATA_NOT_JSON', category: 'invalid_argument' }),
      );
    }
  });
});
