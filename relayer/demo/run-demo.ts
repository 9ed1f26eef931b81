/**
 * The demo (`npm start`, `npm run demo`): three devnet chains and an agency
 * ledger in this process, each serving the `Ledger` gRPC service on
 * loopback; the relayer's roles (watcher, planner, worker, clearing) in
 * embedded mode, pointed at those endpoints like any relayer; and a steady
 * stream of sample records that the relayer — not the demo — moves:
 * watcher -> planner -> queue -> worker, every header and proof verified by
 * a light client before it is submitted. A summary line reads the
 * relayer's packet status store once a second.
 *
 * Runs until `signal` aborts, or, given `messages`, until that many were
 * sent and relayed (or `waitMs` after the last send). Then it closes the
 * relayer, the agency ledger and the chains, in that order.
 */
import type { Logger } from 'pino';
import { relayerConfigSchema, type RelayerConfig } from '../config/schema.js';
import { relayerRoles, startRelayer } from '../service/index.js';
import { startAgency, type DemoAgency } from './agency.js';
import { startNetwork, type DemoNetwork } from './network.js';
import type { DemoOutput } from './output.js';
import {
  hopsText,
  latencyText,
  sendToReceiveMs,
  summaryLine,
  tally,
  type BlockTime,
  type Tally,
} from './summary.js';
import { Traffic, type TrafficCounts } from './traffic.js';

export interface DemoOptions {
  readonly blockTimeMs: number;
  /** Time between two sample messages. */
  readonly intervalMs: number;
  readonly validators: number;
  /** mainchain-1, health-1, edu-1 and agency-1 listen on basePort .. basePort+3; 0 picks free ports. */
  readonly basePort: number;
  /** Send this many messages and stop once they are relayed; without it, run until `signal`. */
  readonly messages?: number;
  /** With `messages`: how long to wait after the last send for the last acknowledgements. */
  readonly waitMs: number;
  readonly signal: AbortSignal;
  readonly output: DemoOutput;
  readonly logger: Logger;
}

export interface DemoResult {
  readonly tally: Tally;
  readonly counts: TrafficCounts;
  /** With `messages`: every one was relayed and every check passed in time. */
  readonly complete: boolean;
}

const SUMMARY_EVERY_MS = 1_000;

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** `close` run at most once, however often the result is called. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

function relayerConfig(network: DemoNetwork): RelayerConfig {
  // No redis and no nats: embedded mode. Clearing is the safety net here (the watcher sees every send).
  return relayerConfigSchema.parse({
    chains: network.chains.map((c) => ({ id: c.chainId, type: 'devnet', endpoint: c.endpoint })),
    paths: network.paths,
    workers: { concurrency: 2, batchSize: 20, batchDelayMs: 20 },
    clearing: { intervalMs: 10_000 },
  });
}

function printEndpoints(
  out: DemoOutput,
  network: DemoNetwork,
  agency: DemoAgency,
  options: DemoOptions,
): void {
  const { main, health, edu } = network;
  const roles: Record<string, string> = {
    [main.chainId]: `main chain, ${options.validators} validators, a block every ${options.blockTimeMs} ms`,
    [health.sector.chainId]: 'health sector sub-network',
    [edu.sector.chainId]: 'education sector sub-network',
  };
  out.line('endpoints (Ledger gRPC service, plaintext, loopback):');
  for (const c of network.chains)
    out.line(`  ${c.chainId.padEnd(12)} ${c.endpoint.padEnd(16)} ${roles[c.chainId] ?? ''}`);
  out.line(
    `  ${agency.chainId.padEnd(12)} ${agency.endpoint.padEnd(16)} agency ledger, heights attested by ${agency.signers} (DEMO-ONLY keys)`,
  );
  out.line('links:');
  for (const l of [health, edu]) {
    out.line(
      `  ${l.sector.chainId}/${l.sectorChannel} <-> ${main.chainId}/${l.mainChannel}  records app; clients ${l.clientOnSector} on ${l.sector.chainId}, ${l.clientOnMain} on ${main.chainId}`,
    );
  }
  out.line(
    `  ${agency.chainId} -> ${main.chainId}  attestation client ${agency.clientOnMain}. ${agency.chainId} has no packet module yet: its records are proven (QueryProof, checked against the attested root), not relayed as packets.`,
  );
}

