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

interface Stream {
  readonly spec: StreamSpec;
  readonly messages: Stored[];
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
    const stream = this.streams.get(streamName);
    if (!stream) {
      throw driverError('BUS_NO_STREAM', `no stream ${streamName}`, 'failed_precondition', {
        stream: streamName,
      });
    }
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
