/**
 * SM2 signature example of GM/T 0003.5-2012 (= GB/T 32918.5) Annex A on the
 * recommended curve, as OpenSSL's test/sm2_internal_test.c carries it: the
 * curve parameters, Z_A, e, verification, and re-signing with the given k.
 */
import { expect, it } from '@jest/globals';
import { bytesToNumberBE } from '@noble/curves/utils.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import {
  sm2Curve,
  sm2Digest,
  sm2PublicKey,
  sm2Sign,
  sm2Verify,
  sm2Za,
} from '../../../light-clients/crypto/sm2.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import { readVectors } from './vectors.js';

const hexToBig = (h: string): bigint => BigInt(`0x${h}`);

describeWithFixtures(
  'sm2-sm3',
  'conformance: SM2 GM/T 0003.5-2012 Annex A signature example (OpenSSL sm2_internal_test.c)',
  (dir) => {
    const vectors = readVectors(dir);
    const v = vectors.sm2_sign_gmt0003_5_annexA;
    const publicKey = hexToBytes(`04${v.public_key_x}${v.public_key_y}`);
    const message = hexToBytes(v.message_hex);
    const id = hexToBytes(v.user_id_hex);
    const signature = hexToBytes(`${v.r}${v.s}`);

    it.each(['p', 'a', 'b', 'Gx', 'Gy', 'n', 'h'] as const)(
      'conformance: curve parameter %s is the recommended curve',
      (name) => {
        expect(sm2Curve[name]).toBe(hexToBig(vectors.sm2_curve_sm2p256v1[name]));
      },
    );

    it('conformance: ENTL is the bit length of the id, and the id is the default one', () => {
      expect(bytesToNumberBE(hexToBytes(v.entl_bits_hex))).toBe(BigInt(id.length * 8));
      expect(sm2Za(publicKey)).toEqual(sm2Za(publicKey, id));
    });

    it('conformance: the public key is [d]G', () => {
      expect(bytesToHex(sm2PublicKey(hexToBytes(v.private_key_d), false))).toBe(bytesToHex(publicKey));
    });

    it('conformance: Z_A', () => {
      expect(bytesToHex(sm2Za(publicKey, id))).toBe(v.ZA);
    });

    it('conformance: e = SM3(Z_A ‖ M)', () => {
      expect(bytesToHex(sm2Digest(publicKey, message, id))).toBe(v.e);
    });

    it('conformance: (r, s) verifies, with the uncompressed and the compressed key', () => {
      expect(sm2Verify(publicKey, message, signature, id)).toBe(true);
      const compressed = sm2PublicKey(hexToBytes(v.private_key_d));
      expect(sm2Verify(compressed, message, signature, id)).toBe(true);
    });

    it('conformance: signing with the given k reproduces (r, s)', () => {
      expect(bytesToHex(sm2Sign(hexToBytes(v.private_key_d), message, hexToBig(v.k), id))).toBe(
        `${v.r}${v.s}`,
      );
    });

    it('conformance: the derived negatives fail (flipped r or s bit, id ...79, message "message digesT")', () => {
      const flippedR = signature.slice();
      flippedR[5] = (flippedR[5] ?? 0) ^ 0x10;
      const flippedS = signature.slice();
      flippedS[40] = (flippedS[40] ?? 0) ^ 0x01;
      expect(sm2Verify(publicKey, message, flippedR, id)).toBe(false);
      expect(sm2Verify(publicKey, message, flippedS, id)).toBe(false);
      expect(sm2Verify(publicKey, message, signature, new TextEncoder().encode('1234567812345679'))).toBe(
        false,
      );
      expect(sm2Verify(publicKey, new TextEncoder().encode('message digesT'), signature, id)).toBe(false);
    });
  },
);
