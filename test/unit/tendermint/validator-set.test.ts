/** Validator sets: canonical order, hashing inputs, and the power and identity rules. */
import { describe, expect, it } from '@jest/globals';
import {
  compareValidators,
  makeValidatorSet,
  MAX_TOTAL_VOTING_POWER,
  validatorAddress,
  validatorSetHash,
} from '../../../light-clients/tendermint/index.js';
import { testKey } from './support/chain.js';

const key = (name: string) => testKey(name).pubKey;
const MAX_INT64 = (1n << 63n) - 1n;

describe('tendermint validator sets', () => {
  it('behavior: sorted by power descending, then address ascending; the hash ignores input order', () => {
    const inputs = ['a', 'b', 'c', 'd', 'e'].map((n, i) => ({
      pubKey: key(n),
      votingPower: BigInt(1 + (i % 2)),
    }));
    const set = makeValidatorSet(inputs);
    const sorted = [...set.validators].sort(compareValidators);
    expect(set.validators).toEqual(sorted);
    expect(set.validators.map((v) => v.votingPower)).toEqual([2n, 2n, 1n, 1n, 1n]);
    const hexes = set.validators.slice(0, 2).map((v) => Buffer.from(v.address).toString('hex'));
    expect(hexes[0]! < hexes[1]!).toBe(true);
    expect(
      Buffer.from(validatorSetHash(makeValidatorSet([...inputs].reverse()))).equals(
        Buffer.from(validatorSetHash(set)),
      ),
    ).toBe(true);
    expect(set.totalVotingPower).toBe(7n);
  });

  it("behavior: the hash changes with a validator's power", () => {
    const a = makeValidatorSet([{ pubKey: key('a'), votingPower: 10n }]);
    const b = makeValidatorSet([{ pubKey: key('a'), votingPower: 11n }]);
    expect(Buffer.from(validatorSetHash(a)).equals(Buffer.from(validatorSetHash(b)))).toBe(false);
  });

  it('error: DUPLICATE_VALIDATOR — one key twice', () => {
    expect(() =>
      makeValidatorSet([
        { pubKey: key('a'), votingPower: 1n },
        { pubKey: key('a'), votingPower: 2n },
      ]),
    ).toThrow(expect.objectContaining({ code: 'DUPLICATE_VALIDATOR' }));
  });

  it('error: INVALID_VOTING_POWER — zero, negative, above int64, or a total above MaxInt64/8', () => {
    for (const votingPower of [0n, -1n, MAX_INT64 + 1n]) {
      expect(() => makeValidatorSet([{ pubKey: key('a'), votingPower }])).toThrow(
        expect.objectContaining({ code: 'INVALID_VOTING_POWER' }),
      );
    }
    expect(() =>
      makeValidatorSet([
        { pubKey: key('a'), votingPower: MAX_TOTAL_VOTING_POWER },
        { pubKey: key('b'), votingPower: 1n },
      ]),
    ).toThrow(expect.objectContaining({ code: 'INVALID_VOTING_POWER' }));
    expect(
      makeValidatorSet([{ pubKey: key('a'), votingPower: MAX_TOTAL_VOTING_POWER }]).totalVotingPower,
    ).toBe(MAX_TOTAL_VOTING_POWER);
  });

  it('error: MALFORMED_HEADER — an address not derived from the key, or a key of the wrong length', () => {
    expect(() =>
      makeValidatorSet([{ pubKey: key('a'), votingPower: 1n, address: validatorAddress(key('b')) }]),
    ).toThrow(expect.objectContaining({ code: 'MALFORMED_HEADER' }));
    expect(
      makeValidatorSet([{ pubKey: key('a'), votingPower: 1n, address: validatorAddress(key('a')) }])
        .validators,
    ).toHaveLength(1);
    expect(() =>
      makeValidatorSet([{ pubKey: { type: 'ed25519', bytes: new Uint8Array(33) }, votingPower: 1n }]),
    ).toThrow(expect.objectContaining({ code: 'MALFORMED_HEADER' }));
  });
});
