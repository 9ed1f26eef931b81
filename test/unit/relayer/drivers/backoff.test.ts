import { describe, expect, it } from '@jest/globals';
import { backoffDelayMs } from '../../../../relayer/drivers/backoff.js';

describe('backoffDelayMs', () => {
  it('behavior: without jitter the wait doubles after each failed try', () => {
    const b = { delayMs: 100, jitter: 0 };
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(b, n, () => 0.5))).toEqual([100, 200, 400, 800]);
  });

  it('behavior: jitter draws from the top fraction below the ceiling', () => {
    const b = { delayMs: 100, jitter: 0.5 };
    expect(backoffDelayMs(b, 3, () => 0)).toBe(200);
    expect(backoffDelayMs(b, 3, () => 0.999_999)).toBe(399);
    for (let i = 0; i < 100; i += 1) {
      const d = backoffDelayMs(b, 2, () => i / 100);
      expect(d).toBeGreaterThanOrEqual(100);
      expect(d).toBeLessThanOrEqual(200);
    }
  });

  it('behavior: full jitter can wait anywhere from zero to the ceiling', () => {
    expect(backoffDelayMs({ delayMs: 1_000, jitter: 1 }, 1, () => 0)).toBe(0);
  });
});
