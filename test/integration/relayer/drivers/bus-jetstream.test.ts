/** The bus contract on NATS JetStream, against the harness's real nats-server. */
import { createLogger } from '../../../../relayer/logger.js';
import { JetStreamBus } from '../../../../relayer/drivers/jetstream-bus.js';
import { testServers } from '../../../support/env.js';
import { busContract } from './contract-bus.js';

busContract('JetStreamBus', () =>
  JetStreamBus.connect({
    servers: [testServers().natsUrl],
    logger: createLogger({ level: 'silent' }),
    prefetch: 1,
  }),
);
