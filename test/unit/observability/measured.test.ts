/**
 * `measured`: the light-client checks the worker, the refresher and their
 * delivery core make report to an optional sink — `ok` or the error's code,
 * and how long the check took — without changing what the check returns
 * or throws.
 */
import { describe, expect, it } from '@jest/globals';
import { IsthmusError } from '../../../light-clients/index.js';
import { measured, VERIFICATION_UNEXPECTED, type VerificationKind } from '../../../relayer/delivery/index.js';

describe('measured', () => {
  it('behavior: a passing check reports ok; a failing one its code, and still throws', () => {
    const seen: [VerificationKind, string][] = [];
    const sink = {
      verification: (kind: VerificationKind, result: string, seconds: number) => {
        expect(seconds).toBeGreaterThanOrEqual(0);
        seen.push([kind, result]);
      },
    };
    expect(measured(sink, 'header', () => 42)).toBe(42);
    expect(() =>
      measured(sink, 'membership', () => {
        throw new IsthmusError('PROOF_INVALID', 'bad proof');
      }),
    ).toThrow('bad proof');
    expect(() =>
      measured(sink, 'non_membership', () => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
    expect(seen).toEqual([
      ['header', 'ok'],
      ['membership', 'PROOF_INVALID'],
      ['non_membership', VERIFICATION_UNEXPECTED],
    ]);
  });

  it('args: without a sink the check just runs', () => {
    expect(measured(undefined, 'header', () => 'x')).toBe('x');
  });
});
