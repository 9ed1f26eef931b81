/**
 * The proof specs of the trees Cosmos chains commit with, as cosmos/ics23
 * defines them (`go/proof.go` at commit 7f2c2d0): IAVL (SDK module stores),
 * Tendermint (CometBFT simple Merkle tree: the SDK's multi-store root) and
 * SMT (sparse Merkle tree, celestiaorg/smt).
 *
 * Each check in `spec-check.ts` that is particular to one tree (IAVL's
 * height/size/version varints, Tendermint's inner prefix byte) applies to a
 * spec with that tree's shape, compared field by field as the origin's
 * `SpecEquals` does, so a spec built from the same numbers gets the same rules.
 */
import { HashOp, LengthOp, type ProofSpec } from './types.js';

/** IAVL+ trees: inner prefixes are height, size and version varints, then a length byte. */
export const iavlSpec: ProofSpec = Object.freeze({
  leafSpec: Object.freeze({
    prefix: Uint8Array.of(0),
    prehashKey: HashOp.NO_HASH,
    hash: HashOp.SHA256,
    prehashValue: HashOp.SHA256,
    length: LengthOp.VAR_PROTO,
  }),
  innerSpec: Object.freeze({
    childOrder: Object.freeze([0, 1]),
    minPrefixLength: 4,
    maxPrefixLength: 12,
    // A child hash travels with its length byte.
    childSize: 33,
    emptyChild: new Uint8Array(0),
    hash: HashOp.SHA256,
  }),
  maxDepth: 0,
  minDepth: 0,
  prehashKeyBeforeComparison: false,
});

/** CometBFT `crypto/merkle` simple trees: inner prefix is the single byte 0x01. */
export const tendermintSpec: ProofSpec = Object.freeze({
  leafSpec: Object.freeze({
    prefix: Uint8Array.of(0),
    prehashKey: HashOp.NO_HASH,
    hash: HashOp.SHA256,
    prehashValue: HashOp.SHA256,
    length: LengthOp.VAR_PROTO,
  }),
  innerSpec: Object.freeze({
    childOrder: Object.freeze([0, 1]),
    minPrefixLength: 1,
    maxPrefixLength: 1,
    childSize: 32,
    emptyChild: new Uint8Array(0),
    hash: HashOp.SHA256,
  }),
  maxDepth: 0,
  minDepth: 0,
  prehashKeyBeforeComparison: false,
});

/** Sparse Merkle trees: keys are hashed to their position, empty subtrees are 32 zero bytes. */
export const smtSpec: ProofSpec = Object.freeze({
  leafSpec: Object.freeze({
    prefix: Uint8Array.of(0),
    prehashKey: HashOp.SHA256,
    hash: HashOp.SHA256,
    prehashValue: HashOp.SHA256,
    length: LengthOp.NO_PREFIX,
  }),
  innerSpec: Object.freeze({
    childOrder: Object.freeze([0, 1]),
    minPrefixLength: 1,
    maxPrefixLength: 1,
    childSize: 32,
    emptyChild: new Uint8Array(32),
    hash: HashOp.SHA256,
  }),
  maxDepth: 256,
  minDepth: 0,
  prehashKeyBeforeComparison: true,
});

/**
 * The specs of a Cosmos SDK chain's chained proof, innermost first: a key
 * in an IAVL module store, that store's root in the multi-store (ibc-go
 * `GetSDKSpecs`).
 */
export const sdkSpecs: readonly ProofSpec[] = Object.freeze([iavlSpec, tendermintSpec]);

/**
 * Whether `spec` has the shape of `model`: same leaf hash, pre-hash and
 * length ops, same inner hash, prefix bounds, child size and child count
 * (the origin's `SpecEquals`; leaf prefixes and empty children are not compared).
 */
export function hasShapeOf(spec: ProofSpec, model: ProofSpec): boolean {
  const [l, ml, i, mi] = [spec.leafSpec, model.leafSpec, spec.innerSpec, model.innerSpec];
  return (
    l.hash === ml.hash &&
    l.prehashKey === ml.prehashKey &&
    l.prehashValue === ml.prehashValue &&
    l.length === ml.length &&
    i.hash === mi.hash &&
    i.minPrefixLength === mi.minPrefixLength &&
    i.maxPrefixLength === mi.maxPrefixLength &&
    i.childSize === mi.childSize &&
    i.childOrder.length === mi.childOrder.length
  );
}
