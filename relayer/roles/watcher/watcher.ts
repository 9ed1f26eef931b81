/**
 * The watcher of one chain: while it holds the chain's lease (lease.ts), it
 * follows the chain's `StreamEvents` from the stored cursor (cursor.ts) and
 * publishes every event to `isthmus.<chain>.events.<kind>` with the message
 * id `<chain>/<height>/<tx>/<event>` (../events.ts), storing the cursor at
 * each checkpoint. A block's events are published without waiting for one
 * another, but all are stored before its cursor is: a crash re-publishes at
 * most one block, which the stream's duplicate window drops.
 *
 * Without the lease it waits and tries again, so a second watcher of the
 * same chain stays idle until the first stops (it releases the lease) or
 * dies (the lease expires). A Ledger or bus error ends the stream; the
 * watcher reconnects after an exponential backoff (capped) and resumes
 * after the stored cursor. After `maxFailures` failures in a row it gives
 * the lease up, so a process with a healthier endpoint can take over.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Ledger } from '../../../adapters/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { fromU64, toU64, v1 } from '../../../proto/index.js';
import { backoffDelayMs, type Backoff, type Bus, type KvStore } from '../../drivers/index.js';
import type { Logger } from '../../logger.js';
import {
  defaultEventsTopology,
  encodeEvent,
  eventMessageId,
  eventsStream,
  eventSubject,
  type EventsTopology,
} from '../events.js';
import { endOfHeight, readCursor, toEventCursor, WATCHERS_BUCKET, writeCursor } from './cursor.js';
import { ChainLease, WATCHER_LEASES_BUCKET } from './lease.js';
import { PublishWindow } from './publish-window.js';

export const WATCHER_WRONG_CHAIN = 'WATCHER_WRONG_CHAIN';

/** Event publishes awaiting the bus's acknowledgement at once (a busy block's events go out together). */
const publishesInFlight = 256;

export interface WatcherOptions {
  readonly chainId: string;
  readonly ledger: Ledger;
  readonly bus: Bus;
  readonly logger: Logger;
  /** Names the lease holder in the KV bucket; default `<pid>/<random>`. */
  readonly owner?: string;
  /** A lease not renewed for this long expires (default 10 s). Every watcher must use the same. */
  readonly leaseTtlMs?: number;
  /** Renewal period, and how often an idle watcher tries to take the lease (default ttl / 3). */
  readonly renewEveryMs?: number;
  /** Reconnection backoff after a failure (default 200 ms, jitter 0.5), capped at `maxBackoffMs` (default 10 s). */
  readonly backoff?: Backoff;
  readonly maxBackoffMs?: number;
  /** Failures in a row before the lease is given up (default 10). */
  readonly maxFailures?: number;
  /** First height followed when no cursor is stored (default 1: the whole history). */
  readonly fromHeight?: bigint;
  readonly random?: () => number;
  /** Stream and subjects (default `isthmus-events`, `isthmus.<chain>.events.<kind>`). */
  readonly topology?: EventsTopology;
  /** KV buckets of cursors and leases (default `isthmus-watchers`, `isthmus-watcher-leases`). */
  readonly cursorsBucket?: string;
  readonly leasesBucket?: string;
}

export interface WatcherStats {
  /** Events newly stored by the bus. */
  readonly published: number;
  /** Events the bus already had (a re-publish after a restart or fail-over). */
  readonly duplicates: number;
}

export interface Watcher {
  readonly chainId: string;
  /** Whether this watcher holds the chain's lease now. */
  readonly leading: boolean;
  readonly stats: WatcherStats;
  /** Stops following, releases the lease, and waits for the loop to end. */
  stop(): Promise<void>;
}

/** Ensures the events stream and the KV buckets, then starts the watcher's loop. */
export async function startWatcher(options: WatcherOptions): Promise<Watcher> {
  const leaseTtlMs = options.leaseTtlMs ?? 10_000;
  await options.bus.ensureStream(eventsStream(options.topology));
  const cursors = await options.bus.kv(options.cursorsBucket ?? WATCHERS_BUCKET);
  const leases = await options.bus.kv(options.leasesBucket ?? WATCHER_LEASES_BUCKET, { ttlMs: leaseTtlMs });
  const owner = options.owner ?? `${process.pid}/${Math.random().toString(36).slice(2, 10)}`;
  const lease = new ChainLease(leases, options.chainId, owner);
  return new ChainWatcher(options, lease, cursors, leaseTtlMs);
}

class ChainWatcher implements Watcher {
  readonly chainId: string;
  readonly #options: WatcherOptions;
  readonly #log: Logger;
  readonly #lease: ChainLease;
  readonly #cursors: KvStore;
  readonly #renewEveryMs: number;
  readonly #stopping = new AbortController();
  readonly #loop: Promise<void>;
  #published = 0;
  #duplicates = 0;
  /** Cursors stored so far: progress, which resets the count of failures in a row. */
  #checkpoints = 0;

  constructor(options: WatcherOptions, lease: ChainLease, cursors: KvStore, leaseTtlMs: number) {
    this.chainId = options.chainId;
    this.#options = options;
    this.#log = options.logger.child({ role: 'watcher', chainId: options.chainId });
    this.#lease = lease;
    this.#cursors = cursors;
    this.#renewEveryMs = options.renewEveryMs ?? Math.max(1, Math.floor(leaseTtlMs / 3));
    this.#loop = this.#run();
  }

