/** SM2 (GB/T 32918.2) signing and verification on keys of our own; the standard's vectors are in test/conformance/sm2-sm3. */
import { describe, expect, it } from '@jest/globals';
import { bytesToNumberBE, numberToBytesBE } from '@noble/curves/utils.js';
import { concatBytes } from '@noble/hashes/utils.js';
import { VerificationError } from '../../../light-clients/verification-error.js';
import {
  SM2_DEFAULT_ID,
  sm2Curve,
  sm2Digest,
  sm2PublicKey,
  sm2Sign,
  sm2SignDigest,
  sm2Verify,
  sm2VerifyDigest,
  sm2Za,
} from '../../../light-clients/crypto/sm2.js';

const text = new TextEncoder();
const message = text.encode('isthmus: an attestation digest');
const privateKey = new Uint8Array(32).fill(0x2a);
const publicKey = sm2PublicKey(privateKey);
const k = 0x1234_5678_9abc_def0_1234_5678_9abc_def0n;
const signature = sm2Sign(privateKey, message, k);
const { n } = sm2Curve;

function flip(bytes: Uint8Array, bit: number): Uint8Array {
  const out = bytes.slice();
  out[bit >> 3] = (out[bit >> 3] ?? 0) ^ (1 << (bit & 7));
  return out;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(VerificationError);
    return (err as VerificationError).code;
  }
  return undefined;
}

const rs = (r: bigint, s: bigint): Uint8Array => concatBytes(numberToBytesBE(r, 32), numberToBytesBE(s, 32));

describe('sm2: sign and verify', () => {
  it('behavior: a signature verifies with the compressed and the uncompressed key', () => {
    expect(publicKey.length).toBe(33);
    expect(sm2Verify(publicKey, message, signature)).toBe(true);
    expect(sm2Verify(sm2PublicKey(privateKey, false), message, signature)).toBe(true);
  });

  it('behavior: the default id is "1234567812345678"', () => {
    expect(SM2_DEFAULT_ID).toBe('1234567812345678');
    expect(sm2Za(publicKey)).toEqual(sm2Za(publicKey, text.encode('1234567812345678')));
  });

  it('behavior: the same k signs the same message to the same (r, s); another k to another', () => {
    expect(sm2Sign(privateKey, message, k)).toEqual(signature);
    const other = sm2Sign(privateKey, message, k + 1n);
    expect(other).not.toEqual(signature);
    expect(sm2Verify(publicKey, message, other)).toBe(true);
  });

  it('behavior: a signature under a custom id verifies under that id only', () => {
    const id = text.encode('agency-7@isthmus');
    const signed = sm2Sign(privateKey, message, k, id);
    expect(sm2Verify(publicKey, message, signed, id)).toBe(true);
    expect(sm2Verify(publicKey, message, signed)).toBe(false);
  });

  it('error: a signature verified with another signer id fails', () => {
    expect(sm2Verify(publicKey, message, signature, text.encode('1234567812345679'))).toBe(false);
  });

  it('error: the id enters Z_A, so Z_A and e change with it', () => {
    const otherId = text.encode('1234567812345679');
    expect(sm2Za(publicKey, otherId)).not.toEqual(sm2Za(publicKey));
    expect(sm2Digest(publicKey, message, otherId)).not.toEqual(sm2Digest(publicKey, message));
  });

  it.each([0, 7, 255, 256, 300, 511])('error: flipping signature bit %i fails', (bit) => {
    expect(sm2Verify(publicKey, message, flip(signature, bit))).toBe(false);
  });

  it('error: another message, another key or a truncated signature fails', () => {
    expect(sm2Verify(publicKey, flip(message, 3), signature)).toBe(false);
    expect(sm2Verify(sm2PublicKey(new Uint8Array(32).fill(0x2b)), message, signature)).toBe(false);
    expect(sm2Verify(publicKey, message, signature.subarray(0, 63))).toBe(false);
  });

  it('error: r or s outside [1, n-1], and r + s = n (t = 0), are rejected', () => {
    const r = bytesToNumberBE(signature.subarray(0, 32));
    const s = bytesToNumberBE(signature.subarray(32));
    const e = sm2Digest(publicKey, message);
    expect(sm2VerifyDigest(publicKey, e, rs(r, s))).toBe(true);
    expect(sm2VerifyDigest(publicKey, e, rs(0n, s))).toBe(false);
    expect(sm2VerifyDigest(publicKey, e, rs(r, 0n))).toBe(false);
    expect(sm2VerifyDigest(publicKey, e, rs(n, s))).toBe(false);
    expect(sm2VerifyDigest(publicKey, e, rs(r, n))).toBe(false);
    expect(sm2VerifyDigest(publicKey, e, rs(r, n - r))).toBe(false);
  });

  it('error: ECDSA over the SM2 curve (what node:crypto "SM2" keys make) is not an SM2 signature', () => {
    // ECDSA: s = k⁻¹(e + r·d) with r = x1; an SM2 verifier must refuse it.
    const e = sm2Digest(publicKey, message);
    const d = bytesToNumberBE(privateKey);
    const r = sm2Sign(privateKey, message, k).subarray(0, 32);
    const x1 = (bytesToNumberBE(r) - bytesToNumberBE(e) + n) % n;
    const kInv = modInverse(k, n);
    const ecdsa = rs(x1, (kInv * ((bytesToNumberBE(e) + x1 * d) % n)) % n);
    expect(sm2VerifyDigest(publicKey, e, ecdsa)).toBe(false);
  });

  it('error: a malformed or off-curve public key is INVALID_PUBLIC_KEY', () => {
    expect(codeOf(() => sm2Verify(publicKey.subarray(0, 32), message, signature))).toBe('INVALID_PUBLIC_KEY');
    const offCurve = publicKey.slice();
    offCurve[0] = 0x05;
    expect(codeOf(() => sm2Verify(offCurve, message, signature))).toBe('INVALID_PUBLIC_KEY');
    const notOnCurve = sm2PublicKey(privateKey, false);
    notOnCurve[64] = (notOnCurve[64] ?? 0) ^ 1;
    expect(codeOf(() => sm2Verify(notOnCurve, message, signature))).toBe('INVALID_PUBLIC_KEY');
  });

  it('error: an id longer than 8191 bytes is INVALID_SM2_ID', () => {
    expect(codeOf(() => sm2Za(publicKey, new Uint8Array(8191)))).toBeUndefined();
    expect(codeOf(() => sm2Za(publicKey, new Uint8Array(8192)))).toBe('INVALID_SM2_ID');
  });

  it.each([
    ['zero', new Uint8Array(32)],
    ['n - 1', numberToBytesBE(n - 1n, 32)],
    ['31 bytes', new Uint8Array(31).fill(1)],
  ])('args: a private key of %s is INVALID_PRIVATE_KEY', (_what, key) => {
    expect(codeOf(() => sm2PublicKey(key))).toBe('INVALID_PRIVATE_KEY');
    expect(codeOf(() => sm2Sign(key, message, k))).toBe('INVALID_PRIVATE_KEY');
  });

  it.each([
    ['0', 0n],
    ['n', n],
  ])('args: the nonce k = %s is BAD_SM2_NONCE', (_what, badK) => {
    expect(codeOf(() => sm2SignDigest(privateKey, sm2Digest(publicKey, message), badK))).toBe(
      'BAD_SM2_NONCE',
    );
  });
});

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}
