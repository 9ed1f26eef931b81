/**
 * The codes of notarisation and evidence receipts: part of the API, tested.
 * Codes of the light clients (PROOF_INVALID, BAD_SIGNATURE,
 * NOT_ENOUGH_TRUST, …) pass through unchanged when one of their checks
 * fails inside a receipt.
 */
import { IsthmusError, type ErrorCategory } from '../../../light-clients/index.js';

export const ReceiptErrorCode = {
  /** A request field is missing or out of bounds; the context names the field. */
  InvalidArgument: 'INVALID_ARGUMENT',
  /** The chain named is not one this service reaches, or has no client on the main chain. */
  ChainNotFound: 'CHAIN_NOT_FOUND',
  RecordNotFound: 'RECORD_NOT_FOUND',
  /** The chain refused the notarisation or the client update. */
  SubmissionRefused: 'SUBMISSION_REFUSED',
  /** The main chain has not committed the state the receipt needs yet: retry after a block. */
  NotReady: 'RECEIPT_NOT_READY',
  /** An endpoint's answers do not fit together (another height, another value than asked). */
  SourceInconsistent: 'RECEIPT_SOURCE_INCONSISTENT',
  /** The assembled bundle failed its own verification; the cause names the check. */
  Unverified: 'RECEIPT_UNVERIFIED',
  /** A part of the bundle is missing or does not decode. */
  Malformed: 'RECEIPT_MALFORMED',
  /** The bundle's layout version is not one this verifier reads. */
  VersionUnsupported: 'RECEIPT_VERSION_UNSUPPORTED',
  /** Two parts of the bundle say different things (path and record id, heights, header and consensus state). */
  Inconsistent: 'RECEIPT_INCONSISTENT',
  /** The bundle is of another main chain than the trust anchor's. */
  WrongMainChain: 'RECEIPT_WRONG_MAIN_CHAIN',
  /** The trust anchor does not name the bundle's client as the main chain's client of the sub-network. */
  ClientUntrusted: 'RECEIPT_CLIENT_UNTRUSTED',
  /** The trust anchor file cannot be used. */
  TrustAnchorInvalid: 'TRUST_ANCHOR_INVALID',
} as const;

export function receiptError(
  code: string,
  message: string,
  category: ErrorCategory,
  context: Record<string, unknown> = {},
  cause?: unknown,
): IsthmusError {
  return new IsthmusError(code, message, { category, context, ...(cause === undefined ? {} : { cause }) });
}
