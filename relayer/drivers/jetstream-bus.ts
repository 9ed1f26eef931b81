/**
 * The distributed bus driver: NATS JetStream for streams and durable
 * consumers, NATS KV (a JetStream stream per bucket) for the key/value
 * store. Any number of processes share a durable consumer; the server
 * hands each message to one of them and redelivers what is not acked.
 *
 * Choices:
 * - De-duplication is JetStream's own: the message id goes in the
 *   `Nats-Msg-Id` header and the stream's `duplicate_window` bounds it.
 * - Consumers are explicit-ack pull consumers (`consume` with a bounded
 *   prefetch); the handler runs for one message at a time per consumer.
 * - Subscriptions are JetStream ordered consumers (one filter subject, as
 *   servers before 2.10 take): ephemeral, no acks, and
 *   recreated by the client from the last sequence seen if a gap appears.
 * - KV compare-and-set is JetStream's expected-last-subject-sequence; the
 *   server's "wrong last sequence" becomes BUS_KV_EXISTS (create) or
 *   BUS_KV_WRONG_REVISION (update, delete).
 * - One NATS connection per driver.
 */
import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiError,
  jetstream,
  jetstreamManager,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import { RequestError, connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '../logger.js';
import type {
  Bus,
  BusMessage,
  Decision,
  ConsumeOptions,
  Consumer,
  KvEntry,
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

export interface JetStreamBusOptions {
  /** NATS server URLs, e.g. `nats://127.0.0.1:4222`. */
  readonly servers: readonly string[];
  readonly logger: Logger;
  /** Messages a consumer pulls ahead of its handler; default 64. */
  readonly prefetch?: number;
}

/** JetStream's "wrong last sequence": a compare-and-set that lost. */
const wrongLastSequence = 10_071;
const streamNotFound = 10_059;
const consumerNotFound = 10_014;
const defaultAckWaitMs = 30_000;

export class JetStreamBus implements Bus {
  private readonly consumers = new Set<Consumer>();
  private closed = false;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly kvm: Kvm,
    private readonly options: JetStreamBusOptions,
  ) {}

  static async connect(options: JetStreamBusOptions): Promise<JetStreamBus> {
    let nc: NatsConnection;
    try {
      // Reconnect for as long as it takes: the client's default gives up after
      // ten tries (about 20 s), leaving a relayer with a dead connection for good.
      nc = await connect({
        servers: [...options.servers],
        name: 'isthmus-relayer',
        maxReconnectAttempts: -1,
        reconnectTimeWait: 1_000,
        // Without it every request builds an Error with a stack trace up front,
        // about 8% of a relayer's CPU; failures still carry their own.
        noAsyncTraces: true,
      });
    } catch (cause) {
      throw driverError(
        'BUS_UNAVAILABLE',
        'cannot connect to NATS',
        'unavailable',
        { servers: options.servers },
        cause,
      );
    }
    const js = jetstream(nc);
    return new JetStreamBus(nc, js, await jetstreamManager(nc), new Kvm(js), options);
  }

  async ensureStream(spec: StreamSpec): Promise<void> {
    this.assertOpen();
    const config = {
      name: spec.name,
      subjects: [...spec.subjects],
      duplicate_window: nanos(spec.duplicateWindowMs ?? defaultDuplicateWindowMs),
    };
    try {
      await this.jsm.streams.info(spec.name);
      await this.jsm.streams.update(spec.name, config);
    } catch (err) {
      if (!(err instanceof JetStreamApiError) || err.code !== streamNotFound) throw err;
      await this.jsm.streams.add(config);
    }
  }

  async publish(subject: string, data: Uint8Array, options: PublishOptions): Promise<PublishResult> {
    this.assertOpen();
    try {
      const ack = await this.js.publish(subject, data, { msgID: options.msgId });
      return { stream: ack.stream, seq: BigInt(ack.seq), duplicate: ack.duplicate };
    } catch (cause) {
      // No stream listening on the subject: the request has no responders.
      if (cause instanceof Error && cause.cause instanceof RequestError && cause.cause.isNoResponders()) {
        throw driverError(
          'BUS_NO_STREAM',
          `no stream stores ${subject}`,
          'failed_precondition',
          { subject },
          cause,
        );
      }
      throw driverError(
        'BUS_UNAVAILABLE',
        `publishing on ${subject} failed`,
        'unavailable',
        { subject },
        cause,
      );
    }
  }

  async consume(
    stream: string,
    durable: string,
    filterSubject: string,
    handler: MessageHandler,
    options: ConsumeOptions = {},
  ): Promise<Consumer> {
    this.assertOpen();
    const logger = this.options.logger.child({ stream, durable, driver: 'jetstream' });
    await this.jsm.consumers.add(stream, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: filterSubject,
      ack_wait: nanos(options.ackWaitMs ?? defaultAckWaitMs),
    });
    const messages: ConsumerMessages = await (
      await this.js.consumers.get(stream, durable)
    ).consume({ max_messages: this.options.prefetch ?? 64 });
    const loop = (async () => {
      for await (const m of messages) {
        const message: BusMessage = {
          subject: m.subject,
          data: m.data,
          seq: BigInt(m.seq),
          deliveryCount: m.info.deliveryCount,
        };
        const decision: Decision = await handler(message).catch((err: unknown) => {
          logger.warn({ err, seq: m.seq, subject: m.subject }, 'handler failed; message will be redelivered');
          return nak();
        });
        if (decision.kind === 'ack') m.ack();
        else if (decision.kind === 'term') m.term();
        else m.nak(decision.delayMs);
      }
    })().catch((err: unknown) => logger.error({ err }, 'consumer stopped'));
    const consumer: Consumer = {
      close: async () => {
        this.consumers.delete(consumer);
        messages.stop();
        await loop;
      },
    };
    this.consumers.add(consumer);
    return consumer;
  }

  async subscribe(
    stream: string,
    filterSubject: string,
    options: SubscribeOptions,
    handler: SubscriptionHandler,
  ): Promise<Consumer> {
    this.assertOpen();
    const logger = this.options.logger.child({ stream, driver: 'jetstream', subscription: filterSubject });
    const start =
      options.afterSeq === undefined
        ? { deliver_policy: DeliverPolicy.New }
        : { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: Number(options.afterSeq + 1n) };
    const messages: ConsumerMessages = await (
      await this.js.consumers.get(stream, { filter_subjects: filterSubject, ...start })
    ).consume({ max_messages: this.options.prefetch ?? 64 });
    const loop = (async () => {
      for await (const m of messages) {
        await handler({ subject: m.subject, data: m.data, seq: BigInt(m.seq), deliveryCount: 1 });
      }
    })().catch((err: unknown) => {
      messages.stop();
      logger.warn({ err }, 'subscription handler failed; subscription ended');
    });
    const consumer: Consumer = {
      close: async () => {
        this.consumers.delete(consumer);
        messages.stop();
        await loop;
      },
    };
    this.consumers.add(consumer);
    return consumer;
  }

  async lastSeq(stream: string): Promise<bigint> {
    this.assertOpen();
    try {
      return BigInt((await this.jsm.streams.info(stream)).state.last_seq);
    } catch (err) {
      if (err instanceof JetStreamApiError && err.code === streamNotFound) {
        throw driverError('BUS_NO_STREAM', `no stream ${stream}`, 'failed_precondition', { stream }, err);
      }
      throw err;
    }
  }

  async consumerPending(stream: string, durable: string): Promise<number | undefined> {
    this.assertOpen();
    try {
      const info = await this.jsm.consumers.info(stream, durable);
      return info.num_pending + info.num_ack_pending;
    } catch (err) {
      if (err instanceof JetStreamApiError && (err.code === streamNotFound || err.code === consumerNotFound))
        return undefined;
      throw err;
    }
  }

  async kv(bucket: string, options: KvOptions = {}): Promise<KvStore> {
    this.assertOpen();
    const kv = await this.kvm.create(bucket, {
      history: 1,
      ...(options.ttlMs === undefined ? {} : { ttl: options.ttlMs }),
    });
    return jetStreamKv(bucket, kv);
  }

  async deleteStream(stream: string): Promise<void> {
    await this.jsm.streams.delete(stream).catch((err: unknown) => {
      if (!(err instanceof JetStreamApiError) || err.code !== streamNotFound) throw err;
    });
  }

  async deleteKv(bucket: string): Promise<void> {
    await this.deleteStream(`KV_${bucket}`);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.consumers].map((c) => c.close()));
    await this.nc.drain();
  }

  private assertOpen(): void {
    if (this.closed) throw driverError('BUS_CLOSED', 'the bus driver is closed', 'failed_precondition');
  }
}

