/**
 * A token bucket per identity: `burst` calls at once, refilled at
 * `perSecond`. One call takes one token; a call that finds less than one is
 * refused with the time until one is back. This in-memory limiter serves a
 * single process; ./redis-rate-limit.ts shares the buckets between processes.
 */
export interface RateLimitOptions {
  /** Sustained calls per second per identity. */
  readonly perSecond: number;
  /** Calls an identity may make at once above the sustained rate. */
  readonly burst: number;
}

export interface RateDecision {
  readonly allowed: boolean;
  /** When refused: milliseconds until a call would be allowed (at least 1). */
  readonly retryAfterMs: number;
}

export interface RateLimiter {
  take(key: string): Promise<RateDecision>;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** In process; keys are identity names, so the map is bounded by the policy. */
export function memoryRateLimiter(
  options: RateLimitOptions,
  now: () => number = () => performance.now(),
): RateLimiter {
  const perMs = options.perSecond / 1000;
  const buckets = new Map<string, Bucket>();
  return {
    take: (key) => {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: options.burst, at: t };
      bucket.tokens = Math.min(options.burst, bucket.tokens + Math.max(0, t - bucket.at) * perMs);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return Promise.resolve({ allowed: true, retryAfterMs: 0 });
      }
      return Promise.resolve({
        allowed: false,
        retryAfterMs: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs)),
      });
    },
  };
}
