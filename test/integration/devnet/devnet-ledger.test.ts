/**
 * The devnet behind the real Ledger gRPC server and client on loopback:
 * what a relayer fetches — headers, proofs, events — verifies with the
 * light clients, across a validator-set change and a restart.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { LedgerClient } from '../../../adapters/index.js';
import {
  DevnetChain,
  DevnetLedger,
  decodeTendermintHeader,
  deriveValidatorKey,
  makeGenesis,
  openDevnet,
  type Module,
} from '../../../adapters/devnet/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { tendermintSpec } from '../../../light-clients/ics23/index.js';
import {
  consensusStateOf,
  DEFAULT_TRUST_LEVEL,
  updateClient,
  verifyMembership,
  verifyNonMembership,
  type ClientState,
  type ConsensusState,
} from '../../../light-clients/tendermint/index.js';
import { fromU64, toU64, v1 } from '../../../proto/index.js';
import { serveLedger } from '../../support/ledger-server.js';

const SECOND = 1_000_000_000n;
const GENESIS_TIME = 1_764_000_000_000_000_000n;
const CHAIN_ID = 'health-1';
const logger = pino({ level: 'silent' });
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A stand-in module (the packet module comes later): each SendPacket writes a commitment and emits an event. */
const echoModule: Module = {
  name: 'echo',
  messages: ['sendPacket'],
  deliver(msg, ctx) {
    const send = msg.sendPacket ?? {};
    const sequence = BigInt(ctx.height) * 100n + BigInt(send.payload?.[0] ?? 0);
    ctx.store.set(
      utf8(`commitments/${send.sourceChannel ?? ''}/${sequence}`),
      send.payload ?? new Uint8Array(0),
    );
    ctx.emit({
      kind: v1.EventKind.EVENT_KIND_SEND_PACKET,
      packet: { sequence: toU64(sequence), payload: send.payload ?? null },
    });
    ctx.emit({ kind: v1.EventKind.EVENT_KIND_WRITE_ACK, packet: { sequence: toU64(sequence) } });
    return {};
  },
};

function clockFrom(start: bigint): () => bigint {
  let now = start;
  return () => (now += SECOND);
}

function newChain(): DevnetChain {
  return new DevnetChain({
    genesis: makeGenesis({
      chainId: CHAIN_ID,
      genesisTimeNs: GENESIS_TIME,
      appState: [{ key: 'records/a', value: utf8('alpha') }],
    }),
    logger,
    clock: clockFrom(GENESIS_TIME),
    modules: [echoModule],
  });
}

interface Served {
  readonly client: LedgerClient;
  close(): Promise<void>;
}

async function serve(chain: DevnetChain): Promise<Served> {
  return serveLedger(new DevnetLedger(chain));
}

/** A light client of the devnet, created from the header of `height`, as a counterparty would hold it. */
class TrackingClient {
  state: ClientState;
  readonly consensus = new Map<bigint, ConsensusState>();

  constructor(chain: DevnetChain, height: bigint) {
    const header = chain.block(height).signedHeader;
    this.state = {
      chainId: CHAIN_ID,
      trustLevel: DEFAULT_TRUST_LEVEL,
      trustingPeriod: 3600n * SECOND,
      unbondingPeriod: 7200n * SECOND,
      maxClockDrift: 10n * SECOND,
      latestHeight: height,
      frozenHeight: 0n,
    };
    this.consensus.set(height, consensusStateOf(header));
  }

  /** Applies every message of a GetClientMessage answer; returns the heights reached. */
  apply(response: v1.GetClientMessageResponse, now: bigint): bigint[] {
    return response.messages.map((m) => {
      expect(m.clientType).toBe('tendermint');
      const result = updateClient(
        this.state,
        (h) => this.consensus.get(h),
        decodeTendermintHeader(m.bytes ?? new Uint8Array(0)),
        now,
      );
      if (result.kind !== 'updated') throw new Error(`update ${result.kind}`);
      this.state = result.clientState;
      this.consensus.set(result.height, result.consensusState);
      return result.height;
    });
  }
}

function height(h: bigint): v1.IHeight {
  return { revision: toU64(1n), height: toU64(h) };
}

