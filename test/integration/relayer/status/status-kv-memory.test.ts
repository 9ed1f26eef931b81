/** `KvStatusStore` on the in-process bus (embedded mode): two stores on one bucket. */
import { createLogger } from '../../../../relayer/logger.js';
import { MemoryBus } from '../../../../relayer/drivers/memory-bus.js';
import { KvStatusStore } from '../../../../relayer/status/index.js';
import { uniqueName } from '../../../support/env.js';
import { statusStoreContract } from './contract-status-store.js';

const logger = createLogger({ level: 'silent' });

statusStoreContract(
  'KvStatusStore on MemoryBus',
  async () => {
    const bus = new MemoryBus({ logger });
    const bucket = uniqueName('packet-status');
    return {
      a: await KvStatusStore.open(bus, { logger, bucket }),
      b: await KvStatusStore.open(bus, { logger, bucket }),
      bucket: await bus.kv(bucket),
      close: () => bus.close(),
    };
  },
  { kvBacked: true },
);
