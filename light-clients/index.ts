/**
 * Public surface of the light clients: pure verification, no I/O.
 *
 * This index holds what every client shares: the error classes and the
 * signature and hash primitives. Each client type states its own surface in
 * its folder's index (explicit named exports), imported as such:
 * `light-clients/tendermint/index.js`, `light-clients/ics23/index.js`,
 * `light-clients/evm/index.js`, `light-clients/attestation/index.js`.
 */
export { IsthmusError, errorCategories } from './errors.js';
export type { ErrorCategory, ErrorContext, IsthmusErrorJSON, IsthmusErrorOptions } from './errors.js';
export { VerificationError } from './verification-error.js';
export type { VerificationErrorOptions } from './verification-error.js';
export { sha256 } from './crypto/hash.js';
export {
  decodePublicKey,
  signatureSchemes,
  verifySignature,
  verifySignatureReference,
} from './crypto/signatures.js';
export type { SignatureScheme } from './crypto/signatures.js';
