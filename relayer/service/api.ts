/**
 * The `api` role of a process: the Relay gRPC service over this process's
 * chains, status store and bus, behind the security layer (identities from
 * the policy file, a rate limit shared through Redis when configured, the
 * audit log), with evidence receipts when `api.mainChain` names the main
 * chain. Without a policy file every call is refused (default deny).
 */
import type { Ledger } from '../../adapters/index.js';
import { createRelayService, startRelayApi, type RelayApi } from '../api/index.js';
import { createEvidenceService } from '../api/receipts/index.js';
import { createSecurity, loadPolicy, policyFrom } from '../api/security/index.js';
import type { RelayerConfig } from '../config/schema.js';
import type { Bus } from '../drivers/index.js';
import { openRedis } from '../drivers/redis-connection.js';
import type { Logger } from '../logger.js';
import type { StatusStore } from '../status/index.js';
import type { WorkerRoute } from './routes.js';

export interface ApiRoleOptions {
  readonly config: RelayerConfig;
  readonly ledger: (chainId: string) => Ledger;
  /** Each chain's clients of the others (path ends). */
  readonly routes: readonly WorkerRoute[];
  readonly status: StatusStore;
  readonly bus: Bus;
  readonly logger: Logger;
}

export interface ApiRole {
  /** `host:port` the API listens on. */
  readonly address: string;
  close(): Promise<void>;
}

const defaults = {
  listen: '127.0.0.1:7400',
  maxMessageBytes: 4 * 1024 * 1024,
  rateLimit: { perSecond: 50, burst: 100 },
};

export async function startApiRole(options: ApiRoleOptions): Promise<ApiRole> {
  const { config, logger } = options;
  const api = config.api ?? defaults;
  const log = logger.child({ role: 'api' });
  const policy =
    config.api?.policy === undefined ? policyFrom({ identities: [] }) : await loadPolicy(config.api.policy);
  if (config.api?.policy === undefined) log.warn('no api.policy: every Relay call is refused');
  const redis = config.redis === undefined ? undefined : openRedis(config.redis);
  const security = createSecurity({
    policy,
    rateLimit: api.rateLimit,
    logger: log,
    ...(redis === undefined ? {} : { redis }),
  });
  const mainChain = config.api?.mainChain;
  const mainRoute = options.routes.find((r) => r.destChainId === mainChain);
  const evidence =
    mainChain === undefined || mainRoute === undefined
      ? undefined
      : createEvidenceService({
          ledgers: new Map(config.chains.map((c) => [c.id, options.ledger(c.id)])),
          mainChainId: mainChain,
          clientIds: mainRoute.clientIds,
        });
  let server: RelayApi | undefined;
  try {
    const service = await createRelayService({
      config,
      ledgerOf: options.ledger,
      status: options.status,
      bus: options.bus,
      logger: log,
      ...(evidence === undefined ? {} : { evidence }),
    });
    const tls = config.api?.tls;
    server = await startRelayApi({
      service,
      listen: api.listen,
      maxMessageBytes: api.maxMessageBytes,
      logger: log,
      preflight: security.preflight,
      wrap: (s) => security.wrap(s),
      ...(tls === undefined
        ? {}
        : {
            tls: {
              cert: { path: tls.cert },
              key: { path: tls.key },
              ...(tls.ca === undefined ? {} : { ca: { path: tls.ca } }),
              requireClientCert: tls.requireClientCert,
            },
          }),
    });
  } catch (err) {
    await security.close();
    redis?.client.disconnect();
    throw err;
  }
  const running = server;
  log.info({ address: running.address, mainChain }, 'Relay API listening');
  return {
    address: running.address,
    async close() {
      await running.close();
      await security.close();
      redis?.client.disconnect();
    },
  };
}
