/**
 * The Relay API (`npm run bench -- api`), on loopback, in one run:
 *
 * 1. baseline: raw gRPC unary calls/s — a no-op method served as the API is
 *    served (api-baseline.ts), called with the SDK's transport (a grpc-js
 *    `Client` with the SDK's channel options, `unaryCall` with bearer
 *    metadata) by CONCURRENCY callers in a closed loop (api-load.ts);
 * 2. SendMessage calls/s through the real API (api-deployment.ts: the `api`
 *    role over a devnet pair, a bearer-token policy, the in-memory rate
 *    limit set high) with the same client stack and concurrency, each call
 *    with a fresh idempotency key as the SDK sends it. Every SendMessage is
 *    one submission to the source chain that answers when its block is
 *    made, so it runs at the relay benchmark's block time and again at a
 *    short one; SendMessage/raw is the figure with a goal;
 * 3. WatchMessages messages/s: one watcher replaying from cursor 0 the
 *    status messages SendMessage recorded (one `sent` each) during the
 *    short-block part, against the raw unary calls/s.
 *
 * Client, API, Ledger servers and devnets share this process: the CPU it
 * spent per call is reported beside each figure, as that is usually the limit.
 *
 * Environment: ISTHMUS_BENCH_QUICK=1 runs each part briefly (a check that it
 * works, under a minute).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, credentials } from '@grpc/grpc-js';
import { pino } from 'pino';
import { clientChannelOptions } from '../adapters/grpc/channel-options.js';
import { toU64, type v1 } from '../proto/index.js';
import { relayMethods } from '../relayer/api/index.js';
import { bearerMetadata, streamCall, unaryCall } from '../relayer/sdk/transport.js';
import { PACKETS_STREAM } from '../relayer/status/index.js';
import { baselineMethods, startBaselineServer } from './api-baseline.js';
import { startApiDeployment, type ApiDeployment } from './api-deployment.js';
import { closedLoop, median, type LoadResult } from './api-load.js';

const quick = process.env.ISTHMUS_BENCH_QUICK === '1';

const CONCURRENCY = 32;
/** The relay benchmark's block time. */
const BLOCK_TIME_MS = 150;
/** Short enough that waiting for the block is no longer the main cost of a SendMessage. */
const SHORT_BLOCK_TIME_MS = 5;
/** The API role's default. */
const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
const CALL_TIMEOUT_MS = 10_000;
const PAYLOAD = new TextEncoder().encode(JSON.stringify({ consent: 'research', patient: 'P-0001', v: 1 }));
const GOALS = { sendVsRaw: 0.5 } as const;

const plan = quick
  ? {
      raw: { warmupMs: 300, rounds: 3, roundMs: 1_000, maxCallsPerRound: 50_000 },
      send: { warmupMs: 500, rounds: 3, roundMs: 1_500, maxCallsPerRound: 20_000 },
      watch: { rounds: 3, maxMessages: 2_000, roundLimitMs: 10_000 },
    }
  : {
      raw: { warmupMs: 1_000, rounds: 5, roundMs: 3_000, maxCallsPerRound: 500_000 },
      send: { warmupMs: 1_000, rounds: 5, roundMs: 4_000, maxCallsPerRound: 200_000 },
      watch: { rounds: 5, maxMessages: 20_000, roundLimitMs: 20_000 },
    };

const silent = pino({ level: 'silent' });
const TOKEN = randomBytes(24).toString('base64url');

/** Steps run in reverse order at the end, on an error and on SIGINT/SIGTERM. */
class Teardown {
  readonly #steps: (() => Promise<void> | void)[] = [];

  add(step: () => Promise<void> | void): void {
    this.#steps.push(step);
  }

  async run(): Promise<void> {
    for (const step of this.#steps.splice(0).reverse()) {
      try {
        await step();
      } catch (err) {
        process.stderr.write(`api bench: clean-up step failed: ${String(err)}\n`);
      }
    }
  }
}

/** A client as the SDK makes one (plaintext: the server is on loopback). */
function openClient(address: string, teardown: Teardown): Client {
  const client = new Client(address, credentials.createInsecure(), clientChannelOptions({}));
  teardown.add(() => client.close());
  return client;
}

