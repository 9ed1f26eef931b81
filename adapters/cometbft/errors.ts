/**
 * The failures of the CometBFT RPC adapter, each with its stable code and
 * category. Transport failures (the node is down, slow or answers HTTP 5xx)
 * are retryable; an answer that is not the JSON-RPC the adapter expects is
 * not, and neither is asking for something this adapter does not do.
 */
import { IsthmusError, type ErrorCategory, type ErrorContext } from '../../light-clients/index.js';

export const CometBftErrorCode = {
  /** The node could not be reached, or answered with an HTTP error status. */
  RpcUnavailable: 'RPC_UNAVAILABLE',
  /** The node did not answer within the adapter's timeout. */
  RpcTimeout: 'RPC_TIMEOUT',
  /** The caller cancelled the call (its signal was aborted). */
  RpcCancelled: 'RPC_CANCELLED',
  /** The answer is not JSON-RPC 2.0, or its result lacks a field or has the wrong shape. */
  RpcMalformed: 'RPC_MALFORMED',
  /** The answer's body is larger than the adapter's limit. */
  RpcResponseTooLarge: 'RPC_RESPONSE_TOO_LARGE',
  /** The node answered with a JSON-RPC error object. */
  RpcError: 'RPC_ERROR',
  /** The height asked for is past the node's latest height: it may exist later. */
  HeightNotYetAvailable: 'HEIGHT_NOT_YET_AVAILABLE',
  /** The height asked for was pruned by the node (below its lowest height). */
  HeightPruned: 'HEIGHT_PRUNED',
  /** The application refused an `abci_query` (non-zero ABCI code). */
  AbciQueryFailed: 'ABCI_QUERY_FAILED',
  /** `abci_query` returned proof ops that are not ICS-23 commitment proofs. */
  ProofOpsUnsupported: 'PROOF_OPS_UNSUPPORTED',
  /** A request field is out of range for this adapter. */
  InvalidRequest: 'INVALID_REQUEST',
  /** Submitting Cosmos SDK transactions is not supported yet. */
  SubmitUnsupported: 'SUBMIT_UNSUPPORTED',
  /** Reading ibc-go light clients hosted on the chain is not supported yet. */
  QueryClientUnsupported: 'QUERY_CLIENT_UNSUPPORTED',
} as const;

export type CometBftErrorCode = (typeof CometBftErrorCode)[keyof typeof CometBftErrorCode];

export function cometError(
  code: CometBftErrorCode,
  category: ErrorCategory,
  message: string,
  context: ErrorContext = {},
  cause?: unknown,
): IsthmusError {
  return new IsthmusError(code, message, { category, context, ...(cause === undefined ? {} : { cause }) });
}

/** An answer that does not have the shape CometBFT's RPC documents. */
export function malformedAnswer(
  method: string,
  field: string,
  reason: string,
  cause?: unknown,
): IsthmusError {
  return cometError(
    CometBftErrorCode.RpcMalformed,
    'internal',
    `malformed ${method} answer: ${field}: ${reason}`,
    { method, field },
    cause,
  );
}
