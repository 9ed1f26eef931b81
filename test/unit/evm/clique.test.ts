/** Clique (EIP-225): seal hash, signer authorisation, turn difficulty, recent signers and checkpoints. */
import { describe, expect, it } from '@jest/globals';
import {
  checkMisbehaviour,
  cliqueSealHash,
  cliqueSignerLimit,
  headerHash,
  recoverCliqueSeal,
  verifyHeader,
  type EvmConsensusState,
  type EvmHeader,
} from '../../../light-clients/evm/index.js';
import { clientState, cliqueHeader, NOW, NOW_S, testKeys, type TestKey } from './chain-builder.js';
import { expectCode } from './expect-code.js';

const EPOCH = 4n;
const state = clientState('clique', { cliqueEpoch: EPOCH });
const keys = testKeys(3, 20);
const sorted = [...keys].sort((a, b) => (a.address < b.address ? -1 : 1));
const signers = sorted.map((k) => k.address);
const inTurn = (number: bigint): TestKey => sorted[Number(number % BigInt(sorted.length))] as TestKey;

/** Sealed header `number` on top of `parent`, by `signer`, with the right difficulty unless overridden. */
function next(
  parent: EvmConsensusState,
  signer: TestKey,
  fields: Partial<EvmHeader> = {},
  list: string[] = [],
): EvmHeader {
  const number = parent.header.number + 1n;
  return cliqueHeader(
    {
      number,
      timestamp: parent.header.timestamp + 1n,
      parentHash: parent.hash,
      difficulty: inTurn(number) === signer ? 2n : 1n,
      ...fields,
    },
    signer,
    list.length > 0 ? list : number % EPOCH === 0n ? signers : [],
  );
}

const checkpoint = cliqueHeader({ number: 8n, timestamp: NOW_S - 50n, difficulty: 2n }, inTurn(8n), signers);
const trusted: EvmConsensusState = {
  header: checkpoint,
  hash: headerHash(checkpoint),
  validators: signers,
  recentSigners: [],
};

