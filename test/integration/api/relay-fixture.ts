/**
 * The Relay API on a real deployment in one process: two block-producing
 * devnets serving `Ledger` over loopback gRPC with tendermint clients of
 * each other and a `records` channel pair, every relayer role in embedded
 * mode, and the API served on loopback with a gRPC client to it.
 */
import { Client, credentials } from '@grpc/grpc-js';
import { DevnetChain, DevnetLedger, makeGenesis, packetModule } from '../../../adapters/devnet/index.js';
import { callServerStream, callUnary, type ClientCallOptions } from '../../../adapters/grpc/service.js';
import { LedgerClient, startLedgerServer } from '../../../adapters/index.js';
import { v1 } from '../../../proto/index.js';
import {
  createRelayService,
  relayMethods,
  startRelayApi,
  type RelayApi,
  type RelayService,
} from '../../../relayer/api/index.js';
import type { RelayerConfig } from '../../../relayer/config/schema.js';
import { createLogger } from '../../../relayer/logger.js';
import { relayerRoles, startRelayer, type Relayer } from '../../../relayer/service/index.js';
import { uniqueName } from '../../support/env.js';
import { createClient, submitOk, text } from '../../unit/devnet/packets/relay-steps.js';

export const logger = createLogger({ level: 'silent' });
export const CHANNEL = 'channel-0';
const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;

type Methods = typeof relayMethods;
type Req<K extends keyof Methods> = Parameters<Methods[K]['requestType']['encode']>[0];
type Res<K extends keyof Methods> = ReturnType<Methods[K]['responseType']['decode']>;

export class RelayDeployment {
  readonly main: string;
  readonly health: string;
  readonly ledgers = new Map<string, LedgerClient>();
  clientOnMain = '';
  clientOnHealth = '';
  config!: RelayerConfig;
  relayer!: Relayer;
  service!: RelayService;
  api!: RelayApi;
  client!: Client;
  readonly #stops: (() => Promise<void> | void)[] = [];

  constructor() {
    const tag = uniqueName('c').slice(2);
    this.main = `main-${tag}-1`;
    this.health = `health-${tag}-1`;
  }

  ledger(chainId: string): LedgerClient {
    const found = this.ledgers.get(chainId);
    if (found === undefined) throw new Error(`no ledger ${chainId}`);
    return found;
  }

  async open(): Promise<void> {
    const endpoints = new Map<string, string>();
    for (const id of [this.main, this.health]) endpoints.set(id, await this.#serve(id));
    const main = this.ledger(this.main);
    const health = this.ledger(this.health);
    this.clientOnMain = await createClient(main, health);
    this.clientOnHealth = await createClient(health, main);
    const open = async (on: LedgerClient, counterparty: string, clientId: string): Promise<void> => {
      const result = await submitOk(on, {
        openChannel: {
          app: 'records',
          counterpartyChainId: counterparty,
          counterpartyChannelId: CHANNEL,
          clientId,
          ordering: v1.Ordering.ORDERING_UNORDERED,
        },
      });
      if (text(result.data) !== CHANNEL) throw new Error(`opened ${text(result.data)}`);
    };
    await open(health, this.main, this.clientOnHealth);
    await open(main, this.health, this.clientOnMain);
    this.config = {
      log: { level: 'info' },
      chains: [...endpoints].map(([id, endpoint]) => ({
        id,
        type: 'devnet' as const,
        endpoint,
        witnesses: [],
      })),
      paths: [
        {
          source: { chain: this.health, channel: CHANNEL, clientId: this.clientOnHealth },
          dest: { chain: this.main, channel: CHANNEL, clientId: this.clientOnMain },
          ordering: 'unordered',
        },
      ],
      workers: { concurrency: 2, batchSize: 10, batchDelayMs: 50 },
      clearing: { intervalMs: 1_000 },
      clients: { refreshFraction: 1 / 3, checkIntervalMs: 30_000 },
      filters: { allow: [], deny: [] },
      api: {
        listen: '127.0.0.1:0',
        maxMessageBytes: 4 * 1024 * 1024,
        rateLimit: { perSecond: 50, burst: 100 },
        idempotencyTtlMs: 60_000,
      },
    };
    this.relayer = await startRelayer({
      config: this.config,
      roles: new Set(relayerRoles),
      logger,
      ledgerOf: (id) => this.ledger(id),
      stopTimeoutMs: 5_000,
    });
    this.#stops.push(() => this.relayer.close());
    this.service = await createRelayService({
      config: this.config,
      ledgerOf: (id) => this.ledger(id),
      status: this.relayer.status,
      bus: this.relayer.drivers.bus,
      logger,
    });
    this.api = await startRelayApi({
      service: this.service,
      maxMessageBytes: 4 * 1024 * 1024,
      logger,
      shutdownGraceMs: 500,
    });
    this.#stops.push(() => this.api.close());
    this.client = new Client(this.api.address, credentials.createInsecure());
    this.#stops.push(() => this.client.close());
  }

  async #serve(id: string): Promise<string> {
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
    this.ledgers.set(id, ledger);
    return server.address;
  }

  call<K extends keyof Methods>(method: K, request: Req<K>, opts: ClientCallOptions = {}): Promise<Res<K>> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one table of heterogeneous methods
    return callUnary(this.client, relayMethods[method] as any, request, 10_000, opts) as Promise<Res<K>>;
  }

  watch(
    request: v1.IWatchMessagesRequest,
    opts: ClientCallOptions = {},
  ): AsyncGenerator<v1.WatchMessagesResponse> {
    return callServerStream(this.client, relayMethods.watchMessages, request, 0, opts);
  }

  async close(): Promise<void> {
    for (const stop of this.#stops.reverse()) await stop();
  }
}
