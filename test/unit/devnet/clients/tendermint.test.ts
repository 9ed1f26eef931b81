/**
 * The registry's tendermint clients without a host chain: state proofs of a
 * devnet counterparty through `verifyMembership` / `verifyNonMembership`
 * (the contract the packet module uses), the client-state encoding with its
 * proof specs, misbehaviour, and pruning of expired consensus states.
 */
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import {
  ClientRegistry,
  DevnetChain,
  decodeClientState,
  encodeClientState,
  encodeConsensusState,
  makeGenesis,
  tendermintClientMessage,
  type HostedTendermintClientState,
} from '../../../../adapters/devnet/index.js';
import { chainedProofBytes } from '../../../../adapters/store/index.js';
import { consensusStateOf, DEFAULT_TRUST_LEVEL } from '../../../../light-clients/tendermint/index.js';
import { toU64, v1 } from '../../../../proto/index.js';
import { codeOf, MemoryKv } from './memory-kv.js';

const SECOND = 1_000_000_000n;
const GENESIS_TIME = 1_764_000_000_000_000_000n;
const logger = pino({ level: 'silent' });
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function devnet(value = 'health record', genesisTime = GENESIS_TIME): DevnetChain {
  let now = genesisTime;
  const chain = new DevnetChain({
    genesis: makeGenesis({
      chainId: 'health-1',
      genesisTimeNs: genesisTime,
      appState: [{ key: 'records/r1', value: utf8(value) }],
    }),
    logger,
    clock: () => (now += SECOND),
  });
  for (let i = 0; i < 16; i++) chain.produceBlock();
  return chain;
}

const health = devnet();
const timeOf = (h: bigint): bigint => health.block(h).signedHeader.header.time;

function clientState(overrides: Partial<HostedTendermintClientState> = {}): HostedTendermintClientState {
  return {
    chainId: 'health-1',
    trustLevel: DEFAULT_TRUST_LEVEL,
    trustingPeriod: 3600n * SECOND,
    unbondingPeriod: 7200n * SECOND,
    maxClockDrift: 10n * SECOND,
    latestHeight: 2n,
    frozenHeight: 0n,
    ...overrides,
  };
}

function create(kv: MemoryKv, state = clientState(), chain = health): string {
  return new ClientRegistry(kv).create(
    'tendermint',
    encodeClientState(state),
    encodeConsensusState(consensusStateOf(chain.block(state.latestHeight).signedHeader)),
  );
}

function header(chain: DevnetChain, h: bigint, trusted: bigint): v1.ClientMessage {
  return tendermintClientMessage(chain.lightBlock(h), {
    height: trusted,
    validators: chain.block(trusted).nextValidatorSet,
    revision: 1n,
  });
}

/** A client of health trusting heights 2 and 5, and health's proof of `key` in the state after block 4. */
function provenAt5(key: string): { kv: MemoryKv; clientId: string; proof: v1.IProof; now: bigint } {
  const kv = new MemoryKv();
  const clientId = create(kv);
  const now = timeOf(5n) + SECOND;
  expect(new ClientRegistry(kv).update(clientId, header(health, 5n, 2n), now).kind).toBe('updated');
  const { proof } = health.prove(utf8(key), 4n);
  return {
    kv,
    clientId,
    now,
    proof: {
      kind: 'ics23',
      bytes: chainedProofBytes(proof),
      height: { revision: toU64(1n), height: toU64(5n) },
    },
  };
}

