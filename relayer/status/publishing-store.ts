/**
 * A `StatusStore` that publishes every status change of a packet on
 * `isthmus.packets.<id>` (subject.ts) as its `isthmus.v1.Message`, for
 * dashboards and agencies, in the `isthmus-packets` stream.
 *
 * The message id is the packet id with its hop count, so publishing the
 * same change twice (another relayer, a retry) is a duplicate the stream
 * drops. A failed publish is logged and does not fail the status change:
 * the stored status stays the truth and the next change publishes again.
 */
import type { Logger } from 'pino';
import type { Bus } from '../drivers/bus.js';
import { v1 } from '../../proto/index.js';
import { toMessage } from './message.js';
import type { StatusTransition } from './model.js';
import type { StatusFilter, StatusStore } from './store.js';
import { PACKET_SUBJECT_PREFIX, packetSubject } from './subject.js';
import type { TransitionResult } from './transition.js';

export const PACKETS_STREAM = 'isthmus-packets';

/**
 * Exactly five tokens (`isthmus.packets.<chain>.<channel>.<sequence>`), so
 * the stream's subjects cannot overlap the events stream's four-token
 * `isthmus.*.events.*` — NATS refuses two streams whose subjects overlap,
 * and `isthmus.packets.>` would (`isthmus.packets.events.x`).
 */
export const ALL_PACKETS_SUBJECT = `${PACKET_SUBJECT_PREFIX}.*.*.*`;

/** Creates (idempotently) the stream that keeps packet status messages. */
export async function ensurePacketsStream(bus: Bus, name = PACKETS_STREAM): Promise<void> {
  await bus.ensureStream({ name, subjects: [ALL_PACKETS_SUBJECT] });
}

export class PublishingStatusStore implements StatusStore {
  readonly #inner: StatusStore;
  readonly #bus: Bus;
  readonly #logger: Logger;
  readonly #revisionOf: (chainId: string) => bigint;

  constructor(
    inner: StatusStore,
    bus: Bus,
    logger: Logger,
    revisionOf: (chainId: string) => bigint = () => 0n,
  ) {
    this.#inner = inner;
    this.#bus = bus;
    this.#logger = logger.child({ module: 'packet-status' });
    this.#revisionOf = revisionOf;
  }

  get(id: string): ReturnType<StatusStore['get']> {
    return this.#inner.get(id);
  }

  list(filter?: StatusFilter): ReturnType<StatusStore['list']> {
    return this.#inner.list(filter);
  }

  async apply(transition: StatusTransition): Promise<TransitionResult> {
    const result = await this.#inner.apply(transition);
    if (result.changed) {
      const { record } = result;
      try {
        await this.#bus.publish(
          packetSubject(record.id),
          v1.Message.encode(toMessage(record, this.#revisionOf)).finish(),
          { msgId: `${record.id}#${record.hops.length}` },
        );
      } catch (err) {
        this.#logger.warn({ err, packetId: record.id, status: record.status }, 'packet status not published');
      }
    }
    return result;
  }
}
