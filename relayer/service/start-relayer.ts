/**
 * Runs the relayer's roles in one process (issue 6, items 2 and 5): opens
 * the drivers the config chooses (`openDrivers`: embedded or distributed),
 * one `Ledger` per chain, and then the chosen roles — a watcher per chain,
 * one planner, a worker per destination chain, and clearing at start and
 * every interval. `close()` stops them in reverse order, each within a
 * bound, then the drivers and the Ledger clients. A start that fails half
 * way closes what it had opened before rethrowing.
 */
import { IsthmusError } from '../../light-clients/index.js';
import type { Ledger } from '../../adapters/index.js';
import type { RelayerConfig } from '../config/schema.js';
import { revisionOf } from '../../adapters/devnet/index.js';
import { openDrivers, type Drivers } from '../drivers/index.js';
import type { Logger } from '../logger.js';
import { defaultEventsTopology, type EventsTopology } from '../roles/events.js';
import { startMisbehaviourWatcher, type WatchedHost } from '../roles/misbehaviour/index.js';
import { startPlanner } from '../roles/planner/index.js';
import { startRefresher } from '../roles/refresher/index.js';
import { startWatcher } from '../roles/watcher/index.js';
import { startWorker, type WorkerCounts } from '../roles/worker/index.js';
import {
  ensurePacketsStream,
  KvStatusStore,
  PublishingStatusStore,
  type StatusStore,
} from '../status/index.js';
import { ProcessAlerts } from './alerts.js';
import { startApiRole } from './api.js';
import { stopWithin } from './bounded.js';
import { startClearingRole } from './clearing.js';
import { ledgerClientOf, witnessClientOf } from './ledgers.js';
import { clearingPaths, workerRoutes, type WorkerRoute } from './routes.js';

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

export const SERVICE_UNKNOWN_CHAIN = 'SERVICE_UNKNOWN_CHAIN';

/** Names of the shared bus objects, for running several relayers side by side (tests); over the config's `names`. */
export interface RelayerNames {
  readonly topology?: EventsTopology;
  readonly plannerDurable?: string;
  readonly cursorsBucket?: string;
  readonly leasesBucket?: string;
  readonly statusBucket?: string;
  readonly refresherLeasesBucket?: string;
  readonly misbehaviourDurable?: string;
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
  /**
   * What this process's workers have done so far, by destination chain:
   * delivered, redundant (the chain had applied the step already — another
   * relayer, a replay), retried and permanent steps.
   */
  workerCounts(): ReadonlyMap<string, WorkerCounts>;
  /** Stops the roles in reverse order of start, then the drivers and Ledger clients. */
  close(): Promise<void>;
}

interface Part {
  readonly name: string;
  readonly stop: () => Promise<void> | void;
}

