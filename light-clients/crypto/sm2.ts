/**
 * SM2 digital signatures as GB/T 32918.2-2016 (= GM/T 0003.2-2012) defines
 * them, on the recommended curve sm2p256v1 (GB/T 32918.5-2017), with the SM3
 * hash (GB/T 32905-2016).
 *
 * This is not ECDSA over the SM2 curve (which is what `node:crypto`'s "SM2"
 * keys do): the signer's identity and public key enter the digest through
 *
 *   Z_A = SM3(ENTL_A ‖ ID_A ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A)      (§5.5)
 *   e   = SM3(Z_A ‖ M)                                           (§6.1 A1–A2)
 *
 * where ENTL_A is the bit length of ID_A as two big-endian bytes, and the
 * curve and key coordinates are 32-byte big-endian field elements. Signing
 * (§6.1) and verification (§7.1) then work on e:
 *
 *   sign:   (x1, y1) = [k]G;  r = (e + x1) mod n;  s = (1 + d)⁻¹ · (k − r·d) mod n
 *   verify: 1 ≤ r, s ≤ n−1;  t = (r + s) mod n ≠ 0;  (x1, y1) = [s]G + [t]P_A;
 *           accept iff (e + x1) mod n = r
 *
 * Signatures are 64 bytes, r ‖ s big-endian; public keys are SEC1 points
 * (33 bytes compressed or 65 uncompressed). The signer identity defaults to
 * the standard's "1234567812345678" (GM/T 0009-2012 §10), which is also what
 * OpenSSL and most wallets use when none is given.
 *
 * Curve arithmetic comes from `@noble/curves`' generic short-Weierstrass
 * code; SM3 from `node:crypto` (OpenSSL). Everything here is pure: signing
 * takes its nonce k from the caller.
 *
 * Verifiers see the same few signer keys again and again, so decoded keys
 * (with a window table for [t]P, built on first use) and their Z_A are
 * memoised in bounded maps: about five times faster per verification after
 * the first (see bench/attestation.ts). The memo changes no result, only speed.
 */
import { hash } from 'node:crypto';
import {
  weierstrass,
  type WeierstrassOpts,
  type WeierstrassPoint,
} from '@noble/curves/abstract/weierstrass.js';
import { mod } from '@noble/curves/abstract/modular.js';
import { bytesToNumberBE, numberToBytesBE } from '@noble/curves/utils.js';
import { bytesToHex, concatBytes } from '@noble/hashes/utils.js';
import { VerificationError } from '../verification-error.js';

/** sm2p256v1, GB/T 32918.5-2017 §2 (the "recommended curve"). */
export const sm2Curve: WeierstrassOpts<bigint> = Object.freeze({
  p: 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn,
  a: 0xfffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffcn,
  b: 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n,
  Gx: 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n,
  Gy: 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n,
  n: 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n,
  h: 1n,
});

/** Points of sm2p256v1: `fromBytes` decodes SEC1 and rejects points off the curve. */
export const Sm2Point = weierstrass(sm2Curve);

/** The default signer identity; used as its ASCII bytes. */
export const SM2_DEFAULT_ID = '1234567812345678';
// Private: an exported byte array could be changed under every caller.
const defaultId = new TextEncoder().encode(SM2_DEFAULT_ID);

export const SM2_SIGNATURE_BYTES = 64;

const { n } = sm2Curve;
const FIELD_BYTES = 32;
/** About 170 KiB of window table per key at window 6: the bound keeps the memo under ~45 MiB. */
const MAX_CACHED_KEYS = 256;
const PRECOMPUTE_WINDOW = 6;
const pointCache = new Map<string, WeierstrassPoint<bigint>>();
const zaCache = new Map<string, Uint8Array>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= MAX_CACHED_KEYS) cache.clear();
  cache.set(key, value);
  return value;
}
// ENTL_A is two bytes of bits: an identity is at most 8191 bytes long.
const MAX_ID_BYTES = 0xffff >> 3;

export function sm3(data: Uint8Array): Uint8Array {
  return hash('sm3', data, 'buffer');
}

function fe(x: bigint): Uint8Array {
  return numberToBytesBE(x, FIELD_BYTES);
}

const curvePrefix = concatBytes(fe(sm2Curve.a), fe(sm2Curve.b), fe(sm2Curve.Gx), fe(sm2Curve.Gy));

function decodePoint(publicKey: Uint8Array): WeierstrassPoint<bigint> {
  if (publicKey.length !== 33 && publicKey.length !== 65) {
    throw new VerificationError(
      'INVALID_PUBLIC_KEY',
      `invalid sm2 public key: expected 33 or 65 bytes, got ${publicKey.length}`,
      { context: { scheme: 'sm2' } },
    );
  }
  try {
    const point = Sm2Point.fromBytes(publicKey);
    point.assertValidity();
    return point;
  } catch (cause) {
    throw new VerificationError('INVALID_PUBLIC_KEY', 'invalid sm2 public key: not a point on the curve', {
      context: { scheme: 'sm2' },
      cause,
    });
  }
}

/** Decodes a SEC1 public key (memoised); throws INVALID_PUBLIC_KEY when it is not a point of the curve. */
export function sm2PublicKeyPoint(publicKey: Uint8Array): WeierstrassPoint<bigint> {
  const id = bytesToHex(publicKey);
  const cached = pointCache.get(id);
  if (cached) return cached;
  // Lazy: the table is built by the first multiplication with this key.
  return remember(pointCache, id, decodePoint(publicKey).precompute(PRECOMPUTE_WINDOW, true));
}

