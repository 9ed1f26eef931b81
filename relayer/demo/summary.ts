/**
 * The demo's numbers, computed from the relayer's packet status records
 * (relayer/status): how many were relayed (acknowledged on their source),
 * how many are pending, how many failed, and the median send → receive
 * latency. Pure: the caller reads the store, the chains and the clock.
 */
import type { Hop, PacketRecord } from '../status/index.js';

/** One kind of sample message, recognised by its packets' source channel. */
export interface Scenario {
  readonly name: string;
  /** `<source chain>/<source channel>/`: the start of its packets' ids. */
  readonly idPrefix: string;
}

export interface Tally {
  /** Messages the demo sent. */
  readonly sent: number;
  /** Acknowledged on their source chain: the full round trip is done. */
  readonly relayed: number;
  /** Sent and neither relayed nor failed yet. */
  readonly pending: number;
  /** Failed or timed out, plus alerts the relayer raised. */
  readonly failed: number;
  /** Relayed per scenario name. */
  readonly byScenario: ReadonlyMap<string, number>;
  /** Median send → receive latency in ms, once a packet has both hops. */
  readonly p50Ms: number | undefined;
}

/** Block time of `height` on `chainId`, nanoseconds, when known. */
export type BlockTime = (chainId: string, height: bigint) => bigint | undefined;

const sendHop = (hops: readonly Hop[]): Hop | undefined => hops.find((h) => h.step === 'send');
const recvHop = (hops: readonly Hop[]): Hop | undefined =>
  hops.find((h) => h.step === 'recv' && h.height > 0n);

/**
 * From the source block that committed the packet to the destination block
 * that received it. The recv hop's height is used rather than its time: a
 * worker stamps its hop when its batch starts, before the block that holds
 * the receipt exists.
 */
export function sendToReceiveMs(record: PacketRecord, blockTime: BlockTime): number | undefined {
  const send = sendHop(record.hops);
  const recv = recvHop(record.hops);
  if (!send || !recv) return undefined;
  const received = blockTime(recv.chainId, recv.height);
  return received === undefined ? undefined : Number((received - send.timeNs) / 1_000_000n);
}

/** Nearest-rank median. */
function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1];
}

export function tally(
  records: readonly PacketRecord[],
  scenarios: readonly Scenario[],
  sent: number,
  alerts: number,
  blockTime: BlockTime,
): Tally {
  const byScenario = new Map(scenarios.map((s) => [s.name, 0]));
  const latencies: number[] = [];
  let relayed = 0;
  let failed = alerts;
  for (const record of records) {
    if (record.status === 'failed' || record.status === 'timed-out') failed += 1;
    const latency = sendToReceiveMs(record, blockTime);
    if (latency !== undefined) latencies.push(latency);
    if (record.status !== 'acknowledged') continue;
    relayed += 1;
    const scenario = scenarios.find((s) => record.id.startsWith(s.idPrefix));
    if (scenario) byScenario.set(scenario.name, (byScenario.get(scenario.name) ?? 0) + 1);
  }
  return {
    sent,
    relayed,
    pending: Math.max(0, sent - relayed - failed),
    failed,
    byScenario,
    p50Ms: median(latencies),
  };
}

export interface SummaryView {
  readonly elapsedMs: number;
  readonly blockTimeMs: number;
  /** Latest height per chain, in display order (`chain@height`, as hops are written). */
  readonly heights: readonly (readonly [string, bigint])[];
}

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** `p50 1180 ms (2.4 blocks)`, or `p50 -` before the first receipt. */
export function latencyText(p50Ms: number | undefined, blockTimeMs: number): string {
  return p50Ms === undefined ? 'p50 -' : `p50 ${p50Ms} ms (${(p50Ms / blockTimeMs).toFixed(1)} blocks)`;
}

/** The live one-line summary. */
export function summaryLine(t: Tally, view: SummaryView): string {
  const scenarios = [...t.byScenario].map(([name, n]) => `${name} ${n}`).join(', ');
  const heights = view.heights.map(([chain, h]) => `${chain}@${h}`).join(' ');
  return (
    `[${clock(view.elapsedMs)}] relayed ${t.relayed} (${scenarios}) | pending ${t.pending} | failed ${t.failed}` +
    ` | ${latencyText(t.p50Ms, view.blockTimeMs)} | ${heights}`
  );
}

/** A packet's hops as its status records them: `send edu-1@41 -> recv mainchain-1@43 -> ...`. */
export function hopsText(record: PacketRecord): string {
  return record.hops.map((h) => `${h.step} ${h.chainId}@${h.height}`).join(' -> ');
}
