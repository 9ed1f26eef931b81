/**
 * The parts a network asks of a process's roles, as the supervisor starts
 * them: a Ledger client per chain, a watcher per chain, one planner, a
 * worker per chain that ends a path, clearing over every path, the
 * refresher and the misbehaviour watcher over every path end's client, and
 * the Relay API. Each fingerprint covers the chains the part reaches, so a
 * chain that comes back with another endpoint restarts what uses it.
 */
import type { Ledger } from '../../adapters/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import type { ChainConfig, RelayerConfig } from '../config/schema.js';
import type { Drivers } from '../drivers/index.js';
import type { Logger } from '../logger.js';
import type { Network } from '../network/index.js';
import type { EventsTopology } from '../roles/events.js';
import { startMisbehaviourWatcher, type WatchedHost } from '../roles/misbehaviour/index.js';
import { startPlanner } from '../roles/planner/index.js';
import { startRefresher } from '../roles/refresher/index.js';
import { startWatcher } from '../roles/watcher/index.js';
import { startWorker, type WorkerCounts } from '../roles/worker/index.js';
import type { RelayerMetrics } from '../observability/index.js';
import type { StatusStore } from '../status/index.js';
import type { ProcessAlerts } from './alerts.js';
import { startApiRole } from './api.js';
import { startClearingRole } from './clearing.js';
import { ledgerClientOf, witnessClientOf } from './ledgers.js';
import { clearingPaths, workerRoutes, type WorkerRoute } from './routes.js';
import type { PartSpec } from './supervisor.js';

export const SERVICE_UNKNOWN_CHAIN = 'SERVICE_UNKNOWN_CHAIN';

/** Names of the shared bus objects the roles use (start-relayer.ts `RelayerNames`). */
export interface RoleNames {
  readonly topology?: EventsTopology;
  readonly plannerDurable?: string;
  readonly cursorsBucket?: string;
  readonly leasesBucket?: string;
  readonly refresherLeasesBucket?: string;
  readonly misbehaviourDurable?: string;
}

/** What every part is started with, and the live state parts share. */
export interface RoleContext {
  readonly config: RelayerConfig;
  readonly roles: ReadonlySet<string>;
  readonly logger: Logger;
  readonly names: RoleNames;
  readonly drivers: Drivers;
  readonly status: StatusStore;
  readonly alerts: ProcessAlerts;
  /** The Ledger of a chain, when given in code (tests); a `LedgerClient` from its endpoint otherwise. */
  readonly ledgerOf: ((chainId: string) => Ledger) | undefined;
  /** Running Ledger clients by chain: what clearing and the API reach a chain through. */
  readonly ledgers: Map<string, Ledger>;
  readonly witnesses: Map<string, Ledger[]>;
  readonly workers: Map<string, { counts(): WorkerCounts }>;
  /** Told where the API listens once it has started. */
  readonly onApi: (address: string) => void;
  /** The process's metrics, when it serves them; the roles report to it. */
  readonly metrics: RelayerMetrics | undefined;
}

/** Whether the roles need each path end's client id (workers, refresher, misbehaviour watcher, API). */
export function needsClients(roles: ReadonlySet<string>): boolean {
  return ['worker', 'refresher', 'misbehaviour', 'api'].some((r) => roles.has(r));
}

/** The running Ledger of `chainId`; SERVICE_UNKNOWN_CHAIN when it has none. */
export function ledgerIn(ledgers: ReadonlyMap<string, Ledger>, chainId: string): Ledger {
  const found = ledgers.get(chainId);
  if (found === undefined) {
    throw new IsthmusError(SERVICE_UNKNOWN_CHAIN, `chain ${chainId} is not configured`, {
      category: 'invalid_argument',
      context: { chainId },
    });
  }
  return found;
}

