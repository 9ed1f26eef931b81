/**
 * The per-identity rate limit shared across processes through Redis: two
 * security instances (two API processes, each with its own Redis connection
 * and gRPC server) on the harness's Redis, one key prefix per test. The
 * implementation behind them is the recording stand-in for the Relay
 * service (./recording-relay.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { credentials, status as GrpcStatus, type Client } from '@grpc/grpc-js';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import type { RunningServer } from '../../../../adapters/grpc/server.js';
import {
  createSecurity,
  hashToken,
  policyFrom,
  type Policy,
  type Security,
} from '../../../../relayer/api/security/index.js';
import { testServers, uniqueName } from '../../../support/env.js';
import { RecordingRelay } from './recording-relay.js';
import { callUnary, relayClient, startGuardedRelay } from './relay-harness.js';

const TOKEN = 'limited-token-5e4d3c2b1a09f8e7d6c5b4a392817060';
const OTHER_TOKEN = 'other-token-0f1e2d3c4b5a69788796a5b4c3d2e1f0';
/** Three calls, then one every ~17 minutes: no refill can happen during the test. */
const RATE = { perSecond: 0.001, burst: 3 };

describe('integration: Relay API rate limit shared through Redis', () => {
  const logger = pino({ level: 'silent' });
  const prefix = uniqueName('api-rate');
  const relay = new RecordingRelay();
  const redis: Redis[] = [];
  const securities: Security[] = [];
  const servers: RunningServer[] = [];
  const clients: Client[] = [];
  let policy: Policy;

  beforeAll(async () => {
    policy = policyFrom({
      identities: [
        { name: 'limited', tokens: [await hashToken(TOKEN)], allow: [{ methods: ['ListChains'] }] },
        { name: 'other', tokens: [await hashToken(OTHER_TOKEN)], allow: [{ methods: ['ListChains'] }] },
      ],
    });
    for (let i = 0; i < 2; i++) {
      const client = new Redis(testServers().redisUrl, { maxRetriesPerRequest: null, lazyConnect: true });
      redis.push(client);
      const security = createSecurity({ policy, rateLimit: RATE, redis: { client, prefix }, logger });
      securities.push(security);
      const server = await startGuardedRelay({ security, relay, logger });
      servers.push(server);
      clients.push(relayClient(server.address, credentials.createInsecure()));
    }
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    await Promise.all(servers.map((s) => s.close()));
    await Promise.all(securities.map((s) => s.close()));
    await Promise.all(redis.map((r) => r.quit()));
  });

  const list = (process: number, token: string): ReturnType<typeof callUnary> => {
    const client = clients[process];
    if (client === undefined) throw new Error(`no process ${process}`);
    return callUnary(client, 'ListChains', new Uint8Array(), token);
  };

  it('behavior: two processes share one identity’s budget; the refused call says when to retry', async () => {
    expect((await list(0, TOKEN)).status).toBe(GrpcStatus.OK);
    expect((await list(1, TOKEN)).status).toBe(GrpcStatus.OK);
    expect((await list(0, TOKEN)).status).toBe(GrpcStatus.OK);
    const refused = await list(1, TOKEN);
    expect(refused.status).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
    expect(refused.error?.code).toBe('RATE_LIMITED');
    expect(refused.error?.retryable).toBe(true);
    expect(refused.error?.context.identity).toBe('limited');
    const retryAfterMs = refused.error?.context.retryAfterMs;
    expect(typeof retryAfterMs).toBe('number');
    expect(retryAfterMs as number).toBeGreaterThan(0);
    expect((await list(0, TOKEN)).status).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
    // Refused calls never reach the implementation.
    expect(relay.calls).toHaveLength(3);
  });

  it('behavior: another identity keeps its own budget', async () => {
    expect((await list(1, OTHER_TOKEN)).status).toBe(GrpcStatus.OK);
  });

  it('behavior: buckets live under the prefix and expire', async () => {
    const keys = await redis[0]?.keys(`${prefix}:*`);
    expect(keys?.sort()).toEqual([`${prefix}:api-rate:limited`, `${prefix}:api-rate:other`]);
    const ttl = await redis[0]?.pttl(`${prefix}:api-rate:limited`);
    expect(ttl).toBeGreaterThan(0);
  });
});