describe('evm client (clique)', () => {
  it('behavior: the seal hash drops the 65-byte seal and the block hash keeps it', () => {
    const h = next(trusted, inTurn(9n));
    expect(cliqueSealHash(h)).toEqual(
      headerHash({ ...h, extraData: h.extraData.subarray(0, h.extraData.length - 65) }),
    );
    expect(headerHash(h)).not.toEqual(cliqueSealHash(h));
  });

  it('behavior: a checkpoint seal recovers its signer and the listed signers', () => {
    expect(recoverCliqueSeal(checkpoint, EPOCH)).toEqual({
      signer: inTurn(8n).address,
      checkpointSigners: signers,
    });
  });

  it('behavior: in-turn and out-of-turn signers build a chain; recent signers are remembered', () => {
    const a = verifyHeader(
      state,
      trusted,
      { header: next(trusted, inTurn(9n)), hash: headerHash(next(trusted, inTurn(9n))) },
      NOW,
    );
    const b = verifyHeader(
      state,
      a,
      { header: next(a, inTurn(9n) === sorted[0] ? (sorted[1] as TestKey) : (sorted[0] as TestKey)) },
      NOW,
    );
    expect(b.header.number).toBe(10n);
    expect(b.recentSigners?.map((r) => r.number)).toEqual([10n]);
    expect(cliqueSignerLimit(3)).toBe(2n);
  });

  it('error: a signer sealing two blocks in a row (3 signers: once in any 2) is SIGNER_RECENTLY_SIGNED', () => {
    const signer = inTurn(9n);
    const a = verifyHeader(state, trusted, { header: next(trusted, signer) }, NOW);
    const err = expectCode(
      () => verifyHeader(state, a, { header: next(a, signer) }, NOW),
      'SIGNER_RECENTLY_SIGNED',
    );
    expect(err.context).toMatchObject({ previous: 9n });
  });

  it('behavior: the same signer may seal again once the window has passed', () => {
    const signer = inTurn(9n);
    const other = sorted.find((k) => k !== signer) as TestKey;
    const a = verifyHeader(state, trusted, { header: next(trusted, signer) }, NOW);
    const b = verifyHeader(state, a, { header: next(a, other) }, NOW);
    expect(verifyHeader(state, b, { header: next(b, signer) }, NOW).header.number).toBe(11n);
  });

  it('error: a signer outside the authorised set is SIGNER_NOT_AUTHORISED', () => {
    const outsider = testKeys(1, 77)[0] as TestKey;
    expectCode(
      () => verifyHeader(state, trusted, { header: next(trusted, outsider, { difficulty: 1n }) }, NOW),
      'SIGNER_NOT_AUTHORISED',
    );
  });

  it('error: a difficulty that contradicts the turn is SEAL_INVALID', () => {
    const h = next(trusted, inTurn(9n), { difficulty: 1n });
    expectCode(() => verifyHeader(state, trusted, { header: h }, NOW), 'SEAL_INVALID');
  });

  it('error: a seal with recovery id 4 is SEAL_INVALID', () => {
    const h = next(trusted, inTurn(9n));
    const extraData = new Uint8Array(h.extraData);
    extraData[extraData.length - 1] = 4;
    expectCode(() => verifyHeader(state, trusted, { header: { ...h, extraData } }, NOW), 'SEAL_INVALID');
  });

  it('error: a tampered field after sealing recovers another signer (SIGNER_NOT_AUTHORISED)', () => {
    const h = next(trusted, inTurn(9n));
    expectCode(
      () => verifyHeader(state, trusted, { header: { ...h, gasUsed: 5n } }, NOW),
      'SIGNER_NOT_AUTHORISED',
    );
  });

  it.each([
    ['shorter than vanity and seal', new Uint8Array(96)],
    ['listing signers off a checkpoint', new Uint8Array(32 + 20 + 65)],
  ])('error: extraData %s is MALFORMED_EXTRA_DATA', (_what, extraData) => {
    const h = next(trusted, inTurn(9n));
    expectCode(
      () => verifyHeader(state, trusted, { header: { ...h, extraData } }, NOW),
      'MALFORMED_EXTRA_DATA',
    );
  });

  it('error: a checkpoint without a whole signer list is MALFORMED_EXTRA_DATA', () => {
    const h = cliqueHeader({ number: 12n }, inTurn(12n), []);
    expectCode(() => recoverCliqueSeal(h, EPOCH), 'MALFORMED_EXTRA_DATA');
    const partial = { ...h, extraData: new Uint8Array(32 + 10 + 65) };
    expectCode(() => recoverCliqueSeal(partial, EPOCH), 'MALFORMED_EXTRA_DATA');
  });

  describe('signer votes', () => {
    const newcomer = testKeys(1, 60)[0] as TestKey;
    const auth = {
      beneficiary: Buffer.from(newcomer.address.slice(2), 'hex'),
      nonce: new Uint8Array(8).fill(0xff),
    };
    const [s9, s10, s11] = [
      inTurn(9n),
      sorted.find((k) => k !== inTurn(9n) && k !== inTurn(11n)),
      inTurn(11n),
    ] as TestKey[];
    const turn = (set: readonly string[], number: bigint, key: TestKey): bigint =>
      [...set].sort()[Number(number % BigInt(set.length))] === key.address ? 2n : 1n;

    /** Blocks 9 and 10 vote the newcomer in; block 11 is plain. */
    function votedIn(): EvmConsensusState {
      const a = verifyHeader(state, trusted, { header: next(trusted, s9 as TestKey, auth) }, NOW);
      expect(a.validators).toEqual(signers);
      expect(a.cliqueVotes).toEqual([
        { signer: s9?.address, number: 9n, address: newcomer.address, authorize: true },
      ]);
      const b = verifyHeader(state, a, { header: next(a, s10 as TestKey, auth) }, NOW);
      return verifyHeader(
        state,
        b,
        { header: next(b, s11 as TestKey, { difficulty: turn(b.validators, 11n, s11 as TestKey) }) },
        NOW,
      );
    }

    it('behavior: a majority of authorise votes adds the candidate from the next block on, and votes are cleared', () => {
      const c = votedIn();
      expect(c.validators).toEqual([...signers, newcomer.address].sort());
      expect(c.cliqueVotes).toEqual([]);
    });

    it('behavior: the next checkpoint must list the grown set, and the newcomer may seal it', () => {
      const c = votedIn();
      const grown = [...c.validators];
      const cp = next(c, newcomer, { difficulty: turn(grown, 12n, newcomer) }, grown);
      expect(verifyHeader(state, c, { header: cp }, NOW).validators).toEqual(grown);
    });

    it('error: a checkpoint listing another set than the voted one is CHECKPOINT_SIGNERS_MISMATCH', () => {
      const c = votedIn();
      const cp = next(c, newcomer, { difficulty: turn(c.validators, 12n, newcomer) }, signers);
      expectCode(() => verifyHeader(state, c, { header: cp }, NOW), 'CHECKPOINT_SIGNERS_MISMATCH');
    });

    it('behavior: a majority of drop votes removes a signer and the votes it cast', () => {
      const target = s11 as TestKey;
      const drop = { beneficiary: Buffer.from(target.address.slice(2), 'hex'), nonce: new Uint8Array(8) };
      const a = verifyHeader(state, trusted, { header: next(trusted, s9 as TestKey, drop) }, NOW);
      const b = verifyHeader(state, a, { header: next(a, s10 as TestKey, drop) }, NOW);
      expect(b.validators).toEqual(signers.filter((x) => x !== target.address));
      expect(() => verifyHeader(state, b, { header: next(b, target, { difficulty: 1n }) }, NOW)).toThrow(
        expect.objectContaining({ code: 'SIGNER_NOT_AUTHORISED' }),
      );
    });

    it.each([
      ['a nonce that is not a vote', { nonce: Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 0) }],
      ['a non-zero mixHash', { mixHash: new Uint8Array(32).fill(1) }],
      ['ommers', { ommersHash: new Uint8Array(32) }],
    ])('error: a Clique header with %s is MALFORMED_HEADER', (_what, fields) => {
      expectCode(
        () => verifyHeader(state, trusted, { header: next(trusted, inTurn(9n), fields) }, NOW),
        'MALFORMED_HEADER',
      );
    });

    it('error: a checkpoint that carries a vote is MALFORMED_HEADER', () => {
      let s = trusted;
      for (const n of [9n, 10n, 11n]) s = verifyHeader(state, s, { header: next(s, inTurn(n)) }, NOW);
      expectCode(
        () => verifyHeader(state, s, { header: next(s, inTurn(12n), auth) }, NOW),
        'MALFORMED_HEADER',
      );
    });
  });

  it('error: a Clique client without an epoch is CONSENSUS_UNSUPPORTED', () => {
    const { cliqueEpoch: _epoch, ...noEpoch } = state;
    expectCode(
      () => verifyHeader(noEpoch, trusted, { header: next(trusted, inTurn(9n)) }, NOW),
      'CONSENSUS_UNSUPPORTED',
    );
  });

  describe('misbehaviour', () => {
    const signer = inTurn(9n);
    const a = next(trusted, signer);
    const b = next(trusted, signer, { gasUsed: 1n });

    it('behavior: one signer sealing two different blocks at one number freezes the client', () => {
      expect(checkMisbehaviour(state, trusted, { header1: a, header2: b }).frozen).toBe(true);
    });

    it('behavior: two signers at one number are an ordinary Clique fork and do not freeze', () => {
      const other = sorted.find((k) => k !== signer) as TestKey;
      expect(checkMisbehaviour(state, trusted, { header1: a, header2: next(trusted, other) })).toBe(state);
    });

    it('behavior: the same header twice does not freeze', () => {
      expect(checkMisbehaviour(state, trusted, { header1: a, header2: { ...a } })).toBe(state);
    });

    it('error: evidence sealed by an outsider is SIGNER_NOT_AUTHORISED', () => {
      const outsider = testKeys(1, 88)[0] as TestKey;
      expectCode(
        () =>
          checkMisbehaviour(state, trusted, {
            header1: a,
            header2: next(trusted, outsider, { difficulty: 1n }),
          }),
        'SIGNER_NOT_AUTHORISED',
      );
    });
  });
});
