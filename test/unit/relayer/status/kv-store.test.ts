/**
 * `KvStatusStore` over the in-process bus: its compare-and-set loop (a lost
 * write is re-read and re-applied, a bounded number of times), writes only
 * for changes, and `PublishingStatusStore` on top of it unchanged.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { ack, MemoryBus, type KvStore } from '../../../../relayer/drivers/index.js';
import { v1 } from '../../../../proto/index.js';
import {
  encodePacketRecord,
  ensurePacketsStream,
  KvStatusStore,
  PACKET_STATUS_BUCKET,
  ALL_PACKETS_SUBJECT,
  PACKETS_STREAM,
  packetKvKey,
  PublishingStatusStore,
  type StatusTransition,
} from '../../../../relayer/status/index.js';

const logger = pino({ level: 'silent' });
const id = 'health-1/channel-0/7';
const key = packetKvKey(id);
const hop = (step: string, height: bigint): StatusTransition['hop'] => ({
  chainId: step === 'recv' ? 'main-1' : 'health-1',
  step,
  height,
  txId: `tx-${height}`,
  timeNs: 1_764_000_000_000_000_000n + height,
});
const sent: StatusTransition = {
  id,
  status: 'sent',
  hop: hop('send', 4n),
  packet: { sequence: 7, sourceChain: 'health-1', sourceChannel: 'channel-0', destChain: 'main-1' },
};
const received: StatusTransition = { id, status: 'received', hop: hop('recv', 9n) };

/** A bucket where another writer rewrites the key just before each conditional write of ours. */
function contended(kv: KvStore): { kv: KvStore; reads: () => number; writes: () => number } {
  let reads = 0;
  let writes = 0;
  const other = encodePacketRecord({ id, status: 'sent', hops: [hop('send', 4n)] });
  return {
    reads: () => reads,
    writes: () => writes,
    kv: {
      get: (k) => {
        reads += 1;
        return kv.get(k);
      },
      put: (k, v) => kv.put(k, v),
      create: async (k, v) => {
        writes += 1;
        await kv.put(k, other);
        return kv.create(k, v);
      },
      update: async (k, v, revision) => {
        writes += 1;
        await kv.put(k, other);
        return kv.update(k, v, revision);
      },
      delete: (k, revision) => kv.delete(k, revision),
      keys: () => kv.keys(),
    },
  };
}

let bus: MemoryBus;
afterEach(async () => {
  await bus.close();
});

describe('relayer status: KvStatusStore', () => {
  it('behavior: the default bucket is isthmus-packet-status, one key per packet', async () => {
    bus = new MemoryBus({ logger });
    const store = await KvStatusStore.open(bus, { logger });
    await store.apply(sent);
    const kv = await bus.kv(PACKET_STATUS_BUCKET);
    const keys: string[] = [];
    for await (const k of kv.keys()) keys.push(k);
    expect(keys).toEqual(['health-1.channel-0.7']);
  });

  it('behavior: a transition that changes nothing writes nothing', async () => {
    bus = new MemoryBus({ logger });
    const kv = await bus.kv('status');
    const store = new KvStatusStore(kv, { logger, bucket: 'status' });
    await store.apply(sent);
    await store.apply(received);
    const revision = (await kv.get(key))?.revision;
    expect((await store.apply(received)).changed).toBe(false); // a repeat
    expect((await store.apply(sent)).changed).toBe(false); // a late one
    expect((await kv.get(key))?.revision).toBe(revision);
  });

  it('behavior: a write that lost to another writer is re-read and re-applied', async () => {
    bus = new MemoryBus({ logger });
    const kv = await bus.kv('status');
    let interfere = true;
    const racing: KvStore = {
      get: (k) => kv.get(k),
      put: (k, v) => kv.put(k, v),
      delete: (k, r) => kv.delete(k, r),
      keys: () => kv.keys(),
      create: (k, v) => kv.create(k, v),
      // The first update loses to a "proven" another process writes meanwhile.
      update: async (k, v, revision) => {
        if (interfere) {
          interfere = false;
          const current = await new KvStatusStore(kv, { logger }).apply({
            id,
            status: 'proven',
            hop: hop('update_client', 8n),
          });
          expect(current.changed).toBe(true);
        }
        return kv.update(k, v, revision);
      },
    };
    const store = new KvStatusStore(racing, { logger, bucket: 'status' });
    await store.apply(sent);
    const result = await store.apply(received);
    expect(result.changed).toBe(true);
    expect(result.record.hops.map((h) => h.step)).toEqual(['send', 'update_client', 'recv']);
    expect((await store.get(id))?.hops.map((h) => h.step)).toEqual(['send', 'update_client', 'recv']);
  });

  it('error: after `attempts` lost writes, PACKET_STATUS_CONTENDED (retryable), and no write of ours', async () => {
    bus = new MemoryBus({ logger });
    const inner = await bus.kv('status');
    const { kv, reads, writes } = contended(inner);
    const store = new KvStatusStore(kv, { logger, bucket: 'status', attempts: 3 });
    const failure = store.apply(received);
    await expect(failure).rejects.toMatchObject({
      code: 'PACKET_STATUS_CONTENDED',
      category: 'unavailable',
      retryable: true,
      context: { packetId: id, status: 'received', bucket: 'status' },
    });
    expect(reads()).toBe(3);
    expect(writes()).toBe(3);
    expect((await store.get(id))?.status).toBe('sent'); // the other writer's record
  });

  it('args: attempts below 1 are refused', async () => {
    bus = new MemoryBus({ logger });
    const kv = await bus.kv('status');
    expect(() => new KvStatusStore(kv, { logger, attempts: 0 })).toThrow(RangeError);
  });

  it('behavior: PublishingStatusStore on top publishes each change once, whichever store applies it', async () => {
    bus = new MemoryBus({ logger });
    await ensurePacketsStream(bus);
    const one = new PublishingStatusStore(
      await KvStatusStore.open(bus, { logger, bucket: 'status' }),
      bus,
      logger,
    );
    const two = new PublishingStatusStore(
      await KvStatusStore.open(bus, { logger, bucket: 'status' }),
      bus,
      logger,
    );
    expect((await one.apply(sent)).changed).toBe(true);
    expect((await two.apply(sent)).changed).toBe(false); // already there: not published again
    expect((await two.apply(received)).changed).toBe(true);
    const seen: v1.Message[] = [];
    const consumer = await bus.consume(PACKETS_STREAM, 'test', ALL_PACKETS_SUBJECT, (msg) => {
      seen.push(v1.Message.decode(msg.data));
      return Promise.resolve(ack);
    });
    const deadline = Date.now() + 2_000;
    while (seen.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    await consumer.close();
    expect(seen.map((m) => m.status)).toEqual([
      v1.MessageStatus.MESSAGE_STATUS_SENT,
      v1.MessageStatus.MESSAGE_STATUS_RECEIVED,
    ]);
    expect(seen[1]?.hops.map((h) => h.step)).toEqual(['send', 'recv']);
    expect((await one.get(id))?.status).toBe('received');
    expect((await two.list()).map((r) => r.id)).toEqual([id]);
  });
});
