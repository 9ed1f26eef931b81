/**
 * OpenSSL's test/recipes/30-test_evp_data/evppkey_sm2.txt at commit
 * 0ca8e7dd2d0f6745978a75d74b07a2bfd6cd9349: key SM2_key1 and its two Verify
 * cases, whose input is the digest e itself (DER signatures). Run through
 * `sm2VerifyDigest`, which takes e directly.
 */
import { createPublicKey } from 'node:crypto';
import { expect, it } from '@jest/globals';
import { DER } from '@noble/curves/abstract/weierstrass.js';
import { numberToBytesBE } from '@noble/curves/utils.js';
import { bytesToHex, concatBytes, hexToBytes } from '@noble/hashes/utils.js';
import { sm2VerifyDigest } from '../../../light-clients/crypto/sm2.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import { readVectors } from './vectors.js';

// SubjectPublicKeyInfo up to the key: id-ecPublicKey with curve 1.2.156.10197.1.301 (SM2), BIT STRING of 66 bytes.
const SM2_SPKI_PREFIX = '3059301306072a8648ce3d020106082a811ccf5501822d03420004';

function publicKeyOf(pem: string): Uint8Array {
  const spki = bytesToHex(createPublicKey(pem).export({ format: 'der', type: 'spki' }));
  expect(spki.startsWith(SM2_SPKI_PREFIX)).toBe(true);
  return hexToBytes(`04${spki.slice(SM2_SPKI_PREFIX.length)}`);
}

describeWithFixtures('sm2-sm3', 'conformance: OpenSSL evppkey_sm2.txt Verify cases @ 0ca8e7d', (dir) => {
  const { openssl_evp_sm2_verify_prehashed: data } = readVectors(dir);
  const cases = data.cases.map((c, i) => [i, c] as const);

  it('conformance: the file holds two valid Verify cases', () => {
    expect(data.cases.map((c) => c.expect)).toEqual(['valid', 'valid']);
  });

  it.each(cases)('conformance: case %i verifies over its digest', (_i, c) => {
    const publicKey = publicKeyOf(data.private_key_pem_SM2_key1);
    expect(publicKey.length).toBe(65);
    const { r, s } = DER.toSig(hexToBytes(c.der_sig));
    const signature = concatBytes(numberToBytesBE(r, 32), numberToBytesBE(s, 32));
    expect(sm2VerifyDigest(publicKey, hexToBytes(c.e), signature)).toBe(true);
  });

  it.each(cases)('conformance: case %i fails over a digest with one bit flipped', (_i, c) => {
    const publicKey = publicKeyOf(data.private_key_pem_SM2_key1);
    const { r, s } = DER.toSig(hexToBytes(c.der_sig));
    const e = hexToBytes(c.e);
    e[31] = (e[31] ?? 0) ^ 1;
    expect(sm2VerifyDigest(publicKey, e, concatBytes(numberToBytesBE(r, 32), numberToBytesBE(s, 32)))).toBe(
      false,
    );
  });
});