describe('devnet Ledger over gRPC', () => {
  let chain: DevnetChain;
  let served: Served;

  beforeAll(async () => {
    chain = newChain();
    served = await serve(chain);
  });

  afterAll(async () => {
    await served.close();
  });

  it('behavior: chain info names the devnet and its tendermint client type', async () => {
    chain.produceBlock();
    const info = await served.client.getChainInfo({});
    expect([info.chainId, info.chainType, info.clientType]).toEqual([CHAIN_ID, 'devnet', 'tendermint']);
    expect(fromU64(info.latestHeight?.height)).toBe(chain.latestHeight);
    expect(fromU64(info.latestHeight?.revision)).toBe(1n);
    expect(fromU64(info.latestTimeNs)).toBe(chain.latestBlock?.timeNs);
    const latest = await served.client.getLatestHeight({});
    expect(fromU64(latest.height?.height)).toBe(chain.latestHeight);
  });

  it('behavior: headers verify adjacent, and skipping across validator-set changes', async () => {
    const start = chain.latestHeight;
    const tracker = new TrackingClient(chain, start);
    chain.produceBlock();
    const now = (): bigint => (chain.latestBlock?.timeNs ?? 0n) + SECOND;
    const adjacent = await served.client.getClientMessage({
      trustedHeight: height(start),
      targetHeight: height(start + 1n),
    });
    expect(tracker.apply(adjacent, now())).toEqual([start + 1n]);

    // A mild change (one validator added) keeps more than 1/3 of the trusted power: one skipping step.
    const key = (i: number): Uint8Array => deriveValidatorKey('isthmus-devnet', CHAIN_ID, i).publicKey;
    await served.client.submit({
      messages: [{ setValidators: { updates: [{ ed25519PubKey: key(4), power: 10 }] } }],
    });
    for (let i = 0; i < 3; i++) chain.produceBlock();
    const mild = await served.client.getClientMessage({
      trustedHeight: height(start + 1n),
      targetHeight: height(0n),
    });
    expect(fromU64(mild.height?.height)).toBe(chain.latestHeight);
    expect(tracker.apply(mild, now())).toEqual([chain.latestHeight]);

    // A drastic change (four of the five trusted validators replaced) needs intermediate headers.
    const trusted = chain.latestHeight;
    await served.client.submit({
      messages: [
        {
          setValidators: {
            updates: [0, 1, 2, 4]
              .map((i) => ({ ed25519PubKey: key(i), power: 0 }))
              .concat([5, 6, 7].map((i) => ({ ed25519PubKey: key(i), power: 10 }))),
          },
        },
      ],
    });
    for (let i = 0; i < 4; i++) chain.produceBlock();
    const drastic = await served.client.getClientMessage({
      trustedHeight: height(trusted),
      targetHeight: height(0n),
    });
    expect(drastic.messages.length).toBeGreaterThan(1);
    const reached = tracker.apply(drastic, now());
    expect(reached.at(-1)).toBe(chain.latestHeight);

    // The same headers from before the change do not verify against a set they skip over.
    const direct = decodeTendermintHeader((drastic.messages.at(-1) as v1.ClientMessage).bytes);
    const fresh = new TrackingClient(chain, trusted);
    expect(() =>
      updateClient(
        fresh.state,
        (h) => fresh.consensus.get(h),
        { ...direct, trustedHeight: trusted, trustedValidators: chain.block(trusted).nextValidatorSet },
        now(),
      ),
    ).toThrow(expect.objectContaining({ code: 'NOT_ENOUGH_TRUST' }));
  });

  it('behavior: existence and absence proofs verify against the app hash of the header at Proof.height', async () => {
    await served.client.submit({
      messages: [{ sendPacket: { sourceChannel: 'ch-0', payload: Uint8Array.of(7) } }],
    });
    const written = chain.latestHeight;
    chain.produceBlock();
    const tracker = new TrackingClient(chain, 1n);
    const now = (chain.latestBlock?.timeNs ?? 0n) + SECOND;
    tracker.apply(
      await served.client.getClientMessage({ trustedHeight: height(1n), targetHeight: height(0n) }),
      now,
    );

    const path = `commitments/ch-0/${written * 100n + 7n}`;
    const present = await served.client.queryProof({ path, height: height(written) });
    expect(present.exists).toBe(true);
    expect(present.value).toEqual(Uint8Array.of(7));
    expect(present.proof?.kind).toBe('ics23');
    expect(fromU64(present.proof?.height?.height)).toBe(written + 1n);
    const proofOf = (r: v1.QueryProofResponse, p: string) => ({
      client: tracker.state,
      consensusStates: (h: bigint) => tracker.consensus.get(h),
      proofHeight: fromU64(r.proof?.height?.height),
      proof: r.proof?.bytes ?? new Uint8Array(0),
      path: [utf8(p)],
      specs: [tendermintSpec],
      now,
    });
    verifyMembership(proofOf(present, path), present.value);
    expect(() => verifyMembership(proofOf(present, path), Uint8Array.of(8))).toThrow();

    // The latest provable state by default; absent keys before, between and after the present ones.
    for (const absent of ['a/absent', 'commitments/ch-0/0', 'records/b', 'zzz']) {
      const r = await served.client.queryProof({ path: absent });
      expect([r.exists, fromU64(r.height?.height)]).toEqual([false, chain.latestHeight - 1n]);
      verifyNonMembership(proofOf(r, absent));
      expect(() => verifyMembership(proofOf(r, absent), utf8('x'))).toThrow();
    }
    const genesisValue = await served.client.queryProof({ path: 'records/a' });
    verifyMembership(proofOf(genesisValue, 'records/a'), utf8('alpha'));
  });

  it('error: a state without its committing header yet, an empty path and a future header', async () => {
    const codeOf = async (p: Promise<unknown>): Promise<[string, string]> => {
      const err = await p.then(
        () => undefined,
        (e: unknown) => e,
      );
      return err instanceof IsthmusError ? [err.code, err.category] : ['none', String(err)];
    };
    expect(
      await codeOf(served.client.queryProof({ path: 'records/a', height: height(chain.latestHeight) })),
    ).toEqual(['HEIGHT_NOT_COMMITTED', 'unavailable']);
    expect(await codeOf(served.client.queryProof({ path: '' }))).toEqual(['PATH_EMPTY', 'invalid_argument']);
    expect(
      await codeOf(
        served.client.getClientMessage({
          trustedHeight: height(1n),
          targetHeight: height(chain.latestHeight + 5n),
        }),
      ),
    ).toEqual(['HEIGHT_NOT_FOUND', 'not_found']);
    expect(
      await codeOf(
        served.client.getClientMessage({ trustedHeight: { revision: toU64(2n), height: toU64(1n) } }),
      ),
    ).toEqual(['REVISION_MISMATCH', 'invalid_argument']);
    expect(await codeOf(served.client.queryClient({ clientId: '07-tendermint-0' }))).toEqual([
      'CLIENT_NOT_FOUND',
      'not_found',
    ]);
  });

  it('behavior: Submit returns one result per message; unsupported ones are rejected alone', async () => {
    const res = await served.client.submit({
      messages: [{ sendPacket: { sourceChannel: 'ch-1', payload: Uint8Array.of(1) } }, { recvPacket: {} }],
    });
    expect(res.results.map((r) => [r.code, r.errorCode])).toEqual([
      [v1.ResultCode.RESULT_CODE_OK, ''],
      [v1.ResultCode.RESULT_CODE_REJECTED, 'NOT_SUPPORTED'],
    ]);
    expect(fromU64(res.height?.height)).toBe(chain.latestHeight);
    expect(res.txId).toMatch(/^[0-9A-F]{64}$/);
  });
});