/** A SendMessage request as the SDK builds one: a fresh idempotency key each time. */
function sendRequest(
  sourceChain: string,
  sourceChannel: string,
  destRevision: bigint,
): v1.ISendMessageRequest {
  return {
    sourceChain,
    sourceChannel,
    app: 'records',
    payload: PAYLOAD,
    timeoutHeight: { revision: toU64(destRevision), height: toU64(1_000_000_000n) },
    timeoutTimestampNs: toU64(0n),
    idempotencyKey: randomUUID(),
  };
}

async function rawUnary(teardown: Teardown): Promise<LoadResult> {
  const server = await startBaselineServer(MAX_MESSAGE_BYTES, silent);
  teardown.add(() => server.close());
  const client = openClient(server.address, teardown);
  try {
    return await closedLoop(
      () =>
        unaryCall(
          client,
          baselineMethods.noop,
          sendRequest('bench-src-1', 'channel-0', 1n),
          bearerMetadata(TOKEN),
          CALL_TIMEOUT_MS,
          undefined,
        ),
      { concurrency: CONCURRENCY, ...plan.raw },
    );
  } finally {
    client.close();
    await server.close();
  }
}

interface SendFigures {
  readonly blockTimeMs: number;
  readonly load: LoadResult;
  /** The source's mean block interval during the part (the timer shares the thread with the load). */
  readonly blockIntervalMs: number;
  /** Packets sent in the part, warm-up included: the source's store grows by one commitment each. */
  readonly sent: number;
}

async function sendMessages(
  deployment: ApiDeployment,
  client: Client,
  blockTimeMs: number,
): Promise<SendFigures> {
  const { source, dest } = deployment.pair;
  const heightBefore = source.chain.latestHeight;
  const start = performance.now();
  const load = await closedLoop(
    () =>
      unaryCall(
        client,
        relayMethods.sendMessage,
        sendRequest(source.chain.chainId, source.channel, dest.chain.revision),
        bearerMetadata(TOKEN),
        CALL_TIMEOUT_MS,
        undefined,
      ),
    { concurrency: CONCURRENCY, ...plan.send },
  );
  const blocks = Number(source.chain.latestHeight - heightBefore);
  return {
    blockTimeMs,
    load,
    blockIntervalMs: (performance.now() - start) / Math.max(1, blocks),
    sent: Number(await deployment.relayer.drivers.bus.lastSeq(PACKETS_STREAM)),
  };
}

interface WatchFigures {
  /** Status messages on the stream, and how many each round replays. */
  readonly recorded: number;
  readonly perRound: number;
  readonly messagesPerSec: number;
  readonly cpuUsPerMessage: number;
  /** Rounds that hit their time limit before `perRound` messages. */
  readonly cutShort: number;
}

/** One watcher from cursor 0 until `perRound` updates or the round's limit, a round at a time. */
async function replayWatch(deployment: ApiDeployment, client: Client): Promise<WatchFigures> {
  const recorded = Number(await deployment.relayer.drivers.bus.lastSeq(PACKETS_STREAM));
  const perRound = Math.min(recorded, plan.watch.maxMessages);
  const request: v1.IWatchMessagesRequest = { chainId: deployment.pair.source.chain.chainId, cursor: '0' };
  const rates: number[] = [];
  const cpuPerMessage: number[] = [];
  let cutShort = 0;
  for (let r = 0; r < plan.watch.rounds && perRound > 0; r++) {
    const stop = new AbortController();
    const limit = setTimeout(() => stop.abort(), plan.watch.roundLimitMs);
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    let n = 0;
    try {
      for await (const update of streamCall(
        client,
        relayMethods.watchMessages,
        request,
        bearerMetadata(TOKEN),
        stop.signal,
      )) {
        if (update.message) n++;
        if (n >= perRound) break;
      }
    } catch (err) {
      // The round's time limit cancels the call; any other end of the stream is a failure.
      if (!stop.signal.aborted) throw err;
    } finally {
      clearTimeout(limit);
    }
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    if (n < perRound) cutShort++;
    rates.push(n / seconds);
    cpuPerMessage.push((cpu.user + cpu.system) / Math.max(1, n));
  }
  return {
    recorded,
    perRound,
    messagesPerSec: median(rates),
    cpuUsPerMessage: median(cpuPerMessage),
    cutShort,
  };
}

