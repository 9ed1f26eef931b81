/** The ICS-07 client: updates, their outcomes, and the states that refuse to verify. */
import { describe, expect, it } from '@jest/globals';
import {
  clientStatus,
  consensusStateOf,
  updateClient,
  type ClientState,
  type ConsensusState,
  type TendermintHeader,
} from '../../../light-clients/tendermint/index.js';
import { makeChain, members, NS, nowAfter, validatorSetOf, variant } from './support/chain.js';

const four = members(['a', 'b', 'c', 'd']);
const chain = makeChain({ height: 20, validatorsAt: () => four });

const client: ClientState = {
  chainId: chain.chainId,
  trustLevel: { numerator: 1n, denominator: 3n },
  trustingPeriod: 14n * 86_400n * NS,
  unbondingPeriod: 21n * 86_400n * NS,
  maxClockDrift: 10n * NS,
  latestHeight: 1n,
  frozenHeight: 0n,
};

function store(
  entries: ReadonlyArray<readonly [bigint, ConsensusState]>,
): (h: bigint) => ConsensusState | undefined {
  const map = new Map(entries);
  return (h) => map.get(h);
}

const genesisStore = store([[1n, consensusStateOf(chain.block(1n).signedHeader)]]);

function headerAt(height: bigint, trustedHeight = 1n, block = chain.block(height)): TendermintHeader {
  return {
    signedHeader: block.signedHeader,
    validatorSet: block.validatorSet,
    trustedHeight,
    trustedValidators: chain.block(trustedHeight).nextValidatorSet!,
  };
}

describe('tendermint client: updateClient', () => {
  it('behavior: a verified header yields its consensus state and raises the latest height', () => {
    const result = updateClient(client, genesisStore, headerAt(5n), nowAfter(chain, 5n));
    expect(result).toEqual({
      kind: 'updated',
      clientState: { ...client, latestHeight: 5n },
      consensusState: {
        timestamp: chain.block(5n).signedHeader.header.time,
        root: chain.block(5n).signedHeader.header.appHash,
        nextValidatorsHash: chain.block(5n).signedHeader.header.nextValidatorsHash,
      },
      height: 5n,
    });
  });

  it('behavior: a header below the latest height fills in without lowering it', () => {
    const later = { ...client, latestHeight: 9n };
    const states = store([
      [1n, consensusStateOf(chain.block(1n).signedHeader)],
      [9n, consensusStateOf(chain.block(9n).signedHeader)],
    ]);
    const result = updateClient(later, states, headerAt(4n), nowAfter(chain, 9n));
    expect(result).toMatchObject({ kind: 'updated', clientState: { latestHeight: 9n }, height: 4n });
  });

  it('behavior: the same header again changes nothing', () => {
    const states = store([
      [1n, consensusStateOf(chain.block(1n).signedHeader)],
      [5n, consensusStateOf(chain.block(5n).signedHeader)],
    ]);
    expect(updateClient({ ...client, latestHeight: 5n }, states, headerAt(5n), nowAfter(chain, 5n))).toEqual({
      kind: 'unchanged',
      clientState: { ...client, latestHeight: 5n },
      height: 5n,
    });
  });

  it('behavior: a valid header conflicting with the stored state at its height freezes the client', () => {
    const states = store([
      [1n, consensusStateOf(chain.block(1n).signedHeader)],
      [5n, consensusStateOf(chain.block(5n).signedHeader)],
    ]);
    const fork = variant(chain, 5n, { appHash: new Uint8Array(32).fill(7) });
    const result = updateClient(
      { ...client, latestHeight: 5n },
      states,
      headerAt(5n, 1n, fork),
      nowAfter(chain, 5n),
    );
    expect(result).toEqual({
      kind: 'frozen',
      clientState: { ...client, latestHeight: 5n, frozenHeight: 5n },
      height: 5n,
    });
    expect(clientStatus(result.clientState, states, nowAfter(chain, 5n))).toBe('frozen');
  });

  it('behavior: a header out of time order with its stored neighbours freezes the client', () => {
    const states = store([
      [1n, consensusStateOf(chain.block(1n).signedHeader)],
      [9n, consensusStateOf(chain.block(9n).signedHeader)],
    ]);
    const later = { ...client, latestHeight: 9n };
    const now = nowAfter(chain, 9n);
    const neighbours = () => ({ previous: states(1n)!, next: states(9n)! });
    // Block 4 lies between them in time; a block 4 signed with block 9's time does not.
    expect(updateClient(later, states, headerAt(4n), now, { neighbours }).kind).toBe('updated');
    const late = variant(chain, 4n, { time: chain.block(9n).signedHeader.header.time });
    expect(updateClient(later, states, headerAt(4n, 1n, late), now, { neighbours })).toEqual({
      kind: 'frozen',
      clientState: { ...later, frozenHeight: 4n },
      height: 4n,
    });
  });

  it('error: CLIENT_FROZEN — a frozen client verifies nothing', () => {
    const frozen = { ...client, frozenHeight: 3n };
    expect(() => updateClient(frozen, genesisStore, headerAt(2n), nowAfter(chain, 2n))).toThrow(
      expect.objectContaining({ code: 'CLIENT_FROZEN', category: 'failed_precondition' }),
    );
  });

  it('error: CLIENT_EXPIRED — the latest consensus state is past the trusting period', () => {
    const expiry = chain.block(1n).signedHeader.header.time + client.trustingPeriod;
    expect(clientStatus(client, genesisStore, expiry - 1n)).toBe('active');
    expect(() => updateClient(client, genesisStore, headerAt(2n), expiry)).toThrow(
      expect.objectContaining({ code: 'CLIENT_EXPIRED', category: 'failed_precondition' }),
    );
  });

  it('error: CONSENSUS_STATE_NOT_FOUND — a header naming a trusted height the client never stored', () => {
    expect(() => updateClient(client, genesisStore, headerAt(5n, 3n), nowAfter(chain, 5n))).toThrow(
      expect.objectContaining({ code: 'CONSENSUS_STATE_NOT_FOUND' }),
    );
  });

  it('error: NEXT_VALIDATOR_SET_MISMATCH — trusted validators that are not the trusted next set', () => {
    const header = { ...headerAt(5n), trustedValidators: validatorSetOf(members(['x', 'y'])) };
    expect(() => updateClient(client, genesisStore, header, nowAfter(chain, 5n))).toThrow(
      expect.objectContaining({ code: 'NEXT_VALIDATOR_SET_MISMATCH' }),
    );
  });

  it.each([
    ['a trusting period as long as the unbonding period', { trustingPeriod: client.unbondingPeriod }],
    ['a zero trusting period', { trustingPeriod: 0n }],
    ['an empty chain id', { chainId: '' }],
    ['a negative clock drift', { maxClockDrift: -1n }],
    ['a zero latest height', { latestHeight: 0n }],
  ])('error: INVALID_CLIENT_STATE — %s', (_name, patch) => {
    expect(() =>
      updateClient({ ...client, ...patch }, genesisStore, headerAt(5n), nowAfter(chain, 5n)),
    ).toThrow(expect.objectContaining({ code: 'INVALID_CLIENT_STATE' }));
    expect(() => updateClient(client, genesisStore, headerAt(5n), nowAfter(chain, 5n))).not.toThrow();
  });

  it("error: WRONG_CHAIN_ID — the verifier's codes pass through", () => {
    expect(() =>
      updateClient({ ...client, chainId: 'other-1' }, genesisStore, headerAt(5n), nowAfter(chain, 5n)),
    ).toThrow(expect.objectContaining({ code: 'WRONG_CHAIN_ID' }));
  });
});
