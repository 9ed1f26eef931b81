/**
 * `KvStatusStore` on NATS KV, against the harness's real nats-server: two
 * `JetStreamBus` connections with a store each on one bucket, as two
 * relayer processes on different machines would have.
 */
import { createLogger } from '../../../../relayer/logger.js';
import { JetStreamBus } from '../../../../relayer/drivers/jetstream-bus.js';
import { KvStatusStore } from '../../../../relayer/status/index.js';
import { testServers, uniqueName } from '../../../support/env.js';
import { statusStoreContract } from './contract-status-store.js';

const logger = createLogger({ level: 'silent' });

statusStoreContract(
  'KvStatusStore on JetStreamBus (two connections)',
  async () => {
    const connect = (): Promise<JetStreamBus> =>
      JetStreamBus.connect({ servers: [testServers().natsUrl], logger });
    const [busA, busB] = await Promise.all([connect(), connect()]);
    const bucket = uniqueName('packet-status');
    const a = await KvStatusStore.open(busA, { logger, bucket });
    const b = await KvStatusStore.open(busB, { logger, bucket });
    return {
      a,
      b,
      bucket: await busA.kv(bucket),
      close: async () => {
        await busA.deleteKv(bucket);
        await Promise.all([busA.close(), busB.close()]);
      },
    };
  },
  { kvBacked: true },
);
