/**
 * The in-process bus driver for embedded mode (no NATS configured).
 * SINGLE-PROCESS ONLY: streams, consumer positions and the key/value store
 * live in this process's memory and are lost when it exits; another process
 * sees none of them. Within the process it keeps the `Bus` contract as
 * JetStream does: de-duplication by message id within the window, durable
 * consumers that resume and share, ack / nak / term, ack-wait redelivery,
 * and a compare-and-set key/value store with revisions.
 */
import type { Logger } from '../logger.js';
import type {
  Bus,
  BusMessage,
  ConsumeOptions,
  Consumer,
  Decision,
  KvOptions,
  KvStore,
  MessageHandler,
  PublishOptions,
  PublishResult,
  StreamSpec,
  SubscribeOptions,
  SubscriptionHandler,
} from './bus.js';
import { defaultDuplicateWindowMs, nak } from './bus.js';
import { driverError } from './errors.js';
import { MemoryKv } from './memory-kv.js';
import { subjectMatches } from './subject.js';

interface Stored {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly seq: bigint;
}

interface Instance {
  readonly handler: MessageHandler;
  busy: Promise<void> | undefined;
  closed: boolean;
}

interface Durable {
  readonly filter: string;
  readonly ackWaitMs: number;
  /** Index in the stream of the next message not yet delivered. */
  next: number;
  /** Sequences to deliver again, oldest first. */
  readonly again: bigint[];
  /** Delivered and not answered: sequence -> ack-wait timer. */
  readonly pending: Map<bigint, NodeJS.Timeout>;
  readonly deliveries: Map<bigint, number>;
  readonly instances: Set<Instance>;
}

/** A subscription: a cursor into the stream and the delivery in flight. */
interface Reader {
  readonly filter: string;
  readonly handler: SubscriptionHandler;
  /** Index in the stream of the next message to look at. */
  next: number;
  busy: Promise<void> | undefined;
  closed: boolean;
}

interface Stream {
  readonly spec: StreamSpec;
  readonly messages: Stored[];
  readonly readers: Set<Reader>;
  /** msgId -> (sequence, publish time), pruned past the window. */
  readonly recent: Map<string, { readonly seq: bigint; readonly atMs: number }>;
  readonly durables: Map<string, Durable>;
}

const defaultAckWaitMs = 30_000;

export interface MemoryBusOptions {
  readonly logger: Logger;
}

