/**
 * ICS-23 `verifyMembership` / `verifyNonMembership` for one tree: a
 * decoded `CommitmentProof` against a trusted root, under the verifier's
 * spec. In a batch, the entry about the key is used (as cosmos/ics23's
 * Rust `verify_membership`). Both throw a VerificationError on any failure
 * and return nothing on success.
 */
import { bytesEqual } from '../bytes.js';
import { verifyExistence } from './existence.js';
import { ics23Error } from './failure.js';
import { bracketsKey, verifyNonExistence } from './nonexistence.js';
import type { CommitmentProof, ExistenceProof, NonExistenceProof, ProofSpec } from './types.js';

/** A root of no bytes or of zeros only commits to nothing: it is never a valid root. */
export function checkRoot(root: Uint8Array): void {
  let zero = true;
  for (let i = 0; i < root.length && zero; i++) zero = root[i] === 0;
  if (zero) throw ics23Error('ROOT_INVALID', 'the root is empty or all zeros', { rootLength: root.length });
}

function existenceFor(proof: CommitmentProof, key: Uint8Array): ExistenceProof {
  switch (proof.kind) {
    case 'exist':
      return proof.proof;
    case 'nonexist':
      throw ics23Error('PROOF_TYPE_MISMATCH', 'an absence proof cannot prove membership', { key });
    case 'batch':
      for (const entry of proof.entries) {
        if (entry.kind === 'exist' && bytesEqual(entry.proof.key, key)) return entry.proof;
      }
      throw ics23Error('KEY_MISMATCH', 'the batch has no existence proof for the key', { key });
  }
}

function nonExistenceFor(proof: CommitmentProof, spec: ProofSpec, key: Uint8Array): NonExistenceProof {
  switch (proof.kind) {
    case 'nonexist':
      return proof.proof;
    case 'exist':
      throw ics23Error('PROOF_TYPE_MISMATCH', 'an existence proof cannot prove absence', { key });
    case 'batch':
      for (const entry of proof.entries) {
        if (entry.kind === 'nonexist' && bracketsKey(entry.proof, spec, key)) return entry.proof;
      }
      throw ics23Error(
        'KEY_NOT_IN_RANGE',
        'the batch has no absence proof whose neighbours bracket the key',
        {
          key,
        },
      );
  }
}

/** `proof` shows `key` = `value` in the tree with root `root`, under `spec`. */
export function verifyMembership(
  spec: ProofSpec,
  root: Uint8Array,
  proof: CommitmentProof,
  key: Uint8Array,
  value: Uint8Array,
): void {
  checkRoot(root);
  verifyExistence(existenceFor(proof, key), spec, root, key, value);
}

/** `proof` shows `key` absent from the tree with root `root`, under `spec`. */
export function verifyNonMembership(
  spec: ProofSpec,
  root: Uint8Array,
  proof: CommitmentProof,
  key: Uint8Array,
): void {
  checkRoot(root);
  verifyNonExistence(nonExistenceFor(proof, spec, key), spec, root, key);
}
