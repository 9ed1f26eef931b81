/** The config's allow/deny rules, as the planner and clearing apply them to packets. */
import { describe, expect, it } from '@jest/globals';
import { relayerConfigSchema } from '../../../../relayer/config/schema.js';
import { packetAllowed, type PacketFilter } from '../../../../relayer/filter/index.js';
import type { v1 } from '../../../../proto/index.js';

const packet = (sourceChannel: string, app: string): v1.IPacket => ({
  sourceChain: 'health-1',
  sourceChannel,
  destChain: 'mainchain-1',
  destChannel: 'channel-7',
  app,
});

describe('packetAllowed', () => {
  it('args: no rules relay everything', () => {
    expect(packetAllowed(packet('channel-0', 'records'), {})).toBe(true);
    expect(packetAllowed(packet('channel-0', 'records'), { allow: [], deny: [] })).toBe(true);
  });

  it('behavior: a channel rule matches either end, bare or qualified by its chain', () => {
    const denies = (channel: string): boolean =>
      !packetAllowed(packet('channel-0', 'x'), { deny: [{ channel }] });
    expect(denies('channel-0')).toBe(true);
    expect(denies('channel-7')).toBe(true);
    expect(denies('health-1/channel-0')).toBe(true);
    expect(denies('mainchain-1/channel-7')).toBe(true);
    expect(denies('mainchain-1/channel-0')).toBe(false);
    expect(denies('channel-3')).toBe(false);
  });

  it('behavior: a rule naming a channel and an app matches only both together', () => {
    const filter: PacketFilter = { deny: [{ channel: 'channel-0', app: 'debug' }] };
    expect(packetAllowed(packet('channel-0', 'debug'), filter)).toBe(false);
    expect(packetAllowed(packet('channel-0', 'records'), filter)).toBe(true);
    expect(packetAllowed(packet('channel-1', 'debug'), filter)).toBe(true);
  });

  it('behavior: with allow rules a packet must match one of them; rules of different fields mix', () => {
    const filter: PacketFilter = { allow: [{ channel: 'channel-2' }, { app: 'credentials' }] };
    expect(packetAllowed(packet('channel-2', 'records'), filter)).toBe(true);
    expect(packetAllowed(packet('channel-0', 'credentials'), filter)).toBe(true);
    expect(packetAllowed(packet('channel-0', 'records'), filter)).toBe(false);
  });

  it('behavior: deny wins over allow', () => {
    const filter: PacketFilter = { allow: [{ app: 'records' }], deny: [{ channel: 'channel-0' }] };
    expect(packetAllowed(packet('channel-0', 'records'), filter)).toBe(false);
    expect(packetAllowed(packet('channel-1', 'records'), filter)).toBe(true);
  });

  it('behavior: the config schema accepts chain-qualified channels and gives rules packetAllowed takes', () => {
    const config = relayerConfigSchema.parse({
      filters: { allow: [{ channel: 'health-1/channel-0' }], deny: [{ channel: 'channel-0', app: 'debug' }] },
    });
    expect(packetAllowed(packet('channel-0', 'records'), config.filters)).toBe(true);
    expect(packetAllowed(packet('channel-0', 'debug'), config.filters)).toBe(false);
    expect(packetAllowed(packet('channel-1', 'records'), config.filters)).toBe(false);
    expect(() => relayerConfigSchema.parse({ filters: { deny: [{ channel: 'a/b/c' }] } })).toThrow();
    expect(() => relayerConfigSchema.parse({ filters: { deny: [{}] } })).toThrow();
  });
});
