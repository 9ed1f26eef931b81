/**
 * The live web dashboard, served by the relayer's HTTP server: the page and
 * its assets at `/`, read-only JSON under `/api/` (`chains`, `paths`,
 * `packets?limit=`, `packets/<id>`, `alerts`) and Server-Sent Events at
 * `/events` (a `snapshot` event, then `packet` on every status change and
 * `summary` — chains, paths, alerts — every few seconds while a page
 * listens). Every answer is bounded; a malformed id or limit is a 400 with
 * a JSON error. Reads of chains, clients and queues are time-bounded, and a
 * failed one shows as that item's error instead of failing the answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Ledger } from '../../../adapters/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { fromU64 } from '../../../proto/index.js';
import type { Bus, QueueCounts } from '../../drivers/index.js';
import type { Logger } from '../../logger.js';
import type { Alert } from '../../roles/alerts.js';
import { parsePacketId, type PacketRecord, type StatusStore } from '../../status/index.js';
import { backlogByPath } from '../backlog.js';
import { within } from '../bounded.js';
import { readClient } from '../client-reading.js';
import type { HostedClientSource } from '../sources.js';
import { ASSETS, SECURITY_HEADERS } from './assets.js';
import { PacketFeed } from './feed.js';
import {
  alertViews,
  clientView,
  packetView,
  pathView,
  type AlertView,
  type ChainView,
  type ClientRead,
  type PacketSummary,
  type PathView,
} from './views.js';

export const DASHBOARD_BAD_REQUEST = 'DASHBOARD_BAD_REQUEST';

/** Bounds on what one answer holds. */
export const DEFAULT_PACKET_LIMIT = 50;
export const MAX_PACKET_LIMIT = 200;
const MAX_ID_LENGTH = 256;
/** Alerts raised by the process that are shown, newest kept. */
const MAX_RAISED_ALERTS = 50;
/** Open event streams at once; more are refused with 503. */
const MAX_EVENT_STREAMS = 32;
/** A stream whose unsent data grows past this is cut (a page that stopped reading). */
const MAX_BUFFERED_BYTES = 1 << 20;
const THROUGHPUT_BUCKETS = 20;
const THROUGHPUT_BUCKET_SECONDS = 30;

export interface DashboardPath {
  readonly source: { readonly chain: string; readonly channel: string };
  readonly dest: { readonly chain: string; readonly channel: string };
}

/** What the dashboard reads, given by the process; functions, so each read sees the network as it is then. */
export interface DashboardSources {
  readonly chains: () => readonly { readonly id: string; readonly ledger: Ledger | undefined }[];
  readonly paths: () => readonly DashboardPath[];
  readonly clients: () => readonly HostedClientSource[];
  readonly pendingPackets: () => Promise<readonly PacketRecord[]>;
  /** Delivery queues whose dead letters are alerts. */
  readonly queues: () => readonly string[];
  readonly queueCounts: (queue: string) => Promise<QueueCounts>;
  readonly status: Pick<StatusStore, 'get'>;
  readonly bus: Pick<Bus, 'subscribe' | 'lastSeq'>;
  /** The packet status stream (`isthmus-packets`). */
  readonly packetsStream: string;
  /** Alerts this process raised, oldest first. */
  readonly alerts: () => readonly Alert[];
}

export interface DashboardOptions {
  readonly sources: DashboardSources;
  readonly logger: Logger;
  /** Milliseconds since the Unix epoch; default `Date.now`. */
  readonly now?: () => number;
  /** Between `summary` events (default 5 s). */
  readonly summaryIntervalMs?: number;
  /** Bound on each read of a chain, client or queue (default 2 s). */
  readonly readTimeoutMs?: number;
}

export interface Summary {
  readonly chains: readonly ChainView[];
  readonly paths: readonly PathView[];
  readonly alerts: readonly AlertView[];
}

export class Dashboard {
  readonly #sources: DashboardSources;
  readonly #log: Logger;
  readonly #now: () => number;
  readonly #summaryIntervalMs: number;
  readonly #readTimeoutMs: number;
  readonly #feed: PacketFeed;
  readonly #streams = new Set<ServerResponse>();
  #ticker: NodeJS.Timeout | undefined;
  /** One summary read at a time, shared by whoever asks while it runs. */
  #reading: Promise<Summary> | undefined;

