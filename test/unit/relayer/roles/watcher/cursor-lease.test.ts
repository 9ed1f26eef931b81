/** The watcher's stored cursor and its lease, on the in-process KV (the same contract as NATS KV). */
import { describe, expect, it } from '@jest/globals';
import { MemoryBus } from '../../../../../relayer/drivers/index.js';
import { createLogger } from '../../../../../relayer/logger.js';
import { ChainLease, chainKey, readCursor, writeCursor } from '../../../../../relayer/roles/watcher/index.js';
import { eventMessageId, eventSubject } from '../../../../../relayer/roles/events.js';
import { toU64, v1 } from '../../../../../proto/index.js';

const bus = (): MemoryBus => new MemoryBus({ logger: createLogger({ level: 'silent' }) });

describe('watcher cursor', () => {
  it('behavior: a written cursor reads back; none is undefined', async () => {
    const kv = await bus().kv('cursors');
    expect(await readCursor(kv, 'evm.1')).toBeUndefined();
    const cursor = { revision: 1n, height: 12n, tx: 4_294_967_295, event: 4_294_967_295 };
    await writeCursor(kv, 'evm.1', cursor);
    expect(await readCursor(kv, 'evm.1')).toEqual(cursor);
  });

  it('error: a malformed stored cursor fails with WATCHER_BAD_CURSOR', async () => {
    const kv = await bus().kv('cursors');
    await kv.put(chainKey('health'), new TextEncoder().encode('{"height":12}'));
    await expect(readCursor(kv, 'health')).rejects.toMatchObject({ code: 'WATCHER_BAD_CURSOR' });
  });

  it('args: chain ids become NATS-safe keys and subject tokens, one-to-one', () => {
    expect(chainKey('evm.1')).toBe('evm=2E1');
    expect(eventSubject('evm.1', v1.EventKind.EVENT_KIND_WRITE_ACK)).toBe('isthmus.evm~2E1.events.write_ack');
    const cursor = { height: { revision: toU64(1n), height: toU64(9n) }, txIndex: 2, eventIndex: 3 };
    expect(eventMessageId({ chainId: 'evm.1', cursor })).toBe('evm.1/9/2/3');
  });
});

describe('ChainLease', () => {
  it('behavior: one holder at a time; renewal keeps it; release frees it at once', async () => {
    const kv = await bus().kv('leases', { ttlMs: 60_000 });
    const a = new ChainLease(kv, 'health', 'a');
    const b = new ChainLease(kv, 'health', 'b');
    expect(await a.tryAcquire()).toBe(true);
    expect(await b.tryAcquire()).toBe(false);
    expect(await a.renew()).toBe(true);
    await a.release();
    expect(a.held).toBe(false);
    expect(await b.tryAcquire()).toBe(true);
    expect(await a.renew()).toBe(false);
  });

  it('behavior: a holder whose lease was taken over finds out on renewal', async () => {
    const kv = await bus().kv('leases', { ttlMs: 60_000 });
    const a = new ChainLease(kv, 'health', 'a');
    expect(await a.tryAcquire()).toBe(true);
    await kv.delete(chainKey('health'));
    expect(await new ChainLease(kv, 'health', 'b').tryAcquire()).toBe(true);
    expect(await a.renew()).toBe(false);
    expect(a.held).toBe(false);
  });
});
