/**
 * The operator CLI against two devnets (loopback gRPC) and the test Redis
 * and NATS: `chains add` and `paths add` while a relayer process runs make
 * it relay the new path without a restart, `paths remove` makes it stop;
 * the lists, `status` and `packets pending` answer in JSON; refusals exit 1
 * and bad usage 2; `packets retry` brings a dead-lettered job back. The
 * same registry drives an embedded relayer within one process.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RelayerConfig } from '../../../../relayer/config/schema.js';
import { BullMqQueue, permanent } from '../../../../relayer/drivers/index.js';
import { createLogger } from '../../../../relayer/logger.js';
import { networkNames, NetworkRegistry } from '../../../../relayer/network/index.js';
import { deliverQueue } from '../../../../relayer/roles/jobs.js';
import { startRelayer } from '../../../../relayer/service/index.js';
import { testServers, uniqueName } from '../../../support/env.js';
import { waitUntil } from '../../relayer/drivers/wait.js';
import { CHANNEL, FaultChains, faultNames, type FaultNames } from '../../relayer/faults/chains.js';
import { removeRelayerState } from '../../relayer/faults/cleanup.js';
import { killRelayerProcesses, RelayerProcess } from '../../relayer/faults/relayer-process.js';
import { isthmus, killCliProcesses } from './cli.js';

const silent = createLogger({ level: 'silent' });

describe('integration: isthmus operator commands', () => {
  let chains: FaultChains;
  let names: FaultNames;
  let dir: string;
  let file: string;
  let base: RelayerConfig;

  beforeAll(async () => {
    chains = new FaultChains();
    await chains.open();
    names = faultNames();
    dir = await mkdtemp(join(tmpdir(), 'isthmus-operator-'));
    file = join(dir, 'relayer.yaml');
    // The relayer and the CLI start from a config without chains or paths: the registry brings them.
    base = { ...chains.config(testServers(), names), chains: [], paths: [] };
    await writeFile(file, JSON.stringify({ ...base, log: { level: 'fatal' } }));
  }, 60_000);

  afterEach(async () => {
    killCliProcesses();
    await killRelayerProcesses();
  });

  afterAll(async () => {
    await removeRelayerState(chains, names, testServers());
    await chains.close();
    await rm(dir, { recursive: true, force: true });
  });

  const cfg = (): string[] => ['--config', file, '--json'];
  const path = (): string[] => [
    '--source',
    `${chains.health}/${CHANNEL}`,
    '--dest',
    `${chains.main}/${CHANNEL}`,
  ];

  it('behavior: chains and paths added while a relayer runs are relayed; a removed path is not', async () => {
    const relayer = await RelayerProcess.start(base, ['watcher', 'planner', 'worker', 'clearing']);
    for (const [id, endpoint] of [
      [chains.main, chains.front.main.endpoint],
      [chains.health, chains.front.health.endpoint],
    ] as const) {
      const added = await isthmus(['chains', 'add', '--id', id, '--endpoint', endpoint, ...cfg()]);
      expect(added.code).toBe(0);
      expect(added.json()).toMatchObject({ ok: true, chain: { id, type: 'devnet', endpoint } });
    }
    const pathAdded = await isthmus([
      'paths',
      'add',
      ...path(),
      '--source-client',
      chains.clientOnHealth,
      '--dest-client',
      chains.clientOnMain,
      ...cfg(),
    ]);
    expect(pathAdded.code).toBe(0);
    expect(pathAdded.json()).toMatchObject({
      ok: true,
      path: { name: `${chains.health}/${CHANNEL}->${chains.main}/${CHANNEL}` },
    });

    const sent = await chains.send(2, 'dynamic');
    await chains.waitSettled(sent, 30_000);

    const listed = await isthmus(['chains', 'list', ...cfg()]);
    expect(listed.code).toBe(0);
    const rows = listed.json().chains as {
      id: string;
      origin: string;
      latestHeight: string;
      clients: { clientId: string }[];
    }[];
    expect(rows.map((r) => [r.id, r.origin])).toEqual([
      [chains.main, 'registry'],
      [chains.health, 'registry'],
    ]);
    expect(BigInt(rows[0]?.latestHeight ?? '0')).toBeGreaterThan(0n);
    expect(rows[0]?.clients.map((c) => c.clientId)).toEqual([chains.clientOnMain]);
    const paths = await isthmus(['paths', 'list', ...cfg()]);
    expect((paths.json().paths as unknown[]).length).toBe(1);
    const status = await isthmus(['status', ...cfg()]);
    expect(status.json()).toMatchObject({
      ok: true,
      healthy: true,
      chains: [{ id: chains.main }, { id: chains.health }],
    });
    expect((status.json().clients as { state: string }[]).map((c) => c.state)).toEqual(['active', 'active']);

    // Refused (exit 1): a chain still on a path; bad usage (exit 2): an unknown flag.
    const inUse = await isthmus(['chains', 'remove', chains.main, ...cfg()]);
    expect([inUse.code, inUse.json()]).toEqual([
      1,
      expect.objectContaining({ ok: false, code: 'NETWORK_CHAIN_IN_USE' }),
    ]);
    expect((await isthmus(['paths', 'list', '--config', file, '--bogus'])).code).toBe(2);

    const removed = await isthmus(['paths', 'remove', ...path(), ...cfg()]);
    expect(removed.code).toBe(0);
    await waitUntil(
      'the relayer applied the removal',
      () => relayer.logged('network applied').some((l) => l.revision === removed.json().revision),
      15_000,
    );
    const later = await chains.send(1, 'after-removal');
    await new Promise((r) => setTimeout(r, 3_000));
    expect(chains.received(later)).toBe(0);
    await relayer.stop();
  }, 120_000);

  it('behavior: packets retry moves a dead-lettered job back to its queue', async () => {
    const queue = new BullMqQueue({ url: testServers().redisUrl, logger: silent });
    const name = deliverQueue(chains.main);
    const jobId = `${chains.health}/${CHANNEL}/999/recv`;
    try {
      // What the previous test left unrelayed goes: this queue holds only the job under test.
      await queue.obliterate(name);
      await queue.add(name, 'recv', { n: 1 }, { jobId, attempts: 1 });
      const failing = queue.process(
        name,
        (jobs) => Promise.resolve(jobs.map(() => permanent(new Error('refused')))),
        {
          concurrency: 1,
          batchSize: 1,
          batchDelayMs: 0,
        },
      );
      await waitUntil('the job is dead', async () => (await queue.counts(name)).dead === 1);
      await failing.close();
      const config = join(dir, 'with-chains.yaml');
      await writeFile(
        config,
        JSON.stringify({ ...chains.config(testServers(), names), log: { level: 'fatal' } }),
      );
      expect((await isthmus(['packets', 'retry', '--config', config, '--json'])).code).toBe(2);
      const retried = await isthmus(['packets', 'retry', jobId, '--config', config, '--json']);
      expect([retried.code, retried.json()]).toEqual([
        0,
        { ok: true, retried: [{ queue: name, id: jobId }] },
      ]);
      expect(await queue.counts(name)).toMatchObject({ waiting: 1, failed: 0, dead: 0 });
    } finally {
      await queue.obliterate(name);
      await queue.close();
    }
  }, 60_000);

  it('behavior: clients status and update, packets pending, show and clear answer from the chains and the queue', async () => {
    const config = join(dir, 'clients-and-packets.yaml');
    await writeFile(
      config,
      JSON.stringify({ ...chains.config(testServers(), names), log: { level: 'fatal' } }),
    );
    const cfgFile = ['--config', config, '--json'];
    const queue = new BullMqQueue({ url: testServers().redisUrl, logger: silent });
    const name = deliverQueue(chains.main);
    try {
      await queue.obliterate(name);
      const status = await isthmus(['clients', 'status', ...cfgFile]);
      expect(status.code).toBe(0);
      const clients = status.json().clients as {
        host: string;
        clientId: string;
        state: string;
        trustingPeriodLeftMs: number;
      }[];
      expect(clients.map((c) => [c.host, c.clientId, c.state]).sort()).toEqual(
        [
          [chains.health, chains.clientOnHealth, 'active'],
          [chains.main, chains.clientOnMain, 'active'],
        ].sort(),
      );
      expect(clients.every((c) => c.trustingPeriodLeftMs > 0)).toBe(true);

      const before = await chains.clientHeightOnMain();
      const updated = await isthmus([
        'clients',
        'update',
        '--host',
        chains.main,
        '--client',
        chains.clientOnMain,
        ...cfgFile,
      ]);
      expect([updated.code, updated.json()]).toEqual([
        0,
        expect.objectContaining({ ok: true, action: 'updated' }),
      ]);
      expect(await chains.clientHeightOnMain()).toBeGreaterThan(before);

      // No relayer runs: two records wait, the CLI sees them, shows one, and clearing enqueues both.
      const sent = await chains.send(2, 'pending');
      await chains.chain.health.waitForHeight(chains.chain.health.latestHeight + 2n);
      const pending = await isthmus(['packets', 'pending', ...cfgFile]);
      expect(pending.code).toBe(0);
      expect(Number(pending.json().total)).toBeGreaterThanOrEqual(2);
      const id = `${chains.health}/${CHANNEL}/${sent[0]?.sequence}`;
      const shown = await isthmus(['packets', 'show', id, ...cfgFile]);
      expect(shown.code).toBe(0);
      expect(shown.json()).toMatchObject({ id, chain: { commitment: true, receipt: false } });
      const cleared = await isthmus(['packets', 'clear', ...cfgFile]);
      expect(cleared.code).toBe(0);
      expect(Number(cleared.json().added)).toBeGreaterThanOrEqual(2);
      const jobs = await queue.counts(name);
      expect(jobs.waiting + jobs.delayed).toBeGreaterThanOrEqual(2);
    } finally {
      await queue.obliterate(name);
      await queue.close();
    }
  }, 90_000);
});

describe('integration: the network registry in embedded mode', () => {
  it('behavior: an embedded relayer applies registry changes made in its own process', async () => {
    const chains = new FaultChains();
    await chains.open();
    const relayer = await startRelayer({
      config: {
        ...chains.config(testServers(), faultNames()),
        chains: [],
        paths: [],
        redis: undefined,
        nats: undefined,
        names: undefined,
      },
      roles: new Set(['watcher', 'planner', 'worker', 'clearing']),
      logger: silent,
    });
    try {
      const registry = await NetworkRegistry.open(relayer.drivers.bus, networkNames());
      const none = { chains: [], paths: [] };
      await registry.addChain(
        { id: chains.main, type: 'devnet', endpoint: chains.front.main.endpoint },
        none,
      );
      await registry.addChain(
        { id: chains.health, type: 'devnet', endpoint: chains.front.health.endpoint },
        none,
      );
      await expect(
        registry.addPath(
          {
            source: { chain: chains.health, channel: CHANNEL },
            dest: { chain: 'nowhere-1', channel: CHANNEL },
          },
          none,
        ),
      ).rejects.toMatchObject({ code: 'NETWORK_ENTRY_INVALID' });
      await expect(
        registry.addPath(
          {
            source: { chain: chains.health, channel: CHANNEL, clientId: 'c' },
            dest: { chain: 'nowhere-1', channel: CHANNEL, clientId: 'd' },
          },
          none,
        ),
      ).rejects.toMatchObject({ code: 'NETWORK_PATH_REFUSED' });
      const changed = await registry.addPath(
        {
          source: { chain: chains.health, channel: CHANNEL, clientId: chains.clientOnHealth },
          dest: { chain: chains.main, channel: CHANNEL, clientId: chains.clientOnMain },
        },
        none,
      );
      await waitUntil(
        'the relayer applied the path',
        () => relayer.network().revision === changed.revision,
        10_000,
      );
      expect(relayer.network().paths).toHaveLength(1);
      const sent = await chains.send(1, uniqueName('embedded'));
      await chains.waitSettled(sent, 30_000);
    } finally {
      await relayer.close();
      await chains.close();
    }
  }, 60_000);
});
