/**
 * QBFT extraData vectors from hyperledger/besu QbftExtraDataCodecTest
 * (commit 0412fd797ece9828471214ddd11c80268753eeac) and Consensys/quorum
 * core/types/istanbul_test.go (commit 3389dc3e14848cf6100d344fd49d89b9b67a7ba2):
 * each decodes to what the origin test asserts and re-encodes byte for byte.
 * The legacy Istanbul (IBFT 1.0) layout is a different format and must be
 * refused.
 */
import { expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import { decodeBftExtraData, encodeBftExtraData } from '../../../light-clients/evm/index.js';

interface Vector {
  readonly hex?: string;
  readonly extra?: string;
  readonly decoded?: {
    readonly vanity: string;
    readonly validators: readonly string[] | string;
    readonly round?: number;
    readonly committed_seals?: ReadonlyArray<{
      readonly r: string;
      readonly s: string;
      readonly recId: number;
    }>;
  };
}

const bytes = (hex: string): Uint8Array => hexToBytes(hex.slice(2));
const word = (hex: string): string => BigInt(hex).toString(16).padStart(64, '0');

describeWithFixtures('qbft-ibft', 'conformance: Besu / GoQuorum QBFT extraData vectors', (dir) => {
  const vectors = JSON.parse(readFileSync(join(dir, 'extradata_vectors.json'), 'utf8')) as Record<
    string,
    Vector
  >;
  const vector = (name: string): Vector => {
    const v = vectors[name];
    if (v === undefined) throw new Error(`vector ${name} is missing`);
    return v;
  };

  it('conformance: Besu known raw QBFT encoding decodes to the asserted fields and re-encodes exactly', () => {
    const v = vector('besu_qbft_known_raw_encoding');
    const raw = bytes(v.hex ?? '');
    const extra = decodeBftExtraData('qbft', raw);
    expect(`0x${bytesToHex(extra.vanity)}`).toBe(v.decoded?.vanity);
    expect(extra.validators).toEqual(v.decoded?.validators);
    expect(extra.vote).toEqual({ recipient: '0x0000000000000000000000000000000000000001', add: true });
    expect(extra.round).toBe(v.decoded?.round);
    expect(extra.seals.map((s) => bytesToHex(s))).toEqual(
      (v.decoded?.committed_seals ?? []).map((s) => `${word(s.r)}${word(s.s)}0${s.recId}`),
    );
    expect(encodeBftExtraData('qbft', extra)).toEqual(raw);
  });

  it('conformance: GoQuorum TestExtractToQbftExtra decodes (no vanity, no vote, round 0) and re-encodes exactly', () => {
    const v = vector('goquorum_qbft_extract');
    const raw = bytes(v.hex ?? '');
    const extra = decodeBftExtraData('qbft', raw);
    expect(extra.vanity).toHaveLength(0);
    expect(extra.validators).toEqual(v.decoded?.validators);
    expect(extra.vote).toBeUndefined();
    expect(extra.round).toBe(0);
    expect(extra.seals).toHaveLength(0);
    expect(encodeBftExtraData('qbft', extra)).toEqual(raw);
  });

  it.each(['qbft', 'ibft2'] as const)(
    'error: legacy Istanbul (IBFT 1.0) extraData is not %s extraData',
    (flavour) => {
      const v = vector('goquorum_legacy_istanbul_ibft1_header_hash');
      expect(() => decodeBftExtraData(flavour, bytes(v.extra ?? ''))).toThrow(
        expect.objectContaining({ code: 'MALFORMED_EXTRA_DATA' }),
      );
    },
  );
});
