/**
 * The SSZ Merkleization this light client needs (consensus-specs
 * `ssz/simple-serialize.md`, "Merkleization"): 32-byte chunks, SHA-256 pair
 * hashing, padding to a power of two with zero subtrees, `mix_in_length` for
 * lists; and `is_valid_merkle_branch` (phase0 beacon-chain.md).
 */
import { sha256 } from '../../crypto/hash.js';

export const CHUNK = 32;

function hashPair(left: Uint8Array, right: Uint8Array): Uint8Array {
  const both = new Uint8Array(64);
  both.set(left, 0);
  both.set(right, 32);
  return sha256(both);
}

/** zeroHashes[d] is the root of a depth-d tree of zero chunks. */
const zeroHashes: Uint8Array[] = [new Uint8Array(CHUNK)];
for (let d = 1; d < 64; d++) {
  const below = zeroHashes[d - 1] as Uint8Array;
  zeroHashes.push(hashPair(below, below));
}

/** Root of `chunks` padded to `limit` leaves (default: the next power of two of their count). */
export function merkleize(chunks: readonly Uint8Array[], limit = chunks.length): Uint8Array {
  if (chunks.length > limit) throw new RangeError('more chunks than the limit');
  let depth = 0;
  while (1 << depth < Math.max(limit, 1)) depth++;
  let layer = [...chunks];
  for (let d = 0; d < depth; d++) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < layer.length; i += 2)
      next.push(hashPair(layer[i] as Uint8Array, layer[i + 1] ?? (zeroHashes[d] as Uint8Array)));
    layer = next;
  }
  return layer[0] ?? (zeroHashes[depth] as Uint8Array);
}

/** Bytes packed into zero-padded 32-byte chunks. */
export function pack(bytes: Uint8Array): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const chunk = new Uint8Array(CHUNK);
    chunk.set(bytes.subarray(i, i + CHUNK));
    chunks.push(chunk);
  }
  return chunks;
}

/** A little-endian unsigned integer of `bytes` bytes, as one chunk. */
export function uintChunk(value: bigint, bytes: number): Uint8Array {
  if (value < 0n || value >= 1n << BigInt(8 * bytes)) throw new RangeError(`not a uint${8 * bytes}`);
  const chunk = new Uint8Array(CHUNK);
  let v = value;
  for (let i = 0; i < bytes; i++) {
    chunk[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return chunk;
}

/** Root of a fixed-length byte vector. */
export function byteVectorRoot(bytes: Uint8Array): Uint8Array {
  return merkleize(pack(bytes));
}

/** Root of a byte list with a maximum length of `maxBytes`. */
export function byteListRoot(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes.length > maxBytes) throw new RangeError('byte list longer than its limit');
  return mixInLength(merkleize(pack(bytes), Math.ceil(maxBytes / CHUNK)), bytes.length);
}

export function mixInLength(root: Uint8Array, length: number): Uint8Array {
  return hashPair(root, uintChunk(BigInt(length), 8));
}

/** is_valid_merkle_branch: `leaf` at `index` of a depth-`depth` tree with `root`. */
export function isValidMerkleBranch(
  leaf: Uint8Array,
  branch: readonly Uint8Array[],
  depth: number,
  index: number,
  root: Uint8Array,
): boolean {
  if (branch.length !== depth) return false;
  let value = leaf;
  for (let i = 0; i < depth; i++) {
    const sibling = branch[i] as Uint8Array;
    value = Math.floor(index / 2 ** i) % 2 === 1 ? hashPair(sibling, value) : hashPair(value, sibling);
  }
  return value.length === root.length && value.every((b, i) => b === root[i]);
}
