/**
 * RelayerMetrics: each metric appears with its labels after the event it
 * counts (the sinks the roles and the status store call), and the gauges
 * read at scrape time come from the process's sources. The sources are
 * fakes where the point is an exact value — records with set send times
 * (backlog ages), queue counts per state, a durable's pending count, a
 * Ledger that stops answering — and in-process devnet Ledgers where a real
 * client state is read (client height, expiry, frozen).
 */
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { DevnetLedger } from '../../../adapters/devnet/index.js';
import type { Ledger } from '../../../adapters/index.js';
import { toU64 } from '../../../proto/index.js';
import { METRIC_NAMES, RelayerMetrics, type ScrapeSources } from '../../../relayer/observability/index.js';
import type { PacketRecord } from '../../../relayer/status/index.js';
import { chainPair, createClient, GENESIS_TIME, SECOND } from '../devnet/packets/relay-steps.js';
import { find, parseExposition, valueOf, type Exposition } from './prom-text.js';

const logger = pino({ level: 'silent' });
/** Shortly after the devnets' genesis, so their clients are well within the trusting period. */
const NOW = GENESIS_TIME + 100n * SECOND;
const PATH = 'health-1/channel-0->main-1/channel-0';

const metricsOf = (processMetrics = false, readTimeoutMs = 500): RelayerMetrics =>
  new RelayerMetrics({ logger, now: () => NOW, processMetrics, readTimeoutMs });

const scrape = async (metrics: RelayerMetrics): Promise<Exposition> => parseExposition(await metrics.text());

const noSources: ScrapeSources = {
  pendingPackets: () => Promise.resolve([]),
  queues: () => [],
  queueCounts: () => Promise.reject(new Error('no queue')),
  durables: () => [],
  consumerPending: () => Promise.resolve(undefined),
  clients: () => [],
  watchedChains: () => [],
};

const record = (sequence: number, status: PacketRecord['status'], sentAgoSeconds: bigint): PacketRecord => ({
  id: `health-1/channel-0/${sequence}`,
  status,
  hops: [{ chainId: 'health-1', step: 'send', height: 5n, txId: 'T', timeNs: NOW - sentAgoSeconds * SECOND }],
  packet: {
    sequence: toU64(BigInt(sequence)),
    sourceChain: 'health-1',
    sourceChannel: 'channel-0',
    destChain: 'main-1',
    destChannel: 'channel-0',
  },
});

describe('RelayerMetrics names', () => {
  it('behavior: METRIC_NAMES is exactly the relayer metrics registered; process metrics come on top, prefixed', async () => {
    const own = (await metricsOf().registry.getMetricsAsJSON()).map((m) => m.name);
    expect([...own].sort()).toEqual([...METRIC_NAMES].sort());
    const all = (await metricsOf(true).registry.getMetricsAsJSON()).map((m) => m.name);
    const extra = all.filter((name) => !METRIC_NAMES.includes(name));
    expect(extra).toContain('isthmus_process_cpu_seconds_total');
    expect(extra.every((name) => /^isthmus_(process|nodejs)_/.test(name))).toBe(true);
  });

  it('behavior: the text of a registry with process metrics parses line by line', async () => {
    const text = await metricsOf(true).text();
    const parsed = parseExposition(text);
    expect(valueOf(parsed, 'isthmus_process_start_time_seconds')).toBeGreaterThan(0);
  });
});

describe('RelayerMetrics sinks', () => {
  it('behavior: final statuses and latency count by path (and status)', async () => {
    const metrics = metricsOf();
    metrics.packetFinal(PATH, 'acknowledged');
    metrics.packetFinal(PATH, 'acknowledged');
    metrics.packetFinal(PATH, 'timed_out');
    metrics.packetLatency(PATH, 3);
    const s = await scrape(metrics);
    expect(valueOf(s, 'isthmus_packets_total', { path: PATH, status: 'acknowledged' })).toBe(2);
    expect(valueOf(s, 'isthmus_packets_total', { path: PATH, status: 'timed_out' })).toBe(1);
    expect(valueOf(s, 'isthmus_packet_latency_seconds_count', { path: PATH })).toBe(1);
    expect(valueOf(s, 'isthmus_packet_latency_seconds_sum', { path: PATH })).toBe(3);
    expect(valueOf(s, 'isthmus_packet_latency_seconds_bucket', { path: PATH, le: '5' })).toBe(1);
    expect(s.types.get('isthmus_packet_latency_seconds')).toBe('histogram');
  });

  it('behavior: submission errors by chain and code; verifications by type and result with their duration', async () => {
    const metrics = metricsOf();
    metrics.submissionError('main-1', 'PROOF_INVALID');
    metrics.submissionError('main-1', 'UNAVAILABLE');
    metrics.submissionError('main-1', 'UNAVAILABLE');
    metrics.verification('header', 'ok', 0.002);
    metrics.verification('membership', 'ok', 0.001);
    metrics.verification('non_membership', 'PROOF_INVALID', 0.001);
    const s = await scrape(metrics);
    expect(valueOf(s, 'isthmus_submission_errors_total', { chain: 'main-1', code: 'UNAVAILABLE' })).toBe(2);
    expect(valueOf(s, 'isthmus_submission_errors_total', { chain: 'main-1', code: 'PROOF_INVALID' })).toBe(1);
    expect(valueOf(s, 'isthmus_light_client_verifications_total', { type: 'header', result: 'ok' })).toBe(1);
    expect(valueOf(s, 'isthmus_light_client_verifications_total', { type: 'membership', result: 'ok' })).toBe(
      1,
    );
    expect(
      valueOf(s, 'isthmus_light_client_verifications_total', {
        type: 'non_membership',
        result: 'PROOF_INVALID',
      }),
    ).toBe(1);
    expect(valueOf(s, 'isthmus_light_client_verification_seconds_count', { type: 'header' })).toBe(1);
  });

  it('behavior: misbehaviour detected and submitted by host and client', async () => {
    const metrics = metricsOf();
    metrics.misbehaviourDetected('main-1', '07-tendermint-0');
    metrics.misbehaviourSubmitted('main-1', '07-tendermint-0');
    const s = await scrape(metrics);
    const labels = { host: 'main-1', client: '07-tendermint-0' };
    expect(valueOf(s, 'isthmus_misbehaviour_detected_total', labels)).toBe(1);
    expect(valueOf(s, 'isthmus_misbehaviour_submitted_total', labels)).toBe(1);
  });
});

