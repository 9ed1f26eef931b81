/**
 * The one contract every `Bus` driver passes: run by
 * `bus-memory.test.ts` and `bus-jetstream.test.ts` (real nats-server with
 * JetStream). Each test uses its own stream, subjects and bucket, and
 * deletes them afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ack,
  nak,
  term,
  type Bus,
  type BusMessage,
  type Decision,
  type KvStore,
} from '../../../../relayer/drivers/bus.js';
import { uniqueName } from '../../../support/env.js';
import { sleep, waitUntil } from './wait.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const read = (m: BusMessage): string => new TextDecoder().decode(m.data);

async function listKeys(kv: KvStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of kv.keys()) keys.push(key);
  return keys.sort();
}

export function busContract(name: string, makeDriver: () => Promise<Bus>): void {
  describe(`Bus contract: ${name}`, () => {
    let bus: Bus;
    beforeAll(async () => {
      bus = await makeDriver();
    });
    afterAll(async () => {
      await bus.close();
    });

    /** A fresh stream on `isthmus.<chain>.events.>`, removed after `body`. */
    const withStream = async (body: (stream: string, chain: string) => Promise<void>): Promise<void> => {
      const stream = uniqueName('EVENTS');
      const chain = uniqueName('chain');
      await bus.ensureStream({ name: stream, subjects: [`isthmus.${chain}.events.>`] });
      try {
        await body(stream, chain);
      } finally {
        await bus.deleteStream(stream);
      }
    };

    it('behavior: a repeated message id is stored once and reported as a duplicate', async () => {
      await withStream(async (stream, chain) => {
        const subject = `isthmus.${chain}.events.send_packet`;
        const first = await bus.publish(subject, text('e1'), { msgId: `${chain}/5/0/0` });
        const again = await bus.publish(subject, text('e1'), { msgId: `${chain}/5/0/0` });
        const other = await bus.publish(subject, text('e2'), { msgId: `${chain}/5/0/1` });
        expect(first).toEqual({ stream, seq: 1n, duplicate: false });
        expect(again).toEqual({ stream, seq: 1n, duplicate: true });
        expect(other).toEqual({ stream, seq: 2n, duplicate: false });
        const seen: string[] = [];
        const consumer = await bus.consume(stream, 'planner', `isthmus.${chain}.events.>`, (m) => {
          seen.push(read(m));
          return Promise.resolve(ack);
        });
        await waitUntil('both messages', () => seen.length >= 2);
        await sleep(50);
        await consumer.close();
        expect(seen).toEqual(['e1', 'e2']);
      });
    });

    it('behavior: a durable consumer resumes after close and reopen, in stream order', async () => {
      await withStream(async (stream, chain) => {
        const subject = `isthmus.${chain}.events.send_packet`;
        for (let i = 1; i <= 3; i += 1) await bus.publish(subject, text(`e${i}`), { msgId: `m${i}` });
        const seen: string[] = [];
        const handler = (m: BusMessage): Promise<Decision> => {
          seen.push(read(m));
          return Promise.resolve(ack);
        };
        const first = await bus.consume(stream, 'planner', `isthmus.${chain}.events.>`, handler);
        await waitUntil('three messages', () => seen.length >= 3);
        await first.close();
        for (let i = 4; i <= 5; i += 1) await bus.publish(subject, text(`e${i}`), { msgId: `m${i}` });
        const second = await bus.consume(stream, 'planner', `isthmus.${chain}.events.>`, handler);
        await waitUntil('five messages', () => seen.length >= 5);
        await sleep(50);
        await second.close();
        expect(seen).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
      });
    });

    it('behavior: consumers of one durable share its messages, each delivered to one', async () => {
      await withStream(async (stream, chain) => {
        const got = new Map<string, string[]>([
          ['a', []],
          ['b', []],
        ]);
        const handler =
          (who: string) =>
          async (m: BusMessage): Promise<Decision> => {
            got.get(who)?.push(read(m));
            await sleep(5);
            return ack;
          };
        const a = await bus.consume(stream, 'planner', `isthmus.${chain}.events.>`, handler('a'));
        const b = await bus.consume(stream, 'planner', `isthmus.${chain}.events.>`, handler('b'));
        const sent = Array.from({ length: 20 }, (_, i) => `e${i}`);
        for (const e of sent) await bus.publish(`isthmus.${chain}.events.send_packet`, text(e), { msgId: e });
        const all = (): string[] => [...(got.get('a') ?? []), ...(got.get('b') ?? [])];
        await waitUntil('all messages', () => all().length >= sent.length);
        await sleep(100);
        await Promise.all([a.close(), b.close()]);
        expect(all().sort()).toEqual([...sent].sort());
        expect(got.get('a')?.length).toBeGreaterThan(0);
        expect(got.get('b')?.length).toBeGreaterThan(0);
      });
    });

    it('behavior: the filter subject picks the kinds a durable takes', async () => {
      await withStream(async (stream, chain) => {
        await bus.publish(`isthmus.${chain}.events.send_packet`, text('send'), { msgId: 's' });
        await bus.publish(`isthmus.${chain}.events.write_ack`, text('ack'), { msgId: 'a' });
        const seen: string[] = [];
        const consumer = await bus.consume(stream, 'acks', `isthmus.${chain}.events.write_ack`, (m) => {
          seen.push(`${m.subject}=${read(m)}`);
          return Promise.resolve(ack);
        });
        await waitUntil('the ack event', () => seen.length >= 1);
        await sleep(50);
        await consumer.close();
        expect(seen).toEqual([`isthmus.${chain}.events.write_ack=ack`]);
      });
    });

    it('behavior: nak redelivers (after its delay), a throwing handler too, term does not', async () => {
      await withStream(async (stream, chain) => {
        const deliveries: string[] = [];
        const consumer = await bus.consume(
          stream,
          'planner',
          `isthmus.${chain}.events.>`,
          (m) => {
            const body = read(m);
            deliveries.push(`${body}#${m.deliveryCount}`);
            if (m.deliveryCount > 1) return Promise.resolve(ack);
            if (body === 'nak') return Promise.resolve(nak(50));
            if (body === 'throw') return Promise.reject(new Error('handler failed'));
            return Promise.resolve(term);
          },
          { ackWaitMs: 500 },
        );
        for (const body of ['nak', 'throw', 'term']) {
          await bus.publish(`isthmus.${chain}.events.send_packet`, text(body), { msgId: body });
        }
        await waitUntil('redeliveries', () => deliveries.includes('nak#2') && deliveries.includes('throw#2'));
        await sleep(700); // past the ack wait: a termed message, if wrongly kept, would be back by now
        await consumer.close();
        expect(deliveries.sort()).toEqual(['nak#1', 'nak#2', 'term#1', 'throw#1', 'throw#2']);
      });
    });

    it('behavior: kv create is a lease — it fails while the key exists; put, update and delete keep revisions', async () => {
      const bucket = uniqueName('leases');
      const kv = await bus.kv(bucket);
      try {
        const r1 = await kv.create('watcher.health', text('process-1'));
        await expect(kv.create('watcher.health', text('process-2'))).rejects.toMatchObject({
          code: 'BUS_KV_EXISTS',
        });
        const got = await kv.get('watcher.health');
        expect(got?.revision).toBe(r1);
        expect(new TextDecoder().decode(got?.value)).toBe('process-1');
        const r2 = await kv.update('watcher.health', text('process-1'), r1);
        expect(r2).toBeGreaterThan(r1);
        await expect(kv.update('watcher.health', text('process-2'), r1)).rejects.toMatchObject({
          code: 'BUS_KV_WRONG_REVISION',
        });
        const r3 = await kv.put('height.health', text('42'));
        expect(r3).toBeGreaterThan(r2);
        expect((await kv.get('height.health'))?.revision).toBe(r3);
        await expect(kv.delete('watcher.health', r1)).rejects.toMatchObject({
          code: 'BUS_KV_WRONG_REVISION',
        });
        await kv.delete('watcher.health', r2);
        expect(await kv.get('watcher.health')).toBeUndefined();
        expect(await kv.get('never.written')).toBeUndefined();
        expect(await kv.create('watcher.health', text('process-2'))).toBeGreaterThan(r3);
      } finally {
        await bus.deleteKv(bucket);
      }
    });

    it('behavior: kv keys lists every key that holds a value once, without deleted ones', async () => {
      const bucket = uniqueName('status');
      const kv = await bus.kv(bucket);
      try {
        expect(await listKeys(kv)).toEqual([]);
        await kv.put('evm=2E1.channel-0.1', text('sent'));
        await kv.put('evm=2E1.channel-0.1', text('received'));
        await kv.create('health-1.channel-0.10', text('sent'));
        await kv.put('a/b_c=3D-d', text('x'));
        const r = await kv.put('gone.channel-0.1', text('sent'));
        await kv.delete('gone.channel-0.1', r);
        await kv.put('also-gone', text('x'));
        await kv.delete('also-gone');
        expect(await listKeys(kv)).toEqual(['a/b_c=3D-d', 'evm=2E1.channel-0.1', 'health-1.channel-0.10']);
        await kv.create('gone.channel-0.1', text('again'));
        expect(await listKeys(kv)).toEqual([
          'a/b_c=3D-d',
          'evm=2E1.channel-0.1',
          'gone.channel-0.1',
          'health-1.channel-0.10',
        ]);
      } finally {
        await bus.deleteKv(bucket);
      }
    });

    it('behavior: with a bucket ttl, a lease that is not renewed expires', async () => {
      const bucket = uniqueName('leases');
      const kv = await bus.kv(bucket, { ttlMs: 1_000 });
      try {
        await kv.create('watcher.health', text('process-1'));
        await expect(kv.create('watcher.health', text('process-2'))).rejects.toMatchObject({
          code: 'BUS_KV_EXISTS',
        });
        await waitUntil(
          'the lease expired',
          async () => (await kv.get('watcher.health')) === undefined,
          5_000,
        );
        expect(await listKeys(kv)).toEqual([]);
        await kv.create('watcher.health', text('process-2'));
        expect(new TextDecoder().decode((await kv.get('watcher.health'))?.value)).toBe('process-2');
      } finally {
        await bus.deleteKv(bucket);
      }
    });

    it('behavior: a subscription reads after a sequence in order, then follows; without one, only new messages', async () => {
      await withStream(async (stream, chain) => {
        expect(await bus.lastSeq(stream)).toBe(0n);
        const publish = (kind: string, body: string): Promise<unknown> =>
          bus.publish(`isthmus.${chain}.events.${kind}`, text(body), { msgId: body });
        for (const body of ['e1', 'e2', 'e3']) await publish('send_packet', body);
        await publish('write_ack', 'a4');
        expect(await bus.lastSeq(stream)).toBe(4n);
        const resumed: string[] = [];
        const fromSeq = await bus.subscribe(
          stream,
          `isthmus.${chain}.events.send_packet`,
          { afterSeq: 1n },
          (m) => {
            resumed.push(`${m.seq}=${read(m)}`);
            return Promise.resolve();
          },
        );
        const fresh: string[] = [];
        const fromEnd = await bus.subscribe(stream, `isthmus.${chain}.events.>`, {}, (m) => {
          fresh.push(`${m.seq}=${read(m)}`);
          return Promise.resolve();
        });
        await waitUntil('the stored messages after 1', () => resumed.length >= 2);
        await publish('send_packet', 'e5');
        await waitUntil('the new message on both', () => resumed.length >= 3 && fresh.length >= 1);
        await sleep(50);
        await Promise.all([fromSeq.close(), fromEnd.close()]);
        await publish('send_packet', 'e6');
        await sleep(50);
        expect(resumed).toEqual(['2=e2', '3=e3', '5=e5']);
        expect(fresh).toEqual(['5=e5']);
      });
    });

    it('behavior: consumerPending counts what a durable has not acknowledged, by its filter; undefined for an unknown durable', async () => {
      await withStream(async (stream, chain) => {
        expect(await bus.consumerPending(stream, 'planner')).toBeUndefined();
        const filter = `isthmus.${chain}.events.send_packet`;
        const opened = await bus.consume(stream, 'planner', filter, () => Promise.resolve(ack));
        await opened.close();
        for (let i = 1; i <= 3; i += 1) await bus.publish(filter, text(`e${i}`), { msgId: `p${i}` });
        await bus.publish(`isthmus.${chain}.events.write_ack`, text('other'), { msgId: 'o1' });
        expect(await bus.consumerPending(stream, 'planner')).toBe(3);
        const seen: string[] = [];
        const consumer = await bus.consume(stream, 'planner', filter, (m) => {
          seen.push(read(m));
          return Promise.resolve(ack);
        });
        await waitUntil('three messages', () => seen.length >= 3);
        await waitUntil('nothing pending', async () => (await bus.consumerPending(stream, 'planner')) === 0);
        await consumer.close();
      });
    });

    it('error: publishing on a subject no stream stores fails with BUS_NO_STREAM', async () => {
      await expect(
        bus.publish(`isthmus.${uniqueName('nowhere')}.events.x`, text('x'), { msgId: 'x' }),
      ).rejects.toMatchObject({
        code: 'BUS_NO_STREAM',
      });
    });
  });
}