  private constructor(options: DashboardOptions) {
    this.#sources = options.sources;
    this.#log = options.logger.child({ module: 'dashboard' });
    this.#now = options.now ?? Date.now;
    this.#summaryIntervalMs = options.summaryIntervalMs ?? 5_000;
    this.#readTimeoutMs = options.readTimeoutMs ?? 2_000;
    this.#feed = new PacketFeed({
      bus: options.sources.bus,
      stream: options.sources.packetsStream,
      status: options.sources.status,
      buckets: THROUGHPUT_BUCKETS,
      bucketSeconds: THROUGHPUT_BUCKET_SECONDS,
      now: this.#now,
      logger: options.logger,
    });
  }

  /** Subscribes to the packet status stream; the dashboard serves once this resolves. */
  static async start(options: DashboardOptions): Promise<Dashboard> {
    const dashboard = new Dashboard(options);
    await dashboard.#feed.start();
    return dashboard;
  }

  async close(): Promise<void> {
    clearInterval(this.#ticker);
    this.#ticker = undefined;
    for (const stream of this.#streams) stream.end();
    this.#streams.clear();
    await this.#feed.close();
  }

  /** Answers a request for a dashboard path; false when the path is not the dashboard's. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://dashboard.invalid');
    const path = url.pathname;
    const asset = ASSETS.get(path);
    if (!asset && path !== '/events' && !path.startsWith('/api/')) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { ...SECURITY_HEADERS, 'content-type': 'text/plain', allow: 'GET, HEAD' })
        .end('method not allowed\n');
      return true;
    }
    if (asset) {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': asset.contentType,
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : asset.body);
      return true;
    }
    if (path === '/events') {
      await this.#openStream(req, res);
      return true;
    }
    try {
      const body = await this.#api(path.slice('/api/'.length), url.searchParams);
      if (body === undefined) json(res, 404, { error: { code: 'NOT_FOUND', message: `no ${path}` } });
      else json(res, 200, body);
    } catch (err) {
      if (!IsthmusError.is(err) || err.category !== 'invalid_argument') throw err;
      json(res, 400, { error: { code: err.code, message: err.message } });
    }
    return true;
  }

  /** Chains, paths and alerts as they are now. */
  summary(): Promise<Summary> {
    this.#reading ??= this.#readSummary().finally(() => (this.#reading = undefined));
    return this.#reading;
  }

  async #api(route: string, query: URLSearchParams): Promise<unknown> {
    if (route === 'chains') return { chains: (await this.summary()).chains };
    if (route === 'paths') return { paths: (await this.summary()).paths };
    if (route === 'alerts') return { alerts: (await this.summary()).alerts };
    if (route === 'packets') return { packets: this.#feed.recent(limitOf(query.get('limit'))) };
    if (route.startsWith('packets/')) {
      const id = packetIdOf(route.slice('packets/'.length));
      const record = await this.#sources.status.get(id);
      return record === undefined ? undefined : { packet: packetView(record) };
    }
    return undefined;
  }

  async #openStream(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.#streams.size >= MAX_EVENT_STREAMS) {
      json(res, 503, { error: { code: 'TOO_MANY_STREAMS', message: 'too many open event streams' } });
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    this.#streams.add(res);
    // Changes that happen while the snapshot is read are sent after it, in order.
    const held: PacketSummary[] = [];
    let live = false;
    const stopListening = this.#feed.listen((packet) => {
      if (live) this.#send(res, 'packet', packet);
      else held.push(packet);
    });
    const closed = (): void => {
      stopListening();
      this.#streams.delete(res);
      if (this.#streams.size === 0) {
        clearInterval(this.#ticker);
        this.#ticker = undefined;
      }
    };
    res.once('close', closed);
    const summary = await this.summary();
    if (!this.#streams.has(res)) return;
    this.#send(res, 'snapshot', { ...summary, packets: this.#feed.recent(DEFAULT_PACKET_LIMIT) });
    live = true;
    for (const packet of held) this.#send(res, 'packet', packet);
    this.#ticker ??= setInterval(() => void this.#broadcastSummary(), this.#summaryIntervalMs);
  }

  async #broadcastSummary(): Promise<void> {
    try {
      const summary = await this.summary();
      for (const stream of this.#streams) this.#send(stream, 'summary', summary);
    } catch (err) {
      this.#log.warn({ err }, 'dashboard summary not read');
    }
  }

  /** One SSE event; JSON.stringify leaves no newline in `data`, so one `data:` line frames it. */
  #send(res: ServerResponse, event: string, data: unknown): void {
    if (res.writableLength > MAX_BUFFERED_BYTES) {
      res.destroy();
      return;
    }
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  async #readSummary(): Promise<Summary> {
    const sources = this.#sources;
    const nowMs = this.#now();
    const nowNs = BigInt(nowMs) * 1_000_000n;
    const [chains, pending, deadLetters] = await Promise.all([
      this.#readChains(nowNs),
      this.#bounded('pending packets', () => sources.pendingPackets()).catch(
        (): readonly PacketRecord[] => [],
      ),
      Promise.all(
        sources.queues().map(async (queue) => {
          try {
            return { queue, dead: (await this.#bounded(queue, () => sources.queueCounts(queue))).dead };
          } catch {
            return { queue, dead: 0 };
          }
        }),
      ),
    ]);
    const backlog = backlogByPath(pending, nowNs);
    const paths = sources.paths().map((p) => {
      const label = `${p.source.chain}/${p.source.channel}->${p.dest.chain}/${p.dest.channel}`;
      return pathView(label, backlog.get(label), this.#feed.throughput(label), THROUGHPUT_BUCKET_SECONDS);
    });
    const raised = sources.alerts().slice(-MAX_RAISED_ALERTS);
    return { chains, paths, alerts: alertViews(chains, deadLetters, raised) };
  }

  async #readChains(nowNs: bigint): Promise<ChainView[]> {
    const clients = this.#sources.clients();
    const reads = await Promise.all(
      clients.map(async (client): Promise<ClientRead> => {
        const { hostChainId, clientId, sourceChainId } = client;
        try {
          const reading = await within(
            `client ${clientId} on ${hostChainId}`,
            this.#readTimeoutMs,
            (signal) => readClient(client.host, clientId, nowNs, signal),
          );
          return { hostChainId, clientId, sourceChainId, reading };
        } catch (err) {
          return { hostChainId, clientId, sourceChainId, reading: { error: messageOf(err) } };
        }
      }),
    );
    return Promise.all(
      this.#sources.chains().map(async ({ id, ledger }): Promise<ChainView> => {
        const hosted = reads.filter((r) => r.hostChainId === id).map(clientView);
        if (!ledger) return { id, latestHeight: null, error: 'not running', clients: hosted };
        try {
          const res = await within(`ledger ${id}`, this.#readTimeoutMs, (signal) =>
            ledger.getLatestHeight({}, { signal }),
          );
          return { id, latestHeight: fromU64(res.height?.height).toString(), clients: hosted };
        } catch (err) {
          return { id, latestHeight: null, error: messageOf(err), clients: hosted };
        }
      }),
    );
  }

  #bounded<T>(what: string, read: () => Promise<T>): Promise<T> {
    return within(what, this.#readTimeoutMs, read);
  }
}