/** Every part `network` asks of the context's roles, in start order. */
export function roleParts(ctx: RoleContext, network: Network): PartSpec[] {
  const { roles, names, config } = ctx;
  const log = ctx.logger;
  const chainPrint = new Map(network.chains.map((c) => [c.id, JSON.stringify(c)]));
  const printOf = (...chainIds: string[]): string => chainIds.map((id) => chainPrint.get(id) ?? id).join('|');
  const ledger = (chainId: string): Ledger => ledgerIn(ctx.ledgers, chainId);
  const routes = needsClients(roles) ? workerRoutes(network.paths) : [];
  const routeChains = (route: WorkerRoute): string[] => [route.destChainId, ...route.clientIds.keys()];
  const specs: PartSpec[] = [];

  for (const chain of network.chains) {
    specs.push({
      key: `ledger ${chain.id}`,
      fingerprint: printOf(chain.id),
      start: () => startLedger(ctx, chain),
    });
  }
  if (roles.has('misbehaviour')) {
    for (const chain of network.chains.filter((c) => c.witnesses.length > 0)) {
      specs.push({
        key: `witnesses ${chain.id}`,
        fingerprint: printOf(chain.id),
        start: () => {
          const clients = chain.witnesses.map((witness) => witnessClientOf(chain.id, witness, log));
          ctx.witnesses.set(chain.id, clients);
          return Promise.resolve(() => {
            ctx.witnesses.delete(chain.id);
            for (const client of clients) client.close();
          });
        },
      });
    }
  }
  if (roles.has('watcher')) {
    for (const chain of network.chains) {
      specs.push({
        key: `watcher ${chain.id}`,
        fingerprint: printOf(chain.id),
        start: async () => {
          const watcher = await startWatcher({
            chainId: chain.id,
            ledger: ledger(chain.id),
            bus: ctx.drivers.bus,
            logger: log,
            ...(names.topology === undefined ? {} : { topology: names.topology }),
            ...(names.cursorsBucket === undefined ? {} : { cursorsBucket: names.cursorsBucket }),
            ...(names.leasesBucket === undefined ? {} : { leasesBucket: names.leasesBucket }),
          });
          return () => watcher.stop();
        },
      });
    }
  }
  if (roles.has('planner')) {
    specs.push({
      key: 'planner',
      fingerprint: '',
      start: async () => {
        const planner = await startPlanner({
          bus: ctx.drivers.bus,
          queue: ctx.drivers.queue,
          status: ctx.status,
          logger: log,
          filter: config.filters,
          ...(names.topology === undefined ? {} : { topology: names.topology }),
          ...(names.plannerDurable === undefined ? {} : { durable: names.plannerDurable }),
        });
        return () => planner.stop();
      },
    });
  }
  for (const route of roles.has('worker') ? routes : []) {
    specs.push({
      key: `worker ${route.destChainId}`,
      fingerprint: JSON.stringify([[...route.clientIds], printOf(...routeChains(route))]),
      start: () => {
        const worker = startWorker({
          queue: ctx.drivers.queue,
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
          alerts: ctx.alerts,
          statusStore: ctx.status,
          logger: log,
          ...(ctx.metrics === undefined ? {} : { metrics: ctx.metrics }),
        });
        ctx.workers.set(route.destChainId, worker);
        return Promise.resolve(async () => {
          ctx.workers.delete(route.destChainId);
          await worker.close();
        });
      },
    });
  }
  if (roles.has('clearing')) {
    specs.push({
      key: 'clearing',
      fingerprint: JSON.stringify([network.paths, printOf(...network.chains.map((c) => c.id))]),
      start: () => {
        const clearing = startClearingRole({
          paths: clearingPaths(network.paths),
          ledgerOf: (chainId) => ctx.ledgers.get(chainId),
          filter: config.filters,
          queue: ctx.drivers.queue,
          intervalMs: config.clearing.intervalMs,
          logger: log,
        });
        return Promise.resolve(() => clearing.stop());
      },
    });
  }
  if (roles.has('refresher')) {
    const clients = hostedClients(routes);
    specs.push({
      key: 'refresher',
      fingerprint: JSON.stringify([clients, printOf(...routes.flatMap(routeChains))]),
      start: async () => {
        const refresher = await startRefresher({
          clients: clients.map((c) => ({
            ...c,
            host: ledger(c.hostChainId),
            source: ledger(c.sourceChainId),
          })),
          refreshFraction: config.clients.refreshFraction,
          checkIntervalMs: config.clients.checkIntervalMs,
          alerts: ctx.alerts,
          logger: log,
          bus: ctx.drivers.bus,
          ...(ctx.metrics === undefined ? {} : { metrics: ctx.metrics }),
          ...(names.refresherLeasesBucket === undefined ? {} : { leasesBucket: names.refresherLeasesBucket }),
        });
        return () => refresher.stop();
      },
    });
  }
  if (roles.has('misbehaviour')) {
    specs.push({
      key: 'misbehaviour',
      fingerprint: JSON.stringify([
        routes.map((r) => [r.destChainId, [...r.clientIds]]),
        printOf(...routes.flatMap(routeChains)),
      ]),
      start: async () => {
        const hosts: WatchedHost[] = routes.map((route) => ({
          hostChainId: route.destChainId,
          host: ledger(route.destChainId),
          clients: new Map(
            [...route.clientIds].map(([sourceChainId, clientId]) => [
              clientId,
              {
                sourceChainId,
                primary: ledger(sourceChainId),
                witnesses: ctx.witnesses.get(sourceChainId) ?? [],
              },
            ]),
          ),
        }));
        const misbehaviour = await startMisbehaviourWatcher({
          bus: ctx.drivers.bus,
          hosts,
          alerts: ctx.alerts,
          logger: log,
          ...(ctx.metrics === undefined ? {} : { metrics: ctx.metrics }),
          ...(names.topology === undefined ? {} : { topology: names.topology }),
          ...(names.misbehaviourDurable === undefined ? {} : { durable: names.misbehaviourDurable }),
        });
        return () => misbehaviour.stop();
      },
    });
  }
  if (roles.has('api')) {
    // The API serves the network it started with: restarting it would drop its callers' streams.
    specs.push({
      key: 'api',
      fingerprint: '',
      start: async () => {
        const api = await startApiRole({
          config: { ...config, chains: [...network.chains], paths: [...network.paths] },
          ledger,
          routes,
          status: ctx.status,
          bus: ctx.drivers.bus,
          logger: log,
        });
        ctx.onApi(api.address);
        return () => api.close();
      },
    });
  }
  return specs;
}

function startLedger(ctx: RoleContext, chain: ChainConfig): Promise<() => void> {
  if (ctx.ledgerOf) {
    ctx.ledgers.set(chain.id, ctx.ledgerOf(chain.id));
    return Promise.resolve(() => void ctx.ledgers.delete(chain.id));
  }
  const client = ledgerClientOf(chain, ctx.logger);
  ctx.ledgers.set(chain.id, client);
  return Promise.resolve(() => {
    ctx.ledgers.delete(chain.id);
    client.close();
  });
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
