/** Idempotency keys on the in-process bus: one run per (identity, key), the first result replayed. */
import { describe, expect, it } from '@jest/globals';
import { IdempotencyKeys } from '../../../relayer/api/idempotency.js';
import { MemoryBus } from '../../../relayer/drivers/memory-bus.js';
import { createLogger } from '../../../relayer/logger.js';

const utf8 = new TextEncoder();
const open = (): Promise<IdempotencyKeys> =>
  IdempotencyKeys.open(new MemoryBus({ logger: createLogger({ level: 'silent' }) }), {
    ttlMs: 60_000,
    pollMs: 5,
  });

describe('IdempotencyKeys', () => {
  it('behavior: concurrent calls with one key run once and all get its result; another identity runs again', async () => {
    const keys = await open();
    let runs = 0;
    const run = async (): Promise<Uint8Array> => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return utf8.encode(`result-${runs}`);
    };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => keys.once('agency-a', 'k1', utf8.encode('req'), run)),
    );
    expect(runs).toBe(1);
    expect(new Set(results.map((r) => Buffer.from(r).toString()))).toEqual(new Set(['result-1']));
    await keys.once('agency-b', 'k1', utf8.encode('req'), run);
    expect(runs).toBe(2);
  });

  it('behavior: a failed run releases the key, so a retry runs', async () => {
    const keys = await open();
    await expect(
      keys.once('a', 'k', utf8.encode('req'), () => Promise.reject(new Error('chain down'))),
    ).rejects.toThrow('chain down');
    const result = await keys.once('a', 'k', utf8.encode('req'), () => Promise.resolve(utf8.encode('ok')));
    expect(Buffer.from(result).toString()).toBe('ok');
  });

  it('error: the same key with another request is IDEMPOTENCY_KEY_REUSED', async () => {
    const keys = await open();
    await keys.once('a', 'k', utf8.encode('one'), () => Promise.resolve(utf8.encode('ok')));
    await expect(
      keys.once('a', 'k', utf8.encode('two'), () => Promise.resolve(utf8.encode('ok'))),
    ).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      category: 'failed_precondition',
    });
  });
});
