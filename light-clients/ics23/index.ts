/**
 * ICS-23 commitment proofs: decode them, and verify membership and absence
 * in one tree or through nested stores (ibc-go's chained `MerkleProof`).
 * Pure: no I/O, no clock. Every failure is a `VerificationError` whose code
 * is one of `Ics23ErrorCode`.
 *
 * Spec: https://github.com/cosmos/ibc/tree/main/spec/core/ics-023-vector-commitments
 */
export { HashOp, LengthOp } from './types.js';
export type {
  CommitmentProof,
  ExistenceProof,
  InnerOp,
  InnerSpec,
  LeafOp,
  NonExistenceProof,
  ProofEntry,
  ProofSpec,
} from './types.js';
export { Ics23ErrorCode } from './failure.js';
export { iavlSpec, tendermintSpec, smtSpec, sdkSpecs } from './specs.js';
export { decodeCommitmentProof, decodeChainedProof } from './decode.js';
export { verifyMembership, verifyNonMembership } from './verify.js';
export { verifyChainedMembership, verifyChainedNonMembership } from './chained.js';
export { verifyMerkleProof } from './merkle-proof.js';
export { calculateExistenceRoot } from './existence.js';
export { calculateNonExistenceRoot } from './nonexistence.js';
