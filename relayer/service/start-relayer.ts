/**
 * Runs the relayer's roles in one process:
 * opens the drivers the config chooses (`openDrivers`: embedded or
 * distributed) and then, through a supervisor, the parts the network asks
 * of the chosen roles — a Ledger client and a watcher per chain, one
 * planner, a worker per destination chain, clearing at start and every
 * interval, the refresher, the misbehaviour watcher and the API
 * (role-parts.ts). The network is the config file's chains and paths
 * merged with the network registry's (relayer/network); each announced
 * registry change is applied without a restart: parts of added chains and
 * paths start, those of removed ones stop, those whose chains changed
 * restart. `close()` stops the parts in reverse order, each within a
 * bound, then the drivers. A start that fails half way closes what it had
 * opened before rethrowing. With an `http` section the process serves
 * `/metrics`, `/healthz` and `/readyz` (observability.ts), and its roles
 * report to its metrics.
 */
import type { Ledger } from '../../adapters/index.js';
import { revisionOf } from '../../adapters/devnet/index.js';
import type { RelayerConfig } from '../config/schema.js';
import { openDrivers, type Drivers } from '../drivers/index.js';
import type { Logger } from '../logger.js';
import { MeteredStatusStore, RelayerMetrics, type HttpServer } from '../observability/index.js';
import {
  followNetwork,
  mergeNetwork,
  networkNames,
  NetworkRegistry,
  type MergedNetwork,
  type NetworkFollower,
} from '../network/index.js';
import { defaultEventsTopology } from '../roles/events.js';
import type { WorkerCounts } from '../roles/worker/index.js';
import {
  ensurePacketsStream,
  KvStatusStore,
  PublishingStatusStore,
  type StatusStore,
} from '../status/index.js';
import { ProcessAlerts } from './alerts.js';
import { stopWithin } from './bounded.js';
import { startObservability } from './observability.js';
import { needsClients, roleParts, type RoleContext, type RoleNames } from './role-parts.js';
import { workerRoutes } from './routes.js';
import { Supervisor } from './supervisor.js';

export { SERVICE_UNKNOWN_CHAIN } from './role-parts.js';

/** The roles that relay: what a process runs when none are named. */
export const relayerRoles = [
  'watcher',
  'planner',
  'worker',
  'clearing',
  'refresher',
  'misbehaviour',
] as const;
/** Every role; `api` (the Relay gRPC service, listening on a port) is started only when named. */
export const allRelayerRoles = [...relayerRoles, 'api'] as const;
export type RelayerRole = (typeof allRelayerRoles)[number];

/** Names of the shared bus objects, for running several relayers side by side (tests); over the config's `names`. */
export interface RelayerNames extends RoleNames {
  readonly statusBucket?: string;
  /** The network registry's bucket; default `<events prefix>-network`. */
  readonly networkBucket?: string;
}

export interface StartRelayerOptions {
  readonly config: RelayerConfig;
  readonly roles: ReadonlySet<RelayerRole>;
  readonly logger: Logger;
  /** The Ledger of each chain; default a `LedgerClient` per chain from its endpoint. */
  readonly ledgerOf?: (chainId: string) => Ledger;
  readonly names?: RelayerNames;
  /** Bound on stopping each part in `close()` (default 10 s). */
  readonly stopTimeoutMs?: number;
}

export interface Relayer {
  readonly drivers: Drivers;
  /** Packet status, shared by every process (bus KV), published on `isthmus.packets.<id>` as it changes. */
  readonly status: StatusStore;
  readonly alerts: ProcessAlerts;
  /** Where the Relay API listens, when this process runs the `api` role. */
  readonly apiAddress: string | undefined;
  /** The process's Prometheus metrics, when the config has `http`. */
  readonly metrics: RelayerMetrics | undefined;
  /** Where `/metrics`, `/healthz` and `/readyz` are served, when the config has `http`. */
  readonly httpAddress: string | undefined;
  /**
   * What this process's workers have done so far, by destination chain:
   * delivered, redundant (the chain had applied the step already — another
   * relayer, a replay), retried and permanent steps.
   */
  workerCounts(): ReadonlyMap<string, WorkerCounts>;
  /** The network applied now (config file and registry merged) and the registry revision it came from. */
  network(): MergedNetwork & { readonly revision: bigint };
  /** Stops the roles in reverse order of start, then the drivers and Ledger clients. */
  close(): Promise<void>;
}