export async function startRelayer(options: StartRelayerOptions): Promise<Relayer> {
  const { config, roles, logger } = options;
  const log = logger.child({ module: 'relayer' });
  const stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
  const names = { ...namesOf(config.names), ...options.names };
  // Config checks first: nothing is opened for a config that cannot run.
  const filter = config.filters;
  // The clients each chain keeps of the others (path ends), needed by workers, refresher and misbehaviour watcher.
  const needsClients = ['worker', 'refresher', 'misbehaviour', 'api'].some((r) =>
    roles.has(r as RelayerRole),
  );
  const routes = needsClients ? workerRoutes(config.paths) : [];

  const parts: Part[] = [];
  const close = async (): Promise<void> => {
    for (const part of parts.reverse()) await stopWithin(part.name, part.stop, stopTimeoutMs, log);
    parts.length = 0;
  };
  try {
    const ledgers = new Map<string, Ledger>();
    for (const chain of config.chains) {
      if (options.ledgerOf) {
        ledgers.set(chain.id, options.ledgerOf(chain.id));
      } else {
        const client = ledgerClientOf(chain, log);
        ledgers.set(chain.id, client);
        parts.push({ name: `ledger ${chain.id}`, stop: () => client.close() });
      }
    }
    const ledger = (chainId: string): Ledger => {
      const found = ledgers.get(chainId);
      if (found === undefined) {
        throw new IsthmusError(SERVICE_UNKNOWN_CHAIN, `chain ${chainId} is not configured`, {
          category: 'invalid_argument',
          context: { chainId },
        });
      }
      return found;
    };

    const drivers = await openDrivers(config, log);
    parts.push({ name: 'drivers', stop: () => drivers.close() });
    await ensurePacketsStream(drivers.bus);
    const status = new PublishingStatusStore(
      await KvStatusStore.open(drivers.bus, {
        logger: log,
        ...(names.statusBucket === undefined ? {} : { bucket: names.statusBucket }),
      }),
      drivers.bus,
      log,
      revisionOf,
    );
    const alerts = new ProcessAlerts(log);
    const workers = new Map<string, { counts(): WorkerCounts }>();

    if (roles.has('watcher')) {
      for (const chain of config.chains) {
        const watcher = await startWatcher({
          chainId: chain.id,
          ledger: ledger(chain.id),
          bus: drivers.bus,
          logger: log,
          ...(names.topology === undefined ? {} : { topology: names.topology }),
          ...(names.cursorsBucket === undefined ? {} : { cursorsBucket: names.cursorsBucket }),
          ...(names.leasesBucket === undefined ? {} : { leasesBucket: names.leasesBucket }),
        });
        parts.push({ name: `watcher ${chain.id}`, stop: () => watcher.stop() });
      }
    }
    if (roles.has('planner')) {
      const planner = await startPlanner({
        bus: drivers.bus,
        queue: drivers.queue,
        status,
        logger: log,
        filter,
        ...(names.topology === undefined ? {} : { topology: names.topology }),
        ...(names.plannerDurable === undefined ? {} : { durable: names.plannerDurable }),
      });
      parts.push({ name: 'planner', stop: () => planner.stop() });
    }
    for (const route of roles.has('worker') ? routes : []) {
      const worker = startWorker({
        queue: drivers.queue,
        destChainId: route.destChainId,
        dest: ledger(route.destChainId),
        sources: new Map([...route.clientIds.keys()].map((id) => [id, ledger(id)])),
        clientIds: route.clientIds,
        concurrency: config.workers.concurrency,
        batchSize: config.workers.batchSize,
        batchDelayMs: config.workers.batchDelayMs,
        ...(config.workers.reportIntervalMs === undefined
          ? {}
          : { reportIntervalMs: config.workers.reportIntervalMs }),
        alerts,
        statusStore: status,
        logger: log,
      });
      workers.set(route.destChainId, worker);
      parts.push({ name: `worker ${route.destChainId}`, stop: () => worker.close() });
    }
    if (roles.has('clearing')) {
      const clearing = startClearingRole({
        paths: clearingPaths(config.paths),
        ledgerOf: (chainId) => ledgers.get(chainId),
        filter,
        queue: drivers.queue,
        intervalMs: config.clearing.intervalMs,
        logger: log,
      });
      parts.push({ name: 'clearing', stop: () => clearing.stop() });
    }
    if (roles.has('refresher')) {
      const refresher = await startRefresher({
        clients: hostedClients(routes).map((c) => ({
          ...c,
          host: ledger(c.hostChainId),
          source: ledger(c.sourceChainId),
        })),
        refreshFraction: config.clients.refreshFraction,
        checkIntervalMs: config.clients.checkIntervalMs,
        alerts,
        logger: log,
        bus: drivers.bus,
        ...(names.refresherLeasesBucket === undefined ? {} : { leasesBucket: names.refresherLeasesBucket }),
      });
      parts.push({ name: 'refresher', stop: () => refresher.stop() });
    }
    if (roles.has('misbehaviour')) {
      const witnesses = new Map<string, Ledger[]>();
      for (const chain of config.chains) {
        const clients = chain.witnesses.map((witness, i) => {
          const client = witnessClientOf(chain.id, witness, log);
          parts.push({ name: `witness ${chain.id}#${i}`, stop: () => client.close() });
          return client;
        });
        witnesses.set(chain.id, clients);
      }
      const hosts: WatchedHost[] = routes.map((route) => ({
        hostChainId: route.destChainId,
        host: ledger(route.destChainId),
        clients: new Map(
          [...route.clientIds].map(([sourceChainId, clientId]) => [
            clientId,
            { sourceChainId, primary: ledger(sourceChainId), witnesses: witnesses.get(sourceChainId) ?? [] },
          ]),
        ),
      }));
      const misbehaviour = await startMisbehaviourWatcher({
        bus: drivers.bus,
        hosts,
        alerts,
        logger: log,
        ...(names.topology === undefined ? {} : { topology: names.topology }),
        ...(names.misbehaviourDurable === undefined ? {} : { durable: names.misbehaviourDurable }),
      });
      parts.push({ name: 'misbehaviour', stop: () => misbehaviour.stop() });
    }
    let apiAddress: string | undefined;
    if (roles.has('api')) {
      const api = await startApiRole({ config, ledger, routes, status, bus: drivers.bus, logger: log });
      apiAddress = api.address;
      parts.push({ name: 'api', stop: () => api.close() });
    }
    log.info({ mode: drivers.mode, roles: [...roles] }, 'relayer started');
    const workerCounts = (): ReadonlyMap<string, WorkerCounts> =>
      new Map([...workers].map(([chainId, worker]) => [chainId, worker.counts()]));
    return { drivers, status, alerts, apiAddress, workerCounts, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Every client a chain keeps of another (one per path end), as the refresher takes them. */
function hostedClients(
  routes: readonly WorkerRoute[],
): { hostChainId: string; clientId: string; sourceChainId: string }[] {
  return routes.flatMap((route) =>
    [...route.clientIds].map(([sourceChainId, clientId]) => ({
      hostChainId: route.destChainId,
      clientId,
      sourceChainId,
    })),
  );
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
