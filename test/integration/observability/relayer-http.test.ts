/**
 * The relayer's HTTP endpoints end to end: `startRelayer` (embedded, every
 * relaying role) with `http.listen: 127.0.0.1:0` over two block-producing
 * devnets, each serving its Ledger on loopback gRPC with a client of the
 * other and a `records` channel pair. `/healthz` answers, `/readyz` is
 * ready, records sent on health are relayed and `/metrics` then shows
 * them (final statuses, latency), the clients, the queues, the watchers,
 * the light-client checks and the process; once health's Ledger server
 * stops, `/readyz` is 503 and names it. Every line of the scrape parses as
 * Prometheus text.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  commitmentPath,
  DevnetChain,
  DevnetLedger,
  makeGenesis,
  packetModule,
  receiptPath,
} from '../../../adapters/devnet/index.js';
import { startLedgerServer, type Ledger } from '../../../adapters/index.js';
import { toU64, v1 } from '../../../proto/index.js';
import type { RelayerConfig } from '../../../relayer/config/schema.js';
import { createLogger } from '../../../relayer/logger.js';
import { deliverQueue } from '../../../relayer/roles/jobs.js';
import { relayerRoles, startRelayer, type Relayer } from '../../../relayer/service/index.js';
import { uniqueName } from '../../support/env.js';
import { createClient, submitOk, text } from '../../unit/devnet/packets/relay-steps.js';
import { find, parseExposition, valueOf, type Exposition } from '../../unit/observability/prom-text.js';
import { waitUntil } from '../relayer/drivers/wait.js';

const logger = createLogger({ level: 'silent' });
const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;
const CHANNEL = 'channel-0';
const RECORDS = 3;

interface Served {
  readonly id: string;
  readonly chain: DevnetChain;
  readonly ledger: DevnetLedger;
  readonly endpoint: string;
  readonly stopServer: () => Promise<void>;
}

const stops: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const stop of stops.reverse()) await stop();
  stops.length = 0;
});

async function serve(id: string): Promise<Served> {
  const chain = new DevnetChain({
    genesis: makeGenesis({ chainId: id, genesisTimeNs: nowNs() }),
    logger,
    modules: [packetModule()],
  });
  chain.start(100);
  stops.push(() => chain.stop());
  await chain.waitForHeight(1n);
  const ledger = new DevnetLedger(chain);
  const server = await startLedgerServer({ ledger, logger });
  let stopped = false;
  const stopServer = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await server.close();
  };
  stops.push(stopServer);
  return { id, chain, ledger, endpoint: server.address, stopServer };
}

async function openChannel(on: Ledger, counterparty: string, clientId: string): Promise<void> {
  const result = await submitOk(on, {
    openChannel: {
      app: 'records',
      counterpartyChainId: counterparty,
      counterpartyChannelId: CHANNEL,
      clientId,
      ordering: v1.Ordering.ORDERING_UNORDERED,
    },
  });
  expect(text(result.data)).toBe(CHANNEL);
}

async function send(health: Served, payload: string): Promise<bigint> {
  const result = await submitOk(health.ledger, {
    sendPacket: {
      sourceChannel: CHANNEL,
      app: 'records',
      payload: new TextEncoder().encode(payload),
      timeoutHeight: { revision: toU64(1n), height: toU64(1_000_000n) },
    },
  });
  return BigInt(text(result.data));
}

async function scrape(url: string): Promise<Exposition> {
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  return parseExposition(await res.text());
}

describe('relayer HTTP endpoints', () => {
  it('behavior: healthz, readyz, and metrics of relayed records; readyz names a chain whose Ledger stops', async () => {
    const tag = uniqueName('o').slice(2);
    const main = await serve(`main-${tag}-1`);
    const health = await serve(`health-${tag}-1`);
    const clientOnMain = await createClient(main.ledger, health.ledger);
    const clientOnHealth = await createClient(health.ledger, main.ledger);
    await openChannel(health.ledger, main.id, clientOnHealth);
    await openChannel(main.ledger, health.id, clientOnMain);

    const config: RelayerConfig = {
      log: { level: 'info' },
      chains: [main, health].map((s) => ({
        id: s.id,
        type: 'devnet' as const,
        endpoint: s.endpoint,
        witnesses: [],
      })),
      paths: [
        {
          source: { chain: health.id, channel: CHANNEL, clientId: clientOnHealth },
          dest: { chain: main.id, channel: CHANNEL, clientId: clientOnMain },
          ordering: 'unordered',
        },
      ],
      workers: { concurrency: 2, batchSize: 10, batchDelayMs: 50 },
      clearing: { intervalMs: 1_000 },
      clients: { refreshFraction: 1 / 3, checkIntervalMs: 30_000 },
      filters: { allow: [], deny: [] },
      http: { listen: '127.0.0.1:0' },
    };
    const relayer: Relayer = await startRelayer({
      config,
      roles: new Set(relayerRoles),
      logger,
      stopTimeoutMs: 5_000,
    });
    stops.push(() => relayer.close());
    expect(relayer.httpAddress).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(relayer.metrics).toBeDefined();
    const url = `http://${relayer.httpAddress ?? ''}`;

    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, failed: [] });

    const sequences: bigint[] = [];
    for (let i = 0; i < RECORDS; i += 1) sequences.push(await send(health, `consent-${i}`));
    const utf8 = new TextEncoder();
    await waitUntil(
      `${RECORDS} records received on main and acknowledged on health`,
      () =>
        sequences.every(
          (seq) =>
            main.chain.getAt(main.chain.latestHeight, utf8.encode(receiptPath(CHANNEL, seq))) !== undefined &&
            health.chain.getAt(health.chain.latestHeight, utf8.encode(commitmentPath(CHANNEL, seq))) ===
              undefined,
        ),
      15_000,
    );

    const path = `${health.id}/${CHANNEL}->${main.id}/${CHANNEL}`;
    let metrics = await scrape(url);
    // The ack's status lands just after the chain applies it: read until it is counted.
    await waitUntil(
      'acknowledged records counted',
      async () => {
        metrics = await scrape(url);
        return find(metrics, 'isthmus_packets_total', { path, status: 'acknowledged' }).some(
          (s) => s.value >= RECORDS,
        );
      },
      10_000,
    );
    expect(valueOf(metrics, 'isthmus_packet_latency_seconds_count', { path })).toBeGreaterThanOrEqual(
      RECORDS,
    );
    expect(metrics.types.get('isthmus_packet_latency_seconds')).toBe('histogram');
    expect(
      valueOf(metrics, 'isthmus_client_latest_height', {
        host: main.id,
        client: clientOnMain,
        chain: health.id,
      }),
    ).toBeGreaterThan(0);
    expect(
      valueOf(metrics, 'isthmus_client_latest_height', {
        host: health.id,
        client: clientOnHealth,
        chain: main.id,
      }),
    ).toBeGreaterThan(0);
    expect(
      valueOf(metrics, 'isthmus_client_frozen', { host: main.id, client: clientOnMain, chain: health.id }),
    ).toBe(0);
    expect(
      valueOf(metrics, 'isthmus_client_trusting_period_remaining_seconds', {
        host: main.id,
        client: clientOnMain,
        chain: health.id,
      }),
    ).toBeGreaterThan(0);
    for (const chainId of [main.id, health.id]) {
      for (const state of ['waiting', 'active', 'delayed', 'failed', 'dead']) {
        expect(find(metrics, 'isthmus_queue_jobs', { queue: deliverQueue(chainId), state })).toHaveLength(1);
      }
      expect(valueOf(metrics, 'isthmus_watcher_lag_blocks', { chain: chainId })).toBeGreaterThanOrEqual(0);
    }
    expect(valueOf(metrics, 'isthmus_queue_jobs', { queue: deliverQueue(main.id), state: 'dead' })).toBe(0);
    expect(find(metrics, 'isthmus_jetstream_consumer_pending', { consumer: 'planner' })).toHaveLength(1);
    expect(
      valueOf(metrics, 'isthmus_light_client_verifications_total', { type: 'header', result: 'ok' }),
    ).toBeGreaterThan(0);
    expect(
      valueOf(metrics, 'isthmus_light_client_verifications_total', { type: 'membership', result: 'ok' }),
    ).toBeGreaterThanOrEqual(RECORDS);
    expect(
      valueOf(metrics, 'isthmus_light_client_verification_seconds_count', { type: 'membership' }),
    ).toBeGreaterThan(0);
    expect(valueOf(metrics, 'isthmus_process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(metrics, 'isthmus_process_resident_memory_bytes')).toBeGreaterThan(0);

    await health.stopServer();
    await waitUntil('readyz to fail', async () => (await fetch(`${url}/readyz`)).status === 503, 10_000);
    const notReady = await fetch(`${url}/readyz`);
    expect(notReady.status).toBe(503);
    const body = (await notReady.json()) as { ready: boolean; failed: { check: string }[] };
    expect(body.ready).toBe(false);
    expect(body.failed.map((f) => f.check)).toEqual([`ledger ${health.id}`]);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  }, 45_000);
});
