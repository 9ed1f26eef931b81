/**
 * Recursive-length prefix (Ethereum Yellow Paper, appendix B) as byte trees,
 * on top of `ethers/utils`' codec.
 *
 * ethers decodes leniently (a single byte below 0x80 wrapped in 0x81, length
 * prefixes with leading zeros, long forms for short items). Everything this
 * client hashes or compares must have exactly one encoding, so `decodeRlp`
 * here re-encodes what it decoded and rejects input that does not round-trip.
 */
import { decodeRlp as ethersDecode, encodeRlp as ethersEncode, getBytes } from 'ethers/utils';
import type { RlpStructuredData } from 'ethers/utils';
import { bytesToHex } from '@noble/hashes/utils.js';
import { equalBytes } from '@noble/curves/utils.js';

export type RlpItem = Uint8Array | readonly RlpItem[];

export function encodeRlp(item: RlpItem): Uint8Array {
  return getBytes(ethersEncode(item as Uint8Array | Uint8Array[]));
}

function toItem(data: RlpStructuredData): RlpItem {
  return typeof data === 'string' ? getBytes(data) : data.map(toItem);
}

/**
 * Decodes RLP without the canonical check: only for bytes already
 * authenticated by their own keccak-256 (Merkle-Patricia proof nodes), where
 * a second encoding would need a hash preimage. Re-encoding costs more than
 * hashing, so proofs skip it. Undefined when the bytes are not RLP.
 */
export function decodeHashedRlp(bytes: Uint8Array): RlpItem | undefined {
  try {
    return toItem(ethersDecode(bytes));
  } catch {
    return undefined;
  }
}

/** Decodes canonical RLP; returns undefined for anything else (callers pick the error code). */
export function decodeRlp(bytes: Uint8Array): RlpItem | undefined {
  const item = decodeHashedRlp(bytes);
  return item !== undefined && equalBytes(encodeRlp(item), bytes) ? item : undefined;
}

export function isList(item: RlpItem | undefined): item is readonly RlpItem[] {
  return Array.isArray(item);
}

export function isBytes(item: RlpItem | undefined): item is Uint8Array {
  return item instanceof Uint8Array;
}

/** A scalar: big-endian without leading zeros (zero is the empty string). */
export function encodeScalar(value: bigint): Uint8Array {
  if (value < 0n) throw new RangeError('RLP scalars are unsigned');
  if (value === 0n) return new Uint8Array(0);
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return getBytes(`0x${hex}`);
}

/** The scalar in `bytes`, or undefined when it has a leading zero (a second encoding of the same number). */
export function decodeScalar(bytes: Uint8Array): bigint | undefined {
  if (bytes.length === 0) return 0n;
  if (bytes[0] === 0) return undefined;
  return BigInt(`0x${bytesToHex(bytes)}`);
}