describe('RelayerMetrics at scrape', () => {
  it('behavior: the backlog counts pending packets by path with the oldest age; a cleared path shows 0', async () => {
    const metrics = metricsOf();
    let records = [record(1, 'sent', 30n), record(2, 'received', 10n), record(3, 'acknowledged', 90n)];
    metrics.observe({ ...noSources, pendingPackets: () => Promise.resolve(records) });
    let s = await scrape(metrics);
    expect(valueOf(s, 'isthmus_backlog_packets', { path: PATH })).toBe(2);
    expect(valueOf(s, 'isthmus_backlog_oldest_age_seconds', { path: PATH })).toBe(30);
    records = [];
    s = await scrape(metrics);
    expect(valueOf(s, 'isthmus_backlog_packets', { path: PATH })).toBe(0);
  });

  it('behavior: queue jobs by queue and state; a durable consumer pending by stream and consumer', async () => {
    const metrics = metricsOf();
    metrics.observe({
      ...noSources,
      queues: () => ['deliver:main-1'],
      queueCounts: () => Promise.resolve({ waiting: 3, active: 1, delayed: 2, failed: 0, dead: 4 }),
      durables: () => [
        { stream: 'isthmus-events', durable: 'planner' },
        { stream: 'isthmus-events', durable: 'absent' },
      ],
      consumerPending: (_, durable) => Promise.resolve(durable === 'planner' ? 7 : undefined),
    });
    const s = await scrape(metrics);
    const queue = 'deliver:main-1';
    expect(valueOf(s, 'isthmus_queue_jobs', { queue, state: 'waiting' })).toBe(3);
    expect(valueOf(s, 'isthmus_queue_jobs', { queue, state: 'active' })).toBe(1);
    expect(valueOf(s, 'isthmus_queue_jobs', { queue, state: 'delayed' })).toBe(2);
    expect(valueOf(s, 'isthmus_queue_jobs', { queue, state: 'failed' })).toBe(0);
    expect(valueOf(s, 'isthmus_queue_jobs', { queue, state: 'dead' })).toBe(4);
    expect(
      valueOf(s, 'isthmus_jetstream_consumer_pending', { stream: 'isthmus-events', consumer: 'planner' }),
    ).toBe(7);
    expect(find(s, 'isthmus_jetstream_consumer_pending', { consumer: 'absent' })).toEqual([]);
  });

  it('behavior: clients read through QueryClient; a failing or hanging read keeps the last value and counts an error', async () => {
    const [main, health] = chainPair('main-1', 'health-1');
    const mainLedger = new DevnetLedger(main);
    main.produceBlock();
    health.produceBlock();
    const clientId = await createClient(mainLedger, new DevnetLedger(health));
    let mode: 'ok' | 'fail' | 'hang' = 'ok';
    // Only queryClient is read; the modes stand for a host that fails or never answers.
    const host = {
      queryClient: (req: Parameters<Ledger['queryClient']>[0]) => {
        if (mode === 'fail') return Promise.reject(new Error('UNAVAILABLE'));
        if (mode === 'hang') return new Promise(() => undefined);
        return mainLedger.queryClient(req);
      },
    } as Pick<Ledger, 'queryClient'> as Ledger;
    const metrics = metricsOf(false, 100);
    metrics.observe({
      ...noSources,
      clients: () => [{ hostChainId: 'main-1', clientId, sourceChainId: 'health-1', host }],
    });
    const labels = { host: 'main-1', client: clientId, chain: 'health-1' };
    let s = await scrape(metrics);
    const height = valueOf(s, 'isthmus_client_latest_height', labels);
    expect(height).toBeGreaterThan(0);
    expect(valueOf(s, 'isthmus_client_trusting_period_remaining_seconds', labels)).toBeGreaterThan(0);
    expect(valueOf(s, 'isthmus_client_frozen', labels)).toBe(0);
    for (const failing of ['fail', 'hang'] as const) {
      mode = failing;
      s = await scrape(metrics);
      expect(valueOf(s, 'isthmus_client_latest_height', labels)).toBe(height);
    }
    expect(metrics.scrapeErrors().get('client')).toBe(2);
  });

  it('behavior: the watcher lag is the chain height minus the processed height', async () => {
    const metrics = metricsOf();
    // Only getLatestHeight is read: a fixed tip makes the lag exact.
    const ledger = {
      getLatestHeight: () => Promise.resolve({ height: { revision: toU64(0n), height: toU64(12n) } }),
    } as unknown as Ledger;
    metrics.observe({
      ...noSources,
      watchedChains: () => [{ chainId: 'main-1', ledger, processedHeight: () => Promise.resolve(9n) }],
    });
    const s = await scrape(metrics);
    expect(valueOf(s, 'isthmus_watcher_lag_blocks', { chain: 'main-1' })).toBe(3);
  });
});
