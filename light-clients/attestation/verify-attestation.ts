/**
 * Verifying an attestation against the client (pure; `now` in nanoseconds
 * since the Unix epoch is an argument). Rules, in the order checked, each
 * with the code it fails with:
 *
 * 1. the client is not frozen ............................ CLIENT_FROZEN
 * 2. the attestation is well formed ...................... MALFORMED_ATTESTATION
 * 3. it is for the client's chain ........................ WRONG_CHAIN_ID
 * 4. it names the client's current signer set ............ SIGNER_SET_MISMATCH
 * 5. height > the client's latest height ................. NON_MONOTONIC_HEIGHT
 * 6. time > the client's latest time ..................... NON_MONOTONIC_TIME
 * 7. time <= now + max clock drift ....................... ATTESTATION_FROM_FUTURE
 * 8. time + trusting period > now ........................ ATTESTATION_EXPIRED
 * 9. signatures (tally.ts) ............................... TOO_MANY_SIGNATURES, BAD_SIGNATURE
 * 10. counted weight >= threshold ........................ INSUFFICIENT_SIGNER_WEIGHT
 *
 * The cheap checks come first, so a stale or misdirected attestation costs
 * no signature verification.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { VerificationError } from '../verification-error.js';
import { checkAttestationShape, checkChainId, checkNotFrozen } from './checks.js';
import { attestationDigest } from './digest.js';
import { bytesEqual } from '../bytes.js';
import { signerSetHash } from './signer-set.js';
import { tallySignatures } from './tally.js';
import type { Attestation, AttestationClientState, AttestedState } from './types.js';

export interface AttestationUpdate {
  /** The client after the attestation: latest height and time advanced. */
  readonly clientState: AttestationClientState;
  /** What the attestation establishes about the ledger. */
  readonly attested: AttestedState;
  /** The weight of the distinct registered signers whose signatures verified. */
  readonly signedWeight: bigint;
}

/** Rules 2–4: a well-formed attestation of the client's chain, naming its current signer set. */
export function checkAttestationEnvelope(client: AttestationClientState, attestation: Attestation): void {
  checkAttestationShape(attestation);
  checkChainId(client, attestation.chainId);
  const current = signerSetHash(client.signerSet);
  if (!bytesEqual(current, attestation.signerSetHash)) {
    throw new VerificationError('SIGNER_SET_MISMATCH', 'the attestation names another signer set', {
      context: {
        chainId: client.chainId,
        height: attestation.height,
        expected: bytesToHex(current),
        got: bytesToHex(attestation.signerSetHash),
      },
    });
  }
}

/** Rules 9–10 on an attestation that passed the envelope checks; returns the signed weight. */
export function checkSignedAtThreshold(client: AttestationClientState, attestation: Attestation): bigint {
  const context = { chainId: client.chainId, height: attestation.height };
  const { threshold } = client.signerSet;
  const tally = tallySignatures(
    client.signerSet,
    attestationDigest(attestation),
    attestation.signatures,
    context,
  );
  if (tally.weight < threshold) {
    throw new VerificationError(
      'INSUFFICIENT_SIGNER_WEIGHT',
      `signed weight ${tally.weight} is below the threshold ${threshold}`,
      { context: { ...context, signedWeight: tally.weight, threshold } },
    );
  }
  return tally.weight;
}

function checkFreshness(client: AttestationClientState, attestation: Attestation, now: bigint): void {
  const { height, timestampNs } = attestation;
  const context = { chainId: client.chainId, height, timestampNs, now };
  if (height <= client.latestHeight) {
    throw new VerificationError(
      'NON_MONOTONIC_HEIGHT',
      `height ${height} is not above the latest ${client.latestHeight}`,
      { context: { ...context, latestHeight: client.latestHeight } },
    );
  }
  if (timestampNs <= client.latestTimestampNs) {
    throw new VerificationError(
      'NON_MONOTONIC_TIME',
      `time ${timestampNs} is not after the latest ${client.latestTimestampNs}`,
      { context: { ...context, latestTimestampNs: client.latestTimestampNs } },
    );
  }
  if (timestampNs > now + client.maxClockDriftNs) {
    throw new VerificationError(
      'ATTESTATION_FROM_FUTURE',
      `time ${timestampNs} is more than ${client.maxClockDriftNs} ns ahead of now`,
      { context: { ...context, maxClockDriftNs: client.maxClockDriftNs } },
    );
  }
  if (timestampNs + client.trustingPeriodNs <= now) {
    throw new VerificationError(
      'ATTESTATION_EXPIRED',
      `time ${timestampNs} is a trusting period (${client.trustingPeriodNs} ns) or more before now`,
      { context: { ...context, trustingPeriodNs: client.trustingPeriodNs } },
    );
  }
}

/**
 * Verifies `attestation` under `client` at time `now` (ns) and returns the
 * advanced client state; throws a VerificationError naming the failed rule.
 */
export function verifyAttestation(
  client: AttestationClientState,
  attestation: Attestation,
  now: bigint,
): AttestationUpdate {
  checkNotFrozen(client);
  checkAttestationEnvelope(client, attestation);
  checkFreshness(client, attestation, now);
  const signedWeight = checkSignedAtThreshold(client, attestation);
  return {
    clientState: Object.freeze({
      ...client,
      latestHeight: attestation.height,
      latestTimestampNs: attestation.timestampNs,
    }),
    attested: Object.freeze({
      height: attestation.height,
      timestampNs: attestation.timestampNs,
      stateRoot: attestation.stateRoot.slice(),
    }),
    signedWeight,
  };
}
