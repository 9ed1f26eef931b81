/**
 * The one call a Cosmos light client needs: is this key path (not) in the
 * state under this app hash? The proof is the bytes of an ibc-go
 * `MerkleProof` (our `cosmos.ics23.v1.ChainedProof`), checked with the SDK
 * specs unless others are given.
 */
import { verifyChainedMembership, verifyChainedNonMembership } from './chained.js';
import { decodeChainedProof } from './decode.js';
import { sdkSpecs } from './specs.js';
import type { ProofSpec } from './types.js';

/**
 * Verifies `proof` for `keyPath` (outermost store first, e.g. [`ibc`,
 * `commitments/ports/…`]) against `appHash`: membership with `value`,
 * absence when `value` is undefined. Throws a VerificationError on failure.
 */
export function verifyMerkleProof(
  appHash: Uint8Array,
  proof: Uint8Array,
  keyPath: readonly Uint8Array[],
  value: Uint8Array | undefined,
  specs: readonly ProofSpec[] = sdkSpecs,
): void {
  const proofs = decodeChainedProof(proof);
  if (value === undefined) verifyChainedNonMembership(specs, appHash, proofs, keyPath);
  else verifyChainedMembership(specs, appHash, proofs, keyPath, value);
}
