/**
 * Readiness: every dependency the process needs answers within a bound —
 * Redis and NATS when configured, each chain's Ledger. All checks run at
 * once; the answer names every one that failed.
 */
import { IsthmusError } from '../../light-clients/index.js';
import { within } from './bounded.js';

export interface ReadinessCheck {
  /** `redis`, `nats`, `ledger <chain>`. */
  readonly name: string;
  readonly check: (signal: AbortSignal) => Promise<unknown>;
}

export interface Readiness {
  readonly ready: boolean;
  readonly failed: readonly { readonly check: string; readonly code: string; readonly message: string }[];
}

export async function checkReadiness(
  checks: readonly ReadinessCheck[],
  timeoutMs: number,
): Promise<Readiness> {
  const results = await Promise.all(
    checks.map(async ({ name, check }) => {
      try {
        await within(name, timeoutMs, check);
        return undefined;
      } catch (err) {
        return {
          check: name,
          code: IsthmusError.is(err) ? err.code : 'UNAVAILABLE',
          message: err instanceof Error ? err.message : String(err),
        };
      }
    }),
  );
  const failed = results.filter((r) => r !== undefined);
  return { ready: failed.length === 0, failed };
}
