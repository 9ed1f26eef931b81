/**
 * A CometBFT simple Merkle tree over sorted key/value pairs (crypto/merkle:
 * leaf = sha256(0x00 ‖ len(key) ‖ key ‖ len(sha256(value)) ‖ sha256(value)),
 * inner = sha256(0x01 ‖ left ‖ right), split at the largest power of two
 * below n), with ICS-23 existence proofs of its leaves: what the SDK's
 * multi-store commits with (TendermintSpec). Written for tests, from the
 * tree's definition, with @noble/hashes — independent of the code under test.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes } from '@noble/hashes/utils.js';
import { HashOp, LengthOp, type ExistenceProof, type InnerOp } from '../../../light-clients/ics23/index.js';

export interface Entry {
  readonly key: Uint8Array;
  readonly value: Uint8Array;
}

function varint(n: number): Uint8Array {
  const out: number[] = [];
  for (; n >= 0x80; n >>>= 7) out.push((n & 0x7f) | 0x80);
  out.push(n);
  return Uint8Array.from(out);
}

function leafHash({ key, value }: Entry): Uint8Array {
  const hv = sha256(value);
  return sha256(concatBytes(Uint8Array.of(0), varint(key.length), key, varint(hv.length), hv));
}

function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function rootOf(entries: readonly Entry[]): Uint8Array {
  if (entries.length === 1) return leafHash(entries[0] as Entry);
  const k = splitPoint(entries.length);
  return sha256(concatBytes(Uint8Array.of(1), rootOf(entries.slice(0, k)), rootOf(entries.slice(k))));
}

/** Inner ops from the leaf at `index` up to the root. */
function pathOf(entries: readonly Entry[], index: number): InnerOp[] {
  if (entries.length === 1) return [];
  const k = splitPoint(entries.length);
  const left = entries.slice(0, k);
  const right = entries.slice(k);
  if (index < k) {
    return [...pathOf(left, index), { hash: HashOp.SHA256, prefix: Uint8Array.of(1), suffix: rootOf(right) }];
  }
  return [
    ...pathOf(right, index - k),
    { hash: HashOp.SHA256, prefix: concatBytes(Uint8Array.of(1), rootOf(left)), suffix: new Uint8Array(0) },
  ];
}

export interface SimpleTree {
  readonly root: Uint8Array;
  readonly entries: readonly Entry[];
  proof(index: number): ExistenceProof;
}

/** The tree over `entries`, sorted by key. */
export function simpleTree(unsorted: readonly Entry[]): SimpleTree {
  const entries = [...unsorted].sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
  return {
    root: rootOf(entries),
    entries,
    proof(index) {
      const entry = entries[index];
      if (entry === undefined) throw new Error(`no leaf ${index}`);
      return {
        key: entry.key,
        value: entry.value,
        leaf: {
          hash: HashOp.SHA256,
          prehashKey: HashOp.NO_HASH,
          prehashValue: HashOp.SHA256,
          length: LengthOp.VAR_PROTO,
          prefix: Uint8Array.of(0),
        },
        path: pathOf(entries, index),
      };
    },
  };
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
