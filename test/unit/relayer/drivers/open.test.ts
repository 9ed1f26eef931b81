import { describe, expect, it } from '@jest/globals';
import { MemoryBus } from '../../../../relayer/drivers/memory-bus.js';
import { MemoryQueue } from '../../../../relayer/drivers/memory-queue.js';
import { openDrivers } from '../../../../relayer/drivers/open.js';
import { createLogger } from '../../../../relayer/logger.js';

describe('openDrivers', () => {
  it('behavior: with neither redis nor nats configured, the in-process drivers run (embedded mode)', async () => {
    const drivers = await openDrivers({}, createLogger({ level: 'silent' }));
    expect(drivers.mode).toBe('embedded');
    expect(drivers.queue).toBeInstanceOf(MemoryQueue);
    expect(drivers.bus).toBeInstanceOf(MemoryBus);
    await drivers.close();
    await expect(
      drivers.queue.add('deliver:a', 'recv', {}, { jobId: 'a/channel-0/1/recv' }),
    ).rejects.toMatchObject({
      code: 'QUEUE_CLOSED',
    });
    await expect(drivers.bus.kv('b')).rejects.toMatchObject({ code: 'BUS_CLOSED' });
  });
});
