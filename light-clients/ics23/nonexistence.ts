/**
 * Non-existence proofs: `key` is absent because its two neighbours are in
 * the tree and adjacent (ICS-23 `NonExistenceProof.Verify`). At an edge of
 * the tree one neighbour is missing, and the other must be the left-most
 * (or right-most) leaf.
 */
import { bytesEqual, compareBytes } from '../bytes.js';
import { calculateExistenceRoot, existenceRootFor } from './existence.js';
import { ics23Error } from './failure.js';
import { doHashOrNoop } from './hash-ops.js';
import { isLeftMost, isLeftNeighbour, isRightMost } from './neighbours.js';
import type { ExistenceProof, NonExistenceProof, ProofSpec } from './types.js';

/**
 * The bytes keys are ordered by: the key itself, or its pre-hash when the
 * tree places keys by hash (SMT: `prehashKeyBeforeComparison`).
 */
export function keyForComparison(spec: ProofSpec, key: Uint8Array): Uint8Array {
  return spec.prehashKeyBeforeComparison ? doHashOrNoop(spec.leafSpec.prehashKey, key) : key;
}

/** The root the proof's neighbours hash up to, with no checks: only a candidate. */
export function calculateNonExistenceRoot(proof: NonExistenceProof): Uint8Array {
  const side = proof.left ?? proof.right;
  if (side === undefined) throw ics23Error('PROOF_EMPTY', 'an absence proof needs at least one neighbour');
  return calculateExistenceRoot(side);
}

/** True when the neighbours of `proof` bracket `key` (missing neighbours bracket everything). */
export function bracketsKey(proof: NonExistenceProof, spec: ProofSpec, key: Uint8Array): boolean {
  const k = keyForComparison(spec, key);
  return (
    (proof.left === undefined || compareBytes(keyForComparison(spec, proof.left.key), k) < 0) &&
    (proof.right === undefined || compareBytes(k, keyForComparison(spec, proof.right.key)) < 0)
  );
}

/** The root a neighbour's existence proof computes, which must be `expected` when given. */
function neighbourRoot(
  side: ExistenceProof,
  spec: ProofSpec,
  key: Uint8Array,
  expected: Uint8Array | undefined,
): Uint8Array {
  const computed = existenceRootFor(side, spec, side.key, side.value);
  if (expected !== undefined && !bytesEqual(computed, expected))
    throw ics23Error('PROOF_INVALID', 'a neighbour computes another root', { key, computed });
  return computed;
}

function adjacencyFailure(proof: NonExistenceProof, spec: ProofSpec): string | undefined {
  const inner = spec.innerSpec;
  const { left, right } = proof;
  if (left === undefined) {
    if (right !== undefined && !isLeftMost(inner, right.path))
      return 'with no left neighbour, the right one must be the left-most leaf';
  } else if (right === undefined) {
    if (!isRightMost(inner, left.path))
      return 'with no right neighbour, the left one must be the right-most leaf';
  } else if (!isLeftNeighbour(inner, left.path, right.path)) {
    return 'the neighbours are not adjacent leaves';
  }
  return undefined;
}

/**
 * Checks that `proof` shows `key` absent under `spec` and returns the root
 * its neighbours share. With `root`, each neighbour must hash up to it;
 * without, the caller compares the returned root with a trusted one.
 */
export function nonExistenceRootFor(
  proof: NonExistenceProof,
  spec: ProofSpec,
  key: Uint8Array,
  root?: Uint8Array,
): Uint8Array {
  const [first, second] = [proof.left, proof.right].filter((side) => side !== undefined);
  if (first === undefined)
    throw ics23Error('PROOF_EMPTY', 'an absence proof needs at least one neighbour', { key });
  const shared = neighbourRoot(first, spec, key, root);
  if (second !== undefined) neighbourRoot(second, spec, key, shared);
  if (!bracketsKey(proof, spec, key))
    throw ics23Error('KEY_NOT_IN_RANGE', 'the neighbours do not bracket the key', { key });
  const failure = adjacencyFailure(proof, spec);
  if (failure !== undefined) throw ics23Error('NEIGHBOURS_NOT_ADJACENT', failure, { key });
  return shared;
}

/** `proof` shows `key` absent from the tree with root `root`, under `spec`; throws otherwise. */
export function verifyNonExistence(
  proof: NonExistenceProof,
  spec: ProofSpec,
  root: Uint8Array,
  key: Uint8Array,
): void {
  nonExistenceRootFor(proof, spec, key, root);
}
