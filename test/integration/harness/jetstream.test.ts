/** The harness's NATS with the real client: a JetStream stream created, published to, consumed. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { testServers, uniqueName } from '../../support/env.js';

describe('harness: JetStream on a real nats-server', () => {
  const { natsUrl } = testServers();
  const stream = uniqueName('EVENTS').replace(/-/g, '_');
  const chain = uniqueName('chain');
  const subject = `isthmus.${chain}.events.send_packet`;
  const nc = connect({ servers: natsUrl });

  afterAll(async () => {
    const conn = await nc;
    const jsm = await jetstreamManager(conn);
    await jsm.streams.delete(stream).catch(() => undefined);
    await conn.drain();
  });

  it('behavior: publishes are de-duplicated by message id and consumed durably, in order', async () => {
    const conn = await nc;
    const jsm = await jetstreamManager(conn);
    await jsm.streams.add({
      name: stream,
      subjects: [`isthmus.${chain}.events.>`],
      duplicate_window: 60_000_000_000,
    });
    const js = jetstream(conn);

    const acks = [];
    for (const seq of [1, 2, 3]) {
      acks.push(await js.publish(subject, JSON.stringify({ seq }), { msgID: `${chain}/10/0/${seq}` }));
    }
    // The watcher re-publishes after a restart: same ids, nothing new stored.
    const dup = await js.publish(subject, JSON.stringify({ seq: 1 }), { msgID: `${chain}/10/0/1` });
    expect(acks.map((a) => a.duplicate)).toEqual([false, false, false]);
    expect(dup.duplicate).toBe(true);
    expect((await jsm.streams.info(stream)).state.messages).toBe(3);

    await jsm.consumers.add(stream, {
      durable_name: 'planner',
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
    });
    const consumer = await js.consumers.get(stream, 'planner');
    const batch = await consumer.fetch({ max_messages: 3, expires: 5_000 });
    const received: number[] = [];
    for await (const m of batch) {
      received.push((m.json() as { seq: number }).seq);
      await m.ackAck();
    }
    expect(received).toEqual([1, 2, 3]);
    const info = await consumer.info();
    expect(info.num_pending).toBe(0);
    expect(info.num_ack_pending).toBe(0);
  });
});