interface Results {
  readonly load: readonly number[];
  readonly raw: LoadResult;
  readonly sends: readonly SendFigures[];
  readonly watch: WatchFigures;
}

const n0 = (x: number): string => Math.round(x).toLocaleString('en-US');
const ms1 = (x: number): string => `${x.toFixed(1)} ms`;
const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');

function row(figure: string, value: string, ratio: string, goal: string): string {
  return `${figure.padEnd(48)} ${value.padEnd(20)} ${ratio.padEnd(22)} ${goal}`;
}

/** This process's CPU over a figure's wall time, in cores: near 1, the one JavaScript thread was the limit. */
function coresBusy(cpuUsPerCall: number, perSec: number): number {
  return (cpuUsPerCall * perSec) / 1e6;
}

/** Why a SendMessage figure is what it is, from the measurements. */
function limitOf(s: SendFigures, raw: LoadResult): string {
  const { load } = s;
  const byBlocks = (CONCURRENCY * 1000) / s.blockIntervalMs;
  const ours = coresBusy(load.cpuUsPerCall, load.callsPerSec);
  const others = median(load.roundOthers);
  const cpuRatio = `a SendMessage cost ${n0(load.cpuUsPerCall)} us of this process's CPU against ${n0(raw.cpuUsPerCall)} us for a raw call, so about ${(raw.cpuUsPerCall / load.cpuUsPerCall).toFixed(2)}x raw is the most the same CPU allows (a SendMessage holds a second gRPC call, the API's Submit to the Ledger, and a share of the block that commits it, so in one process it stays under 0.5x by construction)`;
  let why: string;
  if (load.callsPerSec >= 0.6 * byBlocks) {
    why = `each call waits for its block: ${CONCURRENCY} callers / ${ms1(s.blockIntervalMs)} per block allow ${n0(byBlocks)} calls/s, p50 latency ${ms1(load.p50Ms)}`;
  } else if (ours + others > 0.85 * load.cores) {
    why = `the shared machine was saturated (this process ${ours.toFixed(2)}, other processes ${others.toFixed(2)} of ${load.cores} cores); ${cpuRatio}`;
  } else {
    why = `CPU: this process ran ${ours.toFixed(2)} cores (other processes ${others.toFixed(2)} of ${load.cores}); its one JavaScript thread serves client, API, Ledger servers and devnets, and ${cpuRatio}`;
  }
  const first = load.roundRates[0] ?? 0;
  const last = load.roundRates.at(-1) ?? 0;
  // Only a fall that other processes do not explain is put down to the devnet's growing store.
  const othersRose = (load.roundOthers.at(-1) ?? 0) > (load.roundOthers[0] ?? 0) + 0.2;
  const growth =
    last < 0.8 * first && !othersRose
      ? `; rounds fell from ${n0(first)} to ${n0(last)} calls/s as the source's store grew to ${n0(s.sent)} packet commitments (every devnet block rebuilds its store's whole Merkle tree)`
      : '';
  return `limit at ${s.blockTimeMs} ms blocks: ${why}${growth}`;
}

