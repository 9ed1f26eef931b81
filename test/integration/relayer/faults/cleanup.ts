/** Removes what a fault test left on a Redis and NATS it shares with other tests: its queues, stream and buckets. */
import { BullMqQueue, JetStreamBus } from '../../../../relayer/drivers/index.js';
import { createLogger } from '../../../../relayer/logger.js';
import { deliverQueue } from '../../../../relayer/roles/jobs.js';
import type { FaultNames } from './chains.js';

/** `chains`: the ids of the chains the relayer delivered to (one queue each). */
export async function removeRelayerState(
  chains: { readonly main: string; readonly health: string } | { readonly ids: readonly string[] },
  names: FaultNames,
  servers: { readonly redisUrl: string; readonly natsUrl: string },
): Promise<void> {
  const logger = createLogger({ level: 'silent' });
  const queue = new BullMqQueue({ url: servers.redisUrl, logger });
  const bus = await JetStreamBus.connect({ servers: [servers.natsUrl], logger });
  try {
    const ids = 'ids' in chains ? chains.ids : [chains.main, chains.health];
    for (const id of ids) await queue.obliterate(deliverQueue(id));
    await bus.deleteStream(names.eventsStream);
    await bus.deleteKv(names.cursorsBucket);
    await bus.deleteKv(names.leasesBucket);
  } finally {
    await queue.close();
    await bus.close();
  }
}
