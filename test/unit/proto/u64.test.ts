/** 64-bit fields keep every bit between bigint and the wire. */
import { describe, expect, it } from '@jest/globals';
import { Long, fromU64, toU64, v1 } from '../../../proto/index.js';

describe('proto: uint64 conversions', () => {
  it.each([0n, 1n, 2n ** 53n + 1n, 1_764_000_000_123_456_789n, 2n ** 64n - 1n])(
    'behavior: %s survives encode and decode',
    (value) => {
      const bytes = v1.Packet.encode({ sequence: toU64(value), timeoutTimestampNs: toU64(value) }).finish();
      const back = v1.Packet.decode(bytes);
      expect(fromU64(back.sequence)).toBe(value);
      expect(fromU64(back.timeoutTimestampNs)).toBe(value);
    },
  );

  it('behavior: absent fields read as zero; safe numbers are accepted', () => {
    expect(fromU64(undefined)).toBe(0n);
    expect(fromU64(null)).toBe(0n);
    expect(fromU64(12)).toBe(12n);
    expect(fromU64(Long.fromString('18446744073709551615', true))).toBe(2n ** 64n - 1n);
  });

  it('error: out-of-range and inexact values are refused', () => {
    expect(() => toU64(-1n)).toThrow(RangeError);
    expect(() => toU64(2n ** 64n)).toThrow(RangeError);
    expect(() => fromU64(2 ** 60)).toThrow(RangeError);
    expect(() => fromU64(-3)).toThrow(RangeError);
    expect(() => fromU64(1.5)).toThrow(RangeError);
  });
});
