/**
 * A worker process killed with SIGKILL in the middle of a batch: its
 * submission reaches main after it died (the worst moment — applied, never
 * acknowledged to the queue), its jobs' locks lapse, and another worker
 * takes them back (workers.lockDurationMs 2 s, stalledIntervalMs 1 s),
 * finds them applied (redundant) and finishes the rest: every record is
 * received and acknowledged exactly once, no job is dead-lettered.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import type { v1 } from '../../../../proto/index.js';
import { createLogger } from '../../../../relayer/logger.js';
import { deliverQueue } from '../../../../relayer/roles/jobs.js';
import { startRelayer, type Relayer } from '../../../../relayer/service/index.js';
import { testServers } from '../../../support/env.js';
import { waitUntil } from '../drivers/wait.js';
import { FaultChains, faultNames, type FaultNames } from './chains.js';
import { removeRelayerState } from './cleanup.js';
import { killRelayerProcesses, RelayerProcess } from './relayer-process.js';

const logger = createLogger({ level: 'silent' });
let chains: FaultChains | undefined;
let names: FaultNames | undefined;
const inProcess: Relayer[] = [];

afterEach(async () => {
  await killRelayerProcesses();
  for (const r of inProcess.splice(0).reverse()) await r.close();
  if (chains && names) await removeRelayerState(chains, names, testServers());
  await chains?.close();
  chains = undefined;
  names = undefined;
});

describe('a worker process killed mid-batch', () => {
  it('behavior: another worker takes its jobs back; nothing is lost or received twice', async () => {
    const c = new FaultChains();
    chains = c;
    await c.open();
    const n = faultNames();
    names = n;
    const config = c.config(testServers(), n);
    const start = async (roles: Parameters<typeof startRelayer>[0]['roles']): Promise<Relayer> => {
      const relayer = await startRelayer({ config, roles, logger, stopTimeoutMs: 5_000 });
      inProcess.push(relayer);
      return relayer;
    };
    await start(new Set(['watcher', 'planner', 'clearing']));

    // Main holds every submission until the worker process is dead.
    const held: { request: v1.ISubmitRequest; forward: () => void }[] = [];
    c.front.main.over.submit = (request) =>
      new Promise((resolve, reject) => {
        held.push({ request, forward: () => c.ledger.main.submit(request).then(resolve, reject) });
      });
    const victim = await RelayerProcess.start(config, ['worker']);
    const sent = await c.send(20, 'crash');
    await waitUntil('the worker process submitted a batch', () => held.length > 0, 30_000);
    await victim.kill();

    delete c.front.main.over.submit;
    const landed = held.flatMap((h) => h.request.messages ?? []).filter((m) => m.recvPacket).length;
    expect(landed).toBeGreaterThan(0);
    for (const h of held) h.forward();

    const survivor = await start(new Set(['worker']));
    const more = await c.send(10, 'after');
    const all = [...sent, ...more];
    await c.waitSettled(all, 60_000);
    // Settled on chain is not yet drained: the dead worker's jobs may still wait for their locks to lapse.
    await waitUntil(
      'the queue of main drained',
      async () => {
        const q = await survivor.drivers.queue.counts(deliverQueue(c.main));
        return q.waiting + q.active + q.delayed === 0;
      },
      30_000,
    );
    await c.expectExactlyOnce(all);

    const counts = survivor.workerCounts().get(c.main);
    // The dead worker's applied steps came back to the survivor, which found them done.
    expect(counts?.redundant).toBeGreaterThanOrEqual(landed);
    expect(counts?.delivered).toBe(all.length - landed);
    expect(counts?.permanent).toBe(0);
    expect(await survivor.drivers.queue.deadLetters(deliverQueue(c.main))).toEqual([]);
    expect(await survivor.drivers.queue.deadLetters(deliverQueue(c.health))).toEqual([]);
  }, 90_000);
});
