/**
 * Relayer processes (`isthmus relay start`) on the harness's Redis and
 * NATS, between two devnets: two processes with the same config relay every
 * record exactly once between them, each reporting what it did (delivered,
 * redundant — the chain had it already —, retried, permanent), periodically
 * and when it stops; and records sent while no relayer ran are delivered
 * and acknowledged once a process with only the worker and clearing roles
 * starts.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import type { WorkerCounts } from '../../../../relayer/roles/worker/index.js';
import { testServers } from '../../../support/env.js';
import { FaultChains, faultNames, type FaultNames } from './chains.js';
import { removeRelayerState } from './cleanup.js';
import { killRelayerProcesses, RelayerProcess } from './relayer-process.js';

let chains: FaultChains | undefined;
let names: FaultNames | undefined;

afterEach(async () => {
  await killRelayerProcesses();
  if (chains && names) await removeRelayerState(chains, names, testServers());
  await chains?.close();
  chains = undefined;
  names = undefined;
});

async function openChains(): Promise<{ c: FaultChains; n: FaultNames }> {
  const c = new FaultChains();
  chains = c;
  await c.open();
  const n = faultNames();
  names = n;
  return { c, n };
}

const sum = (counts: readonly (WorkerCounts | undefined)[], key: keyof WorkerCounts): number =>
  counts.reduce((total, c) => total + (c?.[key] ?? 0), 0);

describe('relayer processes', () => {
  it('behavior: two processes with one config relay 40 records exactly once, and report redundant submissions', async () => {
    const { c, n } = await openChains();
    const config = c.config(testServers(), n);
    const relayers = await Promise.all([
      RelayerProcess.start(config, ['watcher', 'planner', 'worker', 'clearing']),
      RelayerProcess.start(config, ['watcher', 'planner', 'worker', 'clearing']),
    ]);

    const sent = await c.send(40, 'record');
    await c.waitSettled(sent, 60_000);
    for (const r of relayers) await r.stop();

    await c.expectExactlyOnce(sent);
    for (const r of relayers) {
      expect(r.exitCode).toBe(0);
      expect(r.logged('worker counts').length).toBeGreaterThan(0);
    }
    const finals = relayers.map((r) => r.finalCounts());
    const onMain = finals.map((f) => f.get(c.main));
    const onHealth = finals.map((f) => f.get(c.health));
    expect(onMain.every((x) => x !== undefined) && onHealth.every((x) => x !== undefined)).toBe(true);
    // Each RecvPacket the chain applied was applied by one worker's submission, which counted it delivered;
    // every ALREADY_DONE the chain answered was counted redundant by the worker that got it.
    expect(sum(onMain, 'delivered')).toBe(sent.length);
    expect(sum(onHealth, 'delivered')).toBe(sent.length);
    expect(sum(onMain, 'redundant')).toBeGreaterThanOrEqual(c.redundantRecvs());
    expect(sum([...onMain, ...onHealth], 'permanent')).toBe(0);
  }, 120_000);

  it('behavior: records sent while no relayer ran are delivered once a worker+clearing process starts', async () => {
    const { c, n } = await openChains();
    const sent = await c.send(10, 'backlog');
    const relayer = await RelayerProcess.start(c.config(testServers(), n), ['worker', 'clearing']);
    await c.waitSettled(sent, 60_000);
    await relayer.stop();

    await c.expectExactlyOnce(sent);
    expect(relayer.exitCode).toBe(0);
    const counts = relayer.finalCounts();
    expect(counts.get(c.main)).toMatchObject({ delivered: sent.length, permanent: 0 });
    expect(counts.get(c.health)).toMatchObject({ delivered: sent.length, permanent: 0 });
  }, 90_000);
});