function jetStreamKv(bucket: string, kv: KV): KvStore {
  const casError = (err: unknown, code: string, key: string): unknown =>
    err instanceof JetStreamApiError && err.code === wrongLastSequence
      ? driverError(
          code,
          `${bucket}/${key}: ${code === 'BUS_KV_EXISTS' ? 'key exists' : 'revision changed'}`,
          'already_exists',
          { bucket, key },
          err,
        )
      : err;
  return {
    async get(key) {
      const entry = await kv.get(key);
      if (!entry || entry.operation !== 'PUT') return undefined;
      const found: KvEntry = { key, value: entry.value, revision: BigInt(entry.revision) };
      return found;
    },
    async put(key, value) {
      return BigInt(await kv.put(key, value));
    },
    async create(key, value) {
      try {
        return BigInt(await kv.create(key, value));
      } catch (err) {
        throw casError(err, 'BUS_KV_EXISTS', key);
      }
    },
    async update(key, value, revision) {
      try {
        return BigInt(await kv.update(key, value, Number(revision)));
      } catch (err) {
        throw casError(err, 'BUS_KV_WRONG_REVISION', key);
      }
    },
    async delete(key, revision) {
      try {
        await kv.delete(key, revision === undefined ? {} : { previousSeq: Number(revision) });
      } catch (err) {
        throw casError(err, 'BUS_KV_WRONG_REVISION', key);
      }
    },
    // NATS KV lists the last entry of every subject and leaves out delete markers.
    async *keys() {
      for await (const key of await kv.keys()) yield key;
    },
  };
}
