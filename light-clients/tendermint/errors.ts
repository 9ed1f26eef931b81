/**
 * The rules this client enforces, each with its stable error code, and the
 * one helper that throws them as `VerificationError`s.
 */
import { VerificationError } from '../verification-error.js';
import type { ErrorCategory, ErrorContext } from '../errors.js';

export const TendermintErrorCode = {
  /** A JSON or protobuf input does not have the expected shape or value ranges. */
  MalformedHeader: 'MALFORMED_HEADER',
  WrongChainId: 'WRONG_CHAIN_ID',
  NonIncreasingHeight: 'NON_INCREASING_HEIGHT',
  NonMonotonicTime: 'NON_MONOTONIC_TIME',
  HeaderFromFuture: 'HEADER_FROM_FUTURE',
  TrustedStateExpired: 'TRUSTED_STATE_EXPIRED',
  /** A validator set does not hash to the header's `validators_hash`, or a commit does not fit the set. */
  ValidatorSetMismatch: 'VALIDATOR_SET_MISMATCH',
  /** A validator set does not hash to the (trusted) `next_validators_hash` it must match. */
  NextValidatorSetMismatch: 'NEXT_VALIDATOR_SET_MISMATCH',
  CommitBlockIdMismatch: 'COMMIT_BLOCK_ID_MISMATCH',
  InsufficientVotingPower: 'INSUFFICIENT_VOTING_POWER',
  NotEnoughTrust: 'NOT_ENOUGH_TRUST',
  BadSignature: 'BAD_SIGNATURE',
  InvalidPublicKey: 'INVALID_PUBLIC_KEY',
  DuplicateValidator: 'DUPLICATE_VALIDATOR',
  InvalidVotingPower: 'INVALID_VOTING_POWER',
  InvalidTrustLevel: 'INVALID_TRUST_LEVEL',
  ConsensusStateNotFound: 'CONSENSUS_STATE_NOT_FOUND',
  /** Client parameters out of range (ICS-07 `ClientState.Validate`). */
  InvalidClientState: 'INVALID_CLIENT_STATE',
  ClientFrozen: 'CLIENT_FROZEN',
  ClientExpired: 'CLIENT_EXPIRED',
  MisbehaviourInvalid: 'MISBEHAVIOUR_INVALID',
} as const;

export type TendermintErrorCode = (typeof TendermintErrorCode)[keyof typeof TendermintErrorCode];

export function fail(
  code: TendermintErrorCode,
  message: string,
  context: ErrorContext = {},
  extra: { readonly cause?: unknown; readonly category?: ErrorCategory } = {},
): VerificationError {
  return new VerificationError(code, message, { context, ...extra });
}

export function malformed(field: string, reason: string): VerificationError {
  return fail(TendermintErrorCode.MalformedHeader, `${field}: ${reason}`, { field });
}