function limitOf(raw: string | null): number {
  if (raw === null) return DEFAULT_PACKET_LIMIT;
  if (!/^[0-9]{1,4}$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_PACKET_LIMIT) {
    throw badRequest(`limit is a whole number from 1 to ${MAX_PACKET_LIMIT}`, { limit: raw.slice(0, 32) });
  }
  return Number(raw);
}

/** The id from the path (`<chain>/<channel>/<sequence>`, each part percent-encoded or not). */
function packetIdOf(raw: string): string {
  if (raw.length > MAX_ID_LENGTH) throw badRequest(`a packet id is at most ${MAX_ID_LENGTH} characters`, {});
  let id: string;
  try {
    id = raw.split('/').map(decodeURIComponent).join('/');
  } catch (cause) {
    throw badRequest('the packet id is not valid percent-encoding', { id: raw }, cause);
  }
  // Throws INVALID_PACKET_ID (invalid_argument): answered as 400.
  parsePacketId(id);
  return id;
}

function badRequest(message: string, context: Record<string, unknown>, cause?: unknown): IsthmusError {
  return new IsthmusError(DASHBOARD_BAD_REQUEST, message, {
    category: 'invalid_argument',
    context,
    ...(cause === undefined ? {} : { cause }),
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' })
    .end(`${JSON.stringify(body)}\n`);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
