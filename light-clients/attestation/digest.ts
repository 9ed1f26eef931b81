/**
 * What signers sign: 32-byte SHA-256 digests of domain-separated,
 * unambiguous encodings (lp(x) = u32(len x) ‖ x; integers big-endian, fixed
 * width; chain ids are ASCII).
 *
 *   attestation digest = SHA-256( lp("isthmus/attestation/v1") ‖ lp(chain id)
 *                          ‖ u64(height) ‖ u64(timestamp ns) ‖ lp(state root) ‖ lp(signer-set hash) )
 *
 *   rotation digest    = SHA-256( lp("isthmus/signer-set-rotation/v1") ‖ lp(chain id)
 *                          ‖ u64(sequence) ‖ lp(current signer-set hash) ‖ lp(new signer-set hash) )
 *
 * Each field is fixed-width or length-prefixed, so the encoding reads back
 * one way only: two different tuples never share it, and the distinct tags
 * keep an attestation signature from passing as a rotation signature or the
 * reverse. Every scheme signs the digest itself as its message.
 */
import { concatBytes } from '@noble/hashes/utils.js';
import { sha256 } from '../crypto/hash.js';
import { lengthPrefixed, u64be } from './encoding.js';

const ascii = new TextEncoder();
const ATTESTATION_TAG = ascii.encode('isthmus/attestation/v1');
const ROTATION_TAG = ascii.encode('isthmus/signer-set-rotation/v1');

/** The fields an attestation signature covers. */
export interface AttestationFields {
  readonly chainId: string;
  readonly height: bigint;
  readonly timestampNs: bigint;
  readonly stateRoot: Uint8Array;
  readonly signerSetHash: Uint8Array;
}

/** The fields a rotation signature covers. */
export interface RotationFields {
  readonly chainId: string;
  readonly sequence: bigint;
  readonly currentSignerSetHash: Uint8Array;
  readonly newSignerSetHash: Uint8Array;
}

/** The message every signer of an attestation signs. Fields must be in range (uint64 integers). */
export function attestationDigest(fields: AttestationFields): Uint8Array {
  return sha256(
    concatBytes(
      lengthPrefixed(ATTESTATION_TAG),
      lengthPrefixed(ascii.encode(fields.chainId)),
      u64be(fields.height),
      u64be(fields.timestampNs),
      lengthPrefixed(fields.stateRoot),
      lengthPrefixed(fields.signerSetHash),
    ),
  );
}

/** The message every signer of the current set signs to hand over to a new set. */
export function rotationDigest(fields: RotationFields): Uint8Array {
  return sha256(
    concatBytes(
      lengthPrefixed(ROTATION_TAG),
      lengthPrefixed(ascii.encode(fields.chainId)),
      u64be(fields.sequence),
      lengthPrefixed(fields.currentSignerSetHash),
      lengthPrefixed(fields.newSignerSetHash),
    ),
  );
}