function report(r: Results): string[] {
  const { raw, watch } = r;
  const lines = [
    `${quick ? 'QUICK mode (brief parts: a check, not a measurement); ' : ''}concurrency ${CONCURRENCY}, loopback, plaintext, bearer token; load average before the run ${r.load.map((x) => x.toFixed(2)).join(' / ')} (1/5/15 min; the machine is shared)`,
    row('figure', 'value', 'ratio', 'goal'),
    row('baseline  raw unary no-op (same server, client)', `${n0(raw.callsPerSec)} calls/s`, '1.00x', ''),
  ];
  for (const s of r.sends) {
    const ratio = s.load.callsPerSec / raw.callsPerSec;
    lines.push(
      row(
        `SendMessage  ${s.blockTimeMs} ms blocks (${ms1(s.blockIntervalMs)} kept)`,
        `${n0(s.load.callsPerSec)} calls/s`,
        `${ratio.toFixed(3)}x raw`,
        `>= ${GOALS.sendVsRaw}x: ${met(ratio >= GOALS.sendVsRaw)}`,
      ),
    );
  }
  lines.push(
    row(
      `WatchMessages replay of ${n0(watch.perRound)} from cursor 0`,
      `${n0(watch.messagesPerSec)} msgs/s`,
      `${(watch.messagesPerSec / raw.callsPerSec).toFixed(3)}x raw`,
      '',
    ),
    row(
      'latency   raw unary p50 / p99',
      `${ms1(raw.p50Ms)} / ${ms1(raw.p99Ms)}`,
      `${n0(raw.calls)} calls`,
      '',
    ),
  );
  for (const s of r.sends) {
    lines.push(
      row(
        `latency   SendMessage ${s.blockTimeMs} ms blocks p50 / p99`,
        `${ms1(s.load.p50Ms)} / ${ms1(s.load.p99Ms)}`,
        `${n0(s.load.calls)} calls`,
        '',
      ),
    );
  }
  lines.push(
    `cpu of this process per call: raw ${n0(raw.cpuUsPerCall)} us (${coresBusy(raw.cpuUsPerCall, raw.callsPerSec).toFixed(2)} cores); ${r.sends
      .map(
        (s) =>
          `SendMessage at ${s.blockTimeMs} ms ${n0(s.load.cpuUsPerCall)} us (${coresBusy(s.load.cpuUsPerCall, s.load.callsPerSec).toFixed(2)} cores)`,
      )
      .join(
        '; ',
      )}; WatchMessages ${n0(watch.cpuUsPerMessage)} us per message (${coresBusy(watch.cpuUsPerMessage, watch.messagesPerSec).toFixed(2)} cores)`,
  );
  const rates = (result: LoadResult): string =>
    result.roundRates.map((rate, i) => `${n0(rate)} (${(result.roundOthers[i] ?? 0).toFixed(1)})`).join(', ');
  lines.push(
    `calls/s by round (in brackets: cores other processes used): raw ${rates(raw)}; ${r.sends.map((s) => `SendMessage at ${s.blockTimeMs} ms ${rates(s.load)}`).join('; ')}`,
  );
  if (watch.cutShort > 0) {
    lines.push(`note: ${watch.cutShort} WatchMessages rounds hit their ${plan.watch.roundLimitMs} ms limit`);
  }
  for (const s of r.sends) {
    if (s.load.callsPerSec / raw.callsPerSec < GOALS.sendVsRaw) lines.push(limitOf(s, raw));
  }
  lines.push(
    `WatchMessages: ${n0(watch.recorded)} 'sent' status messages on the stream; each round opens a new watch at cursor 0 and reads ${n0(watch.perRound)} of them`,
  );
  return lines;
}

export async function api(): Promise<string[]> {
  const teardown = new Teardown();
  // One clean-up whatever arrives next (npm, tsx and a terminal may each pass a signal on).
  let stopping: Promise<void> | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    stopping ??= teardown.run().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const load = loadavg();
    const dir = await mkdtemp(join(tmpdir(), 'isthmus-bench-api-'));
    teardown.add(() => rm(dir, { recursive: true, force: true }));

    const raw = await rawUnary(teardown);

    const sends: SendFigures[] = [];
    let watch: WatchFigures | undefined;
    for (const [name, blockTimeMs] of [
      ['api-slow', BLOCK_TIME_MS],
      ['api-fast', SHORT_BLOCK_TIME_MS],
    ] as const) {
      // A fresh deployment per block time: a devnet's blocks cost more as its store grows.
      const deployment = await startApiDeployment(name, blockTimeMs, dir, TOKEN, MAX_MESSAGE_BYTES, silent);
      teardown.add(() => deployment.close());
      const client = openClient(deployment.address, teardown);
      try {
        sends.push(await sendMessages(deployment, client, blockTimeMs));
        if (blockTimeMs === SHORT_BLOCK_TIME_MS) watch = await replayWatch(deployment, client);
      } finally {
        client.close();
        await deployment.close();
      }
    }
    if (watch === undefined) throw new Error('the WatchMessages part did not run');
    return report({ load, raw, sends, watch });
  } finally {
    // After a signal, calls fail as their clients close: the clean-up under way exits when done.
    await (stopping ?? teardown.run());
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
