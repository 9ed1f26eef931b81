/**
 * The whole relayer in one process, end to end: two devnets producing blocks
 * every 100 ms, each serving the `Ledger` gRPC service on loopback, a
 * tendermint client of each other on both, and a `records` channel pair;
 * the config is built here. First only the worker and clearing roles run:
 * records sent before any relayer ran are delivered and acknowledged by
 * clearing alone. Then every role runs: records sent while it runs are
 * received on main and acknowledged on health without help. Once on the
 * harness's Redis and NATS (distributed), once on the in-process drivers
 * (embedded).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  commitmentPath,
  DevnetChain,
  DevnetLedger,
  makeGenesis,
  packetModule,
  receiptPath,
} from '../../../../adapters/devnet/index.js';
import { LedgerClient, startLedgerServer, type Ledger } from '../../../../adapters/index.js';
import { toU64, v1 } from '../../../../proto/index.js';
import type { RelayerConfig } from '../../../../relayer/config/schema.js';
import { BullMqQueue, JetStreamBus } from '../../../../relayer/drivers/index.js';
import { createLogger } from '../../../../relayer/logger.js';
import { deliverQueue } from '../../../../relayer/roles/jobs.js';
import {
  relayerRoles,
  SERVICE_CLIENT_ID_MISSING,
  startRelayer,
  type RelayerRole,
} from '../../../../relayer/service/index.js';
import { testServers, uniqueName } from '../../../support/env.js';
import { createClient, submitOk, text } from '../../../unit/devnet/packets/relay-steps.js';
import { waitUntil } from '../drivers/wait.js';

const logger = createLogger({ level: 'silent' });
const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;
const CHANNEL = 'channel-0';

interface Served {
  readonly id: string;
  readonly endpoint: string;
  readonly ledger: LedgerClient;
}

/** Two block-producing devnets with clients of each other and one records channel pair. */
class Chains {
  readonly main: string;
  readonly health: string;
  readonly #stops: (() => Promise<void> | void)[] = [];
  served!: { readonly main: Served; readonly health: Served };
  clientOnMain = '';
  clientOnHealth = '';

  constructor() {
    const tag = uniqueName('c').slice(2);
    this.main = `main-${tag}-1`;
    this.health = `health-${tag}-1`;
  }

  async open(): Promise<void> {
    this.served = { main: await this.#serve(this.main), health: await this.#serve(this.health) };
    const { main, health } = this.served;
    this.clientOnMain = await createClient(main.ledger, health.ledger);
    this.clientOnHealth = await createClient(health.ledger, main.ledger);
    const open = async (on: Served, counterparty: string, clientId: string): Promise<void> => {
      const result = await submitOk(on.ledger, {
        openChannel: {
          app: 'records',
          counterpartyChainId: counterparty,
          counterpartyChannelId: CHANNEL,
          clientId,
          ordering: v1.Ordering.ORDERING_UNORDERED,
        },
      });
      expect(text(result.data)).toBe(CHANNEL);
    };
    await open(health, this.main, this.clientOnHealth);
    await open(main, this.health, this.clientOnMain);
  }

  async #serve(id: string): Promise<Served> {
    const chain = new DevnetChain({
      genesis: makeGenesis({ chainId: id, genesisTimeNs: nowNs() }),
      logger,
      modules: [packetModule()],
    });
    chain.start(100);
    this.#stops.push(() => chain.stop());
    await chain.waitForHeight(1n);
    const server = await startLedgerServer({ ledger: new DevnetLedger(chain), logger });
    this.#stops.push(() => server.close());
    const ledger = new LedgerClient({ address: server.address });
    this.#stops.push(() => ledger.close());
    return { id, endpoint: server.address, ledger };
  }

  /** Sends a record on health; returns its sequence. */
  async send(payload: string): Promise<bigint> {
    const result = await submitOk(this.served.health.ledger, {
      sendPacket: {
        sourceChannel: CHANNEL,
        app: 'records',
        payload: new TextEncoder().encode(payload),
        timeoutHeight: { revision: toU64(1n), height: toU64(1_000_000n) },
      },
    });
    return BigInt(text(result.data));
  }

  /** Waits until every sequence is received on main and its commitment is gone from health. */
  async relayed(sequences: readonly bigint[]): Promise<void> {
    const exists = (ledger: Ledger, path: string): Promise<boolean> =>
      ledger.queryProof({ path }).then((p) => p.exists === true);
    await waitUntil(
      `records ${sequences.join(',')} received on main and acknowledged on health`,
      async () => {
        for (const seq of sequences) {
          if (!(await exists(this.served.main.ledger, receiptPath(CHANNEL, seq)))) return false;
          if (await exists(this.served.health.ledger, commitmentPath(CHANNEL, seq))) return false;
        }
        return true;
      },
      12_000,
    );
  }

