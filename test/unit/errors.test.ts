/** IsthmusError: the one base error, its code, category, context, cause and JSON form. */
import { describe, expect, it } from '@jest/globals';
import { IsthmusError } from '../../light-clients/index.js';

describe('IsthmusError', () => {
  it('args: keeps code, category, frozen context and cause', () => {
    const cause = new Error('socket closed');
    const e = new IsthmusError('PROOF_INVALID', 'proof does not match root', {
      category: 'verification',
      context: { chainId: 'health-1', height: 12n },
      cause,
    });
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe('PROOF_INVALID');
    expect(e.category).toBe('verification');
    expect(e.context).toEqual({ chainId: 'health-1', height: 12n });
    expect(Object.isFrozen(e.context)).toBe(true);
    expect(e.cause).toBe(cause);
    expect(e.retryable).toBe(false);
  });

  it('behavior: defaults to the internal category and an empty context', () => {
    const e = new IsthmusError('BUG', 'unexpected');
    expect(e.category).toBe('internal');
    expect(e.context).toEqual({});
    expect(e.cause).toBeUndefined();
  });

  it.each([
    ['unavailable', true],
    ['deadline_exceeded', true],
    ['resource_exhausted', true],
    ['verification', false],
    ['invalid_argument', false],
  ] as const)('behavior: category %s is retryable: %s', (category, retryable) => {
    expect(new IsthmusError('X', 'x', { category }).retryable).toBe(retryable);
  });

  it('behavior: toJSON is JSON-safe, with bigints and bytes as strings and the cause chain', () => {
    const inner = new IsthmusError('HEADER_FROM_FUTURE', 'header time after now + drift', {
      category: 'verification',
    });
    const outer = new IsthmusError('UPDATE_FAILED', 'client update failed', {
      context: { height: 2n ** 63n, root: new Uint8Array([0xab, 0x01]), nested: { seq: 5n } },
      cause: inner,
    });
    const json = JSON.parse(JSON.stringify(outer)) as unknown;
    expect(json).toEqual({
      name: 'IsthmusError',
      code: 'UPDATE_FAILED',
      category: 'internal',
      message: 'client update failed',
      context: { height: '9223372036854775808', root: 'ab01', nested: { seq: '5' } },
      cause: {
        name: 'IsthmusError',
        code: 'HEADER_FROM_FUTURE',
        category: 'verification',
        message: 'header time after now + drift',
        context: {},
      },
    });
  });

  it('behavior: is() narrows by class and code', () => {
    const e = new IsthmusError('A', 'a');
    expect(IsthmusError.is(e)).toBe(true);
    expect(IsthmusError.is(e, 'A')).toBe(true);
    expect(IsthmusError.is(e, 'B')).toBe(false);
    expect(IsthmusError.is(new Error('a'))).toBe(false);
  });
});
