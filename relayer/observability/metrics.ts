/**
 * The relayer's Prometheus metrics (names.ts): one prom-client `Registry`
 * per process — never the global default — with the sinks the roles and
 * the metered status store call as things happen, and gauges read from
 * the process's sources (sources.ts) when scraped. Every scrape read is
 * bounded in time; a read that fails keeps the last value, is logged and
 * counted by source (`scrapeErrors()`). Label values are bounded: chains,
 * clients, paths, queues, durables, error codes — never a packet id.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { fromU64 } from '../../proto/index.js';
import type { VerificationKind } from '../delivery/index.js';
import type { Logger } from '../logger.js';
import type { MisbehaviourMetrics, WorkerMetrics } from '../roles/metrics.js';
import { backlogByPath } from './backlog.js';
import { within } from './bounded.js';
import { readClient } from './client-reading.js';
import type { FinalStatusLabel, PacketMetrics } from './metered-status.js';
import { METRIC_PREFIX } from './names.js';
import type { ScrapeSources } from './sources.js';

export interface RelayerMetricsOptions {
  readonly logger: Logger;
  /** Bound on each read a scrape makes (default 2 s). */
  readonly readTimeoutMs?: number;
  /** Nanoseconds since the epoch (backlog ages, client expiry); default the wall clock. */
  readonly now?: () => bigint;
  /** Process and Node.js metrics (default true). */
  readonly processMetrics?: boolean;
}

/** Which scrape read failed. */
export type ScrapeSource = 'backlog' | 'client' | 'queue' | 'consumer' | 'watcher';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'dead'] as const;
const wallClockNs = (): bigint => BigInt(Date.now()) * 1_000_000n;

export class RelayerMetrics implements WorkerMetrics, MisbehaviourMetrics, PacketMetrics {
  readonly registry = new Registry();
  readonly #log: Logger;
  readonly #timeoutMs: number;
  readonly #now: () => bigint;
  #sources: ScrapeSources | undefined;
  /** Reads in flight, shared by the gauges one read fills (a scrape collects every gauge at once). */
  readonly #inFlight = new Map<string, Promise<void>>();
  /** Paths that had a backlog: shown as 0 once it is gone, rather than vanishing. */
  readonly #backlogPaths = new Set<string>();

  readonly #backlogPackets: Gauge<'path'>;
  readonly #backlogOldest: Gauge<'path'>;
  readonly #packets: Counter<'path' | 'status'>;
  readonly #latency: Histogram<'path'>;
  readonly #clientHeight: Gauge<'host' | 'client' | 'chain'>;
  readonly #clientRemaining: Gauge<'host' | 'client' | 'chain'>;
  readonly #clientFrozen: Gauge<'host' | 'client' | 'chain'>;
  readonly #detected: Counter<'host' | 'client'>;
  readonly #submitted: Counter<'host' | 'client'>;
  readonly #submissionErrors: Counter<'chain' | 'code'>;
  readonly #queueJobs: Gauge<'queue' | 'state'>;
  readonly #consumerPending: Gauge<'stream' | 'consumer'>;
  readonly #watcherLag: Gauge<'chain'>;
  readonly #verifications: Counter<'type' | 'result'>;
  readonly #verificationSeconds: Histogram<'type'>;
  readonly #scrapeErrors = new Map<ScrapeSource, number>();

