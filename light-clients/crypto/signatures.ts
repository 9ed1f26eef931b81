/**
 * Signature verification for the schemes chains sign headers and
 * attestations with, on the fast path through `node:crypto` (OpenSSL), with
 * `@noble/curves` as the reference implementation (tests compare both).
 *
 * | scheme      | public key                     | signature         | message digest            |
 * |-------------|--------------------------------|-------------------|---------------------------|
 * | `ed25519`   | 32 bytes (RFC 8032)            | 64 bytes          | none (Ed25519 hashes)     |
 * | `secp256k1` | 33 bytes compressed (or 65)    | 64 bytes r‖s, low-S required | SHA-256        |
 * | `p256`      | 33 bytes compressed (or 65)    | 64 bytes r‖s      | SHA-256                   |
 *
 * secp256k1 follows CometBFT (`crypto/secp256k1`): SHA-256 of the message,
 * and signatures with s > n/2 are rejected so that a signature has one form.
 *
 * Decoded keys are memoised (a bounded map from key bytes to the OpenSSL key
 * object): parsing a key costs more than verifying with it. The memo changes
 * no result, only speed.
 */
import { createPublicKey, verify as nodeVerify, type KeyObject } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, concatBytes, hexToBytes } from '@noble/hashes/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { IsthmusError } from '../errors.js';

export type SignatureScheme = 'ed25519' | 'secp256k1' | 'p256';

export const signatureSchemes: readonly SignatureScheme[] = ['ed25519', 'secp256k1', 'p256'];

/** DER SubjectPublicKeyInfo prefixes: the key bytes follow. */
const spkiPrefix = {
  ed25519: hexToBytes('302a300506032b6570032100'),
  secp256k1: {
    33: hexToBytes('3036301006072a8648ce3d020106052b8104000a032200'),
    65: hexToBytes('3056301006072a8648ce3d020106052b8104000a034200'),
  },
  p256: {
    33: hexToBytes('3039301306072a8648ce3d020106082a8648ce3d030107032200'),
    65: hexToBytes('3059301306072a8648ce3d020106082a8648ce3d030107034200'),
  },
} as const;

const SECP256K1_HALF_N = secp256k1.Point.CURVE().n >> 1n;
const MAX_CACHED_KEYS = 16_384;
const keyCache = new Map<string, KeyObject>();

function badKey(scheme: SignatureScheme, reason: string, cause?: unknown): IsthmusError {
  return new IsthmusError('INVALID_PUBLIC_KEY', `invalid ${scheme} public key: ${reason}`, {
    category: 'verification',
    context: { scheme },
    ...(cause === undefined ? {} : { cause }),
  });
}

function spki(scheme: SignatureScheme, key: Uint8Array): Uint8Array {
  if (scheme === 'ed25519') {
    if (key.length !== 32) throw badKey(scheme, `expected 32 bytes, got ${key.length}`);
    return concatBytes(spkiPrefix.ed25519, key);
  }
  if (key.length !== 33 && key.length !== 65)
    throw badKey(scheme, `expected 33 or 65 bytes, got ${key.length}`);
  return concatBytes(spkiPrefix[scheme][key.length], key);
}

/** The OpenSSL key object for `key`, decoded once; throws INVALID_PUBLIC_KEY. */
export function decodePublicKey(scheme: SignatureScheme, key: Uint8Array): KeyObject {
  const id = `${scheme}:${bytesToHex(key)}`;
  const cached = keyCache.get(id);
  if (cached) return cached;
  let decoded: KeyObject;
  try {
    decoded = createPublicKey({ key: Buffer.from(spki(scheme, key)), format: 'der', type: 'spki' });
  } catch (cause) {
    throw IsthmusError.is(cause) ? cause : badKey(scheme, 'not a point on the curve', cause);
  }
  if (keyCache.size >= MAX_CACHED_KEYS) keyCache.clear();
  keyCache.set(id, decoded);
  return decoded;
}

function isLowS(signature: Uint8Array): boolean {
  let s = 0n;
  for (let i = 32; i < 64; i++) s = (s << 8n) | BigInt(signature[i] ?? 0);
  return s <= SECP256K1_HALF_N;
}

/**
 * True when `signature` is `scheme`'s valid signature of `message` by `key`.
 * A malformed signature is simply invalid (false); a malformed key throws
 * INVALID_PUBLIC_KEY, since it is the signer set, not the signature, that is
 * broken.
 */
export function verifySignature(
  scheme: SignatureScheme,
  key: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  const keyObject = decodePublicKey(scheme, key);
  if (signature.length !== 64) return false;
  if (scheme === 'ed25519') return nodeVerify(null, message, keyObject, signature);
  if (scheme === 'secp256k1' && !isLowS(signature)) return false;
  return nodeVerify('sha256', message, { key: keyObject, dsaEncoding: 'ieee-p1363' }, signature);
}

/** The same verdicts from `@noble/curves` alone: the reference for tests and benchmarks. */
export function verifySignatureReference(
  scheme: SignatureScheme,
  key: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  if (signature.length !== 64) return false;
  try {
    switch (scheme) {
      case 'ed25519':
        return ed25519.verify(signature, message, key, { zip215: false });
      case 'secp256k1':
        return secp256k1.verify(signature, sha256(message), key, { prehash: false, lowS: true });
      case 'p256':
        return p256.verify(signature, sha256(message), key, { prehash: false, lowS: false });
    }
  } catch {
    return false;
  }
}