describe('tendermint client state proofs through the registry', () => {
  it('behavior: a record of the counterparty verifies at the proof height', () => {
    const { kv, clientId, proof, now } = provenAt5('records/r1');
    const registry = new ClientRegistry(kv);
    registry.verifyMembership({
      clientId,
      height: 5n,
      proof,
      path: utf8('records/r1'),
      value: utf8('health record'),
      now,
    });
  });

  it('behavior: the absence of a key verifies', () => {
    const { kv, clientId, proof, now } = provenAt5('records/r2');
    new ClientRegistry(kv).verifyNonMembership({
      clientId,
      height: 5n,
      proof,
      path: utf8('records/r2'),
      now,
    });
  });

  it('error: a wrong value, the wrong path, kind or height are rejected with their codes', () => {
    const { kv, clientId, proof, now } = provenAt5('records/r1');
    const registry = new ClientRegistry(kv);
    const args = { clientId, height: 5n, proof, path: utf8('records/r1'), value: utf8('health record'), now };
    expect(codeOf(() => registry.verifyMembership({ ...args, value: utf8('forged') }))).toBe(
      'VALUE_MISMATCH',
    );
    expect(codeOf(() => registry.verifyMembership({ ...args, path: utf8('records/r9') }))).toBe(
      'KEY_MISMATCH',
    );
    expect(codeOf(() => registry.verifyNonMembership(args))).toBe('PROOF_TYPE_MISMATCH');
    expect(codeOf(() => registry.verifyMembership({ ...args, proof: { ...proof, kind: 'mpt' } }))).toBe(
      'PROOF_KIND_MISMATCH',
    );
    expect(codeOf(() => registry.verifyMembership({ ...args, height: 4n }))).toBe('PROOF_HEIGHT_MISMATCH');
    const { height: _ignored, ...unheighted } = proof;
    expect(codeOf(() => registry.verifyMembership({ ...args, proof: unheighted, height: 4n }))).toBe(
      'CONSENSUS_STATE_NOT_FOUND',
    );
    expect(codeOf(() => registry.verifyMembership({ ...args, clientId: '07-tendermint-7' }))).toBe(
      'CLIENT_NOT_FOUND',
    );
    expect(codeOf(() => registry.verifyMembership({ ...args, clientId: 'solomachine-0' }))).toBe(
      'CLIENT_NOT_FOUND',
    );
    expect(codeOf(() => registry.verifyMembership({ ...args, now: now + 3601n * SECOND }))).toBe(
      'CLIENT_EXPIRED',
    );
  });

  it('error: a client of a two-store (Cosmos SDK) chain does not accept a one-store proof', () => {
    const kv = new MemoryKv();
    const clientId = create(kv, clientState({ latestHeight: 5n, proofSpecs: ['iavl', 'tendermint'] }));
    const { proof } = health.prove(utf8('records/r1'), 4n);
    const code = codeOf(() =>
      new ClientRegistry(kv).verifyMembership({
        clientId,
        height: 5n,
        proof: { kind: 'ics23', bytes: chainedProofBytes(proof) },
        path: utf8('records/r1'),
        value: utf8('health record'),
        now: timeOf(5n),
      }),
    );
    expect(code).toBe('CHAIN_LENGTH_MISMATCH');
  });
});

describe('tendermint client state encoding', () => {
  it('behavior: encode/decode round-trips, proof specs default to one tendermint tree', () => {
    const state = clientState({ proofSpecs: ['iavl', 'tendermint'] });
    expect(decodeClientState(encodeClientState(state))).toEqual(state);
    const { proofSpecs: _none, ...plain } = state;
    expect(decodeClientState(encodeClientState(plain))).toEqual({ ...plain, proofSpecs: ['tendermint'] });
  });

  it('error: CreateClient refuses unknown proof specs, a frozen state, and unknown client types', () => {
    const kv = new MemoryKv();
    expect(codeOf(() => create(kv, clientState({ proofSpecs: ['merkle-patricia'] })))).toBe(
      'INVALID_CLIENT_STATE',
    );
    expect(codeOf(() => create(kv, clientState({ proofSpecs: ['iavl', 'iavl', 'tendermint'] })))).toBe(
      'INVALID_CLIENT_STATE',
    );
    expect(codeOf(() => create(kv, clientState({ frozenHeight: 1n })))).toBe('INVALID_CLIENT_STATE');
    expect(codeOf(() => create(kv, clientState({ trustingPeriod: 9000n * SECOND })))).toBe(
      'INVALID_CLIENT_STATE',
    );
    expect(
      codeOf(() => new ClientRegistry(kv).create('solomachine', new Uint8Array(0), new Uint8Array(0))),
    ).toBe('NOT_SUPPORTED');
    expect(codeOf(() => new ClientRegistry(kv).create('tendermint', utf8('junk'), new Uint8Array(0)))).toBe(
      'MALFORMED_MESSAGE',
    );
    expect(kv.entries.size).toBe(0);
  });

  it('behavior: ids count across client types from one sequence', () => {
    const kv = new MemoryKv();
    expect([create(kv), create(kv)]).toEqual(['07-tendermint-0', '07-tendermint-1']);
  });
});

