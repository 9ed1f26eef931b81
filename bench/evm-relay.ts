/**
 * EVM → main chain through the relayer (`npm run bench -- evm-relay`): its
 * own redis-server and nats-server on free loopback ports, an EVM ledger
 * (ganache in process, a block per transaction, the IsthmusPackets contract,
 * the EVM Ledger adapter on loopback gRPC, a 2-of-3 committee) and a main
 * devnet (100 ms blocks), the relayer in process with every role. In one run:
 *
 * 1. baseline: records committed on the EVM ledger per second through the
 *    adapter alone (SendPackets, BATCH per transaction, one transaction at a
 *    time): the ledger's own write rate here;
 * 2. throughput: records sent on the EVM ledger, received on main (attested
 *    header + storage proof per batch) and acknowledged back on the contract
 *    (committee signatures), with the source kept IN_FLIGHT ahead; relay/raw;
 * 3. latency: single records at a low rate, from the send's submission to
 *    the adapter to main holding the receipt (polled in process): p50, p99.
 *
 * ISTHMUS_BENCH_QUICK=1 runs each part briefly (a check that it works);
 * ISTHMUS_BENCH_LOG=info shows the relayer's log (batches delivered, retries).
 */
import { pino } from 'pino';
import { receiptPath } from '../adapters/devnet/index.js';
import { packetsInterface } from '../adapters/evm/contract.js';
import { relayerRoles, startRelayer } from '../relayer/service/index.js';
import { EvmNetwork } from '../test/support/evm-network.js';
import { startNats, startRedis } from '../test/support/servers.js';

const quick = process.env.ISTHMUS_BENCH_QUICK === '1';
const BATCH = 50;
const plan = quick
  ? {
      baselineMs: 2_000,
      inFlight: 200,
      warmupMs: 2_000,
      windowMs: 5_000,
      latencySamples: 10,
      latencyGapMs: 200,
    }
  : {
      baselineMs: 10_000,
      inFlight: 200,
      warmupMs: 5_000,
      windowMs: 30_000,
      latencySamples: 60,
      latencyGapMs: 250,
    };
const LIMIT_MS = 120_000;
/** What is in flight after the throughput part drains at its rate (a few records/s on ganache). */
const DRAIN_LIMIT_MS = 600_000;
const silent = pino({ level: process.env.ISTHMUS_BENCH_LOG ?? 'silent' });
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const utf8 = new TextEncoder();

function payloads(tag: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${tag}-${i}`);
}

/** Records committed on the EVM ledger per second, one batch transaction at a time. */
async function baseline(n: EvmNetwork): Promise<{ perSec: number; sent: number }> {
  let sent = 0;
  const start = Date.now();
  while (Date.now() - start < plan.baselineMs) {
    sent += (await n.send('evm', payloads(`base-${sent}`, BATCH))).length;
  }
  return { perSec: sent / ((Date.now() - start) / 1000), sent };
}

/** PacketAcknowledged events on the contract since `fromBlock`, counted incrementally. */
class AckCounter {
  count = 0;
  #next: number;
  readonly #n: EvmNetwork;
  readonly #topic: string;

  constructor(n: EvmNetwork, fromBlock: number) {
    this.#n = n;
    this.#next = fromBlock;
    this.#topic = packetsInterface.getEvent('PacketAcknowledged')?.topicHash ?? '';
  }

  async poll(): Promise<number> {
    const head = await this.#n.ganache.provider.getBlockNumber();
    if (head < this.#next) return this.count;
    const logs = await this.#n.ganache.provider.getLogs({
      address: this.#n.contract,
      topics: [this.#topic],
      fromBlock: this.#next,
      toBlock: head,
    });
    this.count += logs.length;
    this.#next = head + 1;
    return this.count;
  }
}

/** Acknowledged records/s over the window, the source kept `inFlight` ahead of the acknowledgements. */
async function throughput(n: EvmNetwork): Promise<{ perSec: number; sent: number }> {
  const acks = new AckCounter(n, (await n.ganache.provider.getBlockNumber()) + 1);
  let sent = 0;
  let windowStart: { at: number; acked: number } | undefined;
  const start = Date.now();
  for (;;) {
    const elapsed = Date.now() - start;
    const acked = await acks.poll();
    if (!windowStart && elapsed >= plan.warmupMs) windowStart = { at: Date.now(), acked };
    if (windowStart && Date.now() - windowStart.at >= plan.windowMs) {
      const seconds = (Date.now() - windowStart.at) / 1000;
      return { perSec: (acked - windowStart.acked) / seconds, sent };
    }
    if (elapsed > LIMIT_MS) throw new Error('throughput part over its time limit');
    if (sent - acked < plan.inFlight) sent += (await n.send('evm', payloads(`load-${sent}`, BATCH))).length;
    else await sleep(50);
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** From the send's submission to the adapter to main holding the receipt, ms. */
async function latency(n: EvmNetwork): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < plan.latencySamples; i++) {
    const sent = Date.now();
    const [sequence = 0n] = await n.send('evm', [`latency-${i}`]);
    const key = utf8.encode(receiptPath('channel-0', sequence));
    while (n.chain.getAt(n.chain.latestHeight, key) === undefined) {
      if (Date.now() - sent > 30_000) throw new Error(`record ${sequence} not received within 30 s`);
      await sleep(5);
    }
    samples.push(Date.now() - sent);
    await sleep(plan.latencyGapMs);
  }
  return samples.sort((a, b) => a - b);
}

export async function evmRelay(): Promise<string[]> {
  const redis = await startRedis();
  const nats = await startNats();
  const n = new EvmNetwork();
  try {
    await n.open();
    const raw = await baseline(n);
    const relayer = await startRelayer({
      config: {
        ...n.config(
          { redisUrl: redis.url, natsUrl: nats.url },
          {
            eventsStream: 'bench-evm-events',
            eventsPrefix: 'bench-evm',
            plannerDurable: 'bench-evm-planner',
            cursorsBucket: 'bench-evm-cursors',
            leasesBucket: 'bench-evm-leases',
          },
        ),
        workers: {
          concurrency: 4,
          batchSize: 100,
          batchDelayMs: 50,
          lockDurationMs: 10_000,
          stalledIntervalMs: 5_000,
          reportIntervalMs: 5_000,
        },
      },
      roles: new Set(relayerRoles),
      logger: silent,
      stopTimeoutMs: 10_000,
    });
    try {
      const load = await throughput(n);
      // Every record sent acknowledged first, so latency is measured on an idle relayer.
      const drainedBy = Date.now() + DRAIN_LIMIT_MS;
      const acks = new AckCounter(n, 0);
      // The baseline's records are relayed too, once the relayer starts.
      const total = raw.sent + load.sent;
      while ((await acks.poll()) < total) {
        if (Date.now() > drainedBy) throw new Error(`${total - acks.count} records not drained in time`);
        await sleep(200);
      }
      const lat = await latency(n);
      const ratio = load.perSec / raw.perSec;
      return [
        `baseline: EVM ledger writes through the adapter   ${raw.perSec.toFixed(0)} records/s (batches of ${BATCH})`,
        `EVM → main, acknowledged end to end            ${load.perSec.toFixed(1)} records/s  (${ratio.toFixed(3)}× baseline)`,
        `latency, send submitted → received on main     p50 ${percentile(lat, 50)} ms, p99 ${percentile(lat, 99)} ms (${lat.length} records, main blocks 100 ms)`,
      ];
    } finally {
      await relayer.close();
    }
  } finally {
    await n.close();
    await nats.stop();
    await redis.stop();
  }
}
