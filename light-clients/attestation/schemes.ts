/**
 * The signature schemes a registered signer may use, their canonical public
 * key encodings, and verification of one signature with each.
 *
 * | scheme      | id | public key (canonical)                 | signature      | what is verified                       |
 * |-------------|----|----------------------------------------|----------------|----------------------------------------|
 * | `ed25519`   | 1  | 32 bytes, RFC 8032, not of small order | 64 bytes       | Ed25519 over the message               |
 * | `secp256k1` | 2  | 33 bytes, SEC1 compressed              | 64 bytes r‖s, low S | ECDSA over SHA-256(message)       |
 * | `p256`      | 3  | 33 bytes, SEC1 compressed              | 64 bytes r‖s   | ECDSA over SHA-256(message)            |
 * | `sm2`       | 4  | 33 bytes, SEC1 compressed              | 64 bytes r‖s   | GB/T 32918.2, ID "1234567812345678"    |
 * | `ml-dsa-65` | 5  | 1952 bytes (FIPS 204)                  | 3309 bytes     | ML-DSA-65, empty context               |
 *
 * The ids are what the signer-set encoding hashes. A signer set admits only
 * canonical keys so that one key cannot appear twice under two encodings
 * (compressed and uncompressed, or a non-canonical Ed25519 y), which would
 * let one signer count twice.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { IsthmusError } from '../errors.js';
import { checkMlDsa65PublicKey, mlDsa65Verify } from '../crypto/ml-dsa.js';
import { verifySignature } from '../crypto/signatures.js';
import { Sm2Point, sm2Verify } from '../crypto/sm2.js';
import { VerificationError } from '../verification-error.js';
import { bytesEqual } from '../bytes.js';

export const attestationSchemes = Object.freeze([
  'ed25519',
  'secp256k1',
  'p256',
  'sm2',
  'ml-dsa-65',
] as const);

export type AttestationScheme = (typeof attestationSchemes)[number];

/** The byte that stands for a scheme in the signer-set encoding. */
export const schemeIds: Readonly<Record<AttestationScheme, number>> = Object.freeze({
  ed25519: 1,
  secp256k1: 2,
  p256: 3,
  sm2: 4,
  'ml-dsa-65': 5,
});

export function isAttestationScheme(value: unknown): value is AttestationScheme {
  return typeof value === 'string' && Object.hasOwn(schemeIds, value);
}

function badKey(scheme: AttestationScheme, reason: string, cause?: unknown): VerificationError {
  return new VerificationError('INVALID_PUBLIC_KEY', `invalid ${scheme} public key: ${reason}`, {
    context: { scheme },
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Decodes a key with `decode` and checks that re-encoding gives the same bytes. */
function checkRoundTrip(scheme: AttestationScheme, key: Uint8Array, decode: () => Uint8Array): void {
  let encoded: Uint8Array;
  try {
    encoded = decode();
  } catch (cause) {
    throw badKey(scheme, 'not a point on the curve', cause);
  }
  if (!bytesEqual(encoded, key)) throw badKey(scheme, 'not the canonical encoding');
}

/**
 * Throws INVALID_PUBLIC_KEY unless `key` is the canonical encoding of a
 * usable public key for `scheme` (table above). Run once per signer when a
 * set is registered, not on every verification.
 */
export function checkSignerKey(scheme: AttestationScheme, key: Uint8Array): void {
  switch (scheme) {
    case 'ed25519': {
      if (key.length !== 32) throw badKey(scheme, `expected 32 bytes, got ${key.length}`);
      checkRoundTrip(scheme, key, () => {
        const point = ed25519.Point.fromBytes(key);
        // A small-order key lets anyone forge its signatures with a few tries.
        if (point.isSmallOrder()) throw new Error('small-order point');
        return point.toBytes();
      });
      return;
    }
    case 'secp256k1':
    case 'p256':
    case 'sm2': {
      if (key.length !== 33) throw badKey(scheme, `expected 33 bytes (compressed), got ${key.length}`);
      const Point = scheme === 'sm2' ? Sm2Point : scheme === 'p256' ? p256.Point : secp256k1.Point;
      checkRoundTrip(scheme, key, () => Point.fromBytes(key).toBytes(true));
      return;
    }
    case 'ml-dsa-65':
      checkMlDsa65PublicKey(key);
      return;
  }
}

/**
 * True when `signature` is `scheme`'s valid signature of `message` by `key`;
 * false for any malformed signature. A malformed key throws
 * INVALID_PUBLIC_KEY (a VerificationError): it is the signer set that is
 * broken, not the signature.
 */
export function verifySchemeSignature(
  scheme: AttestationScheme,
  key: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  switch (scheme) {
    case 'ed25519':
    case 'secp256k1':
    case 'p256':
      try {
        return verifySignature(scheme, key, message, signature);
      } catch (cause) {
        if (IsthmusError.is(cause, 'INVALID_PUBLIC_KEY')) throw badKey(scheme, cause.message, cause);
        throw cause;
      }
    case 'sm2':
      return sm2Verify(key, message, signature);
    case 'ml-dsa-65':
      return mlDsa65Verify(key, message, signature);
  }
}
