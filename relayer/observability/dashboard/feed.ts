/**
 * The packets the dashboard shows as they move: a subscription to the
 * packet status stream (`isthmus-packets`, publishing-store.ts), started a
 * bounded number of messages back so a fresh page has recent packets. Each
 * message names a packet; its record is read from the status store (the
 * truth, at least as new as the message). Keeps the most recently changed
 * packets and, per path, when packets were acknowledged (the throughput
 * sparkline); tells listeners of each change. Every collection is bounded.
 */
import type { Bus, Consumer } from '../../drivers/index.js';
import type { Logger } from '../../logger.js';
import { ALL_PACKETS_SUBJECT, packetIdFromSubject, type StatusStore } from '../../status/index.js';
import { packetSummary, type PacketSummary } from './views.js';

/** Packets kept for the recent list. */
export const MAX_RECENT_PACKETS = 200;
/** Stream messages read back at start. */
const REPLAY_MESSAGES = 500n;
/** Acknowledgements kept per path; beyond it the oldest are dropped (the sparkline saturates). */
const MAX_ACKS_PER_PATH = 10_000;

export interface PacketFeedOptions {
  readonly bus: Pick<Bus, 'subscribe' | 'lastSeq'>;
  readonly stream: string;
  readonly status: Pick<StatusStore, 'get'>;
  /** Throughput buckets: `buckets` of `bucketSeconds` each, the last one ending now. */
  readonly buckets: number;
  readonly bucketSeconds: number;
  readonly now: () => number;
  readonly logger: Logger;
}

export type PacketListener = (packet: PacketSummary) => void;

export class PacketFeed {
  readonly #options: PacketFeedOptions;
  readonly #log: Logger;
  /** By id, least recently changed first (Map order). */
  readonly #recent = new Map<string, PacketSummary>();
  /** Path -> packet id -> time acknowledged (ms). */
  readonly #acks = new Map<string, Map<string, number>>();
  readonly #listeners = new Set<PacketListener>();
  #consumer: Consumer | undefined;

  constructor(options: PacketFeedOptions) {
    this.#options = options;
    this.#log = options.logger.child({ module: 'dashboard-feed' });
  }

  async start(): Promise<void> {
    const { bus, stream } = this.#options;
    const last = await bus.lastSeq(stream);
    const afterSeq = last > REPLAY_MESSAGES ? last - REPLAY_MESSAGES : 0n;
    this.#consumer = await bus.subscribe(stream, ALL_PACKETS_SUBJECT, { afterSeq }, (message) =>
      this.#seen(message.subject),
    );
  }

  async close(): Promise<void> {
    const consumer = this.#consumer;
    this.#consumer = undefined;
    this.#listeners.clear();
    await consumer?.close();
  }

  /** The most recently changed packets, newest first. */
  recent(limit: number): PacketSummary[] {
    return [...this.#recent.values()].reverse().slice(0, limit);
  }

  /** Acknowledgements per bucket on `path`, oldest bucket first. */
  throughput(path: string): number[] {
    const { buckets, bucketSeconds, now } = this.#options;
    const counts = new Array<number>(buckets).fill(0);
    const end = now();
    const span = buckets * bucketSeconds * 1000;
    const acks = this.#acks.get(path);
    for (const [id, at] of acks ?? []) {
      const age = end - at;
      if (age >= span) {
        acks?.delete(id);
        continue;
      }
      const bucket = buckets - 1 - Math.floor(Math.max(0, age) / (bucketSeconds * 1000));
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    return counts;
  }

  /** Calls `listener` with each packet change until the returned function is called. */
  listen(listener: PacketListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Never throws: a throwing handler would end the subscription. */
  async #seen(subject: string): Promise<void> {
    try {
      const record = await this.#options.status.get(packetIdFromSubject(subject));
      if (!record) return;
      const summary = packetSummary(record);
      this.#recent.delete(summary.id);
      this.#recent.set(summary.id, summary);
      for (const id of this.#recent.keys()) {
        if (this.#recent.size <= MAX_RECENT_PACKETS) break;
        this.#recent.delete(id);
      }
      if (record.status === 'acknowledged') this.#countAck(summary);
      for (const listener of this.#listeners) listener(summary);
    } catch (err) {
      this.#log.warn({ err, subject }, 'packet status change not shown');
    }
  }

  #countAck(summary: PacketSummary): void {
    let acks = this.#acks.get(summary.path);
    if (!acks) {
      acks = new Map();
      this.#acks.set(summary.path, acks);
    }
    acks.set(summary.id, summary.updatedMs || this.#options.now());
    for (const id of acks.keys()) {
      if (acks.size <= MAX_ACKS_PER_PATH) break;
      acks.delete(id);
    }
  }
}
