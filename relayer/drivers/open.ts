/**
 * Picks the drivers for a process: BullMQ and JetStream when Redis and NATS
 * are configured (distributed mode), the in-process drivers when neither is
 * (embedded mode — one process only; the config schema refuses one without
 * the other).
 */
import type { RedisConfig } from '../config/schema.js';
import type { Logger } from '../logger.js';
import type { Bus } from './bus.js';
import { BullMqQueue } from './bullmq-queue.js';
import { JetStreamBus } from './jetstream-bus.js';
import { MemoryBus } from './memory-bus.js';
import { MemoryQueue } from './memory-queue.js';
import type { Queue } from './queue.js';

/** The part of the relayer config that chooses drivers (`RelayerConfig` fits). */
export interface DriverConfig {
  readonly redis?: RedisConfig | undefined;
  readonly nats?: { readonly servers: readonly string[] } | undefined;
  /** Lock and stalled-check timing of the distributed queue's workers (defaults 30 s each). */
  readonly workers?:
    | { readonly lockDurationMs?: number | undefined; readonly stalledIntervalMs?: number | undefined }
    | undefined;
}

export interface Drivers {
  readonly mode: 'embedded' | 'distributed';
  readonly queue: Queue;
  readonly bus: Bus;
  /** Closes the queue, then the bus. */
  close(): Promise<void>;
}

export async function openDrivers(config: DriverConfig, logger: Logger): Promise<Drivers> {
  const log = logger.child({ module: 'drivers' });
  if (config.redis && config.nats) {
    const bus = await JetStreamBus.connect({ servers: config.nats.servers, logger: log });
    const { lockDurationMs, stalledIntervalMs } = config.workers ?? {};
    const queue = new BullMqQueue({
      redis: config.redis,
      logger: log,
      ...(lockDurationMs === undefined ? {} : { lockDurationMs }),
      ...(stalledIntervalMs === undefined ? {} : { stalledIntervalMs }),
    });
    return { mode: 'distributed', queue, bus, close: () => closeBoth(queue, bus) };
  }
  const queue = new MemoryQueue({ logger: log });
  const bus = new MemoryBus({ logger: log });
  log.info('embedded mode: in-process queue and bus (single process only)');
  return { mode: 'embedded', queue, bus, close: () => closeBoth(queue, bus) };
}

async function closeBoth(queue: Queue, bus: Bus): Promise<void> {
  await queue.close();
  await bus.close();
}