  constructor(options: RelayerMetricsOptions) {
    this.#log = options.logger.child({ module: 'metrics' });
    this.#timeoutMs = options.readTimeoutMs ?? 2_000;
    this.#now = options.now ?? wallClockNs;
    const registers = [this.registry];
    const backlog = (): Promise<void> => this.#shared('backlog', () => this.#readBacklog());
    const clients = (): Promise<void> => this.#shared('client', () => this.#readClients());
    this.#backlogPackets = new Gauge({
      name: 'isthmus_backlog_packets',
      help: 'Packets sent and not yet acknowledged, timed out or failed, by path',
      labelNames: ['path'],
      registers,
      collect: backlog,
    });
    this.#backlogOldest = new Gauge({
      name: 'isthmus_backlog_oldest_age_seconds',
      help: 'Age of the oldest packet of the backlog, since its send, by path',
      labelNames: ['path'],
      registers,
      collect: backlog,
    });
    this.#packets = new Counter({
      name: 'isthmus_packets_total',
      help: 'Packets that reached a final status (acknowledged, timed_out, failed), by path',
      labelNames: ['path', 'status'],
      registers,
    });
    this.#latency = new Histogram({
      name: 'isthmus_packet_latency_seconds',
      help: 'Time from a packet send to its receipt on the destination (hop times), by path',
      labelNames: ['path'],
      buckets: [0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 3600],
      registers,
    });
    this.#clientHeight = new Gauge({
      name: 'isthmus_client_latest_height',
      help: 'Latest height of a client of `chain` kept on `host`',
      labelNames: ['host', 'client', 'chain'],
      registers,
      collect: clients,
    });
    this.#clientRemaining = new Gauge({
      name: 'isthmus_client_trusting_period_remaining_seconds',
      help: 'Seconds before the client expires without an update',
      labelNames: ['host', 'client', 'chain'],
      registers,
      collect: clients,
    });
    this.#clientFrozen = new Gauge({
      name: 'isthmus_client_frozen',
      help: '1 when the client is frozen (misbehaviour), else 0',
      labelNames: ['host', 'client', 'chain'],
      registers,
      collect: clients,
    });
    this.#detected = new Counter({
      name: 'isthmus_misbehaviour_detected_total',
      help: 'Conflicting headers found for a client by the misbehaviour watcher',
      labelNames: ['host', 'client'],
      registers,
    });
    this.#submitted = new Counter({
      name: 'isthmus_misbehaviour_submitted_total',
      help: 'Misbehaviour evidence the host accepted',
      labelNames: ['host', 'client'],
      registers,
    });
    this.#submissionErrors = new Counter({
      name: 'isthmus_submission_errors_total',
      help: 'Packet steps a worker retried or failed for good, by destination chain and error code',
      labelNames: ['chain', 'code'],
      registers,
    });
    this.#queueJobs = new Gauge({
      name: 'isthmus_queue_jobs',
      help: 'Jobs of a delivery queue by state',
      labelNames: ['queue', 'state'],
      registers,
      collect: () => this.#shared('queue', () => this.#readQueues()),
    });
    this.#consumerPending = new Gauge({
      name: 'isthmus_jetstream_consumer_pending',
      help: 'Messages of a durable consumer not yet acknowledged',
      labelNames: ['stream', 'consumer'],
      registers,
      collect: () => this.#shared('consumer', () => this.#readConsumers()),
    });
    this.#watcherLag = new Gauge({
      name: 'isthmus_watcher_lag_blocks',
      help: "Chain's latest height minus the height its watcher has processed",
      labelNames: ['chain'],
      registers,
      collect: () => this.#shared('watcher', () => this.#readWatchers()),
    });
    this.#verifications = new Counter({
      name: 'isthmus_light_client_verifications_total',
      help: 'Light-client checks (header, membership, non_membership) by result (ok or the error code)',
      labelNames: ['type', 'result'],
      registers,
    });
    this.#verificationSeconds = new Histogram({
      name: 'isthmus_light_client_verification_seconds',
      help: 'Duration of a light-client check',
      labelNames: ['type'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    if (options.processMetrics ?? true)
      collectDefaultMetrics({ register: this.registry, prefix: METRIC_PREFIX });
  }

  /** Where scrapes read from; until it is called, the scrape-time gauges stay empty. */
  observe(sources: ScrapeSources): void {
    this.#sources = sources;
  }

  /** The Prometheus text exposition of every metric. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** Scrape reads that failed or timed out since start, by source. */
  scrapeErrors(): ReadonlyMap<ScrapeSource, number> {
    return new Map(this.#scrapeErrors);
  }

  packetFinal(path: string, status: FinalStatusLabel): void {
    this.#packets.inc({ path, status });
  }

  packetLatency(path: string, seconds: number): void {
    this.#latency.observe({ path }, seconds);
  }

  submissionError(chainId: string, code: string): void {
    this.#submissionErrors.inc({ chain: chainId, code });
  }

  verification(kind: VerificationKind, result: string, seconds: number): void {
    this.#verifications.inc({ type: kind, result });
    this.#verificationSeconds.observe({ type: kind }, seconds);
  }

  misbehaviourDetected(hostChainId: string, clientId: string): void {
    this.#detected.inc({ host: hostChainId, client: clientId });
  }

  misbehaviourSubmitted(hostChainId: string, clientId: string): void {
    this.#submitted.inc({ host: hostChainId, client: clientId });
  }

  #shared(key: string, read: () => Promise<void>): Promise<void> {
    const running = this.#inFlight.get(key);
    if (running) return running;
    const started = read().finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, started);
    return started;
  }

  /** Runs one bounded read; a failure is logged and counted, never thrown into the scrape. */
  async #attempt<T>(
    source: ScrapeSource,
    what: string,
    read: (signal: AbortSignal) => Promise<T>,
  ): Promise<T | undefined> {
    try {
      return await within(what, this.#timeoutMs, read);
    } catch (err) {
      const errors = (this.#scrapeErrors.get(source) ?? 0) + 1;
      this.#scrapeErrors.set(source, errors);
      this.#log.warn({ err, source, what, errors }, 'metrics read failed; last value kept');
      return undefined;
    }
  }

  async #readBacklog(): Promise<void> {
    const sources = this.#sources;
    if (!sources) return;
    const records = await this.#attempt('backlog', 'packet status', () => sources.pendingPackets());
    if (!records) return;
    const byPath = backlogByPath(records, this.#now());
    for (const path of byPath.keys()) this.#backlogPaths.add(path);
    for (const path of this.#backlogPaths) {
      const backlog = byPath.get(path);
      this.#backlogPackets.set({ path }, backlog?.packets ?? 0);
      this.#backlogOldest.set({ path }, backlog?.oldestAgeSeconds ?? 0);
    }
  }

  async #readClients(): Promise<void> {
    const sources = this.#sources;
    if (!sources) return;
    await Promise.all(
      sources.clients().map(async (c) => {
        const reading = await this.#attempt('client', `client ${c.clientId} on ${c.hostChainId}`, (signal) =>
          readClient(c.host, c.clientId, this.#now(), signal),
        );
        if (!reading) return;
        const labels = { host: c.hostChainId, client: c.clientId, chain: c.sourceChainId };
        this.#clientHeight.set(labels, Number(reading.latestHeight));
        this.#clientRemaining.set(labels, reading.trustingPeriodRemainingSeconds);
        this.#clientFrozen.set(labels, reading.frozen ? 1 : 0);
      }),
    );
  }

  async #readQueues(): Promise<void> {
    const sources = this.#sources;
    if (!sources) return;
    await Promise.all(
      sources.queues().map(async (queue) => {
        const counts = await this.#attempt('queue', `queue ${queue}`, () => sources.queueCounts(queue));
        if (!counts) return;
        for (const state of QUEUE_STATES) this.#queueJobs.set({ queue, state }, counts[state]);
      }),
    );
  }

  async #readConsumers(): Promise<void> {
    const sources = this.#sources;
    if (!sources) return;
    await Promise.all(
      sources.durables().map(async ({ stream, durable }) => {
        const pending = await this.#attempt('consumer', `durable ${durable}`, () =>
          sources.consumerPending(stream, durable),
        );
        // Undefined: the durable does not exist (yet) — nothing to show.
        if (pending !== undefined) this.#consumerPending.set({ stream, consumer: durable }, pending);
      }),
    );
  }

  async #readWatchers(): Promise<void> {
    const sources = this.#sources;
    if (!sources) return;
    await Promise.all(
      sources.watchedChains().map(async (chain) => {
        const lag = await this.#attempt('watcher', `watcher of ${chain.chainId}`, async (signal) => {
          const [latest, processed] = await Promise.all([
            chain.ledger.getLatestHeight({}, { signal }),
            chain.processedHeight(),
          ]);
          const tip = fromU64(latest.height?.height);
          return tip > (processed ?? 0n) ? tip - (processed ?? 0n) : 0n;
        });
        if (lag !== undefined) this.#watcherLag.set({ chain: chain.chainId }, Number(lag));
      }),
    );
  }
}
