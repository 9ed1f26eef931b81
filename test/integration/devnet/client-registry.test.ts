/**
 * The devnet's tendermint client registry driven through the Ledger gRPC
 * API between two devnets: mainchain hosts a client of health, updated
 * with the headers health's Ledger serves — across a validator-set change
 * — and a health proof verifies against the consensus state mainchain
 * stores. Forged headers are rejected and change nothing; a valid
 * conflicting header freezes the client.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import type { LedgerClient } from '../../../adapters/index.js';
import {
  DevnetChain,
  DevnetLedger,
  decodeClientState,
  decodeConsensusState,
  deriveValidatorKey,
  encodeClientState,
  encodeConsensusState,
  makeGenesis,
  tendermintClientMessage,
} from '../../../adapters/devnet/index.js';
import { tendermintSpec } from '../../../light-clients/ics23/index.js';
import {
  consensusStateOf,
  DEFAULT_TRUST_LEVEL,
  verifyMembership,
} from '../../../light-clients/tendermint/index.js';
import { fromU64, toU64, v1 } from '../../../proto/index.js';
import { serveLedger } from '../../support/ledger-server.js';

const SECOND = 1_000_000_000n;
const GENESIS_TIME = 1_764_000_000_000_000_000n;
const logger = pino({ level: 'silent' });
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const {
  RESULT_CODE_OK: OK,
  RESULT_CODE_REJECTED: REJECTED,
  RESULT_CODE_ALREADY_DONE: ALREADY_DONE,
} = v1.ResultCode;

function devnet(
  chainId: string,
  clockStart: bigint,
  options: { seed?: string; value?: string } = {},
): DevnetChain {
  let now = clockStart;
  return new DevnetChain({
    genesis: makeGenesis({
      chainId,
      genesisTimeNs: GENESIS_TIME,
      ...(options.seed ? { seed: options.seed } : {}),
      appState: [{ key: 'records/r1', value: utf8(options.value ?? 'health record') }],
    }),
    ...(options.seed ? { seed: options.seed } : {}),
    logger,
    clock: () => (now += SECOND),
  });
}

async function serve(chain: DevnetChain): Promise<{ client: LedgerClient; close: () => Promise<void> }> {
  return serveLedger(new DevnetLedger(chain));
}

const height = (h: bigint): v1.IHeight => ({ revision: toU64(1n), height: toU64(h) });

describe('tendermint client registry between two devnets', () => {
  const health = devnet('health-1', GENESIS_TIME);
  // Mainchain's clock runs ahead: health's headers are never from its future.
  const main = devnet('mainchain-1', GENESIS_TIME + 600n * SECOND);
  let healthApi: Awaited<ReturnType<typeof serve>>;
  let mainApi: Awaited<ReturnType<typeof serve>>;
  let clientId = '';

  beforeAll(async () => {
    healthApi = await serve(health);
    mainApi = await serve(main);
    for (let i = 0; i < 3; i++) health.produceBlock();
  });

  afterAll(async () => {
    await healthApi.close();
    await mainApi.close();
  });

  it('behavior: CreateClient from a health header, then QueryClient', async () => {
    const trusted = health.block(2n).signedHeader;
    const res = await mainApi.client.submit({
      messages: [
        {
          createClient: {
            clientType: 'tendermint',
            clientState: encodeClientState({
              chainId: 'health-1',
              trustLevel: DEFAULT_TRUST_LEVEL,
              trustingPeriod: 3600n * SECOND,
              unbondingPeriod: 7200n * SECOND,
              maxClockDrift: 10n * SECOND,
              latestHeight: 2n,
              frozenHeight: 0n,
            }),
            consensusState: encodeConsensusState(consensusStateOf(trusted)),
          },
        },
      ],
    });
    expect(res.results[0]?.code).toBe(OK);
    clientId = new TextDecoder().decode(res.results[0]?.data ?? new Uint8Array(0));
    expect(clientId).toBe('07-tendermint-0');
    main.produceBlock();
    const q = await mainApi.client.queryClient({ clientId });
    expect(q.clientState?.status).toBe(v1.ClientStatus.CLIENT_STATUS_ACTIVE);
    expect(fromU64(q.clientState?.latestHeight?.height)).toBe(2n);
    expect(decodeClientState(q.clientState?.state ?? new Uint8Array(0)).chainId).toBe('health-1');
    expect(q.consensusState?.root).toEqual(trusted.header.appHash);
  });

  it('behavior: UpdateClient with served headers across a validator change; a health proof verifies on mainchain state', async () => {
    const key = (i: number): Uint8Array => deriveValidatorKey('isthmus-devnet', 'health-1', i).publicKey;
    await healthApi.client.submit({
      messages: [
        {
          setValidators: {
            updates: [0, 1, 2]
              .map((i) => ({ ed25519PubKey: key(i), power: 0 }))
              .concat([8, 9].map((i) => ({ ed25519PubKey: key(i), power: 10 }))),
          },
        },
      ],
    });
    for (let i = 0; i < 3; i++) health.produceBlock();
    const messages = await healthApi.client.getClientMessage({ trustedHeight: height(2n) });
    expect(messages.messages.length).toBeGreaterThan(1);
    const res = await mainApi.client.submit({
      messages: messages.messages.map((message) => ({ updateClient: { clientId, message } })),
    });
    expect(res.results.map((r) => r.code)).toEqual(messages.messages.map(() => OK));
    main.produceBlock();

    const q = await mainApi.client.queryClient({ clientId });
    const latest = fromU64(q.clientState?.latestHeight?.height);
    expect(latest).toBe(health.latestHeight);
    const proof = await healthApi.client.queryProof({ path: 'records/r1', height: height(latest - 1n) });
    expect(fromU64(proof.proof?.height?.height)).toBe(latest);
    const stored = decodeConsensusState(q.consensusState?.state ?? new Uint8Array(0));
    verifyMembership(
      {
        client: decodeClientState(q.clientState?.state ?? new Uint8Array(0)),
        consensusStates: (h) => (h === latest ? stored : undefined),
        proofHeight: latest,
        proof: proof.proof?.bytes ?? new Uint8Array(0),
        path: [utf8('records/r1')],
        specs: [tendermintSpec],
        now: main.latestBlock?.timeNs ?? 0n,
      },
      utf8('health record'),
    );

    // Events of the updates, one per message.
    const events: v1.IChainEvent[] = [];
    for await (const item of mainApi.client.streamEvents({
      fromHeight: height(1n),
      kinds: [v1.EventKind.EVENT_KIND_CLIENT_UPDATED],
    })) {
      if (item.event) events.push(item.event);
    }
    expect(events.map((e) => e.client?.clientId)).toEqual(messages.messages.map(() => clientId));

    // The same update again is a no-op.
    const replay = await mainApi.client.submit({
      messages: [{ updateClient: { clientId, message: messages.messages.at(-1) ?? null } }],
    });
    expect(replay.results[0]?.code).toBe(ALREADY_DONE);
  });

  it('error: a header signed by non-validators is rejected and changes nothing', async () => {
    const before = await mainApi.client.queryClient({ clientId });
    const impostor = devnet('health-1', GENESIS_TIME, { seed: 'not-the-validators' });
    for (let i = 0; i < 12; i++) impostor.produceBlock();
    const trusted = fromU64(before.clientState?.latestHeight?.height);
    const forged = tendermintClientMessage(impostor.lightBlock(trusted + 1n), {
      height: trusted,
      validators: health.block(trusted).nextValidatorSet,
      revision: 1n,
    });
    const res = await mainApi.client.submit({ messages: [{ updateClient: { clientId, message: forged } }] });
    expect(res.results[0]?.code).toBe(REJECTED);
    expect(res.results[0]?.errorCode).toBe('NEXT_VALIDATOR_SET_MISMATCH');
    main.produceBlock();
    const after = await mainApi.client.queryClient({ clientId });
    expect(after.clientState).toEqual(before.clientState);
    const unknown = await mainApi.client.submit({
      messages: [{ updateClient: { clientId: '07-tendermint-9', message: forged } }],
    });
    expect(unknown.results[0]?.errorCode).toBe('CLIENT_NOT_FOUND');
  });

  it('behavior: a valid header that conflicts with a stored consensus state freezes the client', async () => {
    // A fork of health: same validators, another state, so another header at a stored height.
    const fork = devnet('health-1', GENESIS_TIME, { value: 'forked record' });
    const stored = 2n;
    for (let i = 0; i < 3; i++) fork.produceBlock();
    const conflicting = tendermintClientMessage(fork.lightBlock(stored + 1n), {
      height: stored,
      validators: fork.block(stored).nextValidatorSet,
      revision: 1n,
    });
    // The client skipped height 3: store health's header 3 first, so the fork's one conflicts with it.
    const honest = tendermintClientMessage(health.lightBlock(stored + 1n), {
      height: stored,
      validators: health.block(stored).nextValidatorSet,
      revision: 1n,
    });
    const first = await mainApi.client.submit({
      messages: [{ updateClient: { clientId, message: honest } }],
    });
    expect(first.results[0]?.code).toBe(OK);
    const res = await mainApi.client.submit({
      messages: [{ updateClient: { clientId, message: conflicting } }],
    });
    expect(res.results[0]?.code).toBe(OK);
    main.produceBlock();
    const q = await mainApi.client.queryClient({ clientId });
    expect(q.clientState?.status).toBe(v1.ClientStatus.CLIENT_STATUS_FROZEN);
    const events: v1.IChainEvent[] = [];
    for await (const item of mainApi.client.streamEvents({
      fromHeight: height(1n),
      kinds: [v1.EventKind.EVENT_KIND_MISBEHAVIOUR],
    })) {
      if (item.event) events.push(item.event);
    }
    expect(events).toHaveLength(1);
    const after = await mainApi.client.submit({
      messages: [{ updateClient: { clientId, message: honest } }],
    });
    expect(after.results[0]?.errorCode).toBe('CLIENT_FROZEN');
  });
});
