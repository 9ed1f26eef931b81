/**
 * Proofs through nested stores, as ibc-go's `MerkleProof.VerifyMembership`
 * / `VerifyNonMembership` check them (modules/core/23-commitment): the key
 * in the innermost store's root (proofs[0], under specs[0]), that root as
 * the value of the store's name in the next store (proofs[1], specs[1]), and
 * so on, until the last root, which must be the trusted root (for a Cosmos
 * SDK chain: a module's IAVL store, then the multi-store, whose root is the
 * block's app hash; specs `sdkSpecs`).
 *
 * Proofs and specs go innermost first; the key path goes outermost first
 * (store name, then key), as ibc-go's `MerklePath`.
 */
import { bytesEqual } from '../bytes.js';
import { existenceRootFor } from './existence.js';
import { ics23Error } from './failure.js';
import { nonExistenceRootFor } from './nonexistence.js';
import type { CommitmentProof, ProofSpec } from './types.js';
import { checkRoot } from './verify.js';

interface Stage {
  readonly proof: CommitmentProof;
  readonly spec: ProofSpec;
  readonly key: Uint8Array;
  readonly index: number;
}

/** Pairs each proof with its spec and key, after checking the root and that the three line up. */
function stagesOf(
  specs: readonly ProofSpec[],
  root: Uint8Array,
  proofs: readonly CommitmentProof[],
  keys: readonly Uint8Array[],
): readonly [Stage, ...Stage[]] {
  if (proofs.length === 0) throw ics23Error('PROOF_EMPTY', 'the chained proof holds no proof');
  checkRoot(root);
  if (specs.length !== proofs.length || keys.length !== proofs.length)
    throw ics23Error('CHAIN_LENGTH_MISMATCH', 'specs, proofs and key path must have one entry per store', {
      specs: specs.length,
      proofs: proofs.length,
      keys: keys.length,
    });
  // The lengths are equal and non-zero, so every index below is present.
  return proofs.map((proof, index) => ({
    proof,
    spec: specs[index] as ProofSpec,
    key: keys[keys.length - 1 - index] as Uint8Array,
    index,
  })) as [Stage, ...Stage[]];
}

/** Hashes `value` up through the membership stages; returns the outermost root. */
function chainUp(stages: readonly Stage[], value: Uint8Array): Uint8Array {
  let committed = value;
  for (const { proof, spec, key, index } of stages) {
    if (proof.kind !== 'exist')
      throw ics23Error('PROOF_TYPE_MISMATCH', `proof ${index} of the chain must be an existence proof`, {
        index,
        kind: proof.kind,
      });
    committed = existenceRootFor(proof.proof, spec, key, committed);
  }
  return committed;
}

function checkTop(root: Uint8Array, computed: Uint8Array): void {
  if (!bytesEqual(root, computed))
    throw ics23Error('PROOF_INVALID', 'the chained proof computes another root', { root, computed });
}

/** `keys` (outermost store first) holds `value` under `root`, through one proof per store. */
export function verifyChainedMembership(
  specs: readonly ProofSpec[],
  root: Uint8Array,
  proofs: readonly CommitmentProof[],
  keys: readonly Uint8Array[],
  value: Uint8Array,
): void {
  const stages = stagesOf(specs, root, proofs, keys);
  if (value.length === 0) throw ics23Error('VALUE_EMPTY', 'a membership proof needs a value');
  checkTop(root, chainUp(stages, value));
}

/**
 * The innermost key of `keys` is absent from its store, and that store's
 * root is committed under `root` through the remaining proofs.
 */
export function verifyChainedNonMembership(
  specs: readonly ProofSpec[],
  root: Uint8Array,
  proofs: readonly CommitmentProof[],
  keys: readonly Uint8Array[],
): void {
  const [first, ...rest] = stagesOf(specs, root, proofs, keys);
  if (first.proof.kind !== 'nonexist')
    throw ics23Error('PROOF_TYPE_MISMATCH', 'proof 0 of the chain must be an absence proof', {
      index: 0,
      kind: first.proof.kind,
    });
  const storeRoot = nonExistenceRootFor(first.proof.proof, first.spec, first.key);
  checkTop(root, chainUp(rest, storeRoot));
}
