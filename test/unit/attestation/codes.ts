/** The error a call throws, for tests that assert codes: it must be a VerificationError. */
import { expect } from '@jest/globals';
import { VerificationError } from '../../../light-clients/verification-error.js';

export function thrown(fn: () => unknown): VerificationError {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(VerificationError);
  return caught as VerificationError;
}

export function codeOf(fn: () => unknown): string {
  return thrown(fn).code;
}
