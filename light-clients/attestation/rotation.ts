/**
 * Signer-set rotation: the current set hands over to a new one by signing
 * the rotation digest (digest.ts) at its threshold. Rules, in order:
 *
 * 1. the client is not frozen ............................ CLIENT_FROZEN
 * 2. the rotation is for the client's chain .............. WRONG_CHAIN_ID
 * 3. it names the client's rotation sequence ............. STALE_ROTATION
 * 4. the new set obeys the signer-set rules .............. INVALID_SIGNER_SET
 * 5. signatures of the current set (tally.ts) ............ TOO_MANY_SIGNATURES, BAD_SIGNATURE
 * 6. their weight reaches the current threshold .......... ROTATION_NOT_AUTHORISED
 *
 * The sequence (the number of rotations accepted so far) is signed, so a
 * rotation is used once: were the set to rotate A → B → A, the old A → B
 * signatures would not bring B back.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { VerificationError } from '../verification-error.js';
import { checkChainId, checkNotFrozen } from './checks.js';
import { rotationDigest } from './digest.js';
import { createSignerSet, signerSetHash } from './signer-set.js';
import { tallySignatures } from './tally.js';
import type { AttestationClientState, SignerSetRotation } from './types.js';

/** Returns the client with the new signer set and the next sequence; throws a VerificationError. */
export function verifySignerSetRotation(
  client: AttestationClientState,
  rotation: SignerSetRotation,
): AttestationClientState {
  checkNotFrozen(client);
  checkChainId(client, rotation.chainId);
  const context = { chainId: client.chainId, sequence: client.signerSetSequence };
  if (rotation.sequence !== client.signerSetSequence) {
    throw new VerificationError(
      'STALE_ROTATION',
      `the rotation is for sequence ${rotation.sequence}, the client is at ${client.signerSetSequence}`,
      { context: { ...context, got: rotation.sequence } },
    );
  }
  const newSet = createSignerSet(rotation.newSignerSet.signers, rotation.newSignerSet.threshold);
  const currentHash = signerSetHash(client.signerSet);
  const newHash = signerSetHash(newSet);
  const message = rotationDigest({
    chainId: client.chainId,
    sequence: client.signerSetSequence,
    currentSignerSetHash: currentHash,
    newSignerSetHash: newHash,
  });
  const tally = tallySignatures(client.signerSet, message, rotation.signatures, context);
  if (tally.weight < client.signerSet.threshold) {
    throw new VerificationError(
      'ROTATION_NOT_AUTHORISED',
      `the current set signed the rotation with weight ${tally.weight}, below its threshold ${client.signerSet.threshold}`,
      {
        context: {
          ...context,
          signedWeight: tally.weight,
          threshold: client.signerSet.threshold,
          newSignerSetHash: bytesToHex(newHash),
        },
      },
    );
  }
  return Object.freeze({ ...client, signerSet: newSet, signerSetSequence: client.signerSetSequence + 1n });
}
