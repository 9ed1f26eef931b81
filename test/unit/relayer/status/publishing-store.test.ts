/** Packet status changes published on `isthmus.packets.<id>`, once per change, as `isthmus.v1.Message`. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { ack, MemoryBus } from '../../../../relayer/drivers/index.js';
import { v1 } from '../../../../proto/index.js';
import {
  ensurePacketsStream,
  InMemoryStatusStore,
  ALL_PACKETS_SUBJECT,
  PACKETS_STREAM,
  PublishingStatusStore,
  type StatusTransition,
} from '../../../../relayer/status/index.js';

const logger = pino({ level: 'silent' });
const id = 'health-1/channel-0/7';
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
  packet: {
    sequence: 7,
    sourceChain: 'health-1',
    sourceChannel: 'channel-0',
    destChain: 'main-1',
    app: 'records',
  },
};
const received: StatusTransition = { id, status: 'received', hop: hop('recv', 9n) };

let bus: MemoryBus;
afterEach(async () => {
  await bus.close();
});

async function published(b: MemoryBus, count: number): Promise<{ subject: string; message: v1.Message }[]> {
  const seen: { subject: string; message: v1.Message }[] = [];
  const consumer = await b.consume(PACKETS_STREAM, 'test', ALL_PACKETS_SUBJECT, (msg) => {
    seen.push({ subject: msg.subject, message: v1.Message.decode(msg.data) });
    return Promise.resolve(ack);
  });
  const deadline = Date.now() + 2_000;
  while (seen.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  await consumer.close();
  return seen;
}

describe('relayer status: PublishingStatusStore', () => {
  it('behavior: each change is published once on the packet subject, as its Message', async () => {
    bus = new MemoryBus({ logger });
    await ensurePacketsStream(bus);
    const store = new PublishingStatusStore(new InMemoryStatusStore(), bus, logger);
    await store.apply(sent);
    await store.apply(sent); // no change: nothing published
    await store.apply(received);
    const seen = await published(bus, 2);
    expect(seen.map((s) => s.subject)).toEqual([
      'isthmus.packets.health-1.channel-0.7',
      'isthmus.packets.health-1.channel-0.7',
    ]);
    expect(seen.map((s) => s.message.status)).toEqual([
      v1.MessageStatus.MESSAGE_STATUS_SENT,
      v1.MessageStatus.MESSAGE_STATUS_RECEIVED,
    ]);
    expect(seen[1]?.message.hops.map((h) => h.step)).toEqual(['send', 'recv']);
    expect((await store.get(id))?.status).toBe('received');
  });

  it('error: a failed publish is logged and the status change still holds', async () => {
    bus = new MemoryBus({ logger });
    // No packets stream: publishing fails with BUS_NO_STREAM.
    const store = new PublishingStatusStore(new InMemoryStatusStore(), bus, logger);
    const result = await store.apply(sent);
    expect(result.changed).toBe(true);
    expect((await store.get(id))?.status).toBe('sent');
  });
});
