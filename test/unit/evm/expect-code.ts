/** Asserts that `run` throws a VerificationError with `code`: the one way these tests check error codes. */
import { expect } from '@jest/globals';
import { VerificationError } from '../../../light-clients/index.js';

export function expectCode(run: () => unknown, code: string): VerificationError {
  let caught: unknown;
  try {
    run();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(VerificationError);
  expect((caught as VerificationError).code).toBe(code);
  return caught as VerificationError;
}
