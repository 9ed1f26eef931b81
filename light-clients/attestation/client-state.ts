/**
 * Registering an attestation client: the chain it tracks, its signer set
 * and the time rules its attestations must keep. Throws INVALID_CLIENT_STATE
 * for bad parameters and INVALID_SIGNER_SET for a bad set.
 */
import { VerificationError } from '../verification-error.js';
import { CHAIN_ID_PATTERN } from './checks.js';
import { isU64 } from './encoding.js';
import { createSignerSet } from './signer-set.js';
import type { AttestationClientState, Signer } from './types.js';

export interface AttestationClientParams {
  readonly chainId: string;
  readonly signers: readonly Signer[];
  readonly threshold: bigint;
  /** An attestation must be above this height; default 0. */
  readonly latestHeight?: bigint;
  /** An attestation's time must be after this; default 0. */
  readonly latestTimestampNs?: bigint;
  readonly trustingPeriodNs: bigint;
  readonly maxClockDriftNs: bigint;
  /** Rotations already accepted (when the client is re-created from stored state); default 0. */
  readonly signerSetSequence?: bigint;
}

function invalid(field: string, message: string): VerificationError {
  return new VerificationError('INVALID_CLIENT_STATE', message, {
    category: 'invalid_argument',
    context: { field },
  });
}

export function createClientState(params: AttestationClientParams): AttestationClientState {
  if (!CHAIN_ID_PATTERN.test(params.chainId)) {
    throw invalid('chainId', 'a chain id is 1 to 64 letters, digits, ".", "_" or "-", starting alphanumeric');
  }
  const latestHeight = params.latestHeight ?? 0n;
  const latestTimestampNs = params.latestTimestampNs ?? 0n;
  const signerSetSequence = params.signerSetSequence ?? 0n;
  const counters = {
    latestHeight,
    latestTimestampNs,
    signerSetSequence,
    maxClockDriftNs: params.maxClockDriftNs,
  };
  for (const [field, value] of Object.entries(counters)) {
    if (!isU64(value)) throw invalid(field, `${field} must be a uint64`);
  }
  if (!isU64(params.trustingPeriodNs) || params.trustingPeriodNs === 0n) {
    throw invalid('trustingPeriodNs', 'trustingPeriodNs must be a positive uint64');
  }
  return Object.freeze({
    chainId: params.chainId,
    signerSet: createSignerSet(params.signers, params.threshold),
    signerSetSequence,
    latestHeight,
    latestTimestampNs,
    trustingPeriodNs: params.trustingPeriodNs,
    maxClockDriftNs: params.maxClockDriftNs,
    frozen: false,
  });
}
