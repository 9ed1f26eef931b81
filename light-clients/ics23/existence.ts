/**
 * Existence proofs: the root a proof computes, and the check that a proof
 * shows `key` = `value` under a trusted root (ICS-23 `ExistenceProof.Verify`).
 */
import { bytesEqual } from '../bytes.js';
import { ics23Error } from './failure.js';
import { applyInnerInto, applyLeaf } from './ops.js';
import { checkExistenceProof } from './spec-check.js';
import type { ExistenceProof, LeafOp, ProofSpec } from './types.js';

/** Longest output of any hash op (SHA-512, BLAKE2b): the largest child a step can receive. */
const MAX_CHILD = 64;

function hashUp(proof: ExistenceProof, leaf: LeafOp, spec: ProofSpec | undefined): Uint8Array {
  let hash = applyLeaf(leaf, proof.key, proof.value);
  const childSize = spec?.innerSpec.childSize ?? 0;
  // One preimage buffer for the whole path, rewritten at each step: the
  // steps are the hot loop of every proof, and this spares an allocation each.
  // Safe because every hash op returns a fresh array, never its input.
  let padding = 0;
  for (const step of proof.path) padding = Math.max(padding, step.prefix.length + step.suffix.length);
  const scratch = new Uint8Array(padding + Math.max(MAX_CHILD, hash.length));
  for (const step of proof.path) {
    hash = applyInnerInto(scratch, step, hash);
    // A step whose output is longer than a child slot cannot be a child of
    // the next step: it would spill into the sibling bytes (as the origin).
    if (childSize >= 32 && hash.length > childSize)
      throw ics23Error(
        'SPEC_MISMATCH',
        `an inner hash of ${hash.length} bytes exceeds the child size ${childSize}`,
      );
  }
  return hash;
}

/** The root `proof` hashes up to, with no spec checks: only a candidate, never a verdict. */
export function calculateExistenceRoot(proof: ExistenceProof): Uint8Array {
  if (proof.leaf === undefined) throw ics23Error('PROOF_MALFORMED', 'an existence proof needs a leaf op');
  return hashUp(proof, proof.leaf, undefined);
}

/**
 * Checks `proof` against `spec`, that it is about `key` and `value`, and
 * returns the root it computes. The caller compares that root with a
 * trusted one (`verifyExistence` does).
 */
export function existenceRootFor(
  proof: ExistenceProof,
  spec: ProofSpec,
  key: Uint8Array,
  value: Uint8Array,
): Uint8Array {
  const leaf = checkExistenceProof(proof, spec);
  if (!bytesEqual(proof.key, key))
    throw ics23Error('KEY_MISMATCH', 'the proof is about another key', { key });
  if (!bytesEqual(proof.value, value))
    throw ics23Error('VALUE_MISMATCH', 'the proof holds another value for the key', { key });
  return hashUp(proof, leaf, spec);
}

/** `proof` shows `key` = `value` in the tree with root `root`, under `spec`; throws otherwise. */
export function verifyExistence(
  proof: ExistenceProof,
  spec: ProofSpec,
  root: Uint8Array,
  key: Uint8Array,
  value: Uint8Array,
): void {
  const computed = existenceRootFor(proof, spec, key, value);
  if (!bytesEqual(computed, root))
    throw ics23Error('PROOF_INVALID', 'the proof computes another root', { key, root, computed });
}
