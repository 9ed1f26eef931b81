/**
 * Which packets the planner relays (issue 6 "packet filters"): allow and
 * deny lists by channel and by app, as a plain object (the config schema
 * produces it). A channel entry `channel-0` matches that channel id on any
 * chain; `<chain>/<channel>` only on that chain. A packet matches a channel
 * entry through either end (its source or its destination channel).
 *
 * Deny wins; then, for each non-empty allow list, the packet must match it.
 * An empty filter relays everything.
 */
import type { v1 } from '../../../proto/index.js';

export interface PacketFilterLists {
  readonly channels?: readonly string[];
  readonly apps?: readonly string[];
}

export interface PacketFilter {
  readonly allow?: PacketFilterLists;
  readonly deny?: PacketFilterLists;
}

export function packetAllowed(packet: v1.IPacket, filter: PacketFilter): boolean {
  const ends = [
    [packet.sourceChain ?? '', packet.sourceChannel ?? ''],
    [packet.destChain ?? '', packet.destChannel ?? ''],
  ] as const;
  const channelIn = (entries: readonly string[]): boolean =>
    ends.some(([chain, channel]) => entries.includes(channel) || entries.includes(`${chain}/${channel}`));
  const appIn = (entries: readonly string[]): boolean => entries.includes(packet.app ?? '');
  const { allow = {}, deny = {} } = filter;
  if (deny.channels && channelIn(deny.channels)) return false;
  if (deny.apps && appIn(deny.apps)) return false;
  if (allow.channels && allow.channels.length > 0 && !channelIn(allow.channels)) return false;
  if (allow.apps && allow.apps.length > 0 && !appIn(allow.apps)) return false;
  return true;
}
