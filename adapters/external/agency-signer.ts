/**
 * The agency's signing keys, one per registered signer, for every scheme of
 * the attestation client (light-clients/attestation/schemes.ts) and signing
 * exactly what its verifier accepts:
 *
 * | scheme      | key from config            | signature                                                     |
 * |-------------|----------------------------|---------------------------------------------------------------|
 * | `ed25519`   | 32-byte seed (RFC 8032)    | node:crypto Ed25519 of the message                            |
 * | `secp256k1` | 32-byte scalar             | node:crypto ECDSA over SHA-256, r‖s, s folded to low-S        |
 * | `p256`      | 32-byte scalar             | node:crypto ECDSA over SHA-256, r‖s                           |
 * | `sm2`       | 32-byte scalar in [1, n-2] | GB/T 32918.2, default ID, nonce k from node:crypto randomness |
 * | `ml-dsa-65` | 32-byte seed (FIPS 204)    | ML-DSA-65, hedged with 32 random bytes, empty context         |
 *
 * Public keys are derived here in the canonical encodings the signer set
 * admits (Ed25519 32 bytes, SEC1 compressed, ML-DSA-65 1952 bytes).
 */
import { createPrivateKey, randomBytes, sign as nodeSign, type KeyObject } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToNumberBE, numberToBytesBE } from '@noble/curves/utils.js';
import { concatBytes } from '@noble/hashes/utils.js';
import type { AttestationScheme } from '../../light-clients/attestation/index.js';
import { mlDsa65KeyPair, mlDsa65Sign, ML_DSA_65_RANDOM_BYTES } from '../../light-clients/crypto/ml-dsa.js';
import { sm2Curve, sm2PublicKey, sm2Sign } from '../../light-clients/crypto/sm2.js';
import { IsthmusError } from '../../light-clients/index.js';
import type { SignerConfig } from './config.js';

/** One signer of the agency: its public identity and the ability to sign a digest. */
export interface AgencySigner {
  readonly scheme: AttestationScheme;
  readonly publicKey: Uint8Array;
  readonly weight: bigint;
  sign(message: Uint8Array): Uint8Array;
}

const SECP256K1_N = secp256k1.Point.CURVE().n;
/** A fresh nonce is drawn when SM2 asks for another (r = 0, r + k = n, s = 0): odds ~2^-256 each. */
const SM2_NONCE_ATTEMPTS = 8;

const b64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

function ed25519Signer(seed: Uint8Array, weight: bigint): AgencySigner {
  const publicKey = ed25519.getPublicKey(seed);
  const key = createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', d: b64url(seed), x: b64url(publicKey) },
    format: 'jwk',
  });
  return { scheme: 'ed25519', publicKey, weight, sign: (m) => new Uint8Array(nodeSign(null, m, key)) };
}

/** secp256k1 signatures have one valid form for the verifier (CometBFT's rule): s <= n/2. */
function lowS(signature: Uint8Array): Uint8Array {
  const s = bytesToNumberBE(signature.subarray(32));
  if (s <= SECP256K1_N >> 1n) return signature;
  return concatBytes(signature.subarray(0, 32), numberToBytesBE(SECP256K1_N - s, 32));
}

function ecdsaSigner(scheme: 'secp256k1' | 'p256', scalar: Uint8Array, weight: bigint): AgencySigner {
  const curve = scheme === 'secp256k1' ? secp256k1 : p256;
  // Throws for a scalar outside [1, n-1].
  const uncompressed = curve.getPublicKey(scalar, false);
  const key: KeyObject = createPrivateKey({
    key: {
      kty: 'EC',
      crv: scheme === 'secp256k1' ? 'secp256k1' : 'P-256',
      d: b64url(scalar),
      x: b64url(uncompressed.subarray(1, 33)),
      y: b64url(uncompressed.subarray(33, 65)),
    },
    format: 'jwk',
  });
  const sign = (m: Uint8Array): Uint8Array => {
    const signature = new Uint8Array(nodeSign('sha256', m, { key, dsaEncoding: 'ieee-p1363' }));
    return scheme === 'secp256k1' ? lowS(signature) : signature;
  };
  return { scheme, publicKey: curve.getPublicKey(scalar, true), weight, sign };
}

function sm2Nonce(): bigint {
  // 40 bytes reduced mod n-1: the bias is below 2^-64.
  return (bytesToNumberBE(randomBytes(40)) % (sm2Curve.n - 1n)) + 1n;
}

function sm2Signer(scalar: Uint8Array, weight: bigint): AgencySigner {
  const publicKey = sm2PublicKey(scalar);
  const sign = (m: Uint8Array): Uint8Array => {
    for (let attempt = 1; ; attempt++) {
      try {
        return sm2Sign(scalar, m, sm2Nonce());
      } catch (err) {
        if (!IsthmusError.is(err, 'BAD_SM2_NONCE') || attempt >= SM2_NONCE_ATTEMPTS) throw err;
      }
    }
  };
  return { scheme: 'sm2', publicKey, weight, sign };
}

function mlDsaSigner(seed: Uint8Array, weight: bigint): AgencySigner {
  const { publicKey, secretKey } = mlDsa65KeyPair(seed);
  return {
    scheme: 'ml-dsa-65',
    publicKey,
    weight,
    sign: (m) => mlDsa65Sign(secretKey, m, randomBytes(ML_DSA_65_RANDOM_BYTES)),
  };
}

/**
 * The signer of one configured key. Throws INVALID_SIGNER_KEY
 * (invalid_argument) when the key is not usable for its scheme.
 */
export function createAgencySigner(config: SignerConfig, index = 0): AgencySigner {
  try {
    switch (config.scheme) {
      case 'ed25519':
        return ed25519Signer(config.privateKey, config.weight);
      case 'secp256k1':
      case 'p256':
        return ecdsaSigner(config.scheme, config.privateKey, config.weight);
      case 'sm2':
        return sm2Signer(config.privateKey, config.weight);
      case 'ml-dsa-65':
        return mlDsaSigner(config.seed, config.weight);
    }
  } catch (cause) {
    throw new IsthmusError(
      'INVALID_SIGNER_KEY',
      `signer ${index}: the ${config.scheme} private key is not usable`,
      { category: 'invalid_argument', context: { index, scheme: config.scheme }, cause },
    );
  }
}
