/** The in-memory StatusStore: apply through the transition, get, list by filter in id order; the wire form. */
import { describe, expect, it } from '@jest/globals';
import { fromU64, v1 } from '../../../../proto/index.js';
import {
  InMemoryStatusStore,
  toMessage,
  type Hop,
  type PacketStatus,
  type StatusTransition,
} from '../../../../relayer/status/index.js';

const hop = (chainId: string, step: string, height: bigint): Hop => ({
  chainId,
  step,
  height,
  txId: `${chainId}-${height}`,
  timeNs: 1_764_000_000_000_000_000n + height,
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

async function filled(): Promise<InMemoryStatusStore> {
  const store = new InMemoryStatusStore();
  for (const seq of [10, 2, 1]) await store.apply(sent('health-1', 'channel-0', seq, 'mainchain-1'));
  await store.apply(sent('edu-1', 'channel-1', 1, 'mainchain-1', 'credentials'));
  await store.apply(sent('mainchain-1', 'channel-0', 1, 'health-1', 'records', 'channel-5'));
  await store.apply({ id: 'health-1/channel-0/2', status: 'received', hop: hop('mainchain-1', 'recv', 20n) });
  return store;
}

describe('InMemoryStatusStore', () => {
  it('behavior: apply then get; a repeat reports no change', async () => {
    const store = new InMemoryStatusStore();
    const t = sent('health-1', 'channel-0', 1, 'mainchain-1');
    expect((await store.apply(t)).changed).toBe(true);
    expect((await store.apply(t)).changed).toBe(false);
    expect((await store.get(t.id))?.status).toBe('sent');
    expect(await store.get('health-1/channel-0/2')).toBeUndefined();
  });

  it('behavior: a backwards transition leaves the stored record as it was', async () => {
    const store = await filled();
    const result = await store.apply(sent('health-1', 'channel-0', 2, 'mainchain-1'));
    expect(result.changed).toBe(false);
    expect((await store.get('health-1/channel-0/2'))?.status).toBe('received');
  });

  it('behavior: list is in id order with sequences compared as numbers', async () => {
    const ids = (await (await filled()).list()).map((r) => r.id);
    expect(ids).toEqual([
      'edu-1/channel-1/1',
      'health-1/channel-0/1',
      'health-1/channel-0/2',
      'health-1/channel-0/10',
      'mainchain-1/channel-0/1',
    ]);
  });

  it.each<[string, Parameters<InMemoryStatusStore['list']>[0], string[]]>([
    ['source chain', { chainId: 'edu-1' }, ['edu-1/channel-1/1']],
    [
      'source or destination chain',
      { chainId: 'health-1' },
      ['health-1/channel-0/1', 'health-1/channel-0/2', 'health-1/channel-0/10', 'mainchain-1/channel-0/1'],
    ],
    ['destination channel', { channel: 'channel-5' }, ['mainchain-1/channel-0/1']],
    ['app', { app: 'credentials' }, ['edu-1/channel-1/1']],
    ['status', { statuses: ['received'] as PacketStatus[] }, ['health-1/channel-0/2']],
    [
      'limit',
      { chainId: 'health-1', channel: 'channel-0', limit: 2 },
      ['health-1/channel-0/1', 'health-1/channel-0/2'],
    ],
  ])('behavior: list filters by %s', async (_, filter, expected) => {
    expect((await (await filled()).list(filter)).map((r) => r.id)).toEqual(expected);
  });

  it('error: a transition with a malformed id is refused with INVALID_PACKET_ID', async () => {
    const store = new InMemoryStatusStore();
    await expect(store.apply({ ...sent('a', 'b', 1, 'c'), id: 'a/b' })).rejects.toMatchObject({
      code: 'INVALID_PACKET_ID',
    });
    expect(await store.list()).toEqual([]);
  });
});

describe('toMessage', () => {
  it('behavior: a record becomes isthmus.v1.Message; proven shows as SENT; heights carry the revision', async () => {
    const store = await filled();
    await store.apply({
      id: 'health-1/channel-0/1',
      status: 'proven',
      hop: { ...hop('mainchain-1', 'update_client', 30n), proofHeight: 12n },
    });
    const record = await store.get('health-1/channel-0/1');
    if (!record) throw new Error('record missing');
    const message = toMessage(record, () => 1n);
    const decoded = v1.Message.decode(v1.Message.encode(message).finish());
    expect(decoded.messageId).toBe('health-1/channel-0/1');
    expect(decoded.status).toBe(v1.MessageStatus.MESSAGE_STATUS_SENT);
    expect(decoded.packet?.app).toBe('records');
    expect(
      decoded.hops.map((h) => [h.chainId, h.step, fromU64(h.height?.revision), fromU64(h.height?.height)]),
    ).toEqual([
      ['health-1', 'send', 1n, 1n],
      ['mainchain-1', 'update_client', 1n, 30n],
    ]);
    expect(fromU64(decoded.hops[1]?.proofHeight?.height)).toBe(12n);
    expect(fromU64(decoded.hops[0]?.timeNs)).toBe(1_764_000_000_000_000_001n);
  });
});
