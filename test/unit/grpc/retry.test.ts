/**
 * The retry policy of idempotent reads (adapters/grpc/retry.ts): which
 * errors retry, the full-jitter backoff bounds, the overall deadline, the
 * retry-after hint and abort — on an injected clock, sleep and random
 * source, so nothing here waits for real time.
 */
import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_RETRY_POLICY,
  backoffBoundMs,
  backoffMs,
  checkRetryPolicy,
  isRetryable,
  retryAfterHintMs,
  withRetry,
  type RetryPolicy,
  type RetryRuntime,
} from '../../../adapters/grpc/retry.js';
import { IsthmusError, type ErrorCategory } from '../../../light-clients/index.js';

const policy: RetryPolicy = {
  maxAttempts: 5,
  initialBackoffMs: 100,
  maxBackoffMs: 1_000,
  multiplier: 2,
  overallTimeoutMs: 0,
};

/** A fake clock: sleeping advances it; every wait is recorded. */
function fakeRuntime(random = 0.5): RetryRuntime & { waits: number[]; time: number } {
  const rt = {
    waits: [] as number[],
    time: 0,
    now: () => rt.time,
    random: () => random,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason;
      rt.waits.push(ms);
      rt.time += ms;
    },
  };
  return rt;
}

function transient(code = 'NODE_DOWN', context = {}): IsthmusError {
  return new IsthmusError(code, 'node is down', { category: 'unavailable', context });
}

/** An attempt that fails with `errors` in turn, then returns 'ok'; records each attempt's timeout. */
function scripted(errors: unknown[]): { attempt: (t: number) => Promise<string>; timeouts: number[] } {
  const timeouts: number[] = [];
  let i = 0;
  return {
    timeouts,
    attempt: async (t: number) => {
      timeouts.push(t);
      const e = errors[i++];
      if (e !== undefined) throw e;
      return 'ok';
    },
  };
}

