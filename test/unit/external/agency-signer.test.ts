/**
 * The agency's signers (adapters/external/agency-signer.ts): for every
 * attestation scheme, the key derived from the configuration is canonical
 * for the signer set and its signatures pass the attestation client's own
 * verification.
 */
import { describe, expect, it } from '@jest/globals';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToNumberBE } from '@noble/curves/utils.js';
import { createAgencySigner, signerConfigSchema } from '../../../adapters/external/index.js';
import {
  attestationSchemes,
  checkSignerKey,
  verifySchemeSignature,
  type AttestationScheme,
} from '../../../light-clients/attestation/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { signerEntry } from './keys.js';

const signerOf = (scheme: AttestationScheme, n: number) =>
  createAgencySigner(signerConfigSchema.parse(signerEntry(scheme, n)));
const message = new TextEncoder().encode('isthmus agency ledger test digest');

describe('agency signers', () => {
  it.each(attestationSchemes)(
    'behavior: a %s signer signs what the attestation client verifies',
    (scheme) => {
      const signer = signerOf(scheme, 7);
      expect(() => checkSignerKey(scheme, signer.publicKey)).not.toThrow();
      const signature = signer.sign(message);
      expect(verifySchemeSignature(scheme, signer.publicKey, message, signature)).toBe(true);
      expect(verifySchemeSignature(scheme, signer.publicKey, message.slice(1), signature)).toBe(false);
    },
  );

  it.each(attestationSchemes)('behavior: a %s key is the same every time it is loaded', (scheme) => {
    expect(signerOf(scheme, 9).publicKey).toEqual(signerOf(scheme, 9).publicKey);
    expect(signerOf(scheme, 9).publicKey).not.toEqual(signerOf(scheme, 10).publicKey);
  });

  it('behavior: secp256k1 signatures are always low-S, as the verifier demands', () => {
    const signer = signerOf('secp256k1', 3);
    const halfN = secp256k1.Point.CURVE().n >> 1n;
    for (let i = 0; i < 64; i++) {
      const signature = signer.sign(Uint8Array.of(i));
      expect(bytesToNumberBE(signature.subarray(32))).toBeLessThanOrEqual(halfN);
      expect(verifySchemeSignature('secp256k1', signer.publicKey, Uint8Array.of(i), signature)).toBe(true);
    }
  });

  it('behavior: sm2 and ml-dsa-65 signatures are randomised, and each verifies', () => {
    for (const scheme of ['sm2', 'ml-dsa-65'] as const) {
      const signer = signerOf(scheme, 4);
      const [a, b] = [signer.sign(message), signer.sign(message)];
      expect(a).not.toEqual(b);
      expect(verifySchemeSignature(scheme, signer.publicKey, message, b)).toBe(true);
    }
  });

  it.each([
    ['secp256k1', '00'.repeat(32)],
    ['p256', 'ff'.repeat(32)],
    ['sm2', '00'.repeat(32)],
  ] as const)('error: an unusable %s private key is INVALID_SIGNER_KEY', (scheme, privateKey) => {
    const err = (() => {
      try {
        createAgencySigner(signerConfigSchema.parse({ scheme, privateKey }), 2);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(IsthmusError.is(err, 'INVALID_SIGNER_KEY')).toBe(true);
    expect((err as IsthmusError).category).toBe('invalid_argument');
    expect((err as IsthmusError).context).toEqual({ index: 2, scheme });
  });
});
