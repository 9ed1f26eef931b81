/**
 * The byte encodings that Isthmus hashes for attestations and signer sets:
 * fixed-width big-endian integers and length-prefixed byte strings, so that
 * every encoding reads back one way only (no two different tuples share an
 * encoding).
 *
 * Callers check ranges first and report them with their own codes; the
 * RangeErrors here guard against a caller that did not.
 */
import { concatBytes } from '@noble/hashes/utils.js';

export const U64_MAX = (1n << 64n) - 1n;
const U32_MAX = 0xffff_ffff;

export function u8(value: number): Uint8Array {
  if (!Number.isInteger(value) || value < 0 || value > 0xff) throw new RangeError(`not a uint8: ${value}`);
  return Uint8Array.of(value);
}

export function u32be(value: number): Uint8Array {
  if (!Number.isInteger(value) || value < 0 || value > U32_MAX)
    throw new RangeError(`not a uint32: ${value}`);
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, false);
  return out;
}

export function u64be(value: bigint): Uint8Array {
  if (value < 0n || value > U64_MAX) throw new RangeError(`not a uint64: ${value}`);
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, value, false);
  return out;
}

/** `u32be(length) ‖ bytes`. */
export function lengthPrefixed(bytes: Uint8Array): Uint8Array {
  return concatBytes(u32be(bytes.length), bytes);
}

export function isU64(value: unknown): value is bigint {
  return typeof value === 'bigint' && value >= 0n && value <= U64_MAX;
}
