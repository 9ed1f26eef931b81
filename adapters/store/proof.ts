/**
 * ICS-23 proofs of the store's tree as protobuf bytes
 * (`cosmos.ics23.v1.CommitmentProof`, proto/cosmos/ics23/v1/proofs.proto):
 * an `ExistenceProof` for a present key, a `NonExistenceProof` naming the
 * neighbours that bracket an absent one. The leaf and inner ops are those
 * `tendermintSpec` requires: leaf prefix 0x00, VAR_PROTO lengths, value
 * pre-hashed with SHA-256; inner prefix 0x01 with the sibling before or
 * after the child.
 */
import { cosmos } from '../../proto/gen/ics23.js';
import { HashOp, LengthOp } from '../../light-clients/ics23/index.js';
import { pathTo, uvarint, type Tree } from './tree.js';

import wire = cosmos.ics23.v1;

const INNER_PREFIX = Uint8Array.of(0x01);
const EMPTY = new Uint8Array(0);

const LEAF: wire.LeafOp.$Properties = {
  hash: HashOp.SHA256,
  prehashKey: HashOp.NO_HASH,
  prehashValue: HashOp.SHA256,
  length: LengthOp.VAR_PROTO,
  prefix: Uint8Array.of(0x00),
};

function innerOps(tree: Tree, index: number): wire.InnerOp.$Properties[] {
  return pathTo(tree, index).map(({ sibling, childIsLeft }) => {
    if (childIsLeft) return { hash: HashOp.SHA256, prefix: INNER_PREFIX, suffix: sibling };
    const prefix = new Uint8Array(1 + sibling.length);
    prefix[0] = 0x01;
    prefix.set(sibling, 1);
    return { hash: HashOp.SHA256, prefix, suffix: EMPTY };
  });
}

/** A leaf of the tree: its position, key and value. */
export interface ProvenLeaf {
  readonly index: number;
  readonly key: Uint8Array;
  readonly value: Uint8Array;
}

function existence(tree: Tree, leaf: ProvenLeaf): wire.ExistenceProof.$Properties {
  return { key: leaf.key, value: leaf.value, leaf: LEAF, path: innerOps(tree, leaf.index) };
}

/** `CommitmentProof{exist}` bytes for the leaf. */
export function existenceProofBytes(tree: Tree, leaf: ProvenLeaf): Uint8Array {
  return wire.CommitmentProof.encode({ exist: existence(tree, leaf) }).finish();
}

/**
 * `CommitmentProof{nonexist}` bytes for `key`, between its neighbours (one
 * may be missing at an edge of the tree, never both: the tree is not empty).
 */
export function nonExistenceProofBytes(
  tree: Tree,
  key: Uint8Array,
  left: ProvenLeaf | undefined,
  right: ProvenLeaf | undefined,
): Uint8Array {
  return wire.CommitmentProof.encode({
    nonexist: {
      key,
      ...(left ? { left: existence(tree, left) } : {}),
      ...(right ? { right: existence(tree, right) } : {}),
    },
  }).finish();
}

/**
 * The store proof as ibc-go `MerkleProof` bytes (`cosmos.ics23.v1.ChainedProof`)
 * of a single store: what `verifyMerkleProof(root, bytes, [key], value,
 * [tendermintSpec])` checks.
 */
export function chainedProofBytes(commitmentProof: Uint8Array): Uint8Array {
  // One embedded message in field 1: tag 0x0a, uvarint length, the bytes as they are.
  const length = uvarint(commitmentProof.length);
  const out = new Uint8Array(1 + length.length + commitmentProof.length);
  out[0] = 0x0a;
  out.set(length, 1);
  out.set(commitmentProof, 1 + length.length);
  return out;
}
