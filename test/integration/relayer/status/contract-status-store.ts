/**
 * The behaviour every `StatusStore` keeps, run by `status-*.test.ts` against
 * `KvStatusStore` on NATS KV (two connections: two processes' views of one
 * bucket), on `MemoryBus` (embedded mode) and against `InMemoryStatusStore`.
 * Each test opens a store of its own (its own bucket) and closes it after.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { KvStore } from '../../../../relayer/drivers/bus.js';
import {
  applyTransition,
  decodePacketRecord,
  encodePacketRecord,
  packetKvKey,
  type Hop,
  type PacketRecord,
  type PacketStatus,
  type StatusFilter,
  type StatusStore,
  type StatusTransition,
  type TransitionResult,
} from '../../../../relayer/status/index.js';

/** Two views of one store: two processes' for a shared store, the same object for an in-process one. */
export interface StatusViews {
  readonly a: StatusStore;
  readonly b: StatusStore;
  /** The bucket under a KV-backed store, to write around the store. */
  readonly bucket?: KvStore;
  close(): Promise<void>;
}

const hop = (chainId: string, step: string, height: bigint, extra: Partial<Hop> = {}): Hop => ({
  chainId,
  step,
  height,
  txId: `${chainId}-${step}-${height}`,
  timeNs: 1_764_000_000_000_000_000n + height,
  ...extra,
});

function sent(
  chain: string,
  channel: string,
  seq: number,
  dest: string,
  app = 'records',
  destChannel = 'channel-9',
): StatusTransition {
  return {
    id: `${chain}/${channel}/${seq}`,
    status: 'sent',
    hop: hop(chain, 'send', BigInt(seq)),
    packet: { sequence: seq, sourceChain: chain, sourceChannel: channel, destChain: dest, destChannel, app },
  };
}

/** The four steps of a packet that is relayed and acknowledged. */
function lifecycle(chain: string, channel: string, seq: number, dest: string): StatusTransition[] {
  const id = `${chain}/${channel}/${seq}`;
  const s = BigInt(seq);
  return [
    sent(chain, channel, seq, dest),
    { id, status: 'proven', hop: hop(dest, 'update_client', 100n + s, { proofHeight: s + 1n }) },
    { id, status: 'received', hop: hop(dest, 'recv', 101n + s, { proofHeight: s + 1n }) },
    {
      id,
      status: 'acknowledged',
      hop: hop(chain, 'acknowledge', 200n + s, { proofHeight: 102n + s }),
      acknowledgement: { result: Uint8Array.of(1, seq % 256) },
    },
  ];
}

/** A record as any store gives it back (the packet decoded from its wire form). */
const canonical = (record: PacketRecord | undefined): PacketRecord | undefined =>
  record && decodePacketRecord(encodePacketRecord(record));

/** Deterministic shuffling, so a failing order can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface ContractOptions {
  /** The store keeps encoded values in `StatusViews.bucket`: adds the unreadable-value test. */
  readonly kvBacked: boolean;
}

