/**
 * Which packets this relayer relays: the config's `filters` (allow and deny
 * rules), applied the same way wherever packets are planned — by the
 * planner for events and by clearing for backlogs — so a packet left out
 * by one is left out by both.
 *
 * A rule matches a packet when each field it names does: `channel` is a
 * channel id on either end of the packet (`channel-0`), or a channel on one
 * chain (`health-1/channel-0`); `app` is the packet's app. Deny wins; with
 * allow rules, a packet must match one of them; no rules relay everything.
 */
import type { v1 } from '../../proto/index.js';

export interface PacketRule {
  readonly channel?: string | undefined;
  readonly app?: string | undefined;
}

export interface PacketFilter {
  readonly allow?: readonly PacketRule[] | undefined;
  readonly deny?: readonly PacketRule[] | undefined;
}

export function ruleMatches(packet: v1.IPacket, rule: PacketRule): boolean {
  if (rule.app !== undefined && rule.app !== (packet.app ?? '')) return false;
  if (rule.channel !== undefined) {
    const ends = [
      [packet.sourceChain ?? '', packet.sourceChannel ?? ''],
      [packet.destChain ?? '', packet.destChannel ?? ''],
    ] as const;
    const wanted = rule.channel;
    if (!ends.some(([chain, channel]) => wanted === channel || wanted === `${chain}/${channel}`))
      return false;
  }
  return true;
}

export function packetAllowed(packet: v1.IPacket, filter: PacketFilter): boolean {
  const { allow = [], deny = [] } = filter;
  if (deny.some((rule) => ruleMatches(packet, rule))) return false;
  return allow.length === 0 || allow.some((rule) => ruleMatches(packet, rule));
}