export async function startRelayer(options: StartRelayerOptions): Promise<Relayer> {
  const { config, roles, logger } = options;
  const log = logger.child({ module: 'relayer' });
  const stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
  const names = { ...namesOf(config.names), ...options.names };
  const file = { chains: config.chains, paths: config.paths };
  // Config checks first: nothing is opened for a config that cannot run.
  if (needsClients(roles)) workerRoutes(config.paths);

  const supervisor = new Supervisor(log, stopTimeoutMs);
  let drivers: Drivers | undefined;
  let follower: NetworkFollower | undefined;
  let http: HttpServer | undefined;
  const close = async (): Promise<void> => {
    const serving = http;
    http = undefined;
    if (serving) await stopWithin('http', () => serving.close(), stopTimeoutMs, log);
    const stopping = follower;
    follower = undefined;
    if (stopping) await stopWithin('network follower', () => stopping.stop(), stopTimeoutMs, log);
    await supervisor.close();
    const opened = drivers;
    drivers = undefined;
    if (opened) await stopWithin('drivers', () => opened.close(), stopTimeoutMs, log);
  };
  try {
    const open = await openDrivers(config, log);
    drivers = open;
    await ensurePacketsStream(open.bus);
    const metrics = config.http === undefined ? undefined : new RelayerMetrics({ logger: log });
    const published = new PublishingStatusStore(
      await KvStatusStore.open(open.bus, {
        logger: log,
        ...(names.statusBucket === undefined ? {} : { bucket: names.statusBucket }),
      }),
      open.bus,
      log,
      revisionOf,
    );
    // The roles apply statuses through this store, so final statuses and latencies are counted where they happen.
    const status: StatusStore = metrics ? new MeteredStatusStore(published, metrics) : published;
    const alerts = new ProcessAlerts(log);
    let apiAddress: string | undefined;
    const ctx: RoleContext = {
      config,
      roles,
      logger: log,
      names,
      drivers: open,
      status,
      alerts,
      ledgerOf: options.ledgerOf,
      ledgers: new Map(),
      witnesses: new Map(),
      workers: new Map(),
      onApi: (address) => (apiAddress = address),
      metrics,
    };
    let current: MergedNetwork & { revision: bigint } = { ...file, ignored: [], revision: 0n };
    let started = false;
    const registry = await NetworkRegistry.open(
      open.bus,
      networkNames(names.topology?.prefix, names.networkBucket),
    );
    follower = await followNetwork({
      registry,
      logger: log,
      apply: async (snapshot) => {
        const merged = mergeNetwork(file, snapshot);
        for (const { entry, reason } of merged.ignored)
          log.warn({ entry, reason }, 'registry entry left out');
        // At start a part that cannot start fails the start; later it is logged and retried.
        await supervisor.reconcile(roleParts(ctx, merged), !started);
        current = { ...merged, revision: snapshot.revision };
        if (started) {
          log.info(
            {
              revision: snapshot.revision.toString(),
              chains: merged.chains.length,
              paths: merged.paths.length,
            },
            'network applied',
          );
        }
      },
    });
    started = true;
    if (config.http && metrics) {
      http = await startObservability({
        listen: config.http.listen,
        metrics,
        roles,
        names,
        drivers: open,
        status,
        ledgers: ctx.ledgers,
        network: () => current,
        alerts,
        logger: log,
      });
    }
    log.info({ mode: open.mode, roles: [...roles] }, 'relayer started');
    const workerCounts = (): ReadonlyMap<string, WorkerCounts> =>
      new Map([...ctx.workers].map(([chainId, worker]) => [chainId, worker.counts()]));
    return {
      drivers: open,
      status,
      alerts,
      get apiAddress() {
        return apiAddress;
      },
      metrics,
      httpAddress: http?.address,
      workerCounts,
      network: () => current,
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/** The config's `names` as the roles take them; a stream or prefix left out keeps its default. */
function namesOf(config: RelayerConfig['names']): RelayerNames {
  if (config === undefined) return {};
  const { eventsStream, eventsPrefix, ...rest } = config;
  return {
    ...(eventsStream === undefined && eventsPrefix === undefined
      ? {}
      : {
          topology: {
            stream: eventsStream ?? defaultEventsTopology.stream,
            prefix: eventsPrefix ?? defaultEventsTopology.prefix,
          },
        }),
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
  };
}

/** Type guard for a role name (the CLI's `--role` list). */
export function isRelayerRole(name: string): name is RelayerRole {
  return (allRelayerRoles as readonly string[]).includes(name);
}
