/** node:crypto fast path against the @noble/curves reference, for every scheme. */
import { describe, expect, it } from '@jest/globals';
import { ed25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { IsthmusError } from '../../../light-clients/index.js';
import {
  decodePublicKey,
  signatureSchemes,
  verifySignature,
  verifySignatureReference,
  type SignatureScheme,
} from '../../../light-clients/crypto/signatures.js';

const message = new TextEncoder().encode('isthmus: a header to sign');
const seed = (n: number): Uint8Array => new Uint8Array(32).fill(n);

function keyAndSign(
  scheme: SignatureScheme,
  n: number,
): { key: Uint8Array; sign: (m: Uint8Array) => Uint8Array } {
  switch (scheme) {
    case 'ed25519':
      return { key: ed25519.getPublicKey(seed(n)), sign: (m) => ed25519.sign(m, seed(n)) };
    case 'secp256k1':
      return {
        key: secp256k1.getPublicKey(seed(n)),
        sign: (m) => secp256k1.sign(sha256(m), seed(n), { prehash: false }),
      };
    case 'p256':
      return {
        key: p256.getPublicKey(seed(n)),
        sign: (m) => p256.sign(sha256(m), seed(n), { prehash: false }),
      };
  }
}

describe.each(signatureSchemes.map((s) => [s]))('signatures: %s', (scheme) => {
  const { key, sign } = keyAndSign(scheme, 7);
  const signature = sign(message);

  it('behavior: a valid signature verifies on both paths', () => {
    expect(verifySignature(scheme, key, message, signature)).toBe(true);
    expect(verifySignatureReference(scheme, key, message, signature)).toBe(true);
  });

  it('behavior: the decoded key is cached', () => {
    expect(decodePublicKey(scheme, key)).toBe(decodePublicKey(scheme, key));
  });

  it.each([
    ['a flipped message bit', (s: Uint8Array) => ({ m: flip(message, 3), s })],
    ['a flipped signature bit', (s: Uint8Array) => ({ m: message, s: flip(s, 40) })],
    ['a truncated signature', (s: Uint8Array) => ({ m: message, s: s.subarray(0, 63) })],
    ['an empty signature', () => ({ m: message, s: new Uint8Array(0) })],
  ])('error: %s is rejected on both paths', (_what, mutate) => {
    const { m, s } = mutate(signature);
    expect(verifySignature(scheme, key, m, s)).toBe(false);
    expect(verifySignatureReference(scheme, key, m, s)).toBe(false);
  });

  it("error: another key's signature is rejected", () => {
    const other = keyAndSign(scheme, 8);
    expect(verifySignature(scheme, other.key, message, signature)).toBe(false);
  });

  it('error: a malformed key is INVALID_PUBLIC_KEY', () => {
    const bad = new Uint8Array(key.length === 32 ? 31 : 33).fill(0xff);
    expect(() => verifySignature(scheme, bad, message, signature)).toThrow(IsthmusError);
    try {
      verifySignature(scheme, bad, message, signature);
    } catch (e) {
      expect((e as IsthmusError).code).toBe('INVALID_PUBLIC_KEY');
    }
  });
});

describe('signatures: secp256k1 malleability', () => {
  it('error: the high-S twin of a valid signature is rejected on both paths', () => {
    const { key, sign } = keyAndSign('secp256k1', 9);
    const sig = sign(message);
    const n = secp256k1.Point.CURVE().n;
    const s = BigInt(`0x${Buffer.from(sig.subarray(32)).toString('hex')}`);
    const highS = Buffer.from((n - s).toString(16).padStart(64, '0'), 'hex');
    const twin = new Uint8Array([...sig.subarray(0, 32), ...highS]);
    expect(verifySignature('secp256k1', key, message, sig)).toBe(true);
    expect(verifySignature('secp256k1', key, message, twin)).toBe(false);
    expect(verifySignatureReference('secp256k1', key, message, twin)).toBe(false);
  });
});

function flip(bytes: Uint8Array, index: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}
