/**
 * Byte encodings of the attestation client's state on the devnet:
 * `isthmus.v1.AttestationClientState` and `AttestationConsensusState`
 * (proto/isthmus/v1/types.proto). Decoding re-validates through
 * light-clients/attestation `createClientState`, so a stored or submitted
 * state always has a canonical, valid signer set (INVALID_CLIENT_STATE,
 * INVALID_SIGNER_SET otherwise).
 */
import {
  attestationSchemes,
  createClientState,
  type AttestationClientState,
  type AttestationScheme,
} from '../../../light-clients/attestation/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { fromU64, toU64, v1 } from '../../../proto/index.js';
import { malformed } from './hosted-client.js';

/** What one verified attestation established. */
export interface AttestationConsensusState {
  readonly timestampNs: bigint;
  readonly root: Uint8Array;
}

export function encodeAttestationClientState(state: AttestationClientState): Uint8Array {
  return v1.AttestationClientState.encode({
    chainId: state.chainId,
    signers: state.signerSet.signers.map((s) => ({
      scheme: s.scheme,
      publicKey: s.publicKey,
      weight: toU64(s.weight),
    })),
    threshold: toU64(state.signerSet.threshold),
    signerSetSequence: toU64(state.signerSetSequence),
    latestHeight: { revision: toU64(0n), height: toU64(state.latestHeight) },
    latestTimestampNs: toU64(state.latestTimestampNs),
    trustingPeriodNs: toU64(state.trustingPeriodNs),
    maxClockDriftNs: toU64(state.maxClockDriftNs),
    frozen: state.frozen,
  }).finish();
}

/** The scheme named `name`; INVALID_CLIENT_STATE for a name light-clients/attestation does not know. */
export function schemeOf(name: string): AttestationScheme {
  const scheme = attestationSchemes.find((s) => s === name);
  if (!scheme) {
    throw new IsthmusError('INVALID_CLIENT_STATE', `unknown signature scheme ${JSON.stringify(name)}`, {
      category: 'invalid_argument',
      context: { scheme: name },
    });
  }
  return scheme;
}

export function decodeAttestationClientState(bytes: Uint8Array): AttestationClientState {
  let m: v1.AttestationClientState;
  try {
    m = v1.AttestationClientState.decode(bytes);
  } catch (cause) {
    throw malformed('attestation client state', cause);
  }
  const state = createClientState({
    chainId: m.chainId,
    signers: m.signers.map((s) => ({
      scheme: schemeOf(s.scheme ?? ''),
      publicKey: s.publicKey ?? new Uint8Array(0),
      weight: fromU64(s.weight),
    })),
    threshold: fromU64(m.threshold),
    signerSetSequence: fromU64(m.signerSetSequence),
    latestHeight: fromU64(m.latestHeight?.height),
    latestTimestampNs: fromU64(m.latestTimestampNs),
    trustingPeriodNs: fromU64(m.trustingPeriodNs),
    maxClockDriftNs: fromU64(m.maxClockDriftNs),
  });
  return m.frozen ? Object.freeze({ ...state, frozen: true }) : state;
}

export function encodeAttestationConsensusState(state: AttestationConsensusState): Uint8Array {
  return v1.AttestationConsensusState.encode({
    timestampNs: toU64(state.timestampNs),
    root: state.root,
  }).finish();
}

export function decodeAttestationConsensusState(bytes: Uint8Array): AttestationConsensusState {
  let m: v1.AttestationConsensusState;
  try {
    m = v1.AttestationConsensusState.decode(bytes);
  } catch (cause) {
    throw malformed('attestation consensus state', cause);
  }
  return { timestampNs: fromU64(m.timestampNs), root: m.root };
}
