/**
 * SM3 (GB/T 32905-2016 Annex A examples 1 and 2) as OpenSSL's
 * test/recipes/30-test_evp_data/evpmd_sm3.txt carries them, at commit
 * b6d76a1264792d8a81139adc100e8b0303202cf0: our `sm3` (node:crypto) against them.
 */
import { expect, it } from '@jest/globals';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { sm3 } from '../../../light-clients/crypto/sm2.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import { readVectors } from './vectors.js';

describeWithFixtures(
  'sm2-sm3',
  'conformance: SM3, GB/T 32905 Annex A (OpenSSL evpmd_sm3.txt @ b6d76a1)',
  (dir) => {
    const { sm3: cases } = readVectors(dir);

    it('conformance: the file holds the two Annex A examples', () => {
      expect(cases).toHaveLength(2);
    });

    it.each(cases.map((c) => [c.input_hex.length / 2, c] as const))(
      'conformance: SM3 of the %i-byte example',
      (_len, c) => {
        expect(bytesToHex(sm3(hexToBytes(c.input_hex)))).toBe(c.digest.toLowerCase());
      },
    );
  },
);
