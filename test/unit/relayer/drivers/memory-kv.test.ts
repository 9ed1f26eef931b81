import { describe, expect, it } from '@jest/globals';
import { MemoryKv } from '../../../../relayer/drivers/memory-kv.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('MemoryKv', () => {
  it('behavior: a key not written for the ttl disappears, and a renewed one stays (clock injected)', async () => {
    let now = 1_000;
    const kv = new MemoryKv('leases', 500, () => now);
    const r1 = await kv.create('watcher.a', bytes('p1'));
    now += 400;
    const r2 = await kv.update('watcher.a', bytes('p1'), r1);
    now += 400;
    expect((await kv.get('watcher.a'))?.revision).toBe(r2);
    await expect(kv.create('watcher.a', bytes('p2'))).rejects.toMatchObject({ code: 'BUS_KV_EXISTS' });
    now += 500;
    expect(await kv.get('watcher.a')).toBeUndefined();
    await expect(kv.update('watcher.a', bytes('p1'), r2)).rejects.toMatchObject({
      code: 'BUS_KV_WRONG_REVISION',
    });
    expect(await kv.create('watcher.a', bytes('p2'))).toBeGreaterThan(r2);
  });

  it('behavior: values are copied in and out', async () => {
    const kv = new MemoryKv('heights', undefined);
    const value = bytes('42');
    await kv.put('height.a', value);
    value[0] = 0;
    const got = await kv.get('height.a');
    expect(new TextDecoder().decode(got?.value)).toBe('42');
  });

  it('error: a lost compare-and-set is an already_exists IsthmusError naming bucket and key', async () => {
    const kv = new MemoryKv('leases', undefined);
    await kv.create('k', bytes('v'));
    await expect(kv.create('k', bytes('v'))).rejects.toMatchObject({
      name: 'IsthmusError',
      code: 'BUS_KV_EXISTS',
      category: 'already_exists',
      context: { bucket: 'leases', key: 'k' },
    });
  });
});
