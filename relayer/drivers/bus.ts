/**
 * The event bus the relayer's roles share (NATS JetStream semantics), behind
 * one interface so watchers, planners and status publishers run distributed
 * (`JetStreamBus`) or embedded (`MemoryBus`, one process only).
 *
 * Semantics every driver keeps (checked by one contract suite,
 * `test/integration/relayer/drivers/contract-bus.ts`):
 * - a stream stores every message published on its subjects
 *   (`isthmus.<chain>.events.<kind>`, `isthmus.packets.<id>`);
 * - `publish` is de-duplicated by message id (`chain/height/tx/event`) within
 *   the stream's duplicate window: a repeat is stored once and reported
 *   `duplicate: true`;
 * - a durable consumer (stream + durable name) remembers what was acked: it
 *   resumes after a close and reopen, and every consumer opened with the same
 *   durable name shares its messages (each message goes to one of them);
 * - a handler sees one message at a time per consumer, in stream order, and
 *   answers `ack`, `nak` (redeliver, after `delayMs` if given) or `term`
 *   (never redeliver). A handler that throws counts as `nak`. Strict order
 *   across shared consumers or after a `nak` is not kept: handlers must be
 *   idempotent (the planner's job ids make them so);
 * - a small key/value store per bucket, with revisions, for last-published
 *   heights and leases: `create` fails with `BUS_KV_EXISTS` when the key
 *   holds a value, `update` fails with `BUS_KV_WRONG_REVISION` unless the
 *   revision matches (compare and set); with a bucket `ttlMs`, a key not
 *   written for that long disappears (a lease that was not renewed); `keys`
 *   lists every key that holds a value, each once (a listing of the packet
 *   status bucket);
 * - a subscription (no durable, nothing acked) reads a stream in order from
 *   just after a given sequence, or from its end, and follows it until
 *   closed: what a caller resuming from a cursor needs.
 */

export interface StreamSpec {
  readonly name: string;
  /** Subjects it stores; `*` matches one token, `>` the rest. */
  readonly subjects: readonly string[];
  /** Window in which a repeated message id is dropped; default 2 minutes. */
  readonly duplicateWindowMs?: number;
}

export const defaultDuplicateWindowMs = 120_000;

export interface PublishOptions {
  /** De-duplication key, e.g. `chain/height/tx/event`. */
  readonly msgId: string;
}

export interface PublishResult {
  readonly stream: string;
  /** Position in the stream (the first copy's, for a duplicate). */
  readonly seq: bigint;
  readonly duplicate: boolean;
}

export interface BusMessage {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly seq: bigint;
  /** 1 on first delivery, more on redelivery. */
  readonly deliveryCount: number;
}

export type Decision =
  { readonly kind: 'ack' } | { readonly kind: 'nak'; readonly delayMs?: number } | { readonly kind: 'term' };

export const ack: Decision = Object.freeze({ kind: 'ack' });
export const nak = (delayMs?: number): Decision =>
  delayMs === undefined ? { kind: 'nak' } : { kind: 'nak', delayMs };
export const term: Decision = Object.freeze({ kind: 'term' });

export type MessageHandler = (message: BusMessage) => Promise<Decision>;

export interface ConsumeOptions {
  /** A message not answered within this long is redelivered; default 30 s. */
  readonly ackWaitMs?: number;
}

export interface Consumer {
  /** Stops taking messages; unanswered ones go back to the durable. */
  close(): Promise<void>;
}

/** Sees each message of a subscription once, in stream order; the next waits for it. */
export type SubscriptionHandler = (message: BusMessage) => Promise<void>;

export interface SubscribeOptions {
  /** Start just after this stream sequence; absent: only messages published from now on. */
  readonly afterSeq?: bigint;
}

export interface KvEntry {
  readonly key: string;
  readonly value: Uint8Array;
  readonly revision: bigint;
}

export interface KvOptions {
  /** Keys not written for this long disappear (leases). */
  readonly ttlMs?: number;
}

export interface KvStore {
  get(key: string): Promise<KvEntry | undefined>;
  /** Writes unconditionally; returns the new revision. */
  put(key: string, value: Uint8Array): Promise<bigint>;
  /** Writes only if the key has no value; fails with `BUS_KV_EXISTS`. */
  create(key: string, value: Uint8Array): Promise<bigint>;
  /** Writes only if the key's revision is `revision`; fails with `BUS_KV_WRONG_REVISION`. */
  update(key: string, value: Uint8Array, revision: bigint): Promise<bigint>;
  /** Removes the value (only at `revision`, if given). */
  delete(key: string, revision?: bigint): Promise<void>;
  /**
   * Every key that holds a value, each once, in no particular order. A key
   * written or deleted while the listing runs may or may not be in it.
   */
  keys(): AsyncIterable<string>;
}

export interface Bus {
  /** Creates the stream, or updates its subjects; idempotent. */
  ensureStream(spec: StreamSpec): Promise<void>;
  publish(subject: string, data: Uint8Array, options: PublishOptions): Promise<PublishResult>;
  /**
   * Opens (creating if needed) the durable `durable` on `stream`, taking
   * `filterSubject`. Every opener of one durable passes the same filter
   * subject and ack wait (JetStream refuses a different configuration).
   */
  consume(
    stream: string,
    durable: string,
    filterSubject: string,
    handler: MessageHandler,
    options?: ConsumeOptions,
  ): Promise<Consumer>;
  /**
   * Reads `stream` (messages on `filterSubject`) in order, without a durable
   * or acks, until closed. A handler that throws ends the subscription.
   */
  subscribe(
    stream: string,
    filterSubject: string,
    options: SubscribeOptions,
    handler: SubscriptionHandler,
  ): Promise<Consumer>;
  /** The sequence of the last message `stream` stored (0 when empty). */
  lastSeq(stream: string): Promise<bigint>;
  /**
   * Messages of the durable `durable` on `stream` not yet acknowledged
   * (undelivered, or delivered and unanswered): how far its consumers are
   * behind, for metrics. Undefined when the stream or durable does not exist.
   */
  consumerPending(stream: string, durable: string): Promise<number | undefined>;
  kv(bucket: string, options?: KvOptions): Promise<KvStore>;
  /** Removes a stream and its consumers (tests and operators only). */
  deleteStream(stream: string): Promise<void>;
  /** Removes a key/value bucket (tests and operators only). */
  deleteKv(bucket: string): Promise<void>;
  /** Closes consumers and connections this driver opened. */
  close(): Promise<void>;
}
