/**
 * Misbehaviour: the current signer set signed, at its threshold, two
 * attestations of the same height of the client's chain that disagree on
 * the state root or the time. Both cannot be true, so the set can no longer
 * be trusted and the client is frozen (ICS-02 `CheckForMisbehaviour` /
 * `UpdateStateOnMisbehaviour`); a frozen client verifies nothing.
 *
 * Rules, in order:
 * 1. the client is not already frozen .................... CLIENT_FROZEN
 * 2. same height, and state root or time differ .......... MISBEHAVIOUR_NOT_CONFLICTING
 * 3. each attestation passes the envelope checks ......... MALFORMED_ATTESTATION, WRONG_CHAIN_ID,
 *                                                          SIGNER_SET_MISMATCH
 * 4. each reaches the threshold .......................... BAD_SIGNATURE, TOO_MANY_SIGNATURES,
 *                                                          INSUFFICIENT_SIGNER_WEIGHT
 *
 * Heights and times are not compared with the client's latest ones:
 * equivocation at an old height is still equivocation. Look-alikes — two
 * copies of one statement, one attestation below threshold, one for another
 * chain — fail with the code above and leave the client as it was.
 */
import { VerificationError } from '../verification-error.js';
import { checkAttestationShape, checkNotFrozen } from './checks.js';
import { bytesEqual } from '../bytes.js';
import { checkAttestationEnvelope, checkSignedAtThreshold } from './verify-attestation.js';
import type { AttestationClientState, AttestationMisbehaviour } from './types.js';

/** Returns the frozen client when `misbehaviour` is proven; throws a VerificationError otherwise. */
export function checkMisbehaviour(
  client: AttestationClientState,
  misbehaviour: AttestationMisbehaviour,
): AttestationClientState {
  checkNotFrozen(client);
  const { first, second } = misbehaviour;
  checkAttestationShape(first);
  checkAttestationShape(second);
  const conflicting =
    first.height === second.height &&
    (first.timestampNs !== second.timestampNs || !bytesEqual(first.stateRoot, second.stateRoot));
  if (!conflicting) {
    throw new VerificationError(
      'MISBEHAVIOUR_NOT_CONFLICTING',
      'the attestations do not conflict: not the same height, or the same state root and time',
      { context: { chainId: client.chainId, heights: [first.height, second.height] } },
    );
  }
  for (const attestation of [first, second]) {
    checkAttestationEnvelope(client, attestation);
    checkSignedAtThreshold(client, attestation);
  }
  return Object.freeze({ ...client, frozen: true });
}
