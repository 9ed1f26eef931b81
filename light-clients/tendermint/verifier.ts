/**
 * Header verification, CometBFT `light/verifier.go` semantics (as ICS-07
 * uses them), pure: the trusted state, the untrusted light block, the
 * parameters and `now` are all arguments.
 *
 * - adjacent (height = trusted + 1): the new `validators_hash` is the
 *   trusted `next_validators_hash`, and more than 2/3 of the new set signed;
 * - non-adjacent: more than the trust level of the trusted next validator
 *   set signed (else NOT_ENOUGH_TRUST: bisect), and more than 2/3 of the new set;
 * - both: the trusted state is within its trusting period, heights increase,
 *   times strictly increase, the new header is before now + max clock drift,
 *   and the header, commit and validator sets are consistent.
 */
import { verifyCommitLight, verifyCommitLightTrusting, type CommitTally } from './commit.js';
import { TendermintErrorCode, fail, malformed } from './errors.js';
import { validateSignedHeader } from './signed-header.js';
import type { LightBlock, SignatureVerifier, TrustLevel, ValidatorSet } from './types.js';
import { bytesEqual } from '../bytes.js';
import { validatorSetHash } from './validator-set.js';

export const DEFAULT_TRUST_LEVEL: TrustLevel = { numerator: 1n, denominator: 3n };

export interface VerifyOptions {
  readonly chainId: string;
  /** Default 1/3; must lie in [1/3, 1]. */
  readonly trustLevel?: TrustLevel;
  /** Nanoseconds a trusted state stays usable. */
  readonly trustingPeriod: bigint;
  /** Nanoseconds a header may be ahead of `now`. */
  readonly maxClockDrift: bigint;
  /** Defaults to `verifySignature` (node:crypto); tests pass the noble reference. */
  readonly verifySignature?: SignatureVerifier;
}

/** What a verifier trusts: a verified header's height, time and next validators. */
export interface TrustedState {
  readonly height: bigint;
  /** Nanoseconds since the epoch. */
  readonly time: bigint;
  readonly nextValidatorsHash: Uint8Array;
  /** Needed for non-adjacent steps; checked against `nextValidatorsHash`. */
  readonly nextValidators?: ValidatorSet;
}

export interface VerifiedHeader {
  readonly height: bigint;
  readonly time: bigint;
  readonly hash: Uint8Array;
  readonly adjacent: boolean;
  /** The tally of the new set's signatures (more than 2/3). */
  readonly tally: CommitTally;
  /** The block as the next trusted state. */
  readonly trusted: TrustedState;
}

/** The trusted state a verified light block stands for. */
export function trustedStateOf(block: Pick<LightBlock, 'signedHeader' | 'nextValidatorSet'>): TrustedState {
  const { header } = block.signedHeader;
  return {
    height: header.height,
    time: header.time,
    nextValidatorsHash: header.nextValidatorsHash,
    ...(block.nextValidatorSet ? { nextValidators: block.nextValidatorSet } : {}),
  };
}

/** CometBFT `ValidateTrustLevel`: 1/3 <= level <= 1. */
export function checkTrustLevel(level: TrustLevel): void {
  const { numerator: n, denominator: d } = level;
  if (d <= 0n || n * 3n < d || n > d) {
    throw fail(TendermintErrorCode.InvalidTrustLevel, `trust level ${n}/${d} must lie in [1/3, 1]`, {
      numerator: n,
      denominator: d,
    });
  }
}

/** Whether the trusted state is past its trusting period at `now` (`HeaderExpired`). */
export function isExpired(trustedTime: bigint, trustingPeriod: bigint, now: bigint): boolean {
  return trustedTime + trustingPeriod <= now;
}

function checkSetHash(
  set: ValidatorSet,
  expected: Uint8Array,
  code: TendermintErrorCode,
  what: string,
  height: bigint,
): void {
  if (!bytesEqual(validatorSetHash(set), expected)) {
    throw fail(code, `${what} does not hash to the expected value at height ${height}`, { height });
  }
}

/**
 * Verifies `untrusted` from `trusted` at time `now` (ns), adjacent or
 * skipping as the heights say; throws a VerificationError naming the rule.
 */
export function verifyLightBlock(
  trusted: TrustedState,
  untrusted: LightBlock,
  options: VerifyOptions,
  now: bigint,
): VerifiedHeader {
  const trustLevel = options.trustLevel ?? DEFAULT_TRUST_LEVEL;
  checkTrustLevel(trustLevel);
  const { header } = untrusted.signedHeader;
  const context = { chainId: options.chainId, height: header.height, trustedHeight: trusted.height };

  if (header.height <= trusted.height) {
    throw fail(
      TendermintErrorCode.NonIncreasingHeight,
      `header height ${header.height} is not above trusted ${trusted.height}`,
      context,
    );
  }
  if (isExpired(trusted.time, options.trustingPeriod, now)) {
    throw fail(
      TendermintErrorCode.TrustedStateExpired,
      `trusted state at height ${trusted.height} is past its trusting period`,
      context,
    );
  }
  const hash = validateSignedHeader(untrusted.signedHeader, options.chainId);
  if (header.time <= trusted.time) {
    throw fail(TendermintErrorCode.NonMonotonicTime, `header time is not after the trusted time`, context);
  }
  if (header.time >= now + options.maxClockDrift) {
    throw fail(TendermintErrorCode.HeaderFromFuture, `header time is beyond now + max clock drift`, context);
  }
  checkSetHash(
    untrusted.validatorSet,
    header.validatorsHash,
    TendermintErrorCode.ValidatorSetMismatch,
    'validator set',
    header.height,
  );
  if (untrusted.nextValidatorSet) {
    checkSetHash(
      untrusted.nextValidatorSet,
      header.nextValidatorsHash,
      TendermintErrorCode.NextValidatorSetMismatch,
      'next validator set',
      header.height,
    );
  }

  const adjacent = header.height === trusted.height + 1n;
  if (adjacent) {
    if (!bytesEqual(header.validatorsHash, trusted.nextValidatorsHash)) {
      throw fail(
        TendermintErrorCode.NextValidatorSetMismatch,
        `validators_hash is not the trusted next_validators_hash`,
        context,
      );
    }
  } else {
    if (!trusted.nextValidators)
      throw malformed('trusted.next_validators', 'a skipping step needs the trusted next validator set');
    checkSetHash(
      trusted.nextValidators,
      trusted.nextValidatorsHash,
      TendermintErrorCode.NextValidatorSetMismatch,
      'trusted next validator set',
      trusted.height,
    );
    verifyCommitLightTrusting(
      options.chainId,
      trusted.nextValidators,
      untrusted.signedHeader.commit,
      trustLevel,
      options.verifySignature,
    );
  }
  const tally = verifyCommitLight(
    options.chainId,
    untrusted.validatorSet,
    untrusted.signedHeader.commit,
    options.verifySignature,
  );
  return {
    height: header.height,
    time: header.time,
    hash,
    adjacent,
    tally,
    trusted: trustedStateOf(untrusted),
  };
}