export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const { output: out, logger } = options;
  const startedMs = Date.now();
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async (): Promise<void> => {
    for (const close of closers.reverse()) await close();
    closers.length = 0;
  };
  try {
    const network = await startNetwork(options);
    closers.push(() => network.close());
    const agency = await startAgency({
      port: options.basePort === 0 ? 0 : options.basePort + 3,
      // A seal every two blocks: agency records become provable at about the pace of the chains.
      sealIntervalMs: 2 * options.blockTimeMs,
      main: network.main,
      logger,
    });
    closers.push(() => agency.close());
    printEndpoints(out, network, agency, options);
    const relayer = await startRelayer({
      config: relayerConfig(network),
      roles: new Set(relayerRoles),
      logger,
      stopTimeoutMs: 5_000,
    });
    const closeRelayer = once(() => relayer.close());
    closers.push(closeRelayer);
    out.line(
      `relayer: ${relayer.drivers.mode} mode (in-process queue and bus), roles ${relayerRoles.join(', ')}`,
    );
    out.line(
      options.messages === undefined
        ? `sending a sample message every ${options.intervalMs} ms; Ctrl-C stops\n`
        : `sending ${options.messages} sample messages, one every ${options.intervalMs} ms\n`,
    );

    const traffic = new Traffic(network, agency, relayer.status, out);
    const blockTime: BlockTime = (chainId, height) => {
      const chain = network.chains.find((c) => c.chainId === chainId)?.chain;
      return chain && height >= 1n && height <= chain.latestHeight ? chain.block(height).timeNs : undefined;
    };
    const current = async (): Promise<Tally> =>
      tally(
        await relayer.status.list(),
        traffic.scenarios,
        traffic.counts.sent,
        relayer.alerts.alerts.length + traffic.counts.checkFailures,
        blockTime,
      );

    const stop = new AbortController();
    const onAbort = (): void => stop.abort();
    options.signal.addEventListener('abort', onAbort, { once: true });
    if (options.signal.aborted) stop.abort();
    let failure: unknown;
    let lastSendMs = Number.POSITIVE_INFINITY;
    const sending = (async () => {
      while (
        !stop.signal.aborted &&
        (options.messages === undefined || traffic.counts.sent < options.messages)
      ) {
        await traffic.sendNext(stop.signal);
        await pause(options.intervalMs, stop.signal);
      }
      lastSendMs = Date.now();
    })().catch((err: unknown) => {
      failure = err;
      stop.abort();
    });

    // Prints each newly acknowledged packet with its hops, and starts its follow-up check.
    const seen = new Set<string>();
    const observe = async (): Promise<Tally> => {
      for (const record of await relayer.status.list()) {
        if (record.status !== 'acknowledged' || seen.has(record.id)) continue;
        seen.add(record.id);
        const scenario = traffic.scenarios.find((s) => record.id.startsWith(s.idPrefix))?.name ?? 'packet';
        const latency = sendToReceiveMs(record, blockTime);
        out.line(
          `ok ${record.id}  ${scenario}: ${hopsText(record)}${latency === undefined ? '' : `  (${latency} ms send -> receive)`}`,
        );
        traffic.acknowledged(record);
      }
      return current();
    };

    let complete = false;
    while (!stop.signal.aborted) {
      const now = await observe();
      out.status(
        summaryLine(now, {
          elapsedMs: Date.now() - startedMs,
          blockTimeMs: options.blockTimeMs,
          heights: [
            ...network.chains.map((c) => [c.chainId, c.chain.latestHeight] as const),
            [agency.chainId, agency.latestHeight()] as const,
          ],
        }),
        Date.now(),
      );
      if (options.messages !== undefined && traffic.counts.sent >= options.messages) {
        complete = now.relayed >= options.messages && now.failed === 0 && !traffic.checking;
        if (complete || Date.now() - lastSendMs > options.waitMs) break;
      }
      await pause(SUMMARY_EVERY_MS, stop.signal);
    }
    stop.abort();
    options.signal.removeEventListener('abort', onAbort);
    await sending;
    if (failure !== undefined) throw failure;

    // The relayer stops first; what it finished meanwhile is reported and checked while the chains still run.
    out.line('stopping: relayer');
    await closeRelayer();
    await observe();
    await traffic.settled();
    const final = await current();
    out.endStatus();
    out.line('stopping: agency ledger, chains');
    await closeAll();
    printFinal(out, final, traffic.counts, Date.now() - startedMs, options.blockTimeMs);
    return { tally: final, counts: traffic.counts, complete };
  } finally {
    await closeAll();
  }
}

function printFinal(
  out: DemoOutput,
  t: Tally,
  counts: TrafficCounts,
  elapsedMs: number,
  blockTimeMs: number,
): void {
  const scenarios = [...t.byScenario].map(([name, n]) => `${name} ${n}`).join(', ');
  out.line(
    `final: sent ${t.sent}, relayed ${t.relayed} (${scenarios}), pending ${t.pending}, failed ${t.failed}, ${latencyText(t.p50Ms, blockTimeMs)}`,
  );
  out.line(
    `final: credentials verified from health-1 ${counts.verifiedFromHealth}, agency records proven ${counts.agencyProven}, ran ${(elapsedMs / 1000).toFixed(1)} s`,
  );
}