function computeZa(publicKey: Uint8Array, id: Uint8Array): Uint8Array {
  if (id.length > MAX_ID_BYTES) {
    throw new VerificationError('INVALID_SM2_ID', `an sm2 signer id is at most ${MAX_ID_BYTES} bytes`, {
      category: 'invalid_argument',
      context: { scheme: 'sm2', length: id.length },
    });
  }
  const point = sm2PublicKeyPoint(publicKey);
  const entl = numberToBytesBE(id.length * 8, 2);
  return sm3(concatBytes(entl, id, curvePrefix, fe(point.x), fe(point.y)));
}

/** Z_A, memoised per (key, id); callers must not modify the result. */
function cachedZa(publicKey: Uint8Array, id: Uint8Array): Uint8Array {
  const key = `${bytesToHex(publicKey)}/${bytesToHex(id)}`;
  return zaCache.get(key) ?? remember(zaCache, key, computeZa(publicKey, id));
}

/** Z_A of GB/T 32918.2 §5.5: binds the signer's identity and key into every digest. */
export function sm2Za(publicKey: Uint8Array, id: Uint8Array = defaultId): Uint8Array {
  return cachedZa(publicKey, id).slice();
}

/** e = SM3(Z_A ‖ M), the value that is signed (§6.1 steps A1–A2). */
export function sm2Digest(
  publicKey: Uint8Array,
  message: Uint8Array,
  id: Uint8Array = defaultId,
): Uint8Array {
  return sm3(concatBytes(cachedZa(publicKey, id), message));
}

/**
 * Verification of §7.1 (steps B1–B7) on an already computed digest e. A
 * malformed signature is simply invalid (false); a malformed key throws
 * INVALID_PUBLIC_KEY.
 */
export function sm2VerifyDigest(publicKey: Uint8Array, e: Uint8Array, signature: Uint8Array): boolean {
  const point = sm2PublicKeyPoint(publicKey);
  if (signature.length !== SM2_SIGNATURE_BYTES) return false;
  const r = bytesToNumberBE(signature.subarray(0, 32));
  const s = bytesToNumberBE(signature.subarray(32));
  if (r < 1n || r >= n || s < 1n || s >= n) return false;
  const t = (r + s) % n;
  if (t === 0n) return false;
  // Two table-driven multiplications beat one shared chain (mulAddUnsafe) once P has its table.
  const sum = Sm2Point.BASE.multiplyUnsafe(s).add(point.multiplyUnsafe(t));
  if (sum.is0()) return false;
  return (bytesToNumberBE(e) + sum.x) % n === r;
}

/** True when `signature` is the signer's (`publicKey`, `id`) SM2 signature of `message`. */
export function sm2Verify(
  publicKey: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
  id?: Uint8Array,
): boolean {
  return sm2VerifyDigest(publicKey, sm2Digest(publicKey, message, id), signature);
}

/** Signing arguments are the caller's, not a verification outcome. */
function badArgument(code: string, message: string): VerificationError {
  return new VerificationError(code, message, { category: 'invalid_argument', context: { scheme: 'sm2' } });
}

function privateScalar(privateKey: Uint8Array): bigint {
  const d = privateKey.length === FIELD_BYTES ? bytesToNumberBE(privateKey) : 0n;
  // d = n − 1 would make 1 + d non-invertible (§6.1 A5), so keys lie in [1, n−2].
  if (d < 1n || d > n - 2n) {
    throw badArgument('INVALID_PRIVATE_KEY', 'an sm2 private key is 32 bytes in [1, n-2]');
  }
  return d;
}

/** The 33-byte compressed public key P = [d]G (or 65 bytes uncompressed). */
export function sm2PublicKey(privateKey: Uint8Array, compressed = true): Uint8Array {
  return Sm2Point.BASE.multiply(privateScalar(privateKey)).toBytes(compressed);
}

/**
 * Signing of §6.1 steps A3–A7 on a digest e, with the caller's nonce k
 * (1 ≤ k ≤ n−1, secret, never reused). Throws BAD_SM2_NONCE for a k outside
 * that range or one the standard says to replace (r = 0, r + k = n, s = 0):
 * the caller draws another.
 */
export function sm2SignDigest(privateKey: Uint8Array, e: Uint8Array, k: bigint): Uint8Array {
  const d = privateScalar(privateKey);
  if (k < 1n || k >= n) throw badArgument('BAD_SM2_NONCE', 'the sm2 nonce k must be in [1, n-1]');
  const x1 = Sm2Point.BASE.multiply(k).x;
  const r = (bytesToNumberBE(e) + x1) % n;
  if (r === 0n || r + k === n) {
    throw badArgument('BAD_SM2_NONCE', 'the sm2 nonce k gives r = 0 or r + k = n; draw another');
  }
  const s = mod(Sm2Point.Fn.inv(1n + d) * (k - r * d), n);
  if (s === 0n) throw badArgument('BAD_SM2_NONCE', 'the sm2 nonce k gives s = 0; draw another');
  return concatBytes(fe(r), fe(s));
}

/** SM2 signature of `message` by `privateKey` under `id`, with the caller's nonce k. */
export function sm2Sign(privateKey: Uint8Array, message: Uint8Array, k: bigint, id?: Uint8Array): Uint8Array {
  return sm2SignDigest(privateKey, sm2Digest(sm2PublicKey(privateKey), message, id), k);
}
