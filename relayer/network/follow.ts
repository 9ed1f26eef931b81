/**
 * How a running process keeps up with the network registry: it notes the
 * last announcement, reads the registry and applies it, then follows the
 * announcements after that one. A change made between the note and the read
 * is announced after the note, so none is missed; one seen twice is skipped
 * by its revision. Each announcement makes the process read the registry
 * again (the latest revision wins, so a burst of changes may be applied as
 * one), and a failure to read or apply is logged and left for the next
 * announcement: a running relayer is never stopped by a registry change.
 */
import type { Consumer } from '../drivers/index.js';
import type { Logger } from '../logger.js';
import { announcedRevision, type NetworkRegistry, type RegistrySnapshot } from './registry.js';

export interface FollowNetworkOptions {
  readonly registry: NetworkRegistry;
  /** Applies a revision of the registry; at start its failure fails the follow. */
  readonly apply: (snapshot: RegistrySnapshot) => Promise<void>;
  readonly logger: Logger;
}

export interface NetworkFollower {
  /** The registry revision applied last. */
  readonly revision: () => bigint;
  stop(): Promise<void>;
}

export async function followNetwork(options: FollowNetworkOptions): Promise<NetworkFollower> {
  const { registry, logger } = options;
  const log = logger.child({ module: 'network' });
  const after = await registry.lastAnnounced();
  const first = await registry.read();
  await options.apply(first);
  let applied = first.revision;
  const consumer: Consumer = await registry.subscribe(after, async (data) => {
    const announced = announcedRevision(data);
    if (announced === undefined || announced <= applied) return;
    try {
      const snapshot = await registry.read();
      if (snapshot.revision <= applied) return;
      applied = snapshot.revision;
      log.info({ revision: snapshot.revision.toString() }, 'network registry changed');
      await options.apply(snapshot);
    } catch (err) {
      log.warn({ err, announced: announced.toString() }, 'network change not applied; waiting for the next');
    }
  });
  return { revision: () => applied, stop: () => consumer.close() };
}
