/**
 * The error codes of the EVM light client, one per rule that can fail, and
 * the one way this folder builds its `VerificationError`s.
 *
 * Codes are part of the API (docs/architecture.md, "Errors") and each one is
 * exercised by a test under test/unit/evm/.
 */
import type { ErrorContext } from '../errors.js';
import { VerificationError } from '../verification-error.js';

export const evmErrorCodes = [
  // header chain
  'MALFORMED_HEADER',
  'HEADER_HASH_MISMATCH',
  'PARENT_HASH_MISMATCH',
  'NON_INCREASING_NUMBER',
  'NON_ADJACENT_HEADER',
  'NON_MONOTONIC_TIME',
  'HEADER_FROM_FUTURE',
  'CLIENT_EXPIRED',
  'CLIENT_FROZEN',
  'CONSENSUS_UNSUPPORTED',
  // seals
  'MALFORMED_EXTRA_DATA',
  'SEAL_INVALID',
  'SEAL_NOT_VALIDATOR',
  'DUPLICATE_SEAL',
  'INSUFFICIENT_SEALS',
  'SIGNER_NOT_AUTHORISED',
  'SIGNER_RECENTLY_SIGNED',
  'CHECKPOINT_SIGNERS_MISMATCH',
  // attested headers (the committee's signatures, counted as light-clients/attestation counts them)
  'MALFORMED_ATTESTATION',
  'TOO_MANY_SIGNATURES',
  'BAD_SIGNATURE',
  'INSUFFICIENT_SIGNER_WEIGHT',
  // Merkle-Patricia proofs
  'MALFORMED_PROOF',
  'PROOF_INVALID',
  'PROOF_KEY_MISMATCH',
  'ACCOUNT_MISMATCH',
  'STORAGE_HASH_MISMATCH',
  'STORAGE_VALUE_MISMATCH',
  'RECEIPT_INDEX_MISMATCH',
  'LOG_MISMATCH',
  // beacon light client (sync committee)
  'BEACON_MALFORMED',
  'BEACON_ROOT_MISMATCH',
  'BEACON_BRANCH_INVALID',
  'BEACON_SLOT_ORDER',
  'BEACON_PERIOD_INVALID',
  'BEACON_UPDATE_IRRELEVANT',
  'BEACON_SYNC_COMMITTEE_MISMATCH',
  'BEACON_FORK_UNSUPPORTED',
  'INSUFFICIENT_PARTICIPATION',
  'SYNC_SIGNATURE_INVALID',
] as const;

export type EvmErrorCode = (typeof evmErrorCodes)[number];

/** Codes about the client itself rather than the data it was given: a retry with other data cannot help. */
const preconditionCodes: ReadonlySet<EvmErrorCode> = new Set(['CLIENT_EXPIRED', 'CLIENT_FROZEN']);

export function evmError(code: EvmErrorCode, message: string, context: ErrorContext = {}): VerificationError {
  return new VerificationError(code, message, {
    context,
    ...(preconditionCodes.has(code) ? { category: 'failed_precondition' as const } : {}),
  });
}