describe('retry policy of idempotent reads', () => {
  it.each([
    ['maxAttempts', 0],
    ['maxAttempts', 1.5],
    ['initialBackoffMs', -1],
    ['maxBackoffMs', 50],
    ['multiplier', 0.5],
    ['overallTimeoutMs', Number.NaN],
  ] as const)('args: %s = %s is RETRY_POLICY_INVALID', (field, value) => {
    const err = (() => {
      try {
        return checkRetryPolicy({ ...policy, [field]: value });
      } catch (e) {
        return e;
      }
    })() as IsthmusError;
    expect(err.code).toBe('RETRY_POLICY_INVALID');
    expect(err.category).toBe('invalid_argument');
    expect(err.context['field']).toBe(field);
  });

  it('args: the default policy is valid and bounded', () => {
    expect(checkRetryPolicy(DEFAULT_RETRY_POLICY)).toBe(DEFAULT_RETRY_POLICY);
    expect(DEFAULT_RETRY_POLICY.overallTimeoutMs).toBeGreaterThan(0);
  });

  it.each<[ErrorCategory, boolean]>([
    ['unavailable', true],
    ['deadline_exceeded', true],
    ['resource_exhausted', true],
    ['invalid_argument', false],
    ['verification', false],
    ['not_found', false],
    ['failed_precondition', false],
    ['permission_denied', false],
    ['internal', false],
  ])('behavior: a %s error retries: %s', (category, expected) => {
    expect(isRetryable(new IsthmusError('X', 'x', { category }))).toBe(expected);
  });

  it('behavior: a failed TLS handshake, an oversize message and errors that are not IsthmusErrors do not retry', () => {
    expect(isRetryable(transient('TLS_HANDSHAKE_FAILED'))).toBe(false);
    expect(
      isRetryable(new IsthmusError('MESSAGE_TOO_LARGE', 'too large', { category: 'resource_exhausted' })),
    ).toBe(false);
    expect(isRetryable(new Error('boom'))).toBe(false);
    expect(isRetryable('unavailable')).toBe(false);
  });

  it('behavior: the backoff bound doubles from the initial value and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffBoundMs(policy, n))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });

  it('behavior: full jitter spans [0, bound) with the random source at its extremes', () => {
    for (let n = 1; n <= 8; n++) {
      const bound = backoffBoundMs(policy, n);
      expect(backoffMs(policy, n, () => 0)).toBe(0);
      const top = backoffMs(policy, n, () => 1 - Number.EPSILON);
      expect(top).toBeLessThan(bound);
      expect(top).toBeGreaterThanOrEqual(bound - 1);
    }
  });

  it('behavior: transient failures are retried with jittered waits until the read succeeds', async () => {
    const rt = fakeRuntime(0.5);
    const s = scripted([transient(), transient(), transient()]);
    await expect(withRetry(s.attempt, { policy, runtime: rt, attemptTimeoutMs: 250 })).resolves.toBe('ok');
    expect(s.timeouts).toEqual([250, 250, 250, 250]);
    expect(rt.waits).toEqual([50, 100, 200]);
  });

  it('error: attempts are bounded; the last failure comes back unchanged', async () => {
    const rt = fakeRuntime();
    const errors = Array.from({ length: 10 }, (_, i) => transient(`DOWN_${i}`));
    const s = scripted(errors);
    const err = await withRetry(s.attempt, { policy, runtime: rt, attemptTimeoutMs: 0 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBe(errors[4]);
    expect(s.timeouts).toHaveLength(policy.maxAttempts);
    expect(rt.waits).toHaveLength(policy.maxAttempts - 1);
  });

  it('error: a failure that is not transient is thrown at once', async () => {
    const rt = fakeRuntime();
    const bad = new IsthmusError('PROOF_INVALID', 'bad proof', { category: 'verification' });
    const s = scripted([bad]);
    await expect(withRetry(s.attempt, { policy, runtime: rt, attemptTimeoutMs: 0 })).rejects.toBe(bad);
    expect(s.timeouts).toHaveLength(1);
    expect(rt.waits).toEqual([]);
  });

  it('behavior: maxAttempts 1 turns retrying off', async () => {
    const s = scripted([transient()]);
    const run = withRetry(s.attempt, {
      policy: { ...policy, maxAttempts: 1 },
      runtime: fakeRuntime(),
      attemptTimeoutMs: 0,
    });
    await expect(run).rejects.toMatchObject({ code: 'NODE_DOWN' });
    expect(s.timeouts).toHaveLength(1);
  });

  it('behavior: a server retry-after hint replaces the jittered wait', async () => {
    expect(retryAfterHintMs(transient('X', { retryAfterMs: 750 }))).toBe(750);
    expect(retryAfterHintMs(transient('X', { retryAfterMs: '40' }))).toBe(40);
    expect(retryAfterHintMs(transient('X', { retryAfterMs: -1 }))).toBeUndefined();
    expect(retryAfterHintMs(transient('X', { retryAfterMs: 'soon' }))).toBeUndefined();
    const rt = fakeRuntime(0);
    const limited = new IsthmusError('RATE_LIMITED', 'slow down', {
      category: 'resource_exhausted',
      context: { retryAfterMs: 750 },
    });
    const s = scripted([limited]);
    await expect(withRetry(s.attempt, { policy, runtime: rt, attemptTimeoutMs: 0 })).resolves.toBe('ok');
    expect(rt.waits).toEqual([750]);
  });

  it('behavior: the overall deadline shortens attempts and ends the retries before it passes', async () => {
    const rt = fakeRuntime(0.999);
    const errors = Array.from({ length: 10 }, () => transient());
    const timeouts: number[] = [];
    // Each attempt uses its whole timeout, as a call that hits its deadline does.
    const attempt = async (t: number): Promise<string> => {
      timeouts.push(t);
      rt.time += t;
      throw errors[timeouts.length - 1];
    };
    const run = withRetry(attempt, {
      policy: { ...policy, maxAttempts: 10, overallTimeoutMs: 1_000 },
      runtime: rt,
      attemptTimeoutMs: 300,
    });
    await expect(run).rejects.toMatchObject({ code: 'NODE_DOWN' });
    // 300 + wait 99 + 300 + wait 199 = 898: 102 ms are left for the third attempt, after
    // which the next wait (up to 399) would pass the deadline.
    expect(timeouts).toEqual([300, 300, 102]);
    expect(rt.time).toBeLessThanOrEqual(1_000);
  });

  it('error: aborting during a wait ends the retries with GRPC_CANCELLED', async () => {
    const controller = new AbortController();
    const rt = fakeRuntime();
    const sleep = rt.sleep;
    rt.sleep = async (ms, signal) => {
      controller.abort();
      return sleep(ms, signal);
    };
    const first = transient();
    const s = scripted([first, transient()]);
    const err = (await withRetry(s.attempt, {
      policy,
      runtime: rt,
      signal: controller.signal,
      attemptTimeoutMs: 0,
    }).catch((e: unknown) => e)) as IsthmusError;
    expect(err.code).toBe('GRPC_CANCELLED');
    expect(err.category).toBe('unavailable');
    expect(s.timeouts).toHaveLength(1);
  });

  it('error: a failure after the caller aborted is not retried', async () => {
    const controller = new AbortController();
    controller.abort();
    const rt = fakeRuntime();
    const s = scripted([transient('GRPC_CANCELLED'), transient()]);
    const run = withRetry(s.attempt, { policy, runtime: rt, signal: controller.signal, attemptTimeoutMs: 0 });
    await expect(run).rejects.toMatchObject({ code: 'GRPC_CANCELLED' });
    expect(s.timeouts).toHaveLength(1);
    expect(rt.waits).toEqual([]);
  });
});
