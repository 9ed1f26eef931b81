/** The config's allow/deny rules become the planner's PacketFilter exactly, or are refused. */
import { describe, expect, it } from '@jest/globals';
import { IsthmusError } from '../../../../light-clients/index.js';
import { toU64, type v1 } from '../../../../proto/index.js';
import { packetAllowed } from '../../../../relayer/roles/planner/index.js';
import { packetFilterOf, SERVICE_FILTER_UNSUPPORTED } from '../../../../relayer/service/index.js';

const packet = (channel: string, app: string): v1.IPacket => ({
  sourceChain: 'health-1',
  sourceChannel: channel,
  destChain: 'main-1',
  destChannel: 'channel-9',
  app,
  sequence: toU64(1n),
});

function refused(run: () => unknown): IsthmusError {
  try {
    run();
  } catch (err) {
    if (IsthmusError.is(err)) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('packetFilterOf', () => {
  it('behavior: no rules relay everything', () => {
    const filter = packetFilterOf({ allow: [], deny: [] });
    expect(filter).toEqual({});
    expect(packetAllowed(packet('channel-0', 'records'), filter)).toBe(true);
  });

  it('behavior: deny rules by channel or app each deny', () => {
    const filter = packetFilterOf({ allow: [], deny: [{ channel: 'channel-1' }, { app: 'spam' }] });
    expect(filter).toEqual({ deny: { channels: ['channel-1'], apps: ['spam'] } });
    expect(packetAllowed(packet('channel-1', 'records'), filter)).toBe(false);
    expect(packetAllowed(packet('channel-0', 'spam'), filter)).toBe(false);
    expect(packetAllowed(packet('channel-0', 'records'), filter)).toBe(true);
  });

  it('behavior: allow rules of channels only allow any of them', () => {
    const filter = packetFilterOf({ allow: [{ channel: 'channel-0' }, { channel: 'channel-2' }], deny: [] });
    expect(packetAllowed(packet('channel-0', 'x'), filter)).toBe(true);
    expect(packetAllowed(packet('channel-2', 'y'), filter)).toBe(true);
    expect(packetAllowed(packet('channel-1', 'x'), filter)).toBe(false);
  });

  it('behavior: one allow rule naming both needs both; deny wins over allow', () => {
    const filter = packetFilterOf({
      allow: [{ channel: 'channel-0', app: 'records' }],
      deny: [{ app: 'records' }],
    });
    expect(packetAllowed(packet('channel-0', 'records'), filter)).toBe(false);
    const allowOnly = packetFilterOf({ allow: [{ channel: 'channel-0', app: 'records' }], deny: [] });
    expect(packetAllowed(packet('channel-0', 'records'), allowOnly)).toBe(true);
    expect(packetAllowed(packet('channel-0', 'other'), allowOnly)).toBe(false);
    expect(packetAllowed(packet('channel-1', 'records'), allowOnly)).toBe(false);
  });

  it('error: a deny rule naming both a channel and an app is refused with its path', () => {
    const err = refused(() =>
      packetFilterOf({ allow: [], deny: [{ app: 'a' }, { channel: 'c', app: 'a' }] }),
    );
    expect(err.code).toBe(SERVICE_FILTER_UNSUPPORTED);
    expect(err.category).toBe('invalid_argument');
    expect(err.message).toContain('filters.deny.1');
  });

  it('error: allow rules mixing channel rules and app rules are refused', () => {
    const err = refused(() => packetFilterOf({ allow: [{ channel: 'c' }, { app: 'a' }], deny: [] }));
    expect(err.code).toBe(SERVICE_FILTER_UNSUPPORTED);
    expect(err.message).toContain('filters.allow');
  });
});
