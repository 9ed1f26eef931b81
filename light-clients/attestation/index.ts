/**
 * Public surface of the attestation client: external ledgers without a BFT
 * light client of their own, trusted through a registered signer set that
 * signs (chain id, height, time, state root) at a weight threshold.
 *
 * Typical use:
 *   const client = createClientState({ chainId, signers, threshold, trustingPeriodNs, maxClockDriftNs });
 *   const { clientState, attested } = verifyAttestation(client, parseAttestationJson(json), nowNs);
 *
 * Every function is pure and throws `VerificationError`s; the byte layouts
 * that are hashed and signed are documented in digest.ts and signer-set.ts.
 */
export { createClientState } from './client-state.js';
export type { AttestationClientParams } from './client-state.js';
export { CHAIN_ID_PATTERN, MAX_STATE_ROOT_BYTES } from './checks.js';
export { attestationDigest, rotationDigest } from './digest.js';
export type { AttestationFields, RotationFields } from './digest.js';
export { checkMisbehaviour } from './misbehaviour.js';
export { verifySignerSetRotation } from './rotation.js';
export { tallySignatures } from './tally.js';
export { attestationSchemes, checkSignerKey, verifySchemeSignature } from './schemes.js';
export type { AttestationScheme } from './schemes.js';
export { MAX_SIGNERS, MAX_TOTAL_WEIGHT, createSignerSet, signerSetHash, totalWeight } from './signer-set.js';
export type {
  Attestation,
  AttestationClientState,
  AttestationMisbehaviour,
  AttestedState,
  Signer,
  SignerSet,
  SignerSetRotation,
  SignerSignature,
} from './types.js';
export { verifyAttestation } from './verify-attestation.js';
export type { AttestationUpdate } from './verify-attestation.js';
export {
  attestationJsonSchema,
  attestationToJson,
  parseAttestationJson,
  parseRotationJson,
  parseSignerSetJson,
  rotationJsonSchema,
  rotationToJson,
  signerSetJsonSchema,
  signerSetToJson,
} from './wire.js';
export type { AttestationJson, RotationJson, SignerSetJson } from './wire.js';
