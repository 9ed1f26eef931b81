/** The in-memory token bucket, on an injected clock. */
import { describe, expect, it } from '@jest/globals';
import { memoryRateLimiter } from '../../../../relayer/api/security/rate-limit.js';

describe('unit: Relay API in-memory rate limit', () => {
  it('behavior: burst, then refusals with the wait, then refill', async () => {
    let now = 0;
    const limiter = memoryRateLimiter({ perSecond: 2, burst: 2 }, () => now);
    expect(await limiter.take('a')).toEqual({ allowed: true, retryAfterMs: 0 });
    expect(await limiter.take('a')).toEqual({ allowed: true, retryAfterMs: 0 });
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 500 });
    // Another identity has its own bucket.
    expect((await limiter.take('b')).allowed).toBe(true);
    now = 200;
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 300 });
    now = 500;
    expect((await limiter.take('a')).allowed).toBe(true);
    // Never more than the burst, however long the pause.
    now = 1_000_000;
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('a')).allowed).toBe(false);
  });
});
