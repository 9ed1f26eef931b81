/**
 * Runs one light-client check and tells a `VerificationSink` its result
 * (`ok` or the error's code) and duration. The check itself stays pure; only
 * this edge reads the clock.
 */
import { IsthmusError } from '../../light-clients/index.js';
import type { VerificationKind, VerificationSink } from './types.js';

/** Result label of a check that threw something other than an IsthmusError (a bug, not a verdict). */
export const VERIFICATION_UNEXPECTED = 'UNEXPECTED';

export function measured<T>(sink: VerificationSink | undefined, kind: VerificationKind, check: () => T): T {
  if (!sink) return check();
  const started = performance.now();
  const seconds = (): number => (performance.now() - started) / 1_000;
  try {
    const result = check();
    sink.verification(kind, 'ok', seconds());
    return result;
  } catch (err) {
    sink.verification(kind, IsthmusError.is(err) ? err.code : VERIFICATION_UNEXPECTED, seconds());
    throw err;
  }
}