describe('devnet event stream over gRPC', () => {
  let chain: DevnetChain;
  let served: Served;

  beforeAll(async () => {
    chain = newChain();
    served = await serve(chain);
  });

  afterAll(async () => {
    await served.close();
  });

  async function collect(req: v1.IStreamEventsRequest, max: number): Promise<v1.StreamEventsResponse[]> {
    const out: v1.StreamEventsResponse[] = [];
    for await (const item of served.client.streamEvents(req)) {
      out.push(item);
      if (out.length >= max) break;
    }
    return out;
  }

  it('behavior: events in cursor order with checkpoints, resumed strictly after a cursor', async () => {
    chain.produceBlock();
    await served.client.submit({
      messages: [
        { sendPacket: { sourceChannel: 'ch-0', payload: Uint8Array.of(1) } },
        { sendPacket: { sourceChannel: 'ch-0', payload: Uint8Array.of(2) } },
      ],
    });
    chain.produceBlock();
    const all = await collect({ fromHeight: height(1n) }, 100);
    const shape = all.map((r) =>
      r.event
        ? `e${fromU64(r.event.cursor?.height?.height)}.${r.event.cursor?.txIndex}.${r.event.cursor?.eventIndex}`
        : `c${fromU64(r.checkpoint?.height)}`,
    );
    expect(shape).toEqual(['c1', 'e2.0.0', 'e2.0.1', 'e2.0.2', 'e2.0.3', 'c2', 'c3']);
    const third = all[2]?.event as v1.ChainEvent;
    expect(third.chainId).toBe(CHAIN_ID);
    expect(third.txId).toMatch(/^[0-9A-F]{64}$/);
    expect(fromU64(third.timeNs)).toBe(chain.block(2n).timeNs);

    const resumed = await collect({ after: third.cursor ?? null }, 100);
    expect(
      resumed.map((r) => (r.event ? r.event.cursor?.eventIndex : `c${fromU64(r.checkpoint?.height)}`)),
    ).toEqual([2, 3, 'c2', 'c3']);

    const sends = await collect(
      { fromHeight: height(2n), kinds: [v1.EventKind.EVENT_KIND_SEND_PACKET] },
      100,
    );
    expect(sends.filter((r) => r.event).map((r) => fromU64(r.event?.packet?.sequence))).toEqual([201n, 202n]);
  });

  it('behavior: follow waits for new blocks and ends when the caller cancels', async () => {
    const from = chain.latestHeight + 1n;
    const controller = new AbortController();
    const seen: string[] = [];
    const reading = (async () => {
      for await (const item of served.client.streamEvents(
        { fromHeight: height(from), follow: true },
        { signal: controller.signal },
      )) {
        seen.push(item.event ? 'event' : `c${fromU64(item.checkpoint?.height)}`);
        if (seen.length === 3) controller.abort();
      }
    })().catch((err: unknown) => err);
    await served.client.submit({
      messages: [{ sendPacket: { sourceChannel: 'ch-2', payload: Uint8Array.of(3) } }],
    });
    const outcome = await reading;
    expect(seen).toEqual(['event', 'event', `c${from}`]);
    if (outcome !== undefined) expect(outcome).toBeInstanceOf(Error);
  });
});

