/** The queue contract on the in-process driver (embedded mode). */
import { createLogger } from '../../../../relayer/logger.js';
import { MemoryQueue } from '../../../../relayer/drivers/memory-queue.js';
import { queueContract } from './contract-queue.js';

queueContract('MemoryQueue', () => new MemoryQueue({ logger: createLogger({ level: 'silent' }) }));
