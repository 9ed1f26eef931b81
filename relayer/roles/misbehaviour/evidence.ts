/**
 * Fork evidence (ICS-07 misbehaviour, ibc-go `07-tendermint/misbehaviour.go`):
 * two headers of one chain at one height with different block hashes, each
 * committed by its validators. Checked here with the tendermint light
 * client's own rules before it is submitted, so a witness that serves
 * garbage is found out locally and never costs a transaction:
 *
 * - both headers name the client's chain id and commit to themselves
 *   (`validateSignedHeader`), at the same height, with different hashes;
 * - each validator set hashes to its header's `validators_hash` and signed
 *   its commit with more than 2/3 of its power (`verifyCommitLight`);
 * - with a trusted point, the trusted validators signed more than the
 *   client's trust level of their power (`verifyCommitLightTrusting`) —
 *   what the host checks against the consensus state it trusts.
 *
 * The host still runs `checkMisbehaviour` against its stored consensus
 * states; this check only spares it evidence that cannot pass.
 */
import { VerificationError } from '../../../light-clients/index.js';
import {
  encodeIcs07Header,
  TendermintErrorCode,
  validateSignedHeader,
  validatorSetHash,
  verifyCommitLight,
  verifyCommitLightTrusting,
  type Ics07Header,
  type TrustLevel,
} from '../../../light-clients/tendermint/index.js';
import { v1 } from '../../../proto/index.js';
import { TENDERMINT } from '../../delivery/index.js';

function invalid(message: string, cause?: unknown): VerificationError {
  return new VerificationError(TendermintErrorCode.MisbehaviourInvalid, message, {
    ...(cause === undefined ? {} : { cause }),
  });
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}

/** One side's hash, after its own checks; throws the light client's VerificationError. */
function verifiedHash(chainId: string, trustLevel: TrustLevel, header: Ics07Header): Uint8Array {
  const { signedHeader, validatorSet } = header.lightBlock;
  const hash = validateSignedHeader(signedHeader, chainId);
  if (!sameBytes(validatorSetHash(validatorSet), signedHeader.header.validatorsHash)) {
    throw new VerificationError(
      TendermintErrorCode.ValidatorSetMismatch,
      'validator set does not hash to validators_hash',
      { context: { height: signedHeader.header.height } },
    );
  }
  verifyCommitLight(chainId, validatorSet, signedHeader.commit);
  if (header.trusted) {
    verifyCommitLightTrusting(chainId, header.trusted.validators, signedHeader.commit, trustLevel);
  }
  return hash;
}

/**
 * Throws MISBEHAVIOUR_INVALID (the failed rule as its cause) unless
 * `header1` and `header2` are conflicting, properly signed headers of
 * `chainId` at one height.
 */
export function checkConflict(
  chainId: string,
  trustLevel: TrustLevel,
  header1: Ics07Header,
  header2: Ics07Header,
): void {
  const h1 = header1.lightBlock.signedHeader.header.height;
  const h2 = header2.lightBlock.signedHeader.header.height;
  if (h1 !== h2) throw invalid(`headers at heights ${h1} and ${h2} are no fork`);
  const hashes: Uint8Array[] = [];
  for (const header of [header1, header2]) {
    try {
      hashes.push(verifiedHash(chainId, trustLevel, header));
    } catch (cause) {
      if (cause instanceof VerificationError) {
        throw invalid(`a header at height ${h1} does not verify: ${cause.message}`, cause);
      }
      throw cause;
    }
  }
  const [hash1, hash2] = hashes as [Uint8Array, Uint8Array];
  if (sameBytes(hash1, hash2)) throw invalid(`the two headers at height ${h1} are the same block`);
}

/** `SubmitMisbehaviour` of two ICS-07 headers (`header_1` the one the host accepted). */
export function misbehaviourMessage(clientId: string, header1: Uint8Array, header2: Ics07Header): v1.IMsg {
  return {
    submitMisbehaviour: {
      clientId,
      misbehaviour: {
        clientType: TENDERMINT,
        bytes: v1.TendermintMisbehaviour.encode({
          header_1: header1,
          header_2: encodeIcs07Header(header2),
        }).finish(),
      },
    },
  };
}
