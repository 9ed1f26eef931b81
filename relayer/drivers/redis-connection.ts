/**
 * The Redis connection the queue driver uses, from the `redis` config: a
 * standalone URL (`rediss://` for TLS), a sentinel group (ioredis follows
 * fail-overs to the new master) or a cluster. BullMQ needs
 * `maxRetriesPerRequest: null` so blocking commands survive reconnects, and
 * on a cluster every key of a queue in one slot — hence the `{…}` hash tag
 * in the key prefix.
 */
import { Cluster, Redis } from 'ioredis';
import type { ConnectionOptions as TlsConnectionOptions } from 'node:tls';
import { readOptionalPem } from '../../adapters/grpc/pem.js';
import type { RedisConfig } from '../config/schema.js';

export interface RedisConnection {
  readonly client: Redis | Cluster;
  /** The BullMQ key prefix to use with this connection. */
  readonly prefix: string;
}

/** A `host:port` or `[v6]:port` string as ioredis wants it. */
function hostAndPort(node: string): { host: string; port: number } {
  const at = node.lastIndexOf(':');
  return { host: node.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(node.slice(at + 1)) };
}

function tlsOf(tls: RedisConfig['tls']): TlsConnectionOptions | undefined {
  if (tls === undefined) return undefined;
  const ca = readOptionalPem(tls.ca === undefined ? undefined : { path: tls.ca }, 'redis tls ca');
  const cert = readOptionalPem(tls.cert === undefined ? undefined : { path: tls.cert }, 'redis tls cert');
  const key = readOptionalPem(tls.key === undefined ? undefined : { path: tls.key }, 'redis tls key');
  return {
    ...(ca === undefined ? {} : { ca }),
    ...(cert === undefined ? {} : { cert }),
    ...(key === undefined ? {} : { key }),
    ...(tls.serverName === undefined ? {} : { servername: tls.serverName }),
  };
}

/** Opens (lazily connecting) the Redis client a config names, with the key prefix BullMQ must use on it. */
export function openRedis(config: RedisConfig, prefix = 'isthmus'): RedisConnection {
  const tls = tlsOf(config.tls);
  const common = {
    maxRetriesPerRequest: null,
    ...(config.username === undefined ? {} : { username: config.username }),
    ...(config.password === undefined ? {} : { password: config.password }),
    ...(tls === undefined ? {} : { tls }),
  };
  if (config.cluster !== undefined) {
    const client = new Cluster(config.cluster.nodes.map(hostAndPort), { redisOptions: common });
    return { client, prefix: `{${prefix}}` };
  }
  if (config.sentinel !== undefined) {
    const client = new Redis({
      ...common,
      name: config.sentinel.name,
      sentinels: config.sentinel.nodes.map(hostAndPort),
      ...(config.sentinel.password === undefined ? {} : { sentinelPassword: config.sentinel.password }),
      ...(tls === undefined ? {} : { enableTLSForSentinelMode: true }),
    });
    return { client, prefix };
  }
  return { client: new Redis(config.url ?? 'redis://127.0.0.1:6379', common), prefix };
}
