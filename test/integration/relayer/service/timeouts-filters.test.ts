/**
 * Timeouts and filters through the whole relayer (startRelayer, every role,
 * embedded drivers): main's endpoint refuses every RecvPacket (UNAVAILABLE,
 * as a destination that is down), so packets with a deadline are not
 * received in time, and the relayer must time them out on the source by
 * itself — an unordered packet by its timestamp (the planner's delayed
 * timeout job), an ordered one by its height (clearing), which closes the
 * ordered channel. A channel the config denies is never relayed, by the
 * planner or by clearing, while an allowed one is.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  channelPath,
  commitmentPath,
  decodeChannelEnd,
  receiptPath,
  sentRecordPath,
} from '../../../../adapters/devnet/index.js';
import type { Ledger } from '../../../../adapters/index.js';
import { IsthmusError } from '../../../../light-clients/index.js';
import { toU64, v1 } from '../../../../proto/index.js';
import type { RelayerConfig } from '../../../../relayer/config/schema.js';
import { createLogger } from '../../../../relayer/logger.js';
import { relayerRoles, startRelayer, type Relayer } from '../../../../relayer/service/index.js';
import { submit, text } from '../../../unit/devnet/packets/relay-steps.js';
import { waitUntil } from '../drivers/wait.js';
import { CHANNEL, FaultChains } from '../faults/chains.js';

const logger = createLogger({ level: 'silent' });
const utf8 = new TextEncoder();
/** Each test opens one more channel pair after `channel-0`: ordered in one, denied in the other. */
const ORDERED = 'channel-1';
const DENIED = 'channel-1';

let chains: FaultChains | undefined;
let relayer: Relayer | undefined;

afterEach(async () => {
  await relayer?.close();
  relayer = undefined;
  await chains?.close();
  chains = undefined;
});

/** Opens a records channel pair `channel` on both chains (health's and main's ends share the id). */
async function openPair(c: FaultChains, channel: string, ordering: v1.Ordering): Promise<void> {
  const open = async (on: Ledger, counterparty: string, clientId: string): Promise<void> => {
    const [result] = await submit(on, {
      openChannel: {
        app: 'records',
        counterpartyChainId: counterparty,
        counterpartyChannelId: channel,
        clientId,
        ordering,
      },
    });
    expect(text(result?.data)).toBe(channel);
  };
  await open(c.ledger.health, c.main, c.clientOnHealth);
  await open(c.ledger.main, c.health, c.clientOnMain);
}

function embeddedConfig(
  c: FaultChains,
  second: 'ordered' | 'unordered',
  filters: RelayerConfig['filters'],
): RelayerConfig {
  const path = (channel: string, ordering: 'ordered' | 'unordered') => ({
    source: { chain: c.health, channel, clientId: c.clientOnHealth },
    dest: { chain: c.main, channel, clientId: c.clientOnMain },
    ordering,
  });
  return {
    ...c.embeddedConfig(),
    paths: [path(CHANNEL, 'unordered'), path('channel-1', second)],
    filters,
  };
}

async function send(
  c: FaultChains,
  channel: string,
  payload: string,
  timeout: v1.ISendPacket,
): Promise<bigint> {
  const [result] = await submit(c.ledger.health, {
    sendPacket: { sourceChannel: channel, app: 'records', payload: utf8.encode(payload), ...timeout },
  });
  expect(result?.code).toBe(v1.ResultCode.RESULT_CODE_OK);
  return BigInt(text(result?.data));
}

const exists = async (ledger: Ledger, path: string): Promise<boolean> =>
  (await ledger.queryProof({ path })).exists === true;

describe('startRelayer: timeouts and filters end to end', () => {
  it('behavior: packets main never received time out on health — by timestamp (unordered) and by height (ordered, closing the channel)', async () => {
    const c = new FaultChains();
    chains = c;
    await c.open();
    await openPair(c, ORDERED, v1.Ordering.ORDERING_ORDERED);
    // Main is down for receiving: every submission carrying a RecvPacket fails in transit.
    const inner = c.ledger.main;
    c.front.main.over.submit = async (req) => {
      if ((req.messages ?? []).some((m) => m.recvPacket)) {
        throw new IsthmusError('TEST_DOWN', 'main refuses receipts for now', { category: 'unavailable' });
      }
      return inner.submit(req);
    };
    relayer = await startRelayer({
      config: embeddedConfig(c, 'ordered', { allow: [], deny: [] }),
      roles: new Set(relayerRoles),
      logger,
      stopTimeoutMs: 5_000,
    });
    const byTime = await send(c, CHANNEL, 'consent-expiring', {
      timeoutTimestampNs: toU64((BigInt(Date.now()) + 1_500n) * 1_000_000n),
    });
    const byHeight = await send(c, ORDERED, 'credential-expiring', {
      timeoutHeight: { revision: toU64(1n), height: toU64(c.chain.main.latestHeight + 4n) },
    });

    const health = c.ledger.health;
    await waitUntil(
      'both packets timed out on health',
      async () =>
        !(await exists(health, commitmentPath(CHANNEL, byTime))) &&
        !(await exists(health, commitmentPath(ORDERED, byHeight))),
      20_000,
    );
    for (const [channel, sequence] of [
      [CHANNEL, byTime],
      [ORDERED, byHeight],
    ] as const) {
      expect(text((await health.queryProof({ path: sentRecordPath(channel, sequence) })).value)).toBe(
        'timed out',
      );
      expect(await exists(c.ledger.main, receiptPath(channel, sequence))).toBe(false);
      const id = `${c.health}/${channel}/${sequence}`;
      await waitUntil(
        `status of ${id} timed-out`,
        async () => (await relayer?.status.get(id))?.status === 'timed-out',
        10_000,
      );
    }
    const ordered = await health.queryProof({ path: channelPath(ORDERED) });
    expect(decodeChannelEnd(ordered.value ?? new Uint8Array(0)).state).toBe('closed');
  });

  it('behavior: a denied channel is relayed by neither the planner nor clearing; an allowed one is', async () => {
    const c = new FaultChains();
    chains = c;
    await c.open();
    await openPair(c, DENIED, v1.Ordering.ORDERING_UNORDERED);
    const far = { timeoutHeight: { revision: toU64(1n), height: toU64(1_000_000n) } };
    // Sent before the relayer runs (clearing finds it) and while it runs (the planner sees it).
    const before = await send(c, DENIED, 'debug-before', far);
    relayer = await startRelayer({
      config: embeddedConfig(c, 'unordered', { allow: [], deny: [{ channel: `${c.health}/${DENIED}` }] }),
      roles: new Set(relayerRoles),
      logger,
      stopTimeoutMs: 5_000,
    });
    const during = await send(c, DENIED, 'debug-during', far);
    const allowed = await c.send(1, 'consent');
    await c.waitSettled(allowed, 15_000);
    // Two more clearing rounds (1 s apart) after the allowed record went through.
    const rounds = c.chain.main.latestHeight + 25n;
    await c.chain.main.waitForHeight(rounds);
    for (const sequence of [before, during]) {
      expect(await exists(c.ledger.main, receiptPath(DENIED, sequence))).toBe(false);
      expect(await exists(c.ledger.health, commitmentPath(DENIED, sequence))).toBe(true);
      expect(await relayer.status.get(`${c.health}/${DENIED}/${sequence}`)).toBeUndefined();
    }
    expect((await relayer.status.list({ channel: DENIED })).map((r) => r.id)).toEqual([]);
  });
});
