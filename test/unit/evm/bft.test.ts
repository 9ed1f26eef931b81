/** QBFT / IBFT 2.0: extraData encodings, block hash and committed-seal digest, and seal checks. */
import { describe, expect, it } from '@jest/globals';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import {
  bftBlockHash,
  bftQuorum,
  bftSealDigest,
  decodeBftExtraData,
  encodeBftExtraData,
  encodeHeader,
  headerHash,
  recoverSigner,
  verifyBftSeals,
  type BftExtraData,
  type BftFlavour,
} from '../../../light-clients/evm/index.js';
import { decodeRlp, encodeRlp } from '../../../light-clients/evm/rlp.js';
import { bftFixture, bftHeader, sign65, testKeys } from './chain-builder.js';
import { expectCode } from './expect-code.js';

const recipient = '0x00000000000000000000000000000000000000aa';
const extra = (fields: Partial<BftExtraData> = {}): BftExtraData => ({
  vanity: new Uint8Array(32),
  validators: testKeys(2).map((k) => k.address),
  round: 3,
  seals: [new Uint8Array(65).fill(1)],
  ...fields,
});
const items = (bytes: Uint8Array): unknown[] => decodeRlp(bytes) as unknown[];

describe('evm BFT extraData', () => {
  it.each([
    ['qbft', undefined],
    ['qbft', { recipient, add: true }],
    ['qbft', { recipient, add: false }],
    ['ibft2', undefined],
    ['ibft2', { recipient, add: true }],
    ['ibft2', { recipient, add: false }],
  ] as const)('behavior: %s extraData with vote %j round-trips', (flavour, vote) => {
    const value = extra(vote === undefined ? {} : { vote });
    expect(decodeBftExtraData(flavour, encodeBftExtraData(flavour, value))).toEqual(value);
  });

  it('behavior: QBFT writes an absent vote as [], DROP as "", the round as a scalar, and keeps 5 items in every form', () => {
    expect(items(encodeBftExtraData('qbft', extra()))[2]).toEqual([]);
    expect(items(encodeBftExtraData('qbft', extra({ vote: { recipient, add: false } })))[2]).toEqual([
      expect.anything(),
      new Uint8Array(0),
    ]);
    expect(items(encodeBftExtraData('qbft', extra()))[3]).toEqual(Uint8Array.of(3));
    const noSeals = items(encodeBftExtraData('qbft', extra(), 'without-seals'));
    expect(noSeals).toHaveLength(5);
    expect(noSeals[3]).toEqual(Uint8Array.of(3));
    expect(noSeals[4]).toEqual([]);
    const noRound = items(encodeBftExtraData('qbft', extra(), 'without-seals-and-round'));
    expect(noRound).toHaveLength(5);
    expect(noRound[3]).toEqual(new Uint8Array(0));
  });

  it('behavior: IBFT 2.0 writes an absent vote as "", DROP as 0x00, a 4-byte round, and drops items in hashing forms', () => {
    expect(items(encodeBftExtraData('ibft2', extra()))[2]).toEqual(new Uint8Array(0));
    expect(items(encodeBftExtraData('ibft2', extra({ vote: { recipient, add: false } })))[2]).toEqual([
      expect.anything(),
      Uint8Array.of(0),
    ]);
    expect(items(encodeBftExtraData('ibft2', extra()))[3]).toEqual(Uint8Array.of(0, 0, 0, 3));
    expect(items(encodeBftExtraData('ibft2', extra(), 'without-seals'))).toHaveLength(4);
    expect(items(encodeBftExtraData('ibft2', extra(), 'without-seals-and-round'))).toHaveLength(3);
  });

  it('behavior: an IBFT 2.0 round above 2^31 survives the 4-byte form', () => {
    const value = extra({ round: 0xfedcba98 });
    expect(decodeBftExtraData('ibft2', encodeBftExtraData('ibft2', value)).round).toBe(0xfedcba98);
  });

  const bad = (list: unknown[]): Uint8Array => encodeRlp(list as Uint8Array[]);
  const v = new Uint8Array(32);
  const seal = new Uint8Array(65);
  it.each([
    ['qbft', 'a 4-item list', bad([v, [], [], new Uint8Array(0)])],
    ['qbft', 'a 33-byte vanity', bad([new Uint8Array(33), [], [], new Uint8Array(0), []])],
    ['qbft', 'a 19-byte validator', bad([v, [new Uint8Array(19)], [], new Uint8Array(0), []])],
    ['qbft', 'a 64-byte seal', bad([v, [], [], new Uint8Array(0), [new Uint8Array(64)]])],
    ['qbft', 'a round with a leading zero', bad([v, [], [], Uint8Array.of(0, 1), [seal]])],
    ['qbft', 'a 5-byte round', bad([v, [], [], Uint8Array.of(1, 0, 0, 0, 0), []])],
    [
      'qbft',
      'an absent vote written the IBFT 2.0 way',
      bad([v, [], new Uint8Array(0), new Uint8Array(0), []]),
    ],
    ['qbft', 'a vote type 0x01', bad([v, [], [new Uint8Array(20), Uint8Array.of(1)], new Uint8Array(0), []])],
    ['ibft2', 'a 3-byte round', bad([v, [], new Uint8Array(0), Uint8Array.of(0, 0, 1), []])],
    ['ibft2', 'an absent vote written the QBFT way', bad([v, [], [], Uint8Array.of(0, 0, 0, 0), []])],
    [
      'ibft2',
      'a DROP written the QBFT way',
      bad([v, [], [new Uint8Array(20), new Uint8Array(0)], Uint8Array.of(0, 0, 0, 0), []]),
    ],
    ['ibft2', 'bytes that are not RLP', Uint8Array.of(0xf8)],
  ] as const)('error: %s extraData with %s is MALFORMED_EXTRA_DATA', (flavour, _what, bytes) => {
    expectCode(() => decodeBftExtraData(flavour as BftFlavour, bytes), 'MALFORMED_EXTRA_DATA');
  });

  it('error: encoding a validator that is not lower-case hex is MALFORMED_EXTRA_DATA', () => {
    expectCode(() => encodeBftExtraData('qbft', extra({ validators: ['0xABC'] })), 'MALFORMED_EXTRA_DATA');
  });
});

