/** ML-DSA-65 (FIPS 204) through @noble/post-quantum: what Isthmus relies on, and what it must refuse. */
import { describe, expect, it } from '@jest/globals';
import { VerificationError } from '../../../light-clients/verification-error.js';
import {
  ML_DSA_65_PUBLIC_KEY_BYTES,
  ML_DSA_65_SIGNATURE_BYTES,
  mlDsa65KeyPair,
  mlDsa65Sign,
  mlDsa65Verify,
} from '../../../light-clients/crypto/ml-dsa.js';

const message = new TextEncoder().encode('isthmus: an attestation digest');
const keys = mlDsa65KeyPair(new Uint8Array(32).fill(9));
const signature = mlDsa65Sign(keys.secretKey, message);

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

describe('ml-dsa-65: sign and verify', () => {
  it('behavior: keys and signatures have the FIPS 204 sizes, and a signature verifies', () => {
    expect(keys.publicKey.length).toBe(ML_DSA_65_PUBLIC_KEY_BYTES);
    expect(signature.length).toBe(ML_DSA_65_SIGNATURE_BYTES);
    expect(mlDsa65Verify(keys.publicKey, message, signature)).toBe(true);
  });

  it('behavior: without randomness signing is deterministic; with it, hedged and still valid', () => {
    expect(mlDsa65Sign(keys.secretKey, message)).toEqual(signature);
    const hedged = mlDsa65Sign(keys.secretKey, message, new Uint8Array(32).fill(1));
    expect(hedged).not.toEqual(signature);
    expect(mlDsa65Verify(keys.publicKey, message, hedged)).toBe(true);
  });

  it('behavior: the same seed gives the same key pair', () => {
    expect(mlDsa65KeyPair(new Uint8Array(32).fill(9)).publicKey).toEqual(keys.publicKey);
  });

  // Bits in the commitment hash c~, in z, and in the hint section at the end.
  it.each([0, 200, 8 * 1000 + 3, 8 * 3000, 8 * ML_DSA_65_SIGNATURE_BYTES - 1])(
    'error: a signature with bit %i flipped fails',
    (bit) => {
      expect(mlDsa65Verify(keys.publicKey, message, flip(signature, bit))).toBe(false);
    },
  );

  it('error: one flipped message bit, another key or a truncated signature fails', () => {
    expect(mlDsa65Verify(keys.publicKey, flip(message, 5), signature)).toBe(false);
    const other = mlDsa65KeyPair(new Uint8Array(32).fill(10));
    expect(mlDsa65Verify(other.publicKey, message, signature)).toBe(false);
    expect(mlDsa65Verify(keys.publicKey, message, signature.subarray(1))).toBe(false);
  });

  it('error: a public key of the wrong length is INVALID_PUBLIC_KEY', () => {
    expect(codeOf(() => mlDsa65Verify(keys.publicKey.subarray(1), message, signature))).toBe(
      'INVALID_PUBLIC_KEY',
    );
  });

  it('args: a seed that is not 32 bytes is INVALID_PRIVATE_KEY', () => {
    expect(codeOf(() => mlDsa65KeyPair(new Uint8Array(31)))).toBe('INVALID_PRIVATE_KEY');
  });

  it('args: signing randomness that is not 32 bytes is INVALID_SIGNING_RANDOMNESS', () => {
    expect(codeOf(() => mlDsa65Sign(keys.secretKey, message, new Uint8Array(16)))).toBe(
      'INVALID_SIGNING_RANDOMNESS',
    );
  });
});
