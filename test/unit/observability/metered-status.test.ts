/**
 * MeteredStatusStore: what the worker and planner apply is counted once —
 * final statuses by path, the send-to-receive latency from hop times — and
 * a repeated or backward transition counts nothing.
 */
import { describe, expect, it } from '@jest/globals';
import { toU64 } from '../../../proto/index.js';
import { MeteredStatusStore, type FinalStatusLabel } from '../../../relayer/observability/index.js';
import {
  InMemoryStatusStore,
  type PacketStatus,
  type StatusTransition,
} from '../../../relayer/status/index.js';

const SECOND = 1_000_000_000n;
const PATH = 'health-1/channel-0->main-1/channel-0';

const transition = (
  sequence: number,
  status: PacketStatus,
  step: string,
  atSeconds: bigint,
): StatusTransition => ({
  id: `health-1/channel-0/${sequence}`,
  status,
  hop: { chainId: 'main-1', step, height: 3n, txId: 'T', timeNs: atSeconds * SECOND },
  packet: {
    sequence: toU64(BigInt(sequence)),
    sourceChain: 'health-1',
    sourceChannel: 'channel-0',
    destChain: 'main-1',
    destChannel: 'channel-0',
  },
});

describe('MeteredStatusStore', () => {
  it('behavior: final statuses count once by path and status; latency is send to receive', async () => {
    const finals: [string, FinalStatusLabel][] = [];
    const latencies: [string, number][] = [];
    const store = new MeteredStatusStore(new InMemoryStatusStore(), {
      packetFinal: (path, status) => finals.push([path, status]),
      packetLatency: (path, seconds) => latencies.push([path, seconds]),
    });
    await store.apply(transition(1, 'sent', 'send', 100n));
    await store.apply(transition(1, 'received', 'recv', 104n));
    await store.apply(transition(1, 'received', 'recv', 105n));
    await store.apply(transition(1, 'acknowledged', 'acknowledge', 106n));
    await store.apply(transition(1, 'acknowledged', 'acknowledge', 107n));
    await store.apply(transition(2, 'sent', 'send', 100n));
    await store.apply(transition(2, 'timed-out', 'timeout', 200n));
    await store.apply(transition(3, 'sent', 'send', 100n));
    await store.apply(transition(3, 'failed', 'recv', 101n));
    expect(latencies).toEqual([[PATH, 4]]);
    expect(finals).toEqual([
      [PATH, 'acknowledged'],
      [PATH, 'timed_out'],
      [PATH, 'failed'],
    ]);
    expect((await store.get('health-1/channel-0/1'))?.status).toBe('acknowledged');
  });

  it('behavior: a packet first seen at its receipt has no latency to tell', async () => {
    const latencies: number[] = [];
    const store = new MeteredStatusStore(new InMemoryStatusStore(), {
      packetFinal: () => undefined,
      packetLatency: (_, seconds) => latencies.push(seconds),
    });
    await store.apply(transition(1, 'received', 'recv', 104n));
    expect(latencies).toEqual([]);
  });
});
