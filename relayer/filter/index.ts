export { packetAllowed, ruleMatches } from './packet-filter.js';
export type { PacketFilter, PacketRule } from './packet-filter.js';
