/**
 * Retrying a call that only reads: bounded attempts, exponential backoff with
 * full jitter ("Exponential Backoff And Jitter", AWS Architecture Blog,
 * 2015: wait a uniformly random time in [0, min(cap, base * 2^n))), an
 * overall deadline across every attempt and wait, and the caller's
 * AbortSignal.
 *
 * Only failures whose `IsthmusError.retryable` is true (categories
 * unavailable, deadline_exceeded, resource_exhausted) are retried, and not a
 * failed TLS handshake or an oversize message (their categories are
 * unavailable and resource_exhausted, as their gRPC statuses say, but a
 * certificate does not become valid, nor a message smaller, on retry).
 * A server may ask for a longer wait with `retryAfterMs` in the error's
 * context (it crosses the wire with the rest of the context).
 *
 * The clock, the sleep and the random source are a `RetryRuntime`, so tests
 * drive the schedule without real time.
 */
import { IsthmusError } from '../../light-clients/index.js';
import { MESSAGE_TOO_LARGE, TLS_HANDSHAKE_FAILED } from './errors.js';

export interface RetryPolicy {
  /** Attempts in all, the first included; 1 turns retrying off. */
  readonly maxAttempts: number;
  /** Upper bound of the first wait, in ms. */
  readonly initialBackoffMs: number;
  /** No wait is longer than this, in ms (a server's retry-after hint aside). */
  readonly maxBackoffMs: number;
  /** Growth of the bound from one retry to the next. */
  readonly multiplier: number;
  /** Budget for all attempts and waits together, in ms; 0 for none. */
  readonly overallTimeoutMs: number;
}

/**
 * Four attempts over at most 30 s: enough to ride out a node restart or a
 * dropped connection, short enough that a relayer's job queue (which has
 * its own, slower backoff) takes over for longer outages.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  maxAttempts: 4,
  initialBackoffMs: 100,
  maxBackoffMs: 2_000,
  multiplier: 2,
  overallTimeoutMs: 30_000,
});

export interface RetryRuntime {
  /** Milliseconds on a monotonic-enough clock. */
  now(): number;
  /** A number in [0, 1). */
  random(): number;
  /** Resolves after `ms`, or rejects as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export const systemRetryRuntime: RetryRuntime = Object.freeze({
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: abortableSleep,
});

/** Checks a policy at the door, so a bad option fails at construction. */
export function checkRetryPolicy(policy: RetryPolicy): RetryPolicy {
  const bad = (field: string, rule: string): IsthmusError =>
    new IsthmusError('RETRY_POLICY_INVALID', `retry policy: ${field} must be ${rule}`, {
      category: 'invalid_argument',
      context: { field, value: policy[field as keyof RetryPolicy] },
    });
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1)
    throw bad('maxAttempts', 'an integer >= 1');
  if (!(policy.initialBackoffMs >= 0)) throw bad('initialBackoffMs', '>= 0');
  if (!(policy.maxBackoffMs >= policy.initialBackoffMs)) throw bad('maxBackoffMs', '>= initialBackoffMs');
  if (!(policy.multiplier >= 1)) throw bad('multiplier', '>= 1');
  if (!(policy.overallTimeoutMs >= 0)) throw bad('overallTimeoutMs', '>= 0');
  return policy;
}

/** The bound of the wait before retry number `retry` (1 for the first retry). */
export function backoffBoundMs(policy: RetryPolicy, retry: number): number {
  return Math.min(policy.maxBackoffMs, policy.initialBackoffMs * policy.multiplier ** (retry - 1));
}

/** Full jitter: uniform in [0, bound). */
export function backoffMs(policy: RetryPolicy, retry: number, random: () => number): number {
  return Math.floor(random() * backoffBoundMs(policy, retry));
}

const permanentCodes: ReadonlySet<string> = new Set([TLS_HANDSHAKE_FAILED, MESSAGE_TOO_LARGE]);

/** Whether another attempt may succeed where `err` failed. */
export function isRetryable(err: unknown): err is IsthmusError {
  return IsthmusError.is(err) && err.retryable && !permanentCodes.has(err.code);
}

/** A server's `retryAfterMs` hint, if it gave a usable one. */
export function retryAfterHintMs(err: IsthmusError): number | undefined {
  const raw = err.context['retryAfterMs'];
  const ms = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

export interface RetryOptions {
  readonly policy: RetryPolicy;
  readonly runtime?: RetryRuntime;
  /** The caller's signal: aborting it ends the retries at once. */
  readonly signal?: AbortSignal | undefined;
  /** Deadline of one attempt in ms (0: none); shortened to what is left of the overall budget. */
  readonly attemptTimeoutMs: number;
  /** Told about each retry before its wait. */
  readonly onRetry?: (info: { attempt: number; waitMs: number; error: IsthmusError }) => void;
}

function cancelled(cause: unknown): IsthmusError {
  // Same code and category as a call cancelled while in flight (GRPC_CANCELLED).
  return new IsthmusError('GRPC_CANCELLED', 'call cancelled by the caller', {
    category: 'unavailable',
    cause,
  });
}

/**
 * Runs `attempt` until it succeeds, fails with an error that is not
 * retryable, runs out of attempts or of the overall budget, or the caller
 * aborts. The last failure is what the caller sees, unchanged.
 */
export async function withRetry<T>(
  attempt: (timeoutMs: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const { policy, signal, attemptTimeoutMs } = options;
  const runtime = options.runtime ?? systemRetryRuntime;
  const deadline = policy.overallTimeoutMs > 0 ? runtime.now() + policy.overallTimeoutMs : Infinity;
  for (let n = 1; ; n++) {
    const left = deadline - runtime.now();
    const timeoutMs =
      deadline === Infinity ? attemptTimeoutMs : Math.max(1, Math.min(attemptTimeoutMs || left, left));
    try {
      return await attempt(timeoutMs);
    } catch (err) {
      if (signal?.aborted || !isRetryable(err) || n >= policy.maxAttempts) throw err;
      const waitMs = retryAfterHintMs(err) ?? backoffMs(policy, n, runtime.random);
      // Waiting past the budget only to start an attempt with no time left is pointless.
      if (runtime.now() + waitMs >= deadline) throw err;
      options.onRetry?.({ attempt: n, waitMs, error: err });
      try {
        await runtime.sleep(waitMs, signal);
      } catch (reason) {
        throw cancelled(reason ?? err);
      }
    }
  }
}