  config(distributed: boolean): RelayerConfig {
    const { redisUrl, natsUrl } = testServers();
    return {
      log: { level: 'info' },
      chains: [this.served.main, this.served.health].map((s) => ({
        id: s.id,
        type: 'devnet' as const,
        endpoint: s.endpoint,
        witnesses: [],
      })),
      paths: [
        {
          source: { chain: this.health, channel: CHANNEL, clientId: this.clientOnHealth },
          dest: { chain: this.main, channel: CHANNEL, clientId: this.clientOnMain },
          ordering: 'unordered',
        },
      ],
      ...(distributed ? { redis: { url: redisUrl }, nats: { servers: [natsUrl] } } : {}),
      workers: { concurrency: 2, batchSize: 10, batchDelayMs: 50 },
      clearing: { intervalMs: 1_000 },
      clients: { refreshFraction: 1 / 3, checkIntervalMs: 30_000 },
      filters: { allow: [], deny: [] },
    };
  }

  async close(): Promise<void> {
    for (const stop of this.#stops.reverse()) await stop();
  }
}

let chains: Chains | undefined;
let cleanup: (() => Promise<void>) | undefined;

afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
  await chains?.close();
  chains = undefined;
});

async function scenario(distributed: boolean): Promise<void> {
  const c = new Chains();
  chains = c;
  await c.open();
  const names = {
    topology: { stream: uniqueName('events'), prefix: uniqueName('t') },
    cursorsBucket: uniqueName('cursors'),
    leasesBucket: uniqueName('leases'),
  };
  if (distributed) {
    cleanup = async () => {
      const { redisUrl, natsUrl } = testServers();
      const queue = new BullMqQueue({ url: redisUrl, logger });
      const bus = await JetStreamBus.connect({ servers: [natsUrl], logger });
      await queue.obliterate(deliverQueue(c.main));
      await queue.obliterate(deliverQueue(c.health));
      await bus.deleteStream(names.topology.stream);
      await bus.deleteKv(names.cursorsBucket);
      await bus.deleteKv(names.leasesBucket);
      await queue.close();
      await bus.close();
    };
  }
  const config = c.config(distributed);
  const run = (roles: readonly RelayerRole[]) =>
    startRelayer({ config, roles: new Set(roles), logger, names, stopTimeoutMs: 5_000 });

  // Sent while no relayer ran: clearing alone (no watcher, no planner) delivers them and their acks.
  const before = [await c.send('consent-a'), await c.send('consent-b')];
  const clearingOnly = await run(['worker', 'clearing']);
  try {
    expect(clearingOnly.drivers.mode).toBe(distributed ? 'distributed' : 'embedded');
    await c.relayed(before);
    expect(clearingOnly.alerts.alerts).toEqual([]);
  } finally {
    await clearingOnly.close();
  }

  // Every role: records sent while it runs are relayed both ways automatically.
  const relayer = await run(relayerRoles);
  try {
    const sent = [await c.send('consent-1'), await c.send('consent-2'), await c.send('consent-3')];
    await c.relayed(sent);
    expect(relayer.alerts.alerts).toEqual([]);
    const deadLetters = await relayer.drivers.queue.deadLetters(deliverQueue(c.main));
    expect(deadLetters).toEqual([]);
  } finally {
    await relayer.close();
  }
}

describe('startRelayer', () => {
  it('behavior: distributed (Redis + NATS): clearing delivers the backlog, all roles relay new records with acks', async () => {
    await scenario(true);
  }, 30_000);

  it('behavior: embedded (in-process drivers): the same scenario', async () => {
    await scenario(false);
  }, 30_000);
});

describe('startRelayer refusals', () => {
  it('error: a path without client ids is refused before anything is opened, when workers run', async () => {
    const config: RelayerConfig = {
      log: { level: 'info' },
      chains: [
        { id: 'a-1', type: 'devnet', endpoint: '127.0.0.1:1', witnesses: [] },
        { id: 'b-1', type: 'devnet', endpoint: '127.0.0.1:1', witnesses: [] },
      ],
      paths: [
        {
          source: { chain: 'a-1', channel: CHANNEL },
          dest: { chain: 'b-1', channel: CHANNEL },
          ordering: 'unordered',
        },
      ],
      workers: { concurrency: 1, batchSize: 1, batchDelayMs: 0 },
      clearing: { intervalMs: 60_000 },
      clients: { refreshFraction: 1 / 3, checkIntervalMs: 30_000 },
      filters: { allow: [], deny: [] },
    };
    await expect(startRelayer({ config, roles: new Set(['worker']), logger })).rejects.toMatchObject({
      code: SERVICE_CLIENT_ID_MISSING,
      category: 'invalid_argument',
    });
  });
});
