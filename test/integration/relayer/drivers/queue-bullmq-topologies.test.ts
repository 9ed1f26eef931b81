/**
 * The queue contract on BullMQ reached through the two other Redis
 * topologies the config offers: a sentinel group (ioredis asks the sentinel
 * for the master) and a three-master cluster (every key of the queue in
 * one slot through the `{isthmus}` hash tag). Each runs on real
 * redis-servers of its own, on loopback, started here.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BullMqQueue } from '../../../../relayer/drivers/bullmq-queue.js';
import { openRedis } from '../../../../relayer/drivers/redis-connection.js';
import { createLogger } from '../../../../relayer/logger.js';
import { findBinary, freePort } from '../../../support/servers.js';
import { queueContract } from './contract-queue.js';
import { waitUntil } from './wait.js';

const logger = createLogger({ level: 'silent' });

interface Node {
  readonly port: number;
  readonly child: ChildProcess;
}

const dirs: string[] = [];
const nodes: Node[] = [];

async function redisNode(extra: (dir: string, port: number) => Promise<string[]>): Promise<Node> {
  const dir = await mkdtemp(join(tmpdir(), 'isthmus-redis-topology-'));
  dirs.push(dir);
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir];
  const child = spawn(findBinary('redis-server'), [...(await extra(dir, port)), ...args], {
    stdio: 'ignore',
  });
  const node = { port, child };
  nodes.push(node);
  await waitUntil(`redis node on ${port}`, async () => cli(port, 'ping') === 'PONG', 10_000);
  return node;
}

function cli(port: number, ...args: string[]): string {
  return spawnSync(findBinary('redis-cli'), ['-p', String(port), ...args], {
    encoding: 'utf8',
  }).stdout.trim();
}

afterAll(async () => {
  for (const node of nodes) node.child.kill('SIGKILL');
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('Redis through a sentinel', () => {
  let master: Node;
  let sentinel: Node;
  beforeAll(async () => {
    master = await redisNode(async () => []);
    sentinel = await redisNode(async (dir, port) => {
      // A sentinel rewrites its config file, so it gets one of its own.
      const file = join(dir, 'sentinel.conf');
      await writeFile(file, `port ${port}\nsentinel monitor isthmus 127.0.0.1 ${master.port} 1\n`);
      return [file, '--sentinel'];
    });
  });

  queueContract(
    'BullMqQueue via sentinel',
    () =>
      new BullMqQueue({
        redis: { sentinel: { name: 'isthmus', nodes: [`127.0.0.1:${sentinel.port}`] } },
        logger,
        prefix: 'isthmus-test',
        blockMs: 50,
      }),
  );

  it('behavior: the connection reaches the master the sentinel names', async () => {
    const { client } = openRedis({ sentinel: { name: 'isthmus', nodes: [`127.0.0.1:${sentinel.port}`] } });
    try {
      await client.set('isthmus-test:probe', 'via-sentinel');
      expect(cli(master.port, 'get', 'isthmus-test:probe')).toBe('via-sentinel');
    } finally {
      client.disconnect();
    }
  });
});

describe('Redis cluster', () => {
  const masters: Node[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 3; i += 1) {
      masters.push(
        await redisNode(async () => ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf']),
      );
    }
    const created = spawnSync(
      findBinary('redis-cli'),
      ['--cluster', 'create', ...masters.map((m) => `127.0.0.1:${m.port}`), '--cluster-yes'],
      { encoding: 'utf8' },
    );
    expect(created.status).toBe(0);
    await waitUntil(
      'cluster_state:ok on every node',
      async () => masters.every((m) => cli(m.port, 'cluster', 'info').includes('cluster_state:ok')),
      20_000,
    );
  });

  const clusterConfig = (): { cluster: { nodes: string[] } } => ({
    cluster: { nodes: masters.map((m) => `127.0.0.1:${m.port}`) },
  });

  queueContract(
    'BullMqQueue on a cluster',
    () => new BullMqQueue({ redis: clusterConfig(), logger, prefix: 'isthmus-test', blockMs: 50 }),
  );

  it('behavior: on a cluster the key prefix carries a hash tag, so a queue lives in one slot', () => {
    const { client, prefix } = openRedis(clusterConfig(), 'isthmus');
    client.disconnect();
    expect(prefix).toBe('{isthmus}');
  });
});
