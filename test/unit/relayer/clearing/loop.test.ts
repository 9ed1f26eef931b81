/** The clearing loop and its helpers: runs at start and again, survives a failed run, stops cleanly; bounded concurrency. */
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { IsthmusError } from '../../../../light-clients/index.js';
import { clearPaths, mapConcurrent, startClearingLoop } from '../../../../relayer/clearing/index.js';

const logger = pino({ level: 'silent' });

/** Resolves once `count` runs happened; a run fails when `fail(n)` says so. */
function counter(count: number, fail: (n: number) => boolean = () => false) {
  let runs = 0;
  let done: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => (done = resolve));
  return {
    reached,
    get runs() {
      return runs;
    },
    run: async () => {
      runs += 1;
      if (runs >= count) done();
      if (fail(runs)) throw new IsthmusError('CLEARING_LEDGER_FAILED', 'down', { category: 'unavailable' });
    },
  };
}

describe('startClearingLoop', () => {
  it('behavior: runs at start, then again after the interval, and stops', async () => {
    const c = counter(3);
    const loop = startClearingLoop({ run: c.run, intervalMs: 5, logger });
    await c.reached;
    await loop.stop();
    const after = c.runs;
    await new Promise((r) => setTimeout(r, 20));
    expect(c.runs).toBe(after);
  });

  it('behavior: a failed run is logged and the next interval runs again', async () => {
    const c = counter(3, (n) => n <= 2);
    const loop = startClearingLoop({ run: c.run, intervalMs: 5, logger });
    await c.reached;
    await loop.stop();
    expect(c.runs).toBeGreaterThanOrEqual(3);
  });

  it('args: a non-positive interval is refused', () => {
    expect(() => startClearingLoop({ run: async () => undefined, intervalMs: 0, logger })).toThrow(
      expect.objectContaining({ code: 'CLEARING_INTERVAL_INVALID' }),
    );
  });
});

describe('mapConcurrent', () => {
  it('behavior: keeps input order and never exceeds the limit in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapConcurrent([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, n));
      inFlight -= 1;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(peak).toBe(3);
  });

  it('error: the first failure is thrown and no new call starts after it', async () => {
    const started: number[] = [];
    await expect(
      mapConcurrent([1, 2, 3, 4, 5], 1, async (n) => {
        started.push(n);
        if (n === 2) throw new Error('boom');
        return n;
      }),
    ).rejects.toThrow('boom');
    expect(started).toEqual([1, 2]);
  });

  it('args: the limit must be a positive integer', async () => {
    await expect(mapConcurrent([1], 0, async (n) => n)).rejects.toThrow(RangeError);
  });
});

describe('clearPaths', () => {
  it('error: a path naming a chain without a Ledger is reported as CLEARING_UNKNOWN_CHAIN, not thrown', async () => {
    const path = {
      source: { chain: 'health-1', channel: 'channel-0' },
      dest: { chain: 'nowhere-1', channel: 'channel-0' },
      ordering: 'unordered' as const,
    };
    const [result] = await clearPaths({ paths: [path], ledgerOf: () => undefined, logger });
    expect(result && 'error' in result ? [result.error.code, result.error.retryable] : result).toEqual([
      'CLEARING_UNKNOWN_CHAIN',
      false,
    ]);
  });
});
