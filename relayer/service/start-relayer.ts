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
import type { EventsTopology } from '../roles/events.js';
import { startPlanner } from '../roles/planner/index.js';
import { startWatcher } from '../roles/watcher/index.js';
import { startWorker } from '../roles/worker/index.js';
import {
  ensurePacketsStream,
  InMemoryStatusStore,
  PublishingStatusStore,
  type StatusStore,
} from '../status/index.js';
import { ProcessAlerts } from './alerts.js';
import { stopWithin } from './bounded.js';
import { startClearingRole } from './clearing.js';
import { packetFilterOf } from './filter.js';
import { ledgerClientOf } from './ledgers.js';
import { clearingPaths, workerRoutes } from './routes.js';

export const relayerRoles = ['watcher', 'planner', 'worker', 'clearing'] as const;
export type RelayerRole = (typeof relayerRoles)[number];

export const SERVICE_UNKNOWN_CHAIN = 'SERVICE_UNKNOWN_CHAIN';

/** Names of the shared bus objects, for running several relayers side by side (tests). */
export interface RelayerNames {
  readonly topology?: EventsTopology;
  readonly plannerDurable?: string;
  readonly cursorsBucket?: string;
  readonly leasesBucket?: string;
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
  /** Packet status, published on `isthmus.packets.<id>` as it changes. */
  readonly status: StatusStore;
  readonly alerts: ProcessAlerts;
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
  const names = options.names ?? {};
  // Config checks first: nothing is opened for a config that cannot run.
  const filter = packetFilterOf(config.filters);
  const routes = roles.has('worker') ? workerRoutes(config.paths) : [];

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
    const status = new PublishingStatusStore(new InMemoryStatusStore(), drivers.bus, log, revisionOf);
    const alerts = new ProcessAlerts(log);

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
    for (const route of routes) {
      const worker = startWorker({
        queue: drivers.queue,
        destChainId: route.destChainId,
        dest: ledger(route.destChainId),
        sources: new Map([...route.clientIds.keys()].map((id) => [id, ledger(id)])),
        clientIds: route.clientIds,
        concurrency: config.workers.concurrency,
        batchSize: config.workers.batchSize,
        batchDelayMs: config.workers.batchDelayMs,
        alerts,
        statusStore: status,
        logger: log,
      });
      parts.push({ name: `worker ${route.destChainId}`, stop: () => worker.close() });
    }
    if (roles.has('clearing')) {
      const clearing = startClearingRole({
        paths: clearingPaths(config.paths),
        ledgerOf: (chainId) => ledgers.get(chainId),
        queue: drivers.queue,
        intervalMs: config.clearing.intervalMs,
        logger: log,
      });
      parts.push({ name: 'clearing', stop: () => clearing.stop() });
    }
    log.info({ mode: drivers.mode, roles: [...roles] }, 'relayer started');
    return { drivers, status, alerts, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Type guard for a role name (the CLI's `--role` list). */
export function isRelayerRole(name: string): name is RelayerRole {
  return (relayerRoles as readonly string[]).includes(name);
}
