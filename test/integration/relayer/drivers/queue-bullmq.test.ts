/** The queue contract on BullMQ, against the harness's real redis-server. */
import { createLogger } from '../../../../relayer/logger.js';
import { BullMqQueue } from '../../../../relayer/drivers/bullmq-queue.js';
import { testServers } from '../../../support/env.js';
import { queueContract } from './contract-queue.js';

queueContract(
  'BullMqQueue',
  () =>
    new BullMqQueue({
      url: testServers().redisUrl,
      logger: createLogger({ level: 'silent' }),
      prefix: 'isthmus-test',
      blockMs: 50,
    }),
);
