/**
 * The JSON the dashboard's endpoints and events carry: chains with their
 * hosted clients, paths with backlog and throughput, packets with their
 * hops, and alerts. Heights are decimal strings (uint64 does not fit a JSON
 * number); times are milliseconds since the Unix epoch. Pure: readings and
 * the clock come in as parameters.
 */
import type { Alert } from '../../roles/alerts.js';
import type { PacketRecord } from '../../status/index.js';
import type { PathBacklog } from '../backlog.js';
import type { ClientReading } from '../client-reading.js';
import { pathLabel } from '../path-label.js';

/**
 * A client with less than this share of its trusting period left is near
 * expiry: the refresher updates clients long before (after a third of the
 * period by default), so reaching it means updates have been failing.
 */
export const NEAR_EXPIRY_FRACTION = 1 / 3;

/** Hops shown for one packet; a packet makes a handful, the bound keeps a bad record small. */
export const MAX_HOPS = 64;

export type ClientStatus = 'active' | 'near-expiry' | 'expired' | 'frozen' | 'unreadable';

export interface ClientView {
  readonly clientId: string;
  /** The chain the client tracks. */
  readonly tracks: string;
  readonly status: ClientStatus;
  readonly latestHeight: string | null;
  readonly expiresInSeconds: number | null;
  readonly error?: string;
}

export interface ChainView {
  readonly id: string;
  readonly latestHeight: string | null;
  readonly error?: string;
  /** The clients this chain hosts. */
  readonly clients: readonly ClientView[];
}

export interface PathView {
  /** `<src chain>/<channel>-><dst chain>/<channel>`, as the metrics' `path` label. */
  readonly path: string;
  readonly backlog: number;
  readonly oldestAgeSeconds: number;
  /** Packets acknowledged per bucket, oldest bucket first, the last one being the current. */
  readonly throughput: readonly number[];
  readonly bucketSeconds: number;
}

export interface PacketSummary {
  readonly id: string;
  readonly status: string;
  readonly path: string;
  /** Time of its latest hop (0 when unknown). */
  readonly updatedMs: number;
  /** Time of its send hop (0 when unknown). */
  readonly sentMs: number;
}

export interface HopView {
  readonly chainId: string;
  readonly step: string;
  readonly height: string;
  readonly txId: string;
  readonly timeMs: number;
  readonly proofHeight?: string;
  readonly error?: string;
}

export interface PacketView extends PacketSummary {
  readonly hops: readonly HopView[];
}

export type AlertKind = 'client-frozen' | 'client-expired' | 'client-near-expiry' | 'dead-letters' | 'raised';

export interface AlertView {
  readonly kind: AlertKind;
  readonly message: string;
  readonly context: Readonly<Record<string, string>>;
}

export interface ClientRead {
  readonly hostChainId: string;
  readonly clientId: string;
  readonly sourceChainId: string;
  readonly reading: ClientReading | { readonly error: string };
}

export function clientView(read: ClientRead): ClientView {
  const { reading } = read;
  const base = { clientId: read.clientId, tracks: read.sourceChainId };
  if ('error' in reading) {
    return {
      ...base,
      status: 'unreadable',
      latestHeight: null,
      expiresInSeconds: null,
      error: reading.error,
    };
  }
  return {
    ...base,
    status: clientStatus(reading),
    latestHeight: reading.latestHeight.toString(),
    expiresInSeconds: Math.floor(reading.trustingPeriodRemainingSeconds),
  };
}

function clientStatus(reading: ClientReading): ClientStatus {
  if (reading.frozen) return 'frozen';
  if (reading.trustingPeriodRemainingSeconds <= 0) return 'expired';
  if (reading.trustingPeriodRemainingSeconds < reading.trustingPeriodSeconds * NEAR_EXPIRY_FRACTION) {
    return 'near-expiry';
  }
  return 'active';
}

export function pathView(
  path: string,
  backlog: PathBacklog | undefined,
  throughput: readonly number[],
  bucketSeconds: number,
): PathView {
  return {
    path,
    backlog: backlog?.packets ?? 0,
    oldestAgeSeconds: Math.floor(backlog?.oldestAgeSeconds ?? 0),
    throughput,
    bucketSeconds,
  };
}

export function packetSummary(record: PacketRecord): PacketSummary {
  const last = record.hops.at(-1);
  const sent = record.hops.find((hop) => hop.step === 'send');
  return {
    id: record.id,
    status: record.status,
    path: pathLabel(record),
    updatedMs: last ? msOf(last.timeNs) : 0,
    sentMs: sent ? msOf(sent.timeNs) : 0,
  };
}

export function packetView(record: PacketRecord): PacketView {
  return {
    ...packetSummary(record),
    hops: record.hops.slice(-MAX_HOPS).map((hop) => ({
      chainId: hop.chainId,
      step: hop.step,
      height: hop.height.toString(),
      txId: hop.txId,
      timeMs: msOf(hop.timeNs),
      ...(hop.proofHeight === undefined ? {} : { proofHeight: hop.proofHeight.toString() }),
      ...(hop.error === undefined ? {} : { error: hop.error }),
    })),
  };
}

/** Alerts from the clients' state, the dead-letter counts and what the process raised (newest last). */
export function alertViews(
  chains: readonly ChainView[],
  deadLetters: readonly { readonly queue: string; readonly dead: number }[],
  raised: readonly Alert[],
): AlertView[] {
  const alerts: AlertView[] = [];
  for (const chain of chains) {
    for (const client of chain.clients) {
      const context = { chain: chain.id, client: client.clientId, tracks: client.tracks };
      if (client.status === 'frozen') {
        alerts.push({ kind: 'client-frozen', message: `client ${client.clientId} is frozen`, context });
      } else if (client.status === 'expired') {
        alerts.push({ kind: 'client-expired', message: `client ${client.clientId} has expired`, context });
      } else if (client.status === 'near-expiry') {
        alerts.push({
          kind: 'client-near-expiry',
          message: `client ${client.clientId} expires in ${client.expiresInSeconds ?? 0} s`,
          context,
        });
      }
    }
  }
  for (const { queue, dead } of deadLetters) {
    if (dead > 0) {
      alerts.push({
        kind: 'dead-letters',
        message: `${dead} dead-letter jobs in ${queue}`,
        context: { queue },
      });
    }
  }
  for (const alert of raised) {
    alerts.push({
      kind: 'raised',
      message: `${alert.code}: ${alert.message}`,
      context: Object.fromEntries(Object.entries(alert.context).map(([k, v]) => [k, textOf(v)])),
    });
  }
  return alerts;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  try {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? '';
  } catch {
    return String(value);
  }
}

function msOf(timeNs: bigint): number {
  return Number(timeNs / 1_000_000n);
}
