/**
 * The error every light client throws when a header, commit, proof or
 * attestation fails its checks. Its `code` names the rule that failed
 * (e.g. `INSUFFICIENT_VOTING_POWER`, `BAD_SIGNATURE`, `PROOF_INVALID`) and is
 * part of the API; its category is `verification`, so it is never retried
 * and crosses gRPC as INVALID_ARGUMENT.
 */
import { IsthmusError, type ErrorCategory, type ErrorContext } from './errors.js';

export interface VerificationErrorOptions {
  readonly context?: ErrorContext;
  readonly cause?: unknown;
  /** Defaults to `verification`; a client that is frozen or expired uses `failed_precondition`. */
  readonly category?: ErrorCategory;
}

export class VerificationError extends IsthmusError {
  override readonly name: string = 'VerificationError';

  constructor(code: string, message: string, options: VerificationErrorOptions = {}) {
    super(code, message, { ...options, category: options.category ?? 'verification' });
  }
}
