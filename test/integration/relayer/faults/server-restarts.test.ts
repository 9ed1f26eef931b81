/**
 * Redis and NATS restarted under a running relayer process: a private
 * redis-server with its append-only file on, and a private nats-server
 * with JetStream's file store, each killed with SIGKILL while records are
 * in flight and started again on the same port and folder. Records sent
 * before, during and after the outage are each received and acknowledged
 * exactly once, and the relayer process lives through it and closes cleanly.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { startNats, startRedis, type RunningServer } from '../../../support/servers.js';
import { sleep, waitUntil } from '../drivers/wait.js';
import { FaultChains, faultNames } from './chains.js';
import { killRelayerProcesses, RelayerProcess } from './relayer-process.js';

let redis: RunningServer;
let nats: RunningServer;
let chains: FaultChains | undefined;

beforeAll(async () => {
  [redis, nats] = await Promise.all([startRedis({ appendOnly: true }), startNats()]);
}, 30_000);

afterEach(async () => {
  await killRelayerProcesses();
  await chains?.close();
  chains = undefined;
});

afterAll(async () => {
  await Promise.all([redis.stop(), nats.stop()]);
});

/** Starts a relayer on the private servers, kills one server mid-flight, restarts it, and checks the records. */
async function outage(halt: () => Promise<void>, restart: () => Promise<void>): Promise<void> {
  const c = new FaultChains();
  chains = c;
  await c.open();
  const relayer = await RelayerProcess.start(
    c.config({ redisUrl: redis.url, natsUrl: nats.url }, faultNames()),
    ['watcher', 'planner', 'worker', 'clearing'],
  );
  const before = await c.send(20, 'before');
  await waitUntil('some records in flight', () => c.received(before) > 0, 30_000);
  await halt();
  const during = await c.send(10, 'during');
  await sleep(1_000);
  await restart();
  const after = await c.send(10, 'after');
  const all = [...before, ...during, ...after];
  await c.waitSettled(all, 60_000);
  expect(relayer.alive).toBe(true);
  await relayer.stop();
  expect(relayer.exitCode).toBe(0);
  await c.expectExactlyOnce(all);
}

describe('relayer process across server restarts', () => {
  it('behavior: Redis (AOF) killed and restarted: every record received and acknowledged once', async () => {
    await outage(
      () => redis.halt('SIGKILL'),
      async () => {
        redis = await startRedis({ appendOnly: true, port: redis.port, dir: redis.dir });
      },
    );
  }, 120_000);

  it('behavior: NATS (JetStream file store) killed and restarted: every record received and acknowledged once', async () => {
    await outage(
      () => nats.halt('SIGKILL'),
      async () => {
        nats = await startNats({ port: nats.port, dir: nats.dir });
      },
    );
  }, 120_000);
});