describe('tendermint misbehaviour', () => {
  const fork = devnet('forked record');
  const evidence = (h1: v1.ClientMessage, h2: v1.ClientMessage): v1.ClientMessage =>
    v1.ClientMessage.create({
      clientType: 'tendermint',
      bytes: v1.TendermintMisbehaviour.encode({ header_1: h1.bytes, header_2: h2.bytes }).finish(),
    });

  it('behavior: two conflicting headers freeze the client, which then rejects updates and proofs', () => {
    const { kv, clientId, proof, now } = provenAt5('records/r1');
    const registry = new ClientRegistry(kv);
    const change = registry.submitMisbehaviour(
      clientId,
      evidence(header(health, 4n, 2n), header(fork, 4n, 2n)),
      now,
    );
    expect(change).toEqual({ kind: 'frozen', height: 4n, revision: 1n });
    expect(registry.clientState(clientId).frozenHeight).toBe(4n);
    expect(registry.query(clientId, now).clientState.status).toBe(v1.ClientStatus.CLIENT_STATUS_FROZEN);
    const args = { clientId, height: 5n, proof, path: utf8('records/r1'), value: utf8('health record'), now };
    expect(codeOf(() => registry.verifyMembership(args))).toBe('CLIENT_FROZEN');
    expect(codeOf(() => registry.update(clientId, header(health, 6n, 5n), now))).toBe('CLIENT_FROZEN');
    expect(
      codeOf(() =>
        registry.submitMisbehaviour(clientId, evidence(header(health, 4n, 2n), header(fork, 4n, 2n)), now),
      ),
    ).toBe('CLIENT_FROZEN');
  });

  it('behavior: a valid header whose time is out of order with its stored neighbours freezes the client', () => {
    const kv = new MemoryKv();
    const clientId = create(kv);
    const registry = new ClientRegistry(kv);
    const now = timeOf(8n) + 200n * SECOND;
    expect(registry.update(clientId, header(health, 8n, 2n), now).kind).toBe('updated');
    // Signed by the same validators, but later than the stored header above it.
    const late = devnet('health record', GENESIS_TIME + 100n * SECOND);
    const change = registry.update(clientId, header(late, 5n, 2n), now);
    expect(change).toEqual({ kind: 'frozen', height: 5n, revision: 1n });
    expect(registry.clientState(clientId).frozenHeight).toBe(5n);
    expect(registry.consensusState(clientId, 'health-1', 5n)).toBeUndefined();
  });

  it('error: look-alikes (the same header twice, a wrong message type, junk) change nothing', () => {
    const { kv, clientId, now } = provenAt5('records/r1');
    const registry = new ClientRegistry(kv);
    const before = new Map(kv.entries);
    const same = header(health, 4n, 2n);
    expect(codeOf(() => registry.submitMisbehaviour(clientId, evidence(same, same), now))).toBe(
      'MISBEHAVIOUR_INVALID',
    );
    expect(
      codeOf(() =>
        registry.submitMisbehaviour(clientId, { ...evidence(same, same), clientType: 'attestation' }, now),
      ),
    ).toBe('WRONG_CLIENT_TYPE');
    expect(
      codeOf(() =>
        registry.submitMisbehaviour(clientId, { clientType: 'tendermint', bytes: utf8('junk') }, now),
      ),
    ).toBe('MALFORMED_MESSAGE');
    expect(kv.entries).toEqual(before);
  });
});

describe('tendermint consensus state pruning', () => {
  it('behavior: an update prunes the consensus states past the trusting period and keeps the latest', () => {
    const kv = new MemoryKv();
    const trustingPeriod = 4n * SECOND;
    const clientId = create(kv, clientState({ trustingPeriod, unbondingPeriod: 8n * SECOND }));
    const registry = new ClientRegistry(kv);
    let now = 0n;
    for (let h = 3n; h <= 12n; h++) {
      now = timeOf(h) + SECOND;
      expect(registry.update(clientId, header(health, h, h - 1n), now).kind).toBe('updated');
    }
    const stored = (h: bigint): boolean => registry.consensusState(clientId, 'health-1', h) !== undefined;
    const expected = (h: bigint): boolean => h === 12n || timeOf(h) + trustingPeriod > now;
    const heights = Array.from({ length: 11 }, (_, i) => BigInt(i + 2));
    expect(heights.map(stored)).toEqual(heights.map(expected));
    expect(heights.filter((h) => !stored(h)).length).toBeGreaterThan(0);
    expect(registry.query(clientId, now).consensusState?.root).toEqual(
      health.block(12n).signedHeader.header.appHash,
    );
  });
});
