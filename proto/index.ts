/**
 * The wire contract as TypeScript: the generated protobufjs namespace and
 * the conversions between its 64-bit integers and `bigint`.
 *
 * protobufjs represents 64-bit fields as `Long` (or `number` when the value
 * was set from one). Heights, sequences and nanosecond timestamps go past
 * 2^53, so domain code works in `bigint` and converts here, at the edge.
 * protobufjs silently encodes a `bigint` as zero: never hand it one.
 */
import Long from 'long';
import { isthmus } from './gen/isthmus.js';

export { isthmus };
export import v1 = isthmus.v1;
export { Long };

const U64_MAX = (1n << 64n) - 1n;

/** A bigint in [0, 2^64) as an unsigned Long for protobufjs. */
export function toU64(value: bigint): Long {
  if (value < 0n || value > U64_MAX) throw new RangeError(`uint64 out of range: ${value}`);
  return Long.fromBigInt(value, true);
}

/** A uint64 field as protobufjs decoded it (Long, number, or absent = 0). */
export function fromU64(value: Long | number | null | undefined): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`uint64 not exact: ${value}`);
    return BigInt(value);
  }
  return Long.fromValue(value).toUnsigned().toBigInt();
}
