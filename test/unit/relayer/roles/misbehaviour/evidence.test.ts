/**
 * The misbehaviour watcher's local check of fork evidence, on in-process
 * devnets: a chain and its fork (same validators, another state) give
 * conflicting headers that pass; one header twice, two heights, another
 * chain id or a header from other validators is MISBEHAVIOUR_INVALID with
 * the failed rule as its cause.
 */
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { DevnetChain, makeGenesis, tendermintClientMessage } from '../../../../../adapters/devnet/index.js';
import {
  decodeIcs07Header,
  DEFAULT_TRUST_LEVEL,
  type Ics07Header,
} from '../../../../../light-clients/tendermint/index.js';
import { v1 } from '../../../../../proto/index.js';
import {
  anchoredAt,
  checkConflict,
  misbehaviourMessage,
} from '../../../../../relayer/roles/misbehaviour/index.js';

const GENESIS = 1_764_000_000_000_000_000n;
const HEALTH = 'health-1';

const SECOND = 1_000_000_000n;

/** A devnet of health-1 holding `record`, its validators derived from `seed`, a second per block. */
function devnet(record: string, seed?: string): DevnetChain {
  let now = GENESIS;
  return new DevnetChain({
    genesis: makeGenesis({
      chainId: HEALTH,
      genesisTimeNs: GENESIS,
      ...(seed ? { seed } : {}),
      appState: [{ key: 'records/r1', value: new TextEncoder().encode(record) }],
    }),
    ...(seed ? { seed } : {}),
    logger: pino({ level: 'silent' }),
    clock: () => (now += SECOND),
  });
}

const honest = devnet('health record');
const fork = devnet('forked record');
const impostor = devnet('health record', 'not-the-validators');
for (const chain of [honest, fork, impostor]) for (let i = 0; i < 4; i += 1) chain.produceBlock();

/** `chain`'s header at `h` as an update from honest height 2. */
function header(chain: DevnetChain, h: bigint): Ics07Header {
  const message = tendermintClientMessage(chain.lightBlock(h), {
    height: 2n,
    validators: honest.block(2n).nextValidatorSet,
    revision: 1n,
  });
  return decodeIcs07Header(message.bytes);
}

const invalidBecause = (cause: string): unknown =>
  expect.objectContaining({ code: 'MISBEHAVIOUR_INVALID', cause: expect.objectContaining({ code: cause }) });

describe('misbehaviour evidence check', () => {
  it('behavior: a fork at one height, both sides signed by the validators, is evidence', () => {
    expect(() =>
      checkConflict(HEALTH, DEFAULT_TRUST_LEVEL, header(honest, 4n), header(fork, 4n)),
    ).not.toThrow();
  });

  it('behavior: a witness header is re-anchored at the trusted point of the accepted one', () => {
    const accepted = header(fork, 4n);
    const alone = decodeIcs07Header(tendermintClientMessage(honest.lightBlock(4n)).bytes);
    expect(anchoredAt(alone, accepted.trusted)).toEqual({
      lightBlock: alone.lightBlock,
      trusted: accepted.trusted,
    });
  });

  it('error: one header twice, or two heights, is no fork', () => {
    expect(() => checkConflict(HEALTH, DEFAULT_TRUST_LEVEL, header(honest, 4n), header(honest, 4n))).toThrow(
      expect.objectContaining({ code: 'MISBEHAVIOUR_INVALID' }),
    );
    expect(() => checkConflict(HEALTH, DEFAULT_TRUST_LEVEL, header(honest, 4n), header(fork, 3n))).toThrow(
      expect.objectContaining({ code: 'MISBEHAVIOUR_INVALID' }),
    );
  });

  it('error: a header of another chain id, or not signed by the trusted validators, is refused with its rule', () => {
    expect(() => checkConflict('other-1', DEFAULT_TRUST_LEVEL, header(honest, 4n), header(fork, 4n))).toThrow(
      invalidBecause('WRONG_CHAIN_ID'),
    );
    expect(() =>
      checkConflict(HEALTH, DEFAULT_TRUST_LEVEL, header(honest, 4n), header(impostor, 4n)),
    ).toThrow(invalidBecause('NOT_ENOUGH_TRUST'));
  });

  it('behavior: the message carries the accepted bytes as header_1 and the witness header as header_2', () => {
    const accepted = tendermintClientMessage(fork.lightBlock(4n), {
      height: 2n,
      validators: honest.block(2n).nextValidatorSet,
      revision: 1n,
    }).bytes;
    const msg = misbehaviourMessage('07-tendermint-0', accepted, header(honest, 4n));
    expect(msg.submitMisbehaviour?.clientId).toBe('07-tendermint-0');
    expect(msg.submitMisbehaviour?.misbehaviour?.clientType).toBe('tendermint');
    const evidence = v1.TendermintMisbehaviour.decode(
      msg.submitMisbehaviour?.misbehaviour?.bytes ?? new Uint8Array(0),
    );
    expect(evidence.header_1).toEqual(accepted);
    expect(decodeIcs07Header(evidence.header_2)).toEqual(header(honest, 4n));
  });
});
