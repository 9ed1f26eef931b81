/** Removes what a fault test left on a Redis and NATS it shares with other tests: its queues, stream and buckets. */
import { BullMqQueue, JetStreamBus } from '../../../../relayer/drivers/index.js';
import { createLogger } from '../../../../relayer/logger.js';
import { deliverQueue } from '../../../../relayer/roles/jobs.js';
import type { FaultChains, FaultNames } from './chains.js';

export async function removeRelayerState(
  chains: FaultChains,
  names: FaultNames,
  servers: { readonly redisUrl: string; readonly natsUrl: string },
): Promise<void> {
  const logger = createLogger({ level: 'silent' });
  const queue = new BullMqQueue({ url: servers.redisUrl, logger });
  const bus = await JetStreamBus.connect({ servers: [servers.natsUrl], logger });
  try {
    await queue.obliterate(deliverQueue(chains.main));
    await queue.obliterate(deliverQueue(chains.health));
    await bus.deleteStream(names.eventsStream);
    await bus.deleteKv(names.cursorsBucket);
    await bus.deleteKv(names.leasesBucket);
  } finally {
    await queue.close();
    await bus.close();
  }
}