describe('devnet restart from its data directory', () => {
  const dirs: string[] = [];

  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('behavior: a restart resumes at the same height and app hash, and the next header verifies', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'isthmus-devnet-'));
    dirs.push(dataDir);
    const genesis = makeGenesis({ chainId: CHAIN_ID, genesisTimeNs: GENESIS_TIME });
    const first = await openDevnet({
      genesis,
      dataDir,
      logger,
      clock: clockFrom(GENESIS_TIME),
      modules: [echoModule],
    });
    first.produceBlock();
    await first.submit({ messages: [{ sendPacket: { sourceChannel: 'ch-0', payload: Uint8Array.of(9) } }] });
    const key = deriveValidatorKey('isthmus-devnet', CHAIN_ID, 6).publicKey;
    await first.submit({ messages: [{ setValidators: { updates: [{ ed25519PubKey: key, power: 5 }] } }] });
    const tip = first.latestBlock;
    first.stop();

    const second = await openDevnet({
      dataDir,
      logger,
      clock: clockFrom(GENESIS_TIME + 100n * SECOND),
      modules: [echoModule],
    });
    expect(second.latestHeight).toBe(tip?.height);
    expect(second.latestBlock?.appHash).toEqual(tip?.appHash);
    expect(second.latestBlock?.signedHeader).toEqual(tip?.signedHeader);
    expect(second.getAt(2n, utf8('commitments/ch-0/209'))).toEqual(Uint8Array.of(9));

    const served = await serve(second);
    try {
      const tracker = new TrackingClient(second, 1n);
      second.produceBlock();
      second.produceBlock();
      const response = await served.client.getClientMessage({ trustedHeight: height(1n) });
      const now = (second.latestBlock?.timeNs ?? 0n) + SECOND;
      expect(tracker.apply(response, now).at(-1)).toBe(second.latestHeight);
      // The validator added before the restart signs from height h+2 after it.
      expect(second.latestBlock?.validatorSet.validators).toHaveLength(5);
      const proof = await served.client.queryProof({ path: 'commitments/ch-0/209', height: height(2n) });
      verifyMembership(
        {
          client: tracker.state,
          consensusStates: (h) =>
            h === 3n ? consensusStateOf(second.block(3n).signedHeader) : tracker.consensus.get(h),
          proofHeight: 3n,
          proof: proof.proof?.bytes ?? new Uint8Array(0),
          path: [utf8('commitments/ch-0/209')],
          specs: [tendermintSpec],
          now,
        },
        Uint8Array.of(9),
      );
    } finally {
      await served.close();
    }
  });
});
