/**
 * CometBFT's simple Merkle tree (`crypto/merkle/tree.go`, RFC 6962 §2.1) over
 * a store's sorted (key, value) leaves, kept whole so that proofs are paths
 * read off it rather than recomputed:
 *
 *   leaf  = SHA-256(0x00 ‖ uvarint(len key) ‖ key ‖ uvarint(32) ‖ SHA-256(value))
 *   inner = SHA-256(0x01 ‖ left ‖ right), split at the largest power of two below n
 *
 * which is exactly the tree ICS-23's `tendermintSpec` verifies. The root of
 * no leaves is SHA-256 of nothing, as CometBFT's empty tree.
 */
import { sha256 } from '../../light-clients/index.js';

export type Tree =
  | { readonly kind: 'leaf'; readonly hash: Uint8Array }
  | {
      readonly kind: 'inner';
      readonly hash: Uint8Array;
      readonly left: Tree;
      readonly right: Tree;
      readonly size: number;
    };

/** Root of the empty store: SHA-256 of no bytes. */
export const EMPTY_ROOT: Uint8Array = sha256(new Uint8Array(0));

/** Protobuf's unsigned varint of a non-negative safe integer. */
export function uvarint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

/** The leaf hash of one (key, value) pair, as the tendermint spec's leaf op computes it. */
export function leafHash(key: Uint8Array, value: Uint8Array): Uint8Array {
  const keyLength = uvarint(key.length);
  const input = new Uint8Array(1 + keyLength.length + key.length + 1 + 32);
  input[0] = 0x00;
  input.set(keyLength, 1);
  input.set(key, 1 + keyLength.length);
  input[1 + keyLength.length + key.length] = 32;
  input.set(sha256(value), 2 + keyLength.length + key.length);
  return sha256(input);
}

/** The largest power of two strictly below n (n >= 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function build(leaves: readonly Uint8Array[], from: number, to: number, scratch: Uint8Array): Tree {
  if (to - from === 1) return { kind: 'leaf', hash: leaves[from] as Uint8Array };
  const k = splitPoint(to - from);
  const left = build(leaves, from, from + k, scratch);
  const right = build(leaves, from + k, to, scratch);
  scratch.set(left.hash, 1);
  scratch.set(right.hash, 33);
  return { kind: 'inner', hash: sha256(scratch), left, right, size: to - from };
}

/** The tree over leaf hashes in key order; undefined for no leaves (root: EMPTY_ROOT). */
export function buildTree(leaves: readonly Uint8Array[]): Tree | undefined {
  if (leaves.length === 0) return undefined;
  // One 65-byte buffer serves every inner node: hashing copies nothing out of it.
  const scratch = new Uint8Array(65);
  scratch[0] = 0x01;
  return build(leaves, 0, leaves.length, scratch);
}

/** A step from a child to its parent: the sibling and on which side it sits. */
export interface PathStep {
  readonly sibling: Uint8Array;
  /** True when the child is the left one (the sibling is hashed after it). */
  readonly childIsLeft: boolean;
}

/** The steps from leaf `index` up to the root, leaf side first. */
export function pathTo(tree: Tree, index: number): PathStep[] {
  const steps: PathStep[] = [];
  let node = tree;
  let i = index;
  while (node.kind === 'inner') {
    const k = splitPoint(node.size);
    if (i < k) {
      steps.push({ sibling: node.right.hash, childIsLeft: true });
      node = node.left;
    } else {
      steps.push({ sibling: node.left.hash, childIsLeft: false });
      node = node.right;
      i -= k;
    }
  }
  return steps.reverse();
}
