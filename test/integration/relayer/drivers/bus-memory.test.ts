/** The bus contract on the in-process driver (embedded mode). */
import { createLogger } from '../../../../relayer/logger.js';
import { MemoryBus } from '../../../../relayer/drivers/memory-bus.js';
import { busContract } from './contract-bus.js';

busContract('MemoryBus', () => Promise.resolve(new MemoryBus({ logger: createLogger({ level: 'silent' }) })));