  get leading(): boolean {
    return this.#lease.held;
  }

  get stats(): WatcherStats {
    return { published: this.#published, duplicates: this.#duplicates };
  }

  async stop(): Promise<void> {
    this.#stopping.abort();
    await this.#loop;
  }

  async #run(): Promise<void> {
    const stop = this.#stopping.signal;
    while (!stop.aborted) {
      let acquired = false;
      try {
        acquired = await this.#lease.tryAcquire();
      } catch (err) {
        this.#log.warn({ err }, 'could not read the watcher lease');
      }
      if (acquired) await this.#lead();
      else await pause(this.#renewEveryMs, stop);
    }
  }

  /** Follows the chain until stopped, the lease is lost, or too many failures; then releases the lease. */
  async #lead(): Promise<void> {
    this.#log.info('holding the lease: following the chain');
    const session = new AbortController();
    const endSession = (): void => session.abort();
    this.#stopping.signal.addEventListener('abort', endSession, { once: true });
    const renewing = this.#renew(session);
    try {
      await this.#follow(session.signal);
    } finally {
      session.abort();
      this.#stopping.signal.removeEventListener('abort', endSession);
      await renewing;
      await this.#lease.release().catch((err: unknown) => this.#log.warn({ err }, 'lease release failed'));
    }
    this.#log.info('lease given up');
  }

  async #renew(session: AbortController): Promise<void> {
    while (!session.signal.aborted) {
      await pause(this.#renewEveryMs, session.signal);
      if (session.signal.aborted) return;
      const kept = await this.#lease.renew().catch((err: unknown) => {
        this.#log.warn({ err }, 'lease renewal failed');
        return false;
      });
      if (!kept) {
        this.#log.warn('lease lost: stop publishing');
        session.abort();
      }
    }
  }

  async #follow(signal: AbortSignal): Promise<void> {
    const {
      backoff = { delayMs: 200, jitter: 0.5 },
      maxBackoffMs = 10_000,
      maxFailures = 10,
    } = this.#options;
    let failures = 0;
    while (!signal.aborted) {
      const checkpointsBefore = this.#checkpoints;
      try {
        await this.#stream(signal);
        if (signal.aborted) return;
        failures = 0;
        this.#log.info('event stream ended: reconnecting');
      } catch (err) {
        if (signal.aborted) return;
        // Failures count in a row: a stream that got somewhere before failing starts the count again.
        failures = this.#checkpoints > checkpointsBefore ? 1 : failures + 1;
        this.#log.warn({ err, failures }, 'event stream failed: reconnecting');
        if (failures >= maxFailures) return;
      }
      const wait = backoffDelayMs(backoff, Math.max(1, failures), this.#options.random ?? Math.random);
      await pause(Math.min(wait, maxBackoffMs), signal);
    }
  }

  /** One `StreamEvents` call from the stored cursor, until it ends, fails or `signal` aborts. */
  async #stream(signal: AbortSignal): Promise<void> {
    const { chainId, ledger } = this.#options;
    let cursor = await readCursor(this.#cursors, chainId);
    const request: v1.IStreamEventsRequest = cursor
      ? { after: toEventCursor(cursor), follow: true }
      : { fromHeight: { revision: toU64(0n), height: toU64(this.#options.fromHeight ?? 1n) }, follow: true };
    const window = new PublishWindow(publishesInFlight);
    try {
      for await (const item of ledger.streamEvents(request, { signal })) {
        if (signal.aborted) break;
        if (item.event) {
          const event = item.event;
          if (event.chainId !== chainId) {
            throw new IsthmusError(
              WATCHER_WRONG_CHAIN,
              `the Ledger of ${chainId} reported an event of ${event.chainId}`,
              {
                category: 'failed_precondition',
                context: { chainId, reported: event.chainId },
              },
            );
          }
          await window.add(() => this.#publish(event));
        } else if (item.checkpoint) {
          const next = endOfHeight(fromU64(item.checkpoint.revision), fromU64(item.checkpoint.height));
          if (cursor === undefined || next.height > cursor.height || next.revision !== cursor.revision) {
            // Publishing before storing: the cursor never passes an event the stream has not stored.
            await window.drain();
            await writeCursor(this.#cursors, chainId, next);
            cursor = next;
            this.#checkpoints += 1;
          }
        }
      }
      await window.drain();
    } finally {
      await window.settled();
    }
  }

  async #publish(event: v1.IChainEvent): Promise<void> {
    const result = await this.#options.bus.publish(
      eventSubject(
        this.chainId,
        event.kind ?? v1.EventKind.EVENT_KIND_UNSPECIFIED,
        this.#options.topology ?? defaultEventsTopology,
      ),
      encodeEvent(event),
      { msgId: eventMessageId(event) },
    );
    if (result.duplicate) this.#duplicates += 1;
    else this.#published += 1;
  }
}

/** Waits `ms`, or less when `signal` aborts (never throws). */
async function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  await sleep(ms, undefined, { signal }).catch(() => undefined);
}
