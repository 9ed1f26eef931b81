/**
 * CometBFT's simple Merkle tree (`crypto/merkle/tree.go`), RFC 6962 §2.1:
 * leaf = SHA-256(0x00 ‖ item), inner = SHA-256(0x01 ‖ left ‖ right), the
 * items split at the largest power of two strictly below their count; the
 * root of no items is SHA-256 of nothing.
 */
import { sha256 } from '../crypto/hash.js';

function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** SHA-256(0x00 ‖ item). */
function leafHash(item: Uint8Array): Uint8Array {
  const input = new Uint8Array(item.length + 1);
  input.set(item, 1);
  return sha256(input);
}

function root(hashes: readonly Uint8Array[], from: number, to: number, scratch: Uint8Array): Uint8Array {
  if (to - from === 1) return hashes[from] as Uint8Array;
  const k = splitPoint(to - from);
  const left = root(hashes, from, from + k, scratch);
  const right = root(hashes, from + k, to, scratch);
  // One 65-byte buffer serves every inner node: hashing copies nothing out of it.
  scratch.set(left, 1);
  scratch.set(right, 33);
  return sha256(scratch);
}

/** The Merkle root over items already hashed as leaves (`leafHash`). */
function merkleRootOfLeafHashes(hashes: readonly Uint8Array[]): Uint8Array {
  if (hashes.length === 0) return sha256(new Uint8Array(0));
  const scratch = new Uint8Array(65);
  scratch[0] = 1;
  return root(hashes, 0, hashes.length, scratch);
}

/** The Merkle root of `items` (`merkle.HashFromByteSlices`). */
export function merkleRoot(items: readonly Uint8Array[]): Uint8Array {
  return merkleRootOfLeafHashes(items.map(leafHash));
}