export function statusStoreContract(
  name: string,
  open: () => Promise<StatusViews>,
  { kvBacked }: ContractOptions,
): void {
  describe(`StatusStore contract: ${name}`, () => {
    let views: StatusViews;
    beforeEach(async () => {
      views = await open();
    });
    afterEach(async () => {
      await views.close();
    });

    /** The packets the list tests query, applied through view a. */
    const fill = async (): Promise<void> => {
      const { a } = views;
      for (const seq of [10, 2, 1]) await a.apply(sent('health-1', 'channel-0', seq, 'mainchain-1'));
      await a.apply(sent('edu-1', 'channel-1', 1, 'mainchain-1', 'credentials'));
      await a.apply(sent('mainchain-1', 'channel-0', 1, 'health-1', 'records', 'channel-5'));
      await a.apply(sent('a0', 'channel-0', 1, 'mainchain-1'));
      await a.apply(sent('a.x', 'channel-0', 1, 'mainchain-1'));
      await a.apply({
        id: 'health-1/channel-0/2',
        status: 'received',
        hop: hop('mainchain-1', 'recv', 20n),
      });
      await a.apply({ id: 'edu-1/channel-1/1', status: 'failed', hop: hop('mainchain-1', 'recv', 21n) });
    };

    it('behavior: statuses move forward only; a late one changes nothing', async () => {
      const { a, b } = views;
      const steps = lifecycle('health-1', 'channel-0', 7, 'mainchain-1');
      const results: TransitionResult[] = [];
      for (const step of steps) results.push(await a.apply(step));
      expect(results.map((r) => r.changed)).toEqual([true, true, true, true]);
      for (const late of steps.slice(0, 3)) {
        const result = await b.apply(late);
        expect(result.changed).toBe(false);
        expect(result.record.status).toBe('acknowledged');
      }
      expect((await b.apply({ ...sent('health-1', 'channel-0', 7, 'x'), status: 'timed-out' })).changed).toBe(
        false,
      );
      const stored = await b.get('health-1/channel-0/7');
      expect(stored?.status).toBe('acknowledged');
      expect(stored?.hops.map((h) => [h.chainId, h.step, h.height, h.proofHeight])).toEqual([
        ['health-1', 'send', 7n, undefined],
        ['mainchain-1', 'update_client', 107n, 8n],
        ['mainchain-1', 'recv', 108n, 8n],
        ['health-1', 'acknowledge', 207n, 109n],
      ]);
      expect(canonical(stored)).toEqual(canonical(results[3]?.record));
      expect(stored?.packet?.destChain).toBe('mainchain-1');
      expect(stored?.acknowledgement?.result).toEqual(Uint8Array.of(1, 7));
    });

    it('behavior: a repeated transition reports no change and returns the stored record', async () => {
      const { a, b } = views;
      const t = sent('evm.1', 'channel-0', 3, 'health-1');
      const first = await a.apply(t);
      const again = await b.apply(t);
      expect(first.changed).toBe(true);
      expect(again.changed).toBe(false);
      expect(canonical(again.record)).toEqual(canonical(first.record));
      expect(canonical(await a.get(t.id))).toEqual(canonical(first.record));
    });

    it('behavior: an unknown id has no record, and an empty store lists nothing', async () => {
      expect(await views.a.get('health-1/channel-0/404')).toBeUndefined();
      expect(await views.b.list()).toEqual([]);
    });

    it('behavior: what one view writes the other reads', async () => {
      const { a, b } = views;
      const [s, , received] = lifecycle('health-1', 'channel-0', 5, 'mainchain-1');
      if (s === undefined || received === undefined) throw new Error('lifecycle too short');
      await a.apply(s);
      expect((await b.get(s.id))?.status).toBe('sent');
      await b.apply(received);
      expect((await a.get(s.id))?.status).toBe('received');
      expect((await a.list()).map((r) => [r.id, r.status])).toEqual([[s.id, 'received']]);
      expect(canonical(await a.get(s.id))).toEqual(canonical(await b.get(s.id)));
    });

    it('behavior: list is in id order — chain, channel, then sequence as a number', async () => {
      await fill();
      expect((await views.b.list()).map((r) => r.id)).toEqual([
        'a.x/channel-0/1',
        'a0/channel-0/1',
        'edu-1/channel-1/1',
        'health-1/channel-0/1',
        'health-1/channel-0/2',
        'health-1/channel-0/10',
        'mainchain-1/channel-0/1',
      ]);
    });

    it.each<[string, StatusFilter, string[]]>([
      ['source chain', { chainId: 'edu-1' }, ['edu-1/channel-1/1']],
      [
        'source or destination chain',
        { chainId: 'health-1' },
        ['health-1/channel-0/1', 'health-1/channel-0/2', 'health-1/channel-0/10', 'mainchain-1/channel-0/1'],
      ],
      ['a chain id with a dot', { chainId: 'a.x' }, ['a.x/channel-0/1']],
      ['source channel', { channel: 'channel-1' }, ['edu-1/channel-1/1']],
      ['destination channel', { channel: 'channel-5' }, ['mainchain-1/channel-0/1']],
      ['app', { app: 'credentials' }, ['edu-1/channel-1/1']],
      [
        'statuses',
        { statuses: ['received', 'failed'] as PacketStatus[] },
        ['edu-1/channel-1/1', 'health-1/channel-0/2'],
      ],
      ['an empty status list (everything)', { chainId: 'a0', statuses: [] }, ['a0/channel-0/1']],
      [
        'limit, after the other filters',
        { chainId: 'health-1', channel: 'channel-0', limit: 2 },
        ['health-1/channel-0/1', 'health-1/channel-0/2'],
      ],
      ['limit 0', { limit: 0 }, []],
    ])('behavior: list filters by %s', async (_, filter, expected) => {
      await fill();
      expect((await views.a.list(filter)).map((r) => r.id)).toEqual(expected);
    });

    it('behavior: concurrent transitions of each packet from both views end as if applied one after another', async () => {
      const { a, b } = views;
      const packets = Array.from({ length: 50 }, (_, i) =>
        lifecycle('health-1', 'channel-0', i + 1, 'main-1'),
      );
      // Every transition from both views, in a shuffled order, all at once.
      const runs = shuffled(
        packets.flat().flatMap((t) => [
          { t, store: a },
          { t, store: b },
        ]),
        0x15_7e_0d,
      );
      const results = await Promise.all(runs.map(({ t, store }) => store.apply(t)));
      const outcomes = new Map<string, { t: StatusTransition; result: TransitionResult }[]>();
      runs.forEach(({ t }, i) => {
        const result = results[i];
        if (result === undefined) throw new Error('missing result');
        outcomes.set(t.id, [...(outcomes.get(t.id) ?? []), { t, result }]);
      });
      for (const [id, applied] of outcomes) {
        const stored = await a.get(id);
        expect(stored?.status).toBe('acknowledged');
        expect(canonical(await b.get(id))).toEqual(canonical(stored));
        // Each write that reported a change took its own place in the history...
        const changed = applied
          .filter((o) => o.result.changed)
          .sort((x, y) => x.result.record.hops.length - y.result.record.hops.length);
        const places = changed.map((o) => o.result.record.hops.length);
        expect(places).toEqual(changed.map((_, i) => i + 1));
        // ...and applying those transitions serially, in that order, gives each
        // reported record and the stored one: no change was lost or doubled.
        let serial: PacketRecord | undefined;
        for (const { t, result } of changed) {
          const step = applyTransition(serial, t);
          expect(step.changed).toBe(true);
          serial = step.record;
          expect(canonical(result.record)).toEqual(canonical(serial));
        }
        expect(canonical(stored)).toEqual(canonical(serial));
        for (const { t } of applied.filter((o) => !o.result.changed)) {
          expect(applyTransition(serial, t).changed).toBe(false);
        }
      }
      const listed = await b.list({ chainId: 'health-1' });
      expect(listed.map((r) => r.id)).toEqual(packets.map((steps) => steps[0]?.id));
      expect(new Set(listed.map((r) => r.status))).toEqual(new Set(['acknowledged']));
    });

    it('error: a transition with a malformed id is refused with INVALID_PACKET_ID', async () => {
      await expect(views.a.apply({ ...sent('a', 'b', 1, 'c'), id: 'a/b' })).rejects.toMatchObject({
        code: 'INVALID_PACKET_ID',
      });
      expect(await views.b.list()).toEqual([]);
    });

    if (kvBacked) {
      it('error: an unreadable stored value fails get with PACKET_STATUS_MALFORMED; the others are still listed', async () => {
        const { a, b, bucket } = views;
        if (bucket === undefined) throw new Error('a KV-backed store opens with its bucket');
        await a.apply(sent('health-1', 'channel-0', 1, 'mainchain-1'));
        await a.apply(sent('health-1', 'channel-0', 3, 'mainchain-1'));
        const garbage = new TextEncoder().encode('\u0000 not a record');
        const future = new TextEncoder().encode(JSON.stringify({ v: 2, id: 'health-1/channel-0/4' }));
        await bucket.put(packetKvKey('health-1/channel-0/2'), garbage);
        await bucket.put(packetKvKey('health-1/channel-0/4'), future);
        await bucket.put(
          packetKvKey('health-1/channel-0/5'),
          encodePacketRecord({
            id: 'health-1/channel-0/6',
            status: 'sent',
            hops: [],
          }),
        );
        await bucket.put('not-a-packet', garbage);

        for (const id of ['health-1/channel-0/2', 'health-1/channel-0/4', 'health-1/channel-0/5']) {
          await expect(b.get(id)).rejects.toMatchObject({
            code: 'PACKET_STATUS_MALFORMED',
            category: 'internal',
            context: expect.objectContaining({ packetId: id }),
          });
        }
        expect((await b.list()).map((r) => r.id)).toEqual(['health-1/channel-0/1', 'health-1/channel-0/3']);
        // apply refuses too, and leaves the value for an operator to look at.
        await expect(
          a.apply({ id: 'health-1/channel-0/2', status: 'received', hop: hop('mainchain-1', 'recv', 9n) }),
        ).rejects.toMatchObject({ code: 'PACKET_STATUS_MALFORMED' });
        expect((await bucket.get(packetKvKey('health-1/channel-0/2')))?.value).toEqual(garbage);
      });
    }
  });
}
