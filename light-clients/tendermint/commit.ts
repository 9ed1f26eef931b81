/**
 * Commit verification, the light-client variants of CometBFT
 * `types/validation.go`:
 *
 * - `verifyCommitLight`: more than 2/3 of `vals`' power signed the block;
 *   signatures correspond to validators by index (the commit is by this set),
 *   and each counted one must carry its validator's address.
 * - `verifyCommitLightTrusting`: more than `trustLevel` of `vals`' power signed;
 *   signers are looked up by address (the set is an older, trusted one), a
 *   validator signing twice is rejected, unknown signers are skipped.
 *
 * Only `BLOCK_ID_FLAG_COMMIT` signatures count. As upstream's batch path
 * does, the power is tallied first, stopping as soon as it passes the
 * threshold, and only the signatures tallied are verified: a commit without
 * enough power is rejected without any signature work, and a valid one costs
 * just the signatures needed.
 */
import { IsthmusError } from '../errors.js';
import { verifySignature } from '../crypto/signatures.js';
import { TendermintErrorCode, fail } from './errors.js';
import { commitSignBytes } from './sign-bytes.js';
import {
  BlockIdFlag,
  type Commit,
  type SignatureVerifier,
  type TrustLevel,
  type ValidatorSet,
} from './types.js';
import { bytesEqual } from '../bytes.js';
import { MAX_INT64, findValidator } from './validator-set.js';

export const defaultSignatureVerifier: SignatureVerifier = verifySignature;

/** What a successful check counted. */
export interface CommitTally {
  readonly signedPower: bigint;
  readonly neededPower: bigint;
  readonly totalPower: bigint;
  readonly verifiedSignatures: number;
}

interface Counted {
  readonly index: number;
  readonly validator: number;
}

function verifyCounted(
  chainId: string,
  vals: ValidatorSet,
  commit: Commit,
  counted: readonly Counted[],
  verify: SignatureVerifier,
): void {
  const signBytes = commitSignBytes(chainId, commit);
  for (const { index, validator } of counted) {
    const sig = commit.signatures[index];
    const val = vals.validators[validator];
    if (!sig || !val) continue;
    let ok: boolean;
    try {
      ok = verify(
        val.pubKey.type,
        val.pubKey.bytes,
        signBytes(sig.blockIdFlag, sig.timestamp),
        sig.signature,
      );
    } catch (cause) {
      if (IsthmusError.is(cause, 'INVALID_PUBLIC_KEY')) {
        throw fail(
          TendermintErrorCode.InvalidPublicKey,
          `validator #${validator} has an invalid ${val.pubKey.type} key`,
          { index, height: commit.height },
          { cause },
        );
      }
      throw cause;
    }
    if (!ok) {
      throw fail(
        TendermintErrorCode.BadSignature,
        `wrong signature #${index} in the commit at height ${commit.height}`,
        {
          index,
          height: commit.height,
        },
      );
    }
  }
}

/** More than 2/3 of `vals` signed `commit` (CometBFT `VerifyCommitLight`). */
export function verifyCommitLight(
  chainId: string,
  vals: ValidatorSet,
  commit: Commit,
  verify: SignatureVerifier = defaultSignatureVerifier,
): CommitTally {
  if (commit.signatures.length !== vals.validators.length) {
    throw fail(
      TendermintErrorCode.ValidatorSetMismatch,
      `commit has ${commit.signatures.length} signatures for a set of ${vals.validators.length} validators`,
      { height: commit.height },
    );
  }
  const needed = (vals.totalVotingPower * 2n) / 3n;
  let tallied = 0n;
  const counted: Counted[] = [];
  for (let i = 0; i < commit.signatures.length && tallied <= needed; i++) {
    const sig = commit.signatures[i];
    const validator = vals.validators[i];
    if (sig?.blockIdFlag !== BlockIdFlag.Commit || !validator) continue;
    // Upstream verifies by index alone; a counted vote must also name its
    // validator, so that a commit cannot misattribute who signed.
    if (!bytesEqual(sig.validatorAddress, validator.address)) {
      throw fail(
        TendermintErrorCode.ValidatorSetMismatch,
        `commit signature #${i} names another validator than the set's #${i}`,
        {
          height: commit.height,
          index: i,
        },
      );
    }
    tallied += validator.votingPower;
    counted.push({ index: i, validator: i });
  }
  if (tallied <= needed) {
    throw fail(
      TendermintErrorCode.InsufficientVotingPower,
      `commit at height ${commit.height} has ${tallied} voting power signed, more than ${needed} needed`,
      { height: commit.height, signedPower: tallied, neededPower: needed },
    );
  }
  verifyCounted(chainId, vals, commit, counted, verify);
  return {
    signedPower: tallied,
    neededPower: needed,
    totalPower: vals.totalVotingPower,
    verifiedSignatures: counted.length,
  };
}

/** More than `trustLevel` of the trusted set `vals` signed `commit` (`VerifyCommitLightTrusting`). */
export function verifyCommitLightTrusting(
  chainId: string,
  vals: ValidatorSet,
  commit: Commit,
  trustLevel: TrustLevel,
  verify: SignatureVerifier = defaultSignatureVerifier,
): CommitTally {
  const product = vals.totalVotingPower * trustLevel.numerator;
  if (trustLevel.denominator <= 0n || product > MAX_INT64) {
    throw fail(TendermintErrorCode.InvalidTrustLevel, 'trust level overflows the voting power computation', {
      numerator: trustLevel.numerator,
      denominator: trustLevel.denominator,
    });
  }
  const needed = product / trustLevel.denominator;
  const seen = new Map<number, number>();
  let tallied = 0n;
  const counted: Counted[] = [];
  for (let i = 0; i < commit.signatures.length && tallied <= needed; i++) {
    const sig = commit.signatures[i];
    if (sig?.blockIdFlag !== BlockIdFlag.Commit) continue;
    const validator = findValidator(vals, sig.validatorAddress);
    if (validator === undefined) continue;
    const first = seen.get(validator);
    if (first !== undefined) {
      throw fail(
        TendermintErrorCode.DuplicateValidator,
        `validator #${validator} signed twice (#${first} and #${i})`,
        {
          height: commit.height,
          first,
          second: i,
        },
      );
    }
    seen.set(validator, i);
    tallied += vals.validators[validator]?.votingPower ?? 0n;
    counted.push({ index: i, validator });
  }
  if (tallied <= needed) {
    throw fail(
      TendermintErrorCode.NotEnoughTrust,
      `trusted validators with ${tallied} voting power signed the commit at height ${commit.height}, more than ${needed} needed`,
      { height: commit.height, signedPower: tallied, neededPower: needed },
    );
  }
  verifyCounted(chainId, vals, commit, counted, verify);
  return {
    signedPower: tallied,
    neededPower: needed,
    totalPower: vals.totalVotingPower,
    verifiedSignatures: counted.length,
  };
}
