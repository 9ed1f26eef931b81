/** verifySchemeSignature: one entry point for the five schemes, with the same verdicts and key errors. */
import { describe, expect, it } from '@jest/globals';
import { attestationSchemes, verifySchemeSignature } from '../../../light-clients/attestation/index.js';
import { thrown } from './codes.js';
import { testSigner } from './signers.js';

const message = new Uint8Array(32).fill(7);

describe.each(attestationSchemes.map((s) => [s]))('attestation: scheme %s', (scheme) => {
  const signer = testSigner(scheme, 12);
  const signature = signer.sign(message);

  it('behavior: its signature of the message verifies', () => {
    expect(verifySchemeSignature(scheme, signer.publicKey, message, signature)).toBe(true);
  });

  it("error: another message, a flipped bit or another signer's key fails", () => {
    const flipped = signature.slice();
    flipped[10] = (flipped[10] ?? 0) ^ 0x40;
    expect(verifySchemeSignature(scheme, signer.publicKey, new Uint8Array(32), signature)).toBe(false);
    expect(verifySchemeSignature(scheme, signer.publicKey, message, flipped)).toBe(false);
    expect(verifySchemeSignature(scheme, testSigner(scheme, 13).publicKey, message, signature)).toBe(false);
  });

  it('error: a malformed key is a VerificationError INVALID_PUBLIC_KEY', () => {
    const bad = signer.publicKey.subarray(1);
    expect(thrown(() => verifySchemeSignature(scheme, bad, message, signature)).code).toBe(
      'INVALID_PUBLIC_KEY',
    );
  });
});