export class MemoryBus implements Bus {
  private readonly streams = new Map<string, Stream>();
  private readonly buckets = new Map<string, MemoryKv>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly options: MemoryBusOptions) {}

  // The methods are async so a refusal rejects, as with the JetStream driver.
  async ensureStream(spec: StreamSpec): Promise<void> {
    this.assertOpen();
    const existing = this.streams.get(spec.name);
    this.streams.set(spec.name, {
      spec,
      messages: existing?.messages ?? [],
      readers: existing?.readers ?? new Set(),
      recent: existing?.recent ?? new Map(),
      durables: existing?.durables ?? new Map(),
    });
  }

  async publish(subject: string, data: Uint8Array, options: PublishOptions): Promise<PublishResult> {
    this.assertOpen();
    const stream = [...this.streams.values()].find((s) =>
      s.spec.subjects.some((p) => subjectMatches(p, subject)),
    );
    if (!stream)
      throw driverError('BUS_NO_STREAM', `no stream stores ${subject}`, 'failed_precondition', { subject });
    const now = Date.now();
    const windowMs = stream.spec.duplicateWindowMs ?? defaultDuplicateWindowMs;
    for (const [id, seen] of stream.recent) {
      if (now - seen.atMs < windowMs) break; // insertion order is time order
      stream.recent.delete(id);
    }
    const seen = stream.recent.get(options.msgId);
    if (seen) return { stream: stream.spec.name, seq: seen.seq, duplicate: true };
    const seq = BigInt(stream.messages.length + 1);
    stream.messages.push({ subject, data: data.slice(), seq });
    stream.recent.set(options.msgId, { seq, atMs: now });
    for (const durable of stream.durables.values()) this.dispatch(stream, durable);
    for (const reader of stream.readers) this.read(stream, reader);
    return { stream: stream.spec.name, seq, duplicate: false };
  }

  async consume(
    streamName: string,
    durableName: string,
    filterSubject: string,
    handler: MessageHandler,
    options: ConsumeOptions = {},
  ): Promise<Consumer> {
    this.assertOpen();
    const stream = this.streamNamed(streamName);
    let durable = stream.durables.get(durableName);
    if (!durable) {
      durable = {
        filter: filterSubject,
        ackWaitMs: options.ackWaitMs ?? defaultAckWaitMs,
        next: 0,
        again: [],
        pending: new Map(),
        deliveries: new Map(),
        instances: new Set(),
      };
      stream.durables.set(durableName, durable);
    }
    const instance: Instance = { handler, busy: undefined, closed: false };
    durable.instances.add(instance);
    const owner = durable;
    this.dispatch(stream, owner);
    return {
      close: async () => {
        instance.closed = true;
        owner.instances.delete(instance);
        await instance.busy;
      },
    };
  }

  async subscribe(
    streamName: string,
    filterSubject: string,
    options: SubscribeOptions,
    handler: SubscriptionHandler,
  ): Promise<Consumer> {
    this.assertOpen();
    const stream = this.streamNamed(streamName);
    const start = options.afterSeq ?? BigInt(stream.messages.length);
    // Sequences are 1-based positions, so the message after `start` is at index `start`.
    const next = Number(start < 0n ? 0n : start);
    const reader: Reader = { filter: filterSubject, handler, next, busy: undefined, closed: false };
    stream.readers.add(reader);
    this.read(stream, reader);
    return {
      close: async () => {
        reader.closed = true;
        stream.readers.delete(reader);
        await reader.busy;
      },
    };
  }

  async lastSeq(streamName: string): Promise<bigint> {
    this.assertOpen();
    return BigInt(this.streamNamed(streamName).messages.length);
  }

  async consumerPending(streamName: string, durableName: string): Promise<number | undefined> {
    this.assertOpen();
    const stream = this.streams.get(streamName);
    const durable = stream?.durables.get(durableName);
    if (!stream || !durable) return undefined;
    const undelivered = stream.messages
      .slice(durable.next)
      .filter((m) => subjectMatches(durable.filter, m.subject)).length;
    return undelivered + durable.again.length + durable.pending.size;
  }

  async kv(bucket: string, options: KvOptions = {}): Promise<KvStore> {
    this.assertOpen();
    let kv = this.buckets.get(bucket);
    if (!kv) {
      kv = new MemoryKv(bucket, options.ttlMs);
      this.buckets.set(bucket, kv);
    }
    return kv;
  }

  deleteStream(stream: string): Promise<void> {
    const found = this.streams.get(stream);
    for (const durable of found?.durables.values() ?? []) {
      for (const timer of durable.pending.values()) this.clear(timer);
      for (const instance of durable.instances) instance.closed = true;
    }
    for (const reader of found?.readers ?? []) reader.closed = true;
    this.streams.delete(stream);
    return Promise.resolve();
  }

  deleteKv(bucket: string): Promise<void> {
    this.buckets.delete(bucket);
    return Promise.resolve();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const busy: Promise<void>[] = [];
    for (const stream of this.streams.values()) {
      for (const reader of stream.readers) {
        reader.closed = true;
        if (reader.busy) busy.push(reader.busy);
      }
      for (const durable of stream.durables.values()) {
        for (const instance of durable.instances) {
          instance.closed = true;
          if (instance.busy) busy.push(instance.busy);
        }
      }
    }
    await Promise.all(busy);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private streamNamed(name: string): Stream {
    const stream = this.streams.get(name);
    if (!stream)
      throw driverError('BUS_NO_STREAM', `no stream ${name}`, 'failed_precondition', { stream: name });
    return stream;
  }

  /** Hands a subscription its next matching message, one at a time. */
  private read(stream: Stream, reader: Reader): void {
    if (reader.busy || reader.closed) return;
    let stored: Stored | undefined;
    while (reader.next < stream.messages.length && stored === undefined) {
      const candidate = stream.messages[reader.next];
      reader.next += 1;
      if (candidate && subjectMatches(reader.filter, candidate.subject)) stored = candidate;
    }
    if (stored === undefined) return;
    const { seq } = stored;
    const message: BusMessage = { subject: stored.subject, data: stored.data.slice(), seq, deliveryCount: 1 };
    reader.busy = (async () => {
      // Let the publisher's call return first, as a network hop would.
      await Promise.resolve();
      await reader.handler(message);
    })().then(
      () => {
        reader.busy = undefined;
        this.read(stream, reader);
      },
      (err: unknown) => {
        reader.busy = undefined;
        reader.closed = true;
        stream.readers.delete(reader);
        this.options.logger.warn(
          { err, stream: stream.spec.name, seq },
          'subscription handler failed; subscription ended',
        );
      },
    );
  }

  private assertOpen(): void {
    if (this.closed) throw driverError('BUS_CLOSED', 'the bus driver is closed', 'failed_precondition');
  }

  private later(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  private clear(timer: NodeJS.Timeout): void {
    clearTimeout(timer);
    this.timers.delete(timer);
  }

  /** Hands the next messages to idle instances of a durable. */
  private dispatch(stream: Stream, durable: Durable): void {
    for (const instance of durable.instances) {
      if (instance.busy || instance.closed) continue;
      const message = this.nextFor(stream, durable);
      if (!message) return;
      instance.busy = this.deliver(stream, durable, instance, message).finally(() => {
        instance.busy = undefined;
        if (!this.closed && this.streams.get(stream.spec.name) === stream) this.dispatch(stream, durable);
      });
    }
  }

  private nextFor(stream: Stream, durable: Durable): Stored | undefined {
    const again = durable.again.shift();
    if (again !== undefined) return stream.messages[Number(again) - 1];
    while (durable.next < stream.messages.length) {
      const message = stream.messages[durable.next];
      durable.next += 1;
      if (message && subjectMatches(durable.filter, message.subject)) return message;
    }
    return undefined;
  }

  private async deliver(stream: Stream, durable: Durable, instance: Instance, stored: Stored): Promise<void> {
    const { seq } = stored;
    const deliveryCount = (durable.deliveries.get(seq) ?? 0) + 1;
    durable.deliveries.set(seq, deliveryCount);
    const redeliver = (): void => {
      durable.pending.delete(seq);
      durable.again.push(seq);
      this.dispatch(stream, durable);
    };
    durable.pending.set(seq, this.later(durable.ackWaitMs, redeliver));
    // Let the publisher's call return first, as a network hop would.
    await Promise.resolve();
    const message: BusMessage = { subject: stored.subject, data: stored.data.slice(), seq, deliveryCount };
    const decision: Decision = await instance.handler(message).catch((err: unknown) => {
      this.options.logger.warn(
        { err, stream: stream.spec.name, seq },
        'handler failed; message will be redelivered',
      );
      return nak();
    });
    const timer = durable.pending.get(seq);
    if (timer === undefined) return; // ack wait ran out; it is already queued again
    this.clear(timer);
    durable.pending.delete(seq);
    if (decision.kind === 'nak') {
      if (decision.delayMs) durable.pending.set(seq, this.later(decision.delayMs, redeliver));
      else durable.again.push(seq);
    } else {
      durable.deliveries.delete(seq);
    }
  }
}