describe.each(['qbft', 'ibft2'] as const)('evm %s seals', (flavour) => {
  const fx = bftFixture(flavour, 7);
  const header = fx.next();

  it('behavior: quorum is ceil(2n/3)', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 21].map(bftQuorum)).toEqual([1, 2, 2, 3, 4, 4, 5, 14]);
  });

  it('behavior: a header sealed by a quorum of validators verifies, with its committers in seal order', () => {
    expect(verifyBftSeals(flavour, header, fx.validators).committers).toEqual(fx.validators.slice(0, 5));
  });

  it('behavior: the block hash ignores seals and round; the seal digest ignores seals only', () => {
    const decoded = decodeBftExtraData(flavour, header.extraData);
    const resealed = bftHeader(
      flavour,
      { ...header, extraData: new Uint8Array(0) },
      fx.validators,
      fx.keys.slice(2),
      9,
    );
    expect(bftBlockHash(flavour, resealed)).toEqual(bftBlockHash(flavour, header));
    const other = decodeBftExtraData(flavour, resealed.extraData);
    expect(bftSealDigest(flavour, resealed, other)).not.toEqual(bftSealDigest(flavour, header, decoded));
    expect(bftSealDigest(flavour, header, decoded)).toEqual(
      headerHash({ ...header, extraData: encodeBftExtraData(flavour, decoded, 'without-seals') }),
    );
  });

  it('behavior: a genesis header is hashed as it is', () => {
    const genesis = { ...header, number: 0n };
    expect(bftBlockHash(flavour, genesis)).toEqual(keccak_256(encodeHeader(genesis)));
  });

  it('behavior: a recovered seal names its signer', () => {
    const key = fx.keys[0];
    if (key === undefined) throw new Error('fixture has keys');
    const digest = keccak_256(Uint8Array.of(1));
    expect(recoverSigner(digest, sign65(digest, key))).toBe(key.address);
  });

  it('error: a seal by a key outside the set is SEAL_NOT_VALIDATOR', () => {
    const outsider = testKeys(1, 100);
    expectCode(
      () => verifyBftSeals(flavour, fx.next([...fx.keys.slice(0, 5), ...outsider]), fx.validators),
      'SEAL_NOT_VALIDATOR',
    );
  });

  it('error: one validator sealing twice is DUPLICATE_SEAL', () => {
    const twice = [...fx.keys.slice(0, 4), fx.keys[0]] as typeof fx.keys;
    expectCode(() => verifyBftSeals(flavour, fx.next(twice), fx.validators), 'DUPLICATE_SEAL');
  });

  it('error: one seal short of quorum is INSUFFICIENT_SEALS', () => {
    const err = expectCode(
      () => verifyBftSeals(flavour, fx.next(fx.keys.slice(0, 4)), fx.validators),
      'INSUFFICIENT_SEALS',
    );
    expect(err.context).toMatchObject({ seals: 4, quorum: 5, validators: 7 });
  });

  it('error: an empty validator set admits no header, not even an unsealed one (INSUFFICIENT_SEALS)', () => {
    expectCode(() => verifyBftSeals(flavour, fx.next([]), []), 'INSUFFICIENT_SEALS');
  });

  it.each([
    ['a recovery id of 2', (s: Uint8Array) => s.map((b, i) => (i === 64 ? 2 : b))],
    ['r = 0', (s: Uint8Array) => s.map((b, i) => (i < 32 ? 0 : b))],
  ])('error: a seal with %s is SEAL_INVALID', (_what, mutate) => {
    const decoded = decodeBftExtraData(flavour, header.extraData);
    const seals = decoded.seals.map((s, i) => (i === 0 ? mutate(s) : s));
    const broken = { ...header, extraData: encodeBftExtraData(flavour, { ...decoded, seals }) };
    expectCode(() => verifyBftSeals(flavour, broken, fx.validators), 'SEAL_INVALID');
  });

  it('error: seals made over another round do not count for this one', () => {
    const decoded = decodeBftExtraData(flavour, header.extraData);
    const moved = {
      ...header,
      extraData: encodeBftExtraData(flavour, { ...decoded, round: decoded.round + 1 }),
    };
    expect(bytesToHex(bftBlockHash(flavour, moved))).toBe(bytesToHex(bftBlockHash(flavour, header)));
    expect(() => verifyBftSeals(flavour, moved, fx.validators)).toThrow(
      expect.objectContaining({ code: expect.stringMatching(/SEAL_NOT_VALIDATOR|SEAL_INVALID/) }),
    );
  });
});
