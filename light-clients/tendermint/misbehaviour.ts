/**
 * ICS-07 misbehaviour (ibc-go `07-tendermint/misbehaviour_handle.go`): two
 * headers, each verified from a consensus state the client trusts, that
 * cannot both be honest —
 *
 * - same height, different block hashes (a fork), or
 * - header1 above header2 in height but not after it in time (time
 *   monotonicity broken).
 *
 * Valid evidence freezes the client. Anything else — identical headers,
 * another chain, a header that does not verify (e.g. from an expired
 * trusted state) — is MISBEHAVIOUR_INVALID and changes nothing.
 */
import { VerificationError } from '../verification-error.js';
import {
  assertActive,
  type ClientState,
  type ConsensusStateLookup,
  type TendermintHeader,
} from './client.js';
import { verifyCommitLight, verifyCommitLightTrusting } from './commit.js';
import { TendermintErrorCode, fail } from './errors.js';
import { validateSignedHeader } from './signed-header.js';
import type { SignatureVerifier } from './types.js';
import { bytesEqual } from '../bytes.js';
import { validatorSetHash } from './validator-set.js';
import { isExpired } from './verifier.js';

export interface Misbehaviour {
  readonly header1: TendermintHeader;
  readonly header2: TendermintHeader;
}

function invalid(message: string, cause?: unknown): VerificationError {
  return fail(TendermintErrorCode.MisbehaviourInvalid, message, {}, cause === undefined ? {} : { cause });
}

/**
 * One side of the evidence: signed by more than the trust level of the
 * trusted validators (and 2/3 of its own set), from a trusted state still in
 * its trusting period. No clock-drift or time-order check against the
 * trusted state: breaking those is what the evidence may show.
 */
function verifyEvidenceHeader(
  client: ClientState,
  consensusStates: ConsensusStateLookup,
  header: TendermintHeader,
  now: bigint,
  verifySignature: SignatureVerifier | undefined,
): Uint8Array {
  const trusted = consensusStates(header.trustedHeight);
  if (!trusted) {
    throw fail(
      TendermintErrorCode.ConsensusStateNotFound,
      `no consensus state at trusted height ${header.trustedHeight}`,
      {
        trustedHeight: header.trustedHeight,
      },
    );
  }
  if (isExpired(trusted.timestamp, client.trustingPeriod, now)) {
    throw fail(
      TendermintErrorCode.TrustedStateExpired,
      `trusted state at height ${header.trustedHeight} is past its trusting period`,
      {
        trustedHeight: header.trustedHeight,
      },
    );
  }
  if (!bytesEqual(validatorSetHash(header.trustedValidators), trusted.nextValidatorsHash)) {
    throw fail(
      TendermintErrorCode.NextValidatorSetMismatch,
      'trusted validators do not hash to the trusted next validators',
      {
        trustedHeight: header.trustedHeight,
      },
    );
  }
  const sh = header.signedHeader;
  if (sh.header.height <= header.trustedHeight) {
    throw fail(TendermintErrorCode.NonIncreasingHeight, 'evidence header is not above its trusted height', {
      height: sh.header.height,
    });
  }
  const hash = validateSignedHeader(sh, client.chainId);
  if (!bytesEqual(validatorSetHash(header.validatorSet), sh.header.validatorsHash)) {
    throw fail(TendermintErrorCode.ValidatorSetMismatch, 'validator set does not hash to validators_hash', {
      height: sh.header.height,
    });
  }
  verifyCommitLightTrusting(
    client.chainId,
    header.trustedValidators,
    sh.commit,
    client.trustLevel,
    verifySignature,
  );
  verifyCommitLight(client.chainId, header.validatorSet, sh.commit, verifySignature);
  return hash;
}

/**
 * Checks `evidence`; returns the frozen client state when it proves
 * misbehaviour, throws MISBEHAVIOUR_INVALID (with the failed rule as cause),
 * CLIENT_FROZEN or CLIENT_EXPIRED otherwise.
 */
export function checkMisbehaviour(
  client: ClientState,
  consensusStates: ConsensusStateLookup,
  evidence: Misbehaviour,
  now: bigint,
  options: { readonly verifySignature?: SignatureVerifier } = {},
): ClientState {
  assertActive(client, consensusStates, now);
  const h1 = evidence.header1.signedHeader.header;
  const h2 = evidence.header2.signedHeader.header;
  if (h1.height < h2.height) throw invalid('header1 must not be below header2');
  const hashes: Uint8Array[] = [];
  for (const header of [evidence.header1, evidence.header2]) {
    try {
      hashes.push(verifyEvidenceHeader(client, consensusStates, header, now, options.verifySignature));
    } catch (cause) {
      if (cause instanceof VerificationError) {
        throw invalid(
          `evidence header at height ${header.signedHeader.header.height} does not verify: ${cause.message}`,
          cause,
        );
      }
      throw cause;
    }
  }
  const [hash1, hash2] = hashes as [Uint8Array, Uint8Array];
  if (h1.height === h2.height) {
    if (bytesEqual(hash1, hash2)) throw invalid('the two headers are the same block');
  } else if (h1.time > h2.time) {
    throw invalid('headers at different heights with increasing times are no misbehaviour');
  }
  return { ...client, frozenHeight: h1.height };
}
