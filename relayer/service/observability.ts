/**
 * The observability of a relayer process (relayer/observability), wired to
 * what the process runs: scrapes read its status store, the delivery queue
 * of every chain on a path, the durables of its planner and misbehaviour
 * roles, every path end's client and the chains it watches; `/readyz`
 * asks Redis and NATS (distributed mode) and every chain's Ledger; the
 * dashboard at `/` reads the same chains, clients, queues and statuses,
 * follows the packet status stream and shows the alerts the process raised.
 */
import type { Ledger } from '../../adapters/index.js';
import { fromU64 } from '../../proto/index.js';
import type { Drivers, KvStore } from '../drivers/index.js';
import type { Logger } from '../logger.js';
import type { Network } from '../network/index.js';
import type { Alert } from '../roles/alerts.js';
import {
  Dashboard,
  PENDING_STATUSES,
  startHttpServer,
  type HostedClientSource,
  type HttpServer,
  type DashboardSources,
  type ReadinessCheck,
  type RelayerMetrics,
  type ScrapeSources,
  type WatchedChainSource,
} from '../observability/index.js';
import { defaultEventsTopology } from '../roles/events.js';
import { deliverQueue } from '../roles/jobs.js';
import { MISBEHAVIOUR_DURABLE } from '../roles/misbehaviour/index.js';
import { PLANNER_DURABLE } from '../roles/planner/index.js';
import { readCursor, WATCHERS_BUCKET } from '../roles/watcher/index.js';
import { PACKETS_STREAM, type StatusStore } from '../status/index.js';
import { ledgerIn, type RoleNames } from './role-parts.js';

/** Queue name the Redis readiness check counts: any name reaches Redis, none is created. */
const READINESS_QUEUE = 'isthmus-readiness';

export interface ObservabilityOptions {
  readonly listen: string;
  readonly metrics: RelayerMetrics;
  readonly roles: ReadonlySet<string>;
  readonly names: RoleNames & { readonly cursorsBucket?: string };
  readonly drivers: Drivers;
  readonly status: StatusStore;
  /** Running Ledger clients by chain. */
  readonly ledgers: ReadonlyMap<string, Ledger>;
  /** The network applied now. */
  readonly network: () => Network;
  /** Alerts the process raised, for the dashboard; none shown when absent. */
  readonly alerts?: { readonly alerts: readonly Alert[] };
  readonly logger: Logger;
}

/** Points the metrics at the process's sources and starts the HTTP endpoints with the dashboard. */
export async function startObservability(options: ObservabilityOptions): Promise<HttpServer> {
  const sources = scrapeSources(options);
  options.metrics.observe(sources);
  const dashboard = await Dashboard.start({
    sources: dashboardSources(options, sources),
    logger: options.logger,
  });
  try {
    return await startHttpServer({
      listen: options.listen,
      metrics: options.metrics,
      readiness: () => readinessChecks(options),
      dashboard,
      logger: options.logger,
    });
  } catch (err) {
    await dashboard.close();
    throw err;
  }
}

function dashboardSources(options: ObservabilityOptions, scrape: ScrapeSources): DashboardSources {
  return {
    chains: () =>
      options.network().chains.map((chain) => ({ id: chain.id, ledger: options.ledgers.get(chain.id) })),
    paths: () => options.network().paths,
    clients: scrape.clients,
    pendingPackets: scrape.pendingPackets,
    queues: scrape.queues,
    queueCounts: scrape.queueCounts,
    status: options.status,
    bus: options.drivers.bus,
    packetsStream: PACKETS_STREAM,
    alerts: () => options.alerts?.alerts ?? [],
  };
}

function scrapeSources(options: ObservabilityOptions): ScrapeSources {
  const { roles, names, drivers, ledgers } = options;
  const stream = names.topology?.stream ?? defaultEventsTopology.stream;
  let cursors: Promise<KvStore> | undefined;
  const cursorStore = (): Promise<KvStore> => {
    cursors ??= drivers.bus.kv(names.cursorsBucket ?? WATCHERS_BUCKET);
    // A failed open is tried again at the next scrape.
    cursors.catch(() => (cursors = undefined));
    return cursors;
  };
  return {
    pendingPackets: () => options.status.list({ statuses: PENDING_STATUSES }),
    queues: () => chainsOnPaths(options.network()).map(deliverQueue),
    queueCounts: (queue) => drivers.queue.counts(queue),
    durables: () => [
      ...(roles.has('planner') ? [{ stream, durable: names.plannerDurable ?? PLANNER_DURABLE }] : []),
      ...(roles.has('misbehaviour')
        ? [{ stream, durable: names.misbehaviourDurable ?? MISBEHAVIOUR_DURABLE }]
        : []),
    ],
    consumerPending: (s, durable) => drivers.bus.consumerPending(s, durable),
    clients: () => hostedClients(options.network(), ledgers),
    watchedChains: () =>
      roles.has('watcher')
        ? options.network().chains.flatMap((chain): WatchedChainSource[] => {
            const ledger = ledgers.get(chain.id);
            if (!ledger) return [];
            const processedHeight = async (): Promise<bigint | undefined> =>
              (await readCursor(await cursorStore(), chain.id))?.height;
            return [{ chainId: chain.id, ledger, processedHeight }];
          })
        : [],
  };
}

function chainsOnPaths(network: Network): string[] {
  return [...new Set(network.paths.flatMap((p) => [p.source.chain, p.dest.chain]))];
}

/** Each path end's client: the dest keeps one of the source, the source one of the dest. */
function hostedClients(network: Network, ledgers: ReadonlyMap<string, Ledger>): HostedClientSource[] {
  const found = new Map<string, HostedClientSource>();
  for (const path of network.paths) {
    for (const [host, tracked] of [
      [path.dest, path.source],
      [path.source, path.dest],
    ] as const) {
      const ledger = ledgers.get(host.chain);
      if (host.clientId === undefined || !ledger) continue;
      found.set(`${host.chain}/${host.clientId}`, {
        hostChainId: host.chain,
        clientId: host.clientId,
        sourceChainId: tracked.chain,
        host: ledger,
      });
    }
  }
  return [...found.values()];
}

function readinessChecks(options: ObservabilityOptions): ReadinessCheck[] {
  const { drivers, ledgers } = options;
  const checks: ReadinessCheck[] = [];
  // Embedded drivers live in this process: they answer while it does.
  if (drivers.mode === 'distributed') {
    checks.push({ name: 'redis', check: () => drivers.queue.counts(READINESS_QUEUE) });
    checks.push({ name: 'nats', check: () => drivers.bus.lastSeq(PACKETS_STREAM) });
  }
  for (const chain of options.network().chains) {
    checks.push({
      name: `ledger ${chain.id}`,
      check: async (signal) => {
        const res = await ledgerIn(ledgers, chain.id).getLatestHeight({}, { signal });
        return fromU64(res.height?.height);
      },
    });
  }
  return checks;
}
