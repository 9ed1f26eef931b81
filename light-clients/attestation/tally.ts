/**
 * Counting signatures against a signer set, the rule that both attestations
 * and rotations rest on:
 *
 * - a signature whose (scheme, key) is not in the set is ignored: never
 *   verified, never counted (relayers may pass along signatures of signers
 *   that are not, or no longer, registered);
 * - every signature of a registered signer must verify, or the whole
 *   message is rejected (BAD_SIGNATURE): an invalid signature is never
 *   silently skipped;
 * - a signer counts once, however many of its signatures are present;
 * - at most twice as many entries as the set has signers (TOO_MANY_SIGNATURES),
 *   which bounds the work a message can cause.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { VerificationError } from '../verification-error.js';
import { verifySchemeSignature } from './schemes.js';
import { signerId } from './signer-set.js';
import type { Signer, SignerSet, SignerSignature } from './types.js';

export interface Tally {
  /** Sum of the weights of the distinct registered signers whose signatures verified. */
  readonly weight: bigint;
  /** How many distinct registered signers that is. */
  readonly signers: number;
}

export function tallySignatures(
  set: SignerSet,
  message: Uint8Array,
  signatures: readonly SignerSignature[],
  context: Record<string, unknown>,
): Tally {
  const limit = 2 * set.signers.length;
  if (signatures.length > limit) {
    throw new VerificationError(
      'TOO_MANY_SIGNATURES',
      `${signatures.length} signatures for a set of ${set.signers.length} (at most ${limit})`,
      { context: { ...context, signatures: signatures.length, limit } },
    );
  }
  const registered = new Map<string, Signer>(set.signers.map((s) => [signerId(s.scheme, s.publicKey), s]));
  const counted = new Set<string>();
  let weight = 0n;
  signatures.forEach((entry, index) => {
    const id = signerId(entry.scheme, entry.publicKey);
    const signer = registered.get(id);
    if (signer === undefined) return;
    if (!verifySchemeSignature(signer.scheme, signer.publicKey, message, entry.signature)) {
      throw new VerificationError('BAD_SIGNATURE', `signature ${index} (${signer.scheme}) does not verify`, {
        context: { ...context, index, scheme: signer.scheme, publicKey: bytesToHex(signer.publicKey) },
      });
    }
    if (counted.has(id)) return;
    counted.add(id);
    weight += signer.weight;
  });
  return { weight, signers: counted.size };
}
