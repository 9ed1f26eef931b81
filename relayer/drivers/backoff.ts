/**
 * Exponential backoff with jitter, the formula BullMQ's built-in
 * `exponential` strategy uses, so both queue drivers wait alike: after the
 * n-th failed try the ceiling is `delayMs * 2^(n-1)`, and the wait is drawn
 * uniformly from the top `jitter` fraction below it. Jitter spreads the
 * retries of a batch that failed together (one unavailable endpoint).
 */
import type { Backoff } from './queue.js';

/** `failedTries` >= 1; `random` in [0, 1) — a parameter so tests are deterministic. */
export function backoffDelayMs(backoff: Backoff, failedTries: number, random: () => number): number {
  const ceiling = Math.round(2 ** (failedTries - 1) * backoff.delayMs);
  if (backoff.jitter <= 0) return ceiling;
  const floor = ceiling * (1 - backoff.jitter);
  return Math.floor(random() * ceiling * backoff.jitter + floor);
}
