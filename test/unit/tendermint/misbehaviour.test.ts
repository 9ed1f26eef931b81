/** ICS-07 misbehaviour: real conflicts freeze the client, look-alikes do not. */
import { describe, expect, it } from '@jest/globals';
import {
  checkMisbehaviour,
  consensusStateOf,
  type ClientState,
  type ConsensusState,
  type LightBlock,
  type TendermintHeader,
} from '../../../light-clients/tendermint/index.js';
import { CHAIN_ID, makeChain, members, NS, nowAfter, variant } from './support/chain.js';

const four = members(['a', 'b', 'c', 'd']);
const chain = makeChain({ height: 20, validatorsAt: () => four });
const otherChain = makeChain({ chainId: 'other-1', height: 20, validatorsAt: () => four });

const client: ClientState = {
  chainId: CHAIN_ID,
  trustLevel: { numerator: 1n, denominator: 3n },
  trustingPeriod: 60n * NS,
  unbondingPeriod: 120n * NS,
  maxClockDrift: 10n * NS,
  latestHeight: 20n,
  frozenHeight: 0n,
};

const states = new Map<bigint, ConsensusState>(
  [1n, 15n, 20n].map((h) => [h, consensusStateOf(chain.block(h).signedHeader)] as const),
);
const lookup = (h: bigint): ConsensusState | undefined => states.get(h);
// At `now` block 15 is 55 s old, within the 60 s period; block 1 is 125 s old, expired.
const now = nowAfter(chain, 20n) - 30n * NS;

const evidence = (block: LightBlock, trustedHeight = 15n): TendermintHeader => ({
  signedHeader: block.signedHeader,
  validatorSet: block.validatorSet,
  trustedHeight,
  trustedValidators: chain.block(trustedHeight).nextValidatorSet!,
});

const codeOf = (run: () => unknown): { code: string; cause?: string } => {
  try {
    run();
    return { code: 'OK' };
  } catch (err) {
    const e = err as { code: string; cause?: { code?: string } };
    return { code: e.code, ...(e.cause?.code ? { cause: e.cause.code } : {}) };
  }
};

describe('tendermint misbehaviour', () => {
  it('behavior: two valid headers at one height with different hashes freeze the client', () => {
    const fork = variant(chain, 17n, { appHash: new Uint8Array(32).fill(9) });
    const frozen = checkMisbehaviour(
      client,
      lookup,
      { header1: evidence(chain.block(17n)), header2: evidence(fork) },
      now,
    );
    expect(frozen).toEqual({ ...client, frozenHeight: 17n });
  });

  it('behavior: a higher header not later in time than a lower one freezes the client', () => {
    const early = variant(chain, 18n, { time: chain.block(17n).signedHeader.header.time });
    const frozen = checkMisbehaviour(
      client,
      lookup,
      { header1: evidence(early), header2: evidence(chain.block(17n)) },
      now,
    );
    expect(frozen.frozenHeight).toBe(18n);
  });

  it('error: MISBEHAVIOUR_INVALID — identical headers', () => {
    const h = evidence(chain.block(17n));
    expect(codeOf(() => checkMisbehaviour(client, lookup, { header1: h, header2: h }, now))).toEqual({
      code: 'MISBEHAVIOUR_INVALID',
    });
  });

  it('error: MISBEHAVIOUR_INVALID — honest headers at two heights (increasing times)', () => {
    const run = () =>
      checkMisbehaviour(
        client,
        lookup,
        { header1: evidence(chain.block(18n)), header2: evidence(chain.block(17n)) },
        now,
      );
    expect(codeOf(run)).toEqual({ code: 'MISBEHAVIOUR_INVALID' });
  });

  it('error: MISBEHAVIOUR_INVALID — header1 below header2', () => {
    const run = () =>
      checkMisbehaviour(
        client,
        lookup,
        { header1: evidence(chain.block(17n)), header2: evidence(chain.block(18n)) },
        now,
      );
    expect(codeOf(run)).toEqual({ code: 'MISBEHAVIOUR_INVALID' });
  });

  it('error: MISBEHAVIOUR_INVALID — a conflicting header of another chain (cause WRONG_CHAIN_ID)', () => {
    const foreign = {
      ...evidence(otherChain.block(17n)),
      trustedValidators: chain.block(15n).nextValidatorSet!,
    };
    const run = () =>
      checkMisbehaviour(client, lookup, { header1: evidence(chain.block(17n)), header2: foreign }, now);
    expect(codeOf(run)).toEqual({ code: 'MISBEHAVIOUR_INVALID', cause: 'WRONG_CHAIN_ID' });
  });

  it('error: MISBEHAVIOUR_INVALID — a fork proven only from an expired trusted state (cause TRUSTED_STATE_EXPIRED)', () => {
    const fork = variant(chain, 17n, { appHash: new Uint8Array(32).fill(9) });
    const run = () =>
      checkMisbehaviour(
        client,
        lookup,
        { header1: evidence(chain.block(17n), 1n), header2: evidence(fork, 1n) },
        now,
      );
    expect(codeOf(run)).toEqual({ code: 'MISBEHAVIOUR_INVALID', cause: 'TRUSTED_STATE_EXPIRED' });
  });

  it('error: MISBEHAVIOUR_INVALID — a fork whose second header is badly signed (cause BAD_SIGNATURE)', () => {
    const fork = variant(chain, 17n, { appHash: new Uint8Array(32).fill(9) }, { signChainId: 'other-1' });
    const run = () =>
      checkMisbehaviour(
        client,
        lookup,
        { header1: evidence(chain.block(17n)), header2: evidence(fork) },
        now,
      );
    expect(codeOf(run)).toEqual({ code: 'MISBEHAVIOUR_INVALID', cause: 'BAD_SIGNATURE' });
  });

  it('error: CLIENT_FROZEN — a frozen client takes no more evidence', () => {
    const fork = variant(chain, 17n, { appHash: new Uint8Array(32).fill(9) });
    const run = () =>
      checkMisbehaviour(
        { ...client, frozenHeight: 17n },
        lookup,
        { header1: evidence(chain.block(17n)), header2: evidence(fork) },
        now,
      );
    expect(codeOf(run)).toEqual({ code: 'CLIENT_FROZEN' });
  });
});
