/** Runs `fn` and returns 'OK' or the VerificationError code it threw; anything else fails the test. */
import { VerificationError } from '../../../light-clients/index.js';

export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof VerificationError) return err.code;
    throw err;
  }
  return 'OK';
}
