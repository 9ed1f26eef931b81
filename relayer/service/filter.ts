/**
 * Turns the config's packet filters (allow/deny rules `{channel?, app?}`,
 * a rule matching when each of its given fields does) into the planner's
 * `PacketFilter` (lists of channels and of apps). The planner's filter is
 * narrower than the config's rules, so only the rule sets it can express
 * exactly are converted; any other set is refused at start, with its path,
 * rather than relaying a different set of packets than configured:
 * - deny: rules naming one field each (a rule naming both would deny only
 *   their conjunction, which the planner's lists cannot say);
 * - allow: rules all naming only channels, or all naming only apps, or a
 *   single rule (its fields must all match).
 */
import { IsthmusError } from '../../light-clients/index.js';
import type { PacketRule } from '../config/schema.js';
import type { PacketFilter, PacketFilterLists } from '../roles/planner/index.js';

export const SERVICE_FILTER_UNSUPPORTED = 'SERVICE_FILTER_UNSUPPORTED';

export interface FilterRules {
  readonly allow: readonly PacketRule[];
  readonly deny: readonly PacketRule[];
}

export function packetFilterOf(rules: FilterRules): PacketFilter {
  rules.deny.forEach((rule, i) => {
    if (rule.channel !== undefined && rule.app !== undefined) {
      throw unsupported(`filters.deny.${i}`, 'a deny rule names a channel or an app, not both');
    }
  });
  const onlyChannels = rules.allow.every((r) => r.app === undefined);
  const onlyApps = rules.allow.every((r) => r.channel === undefined);
  if (rules.allow.length > 1 && !onlyChannels && !onlyApps) {
    throw unsupported(
      'filters.allow',
      'allow rules name only channels or only apps (or there is one rule naming both)',
    );
  }
  const filter: { allow?: PacketFilterLists; deny?: PacketFilterLists } = {};
  if (rules.allow.length > 0) filter.allow = listsOf(rules.allow);
  if (rules.deny.length > 0) filter.deny = listsOf(rules.deny);
  return filter;
}

function listsOf(rules: readonly PacketRule[]): PacketFilterLists {
  const channels = rules.flatMap((r) => (r.channel === undefined ? [] : [r.channel]));
  const apps = rules.flatMap((r) => (r.app === undefined ? [] : [r.app]));
  return {
    ...(channels.length > 0 ? { channels } : {}),
    ...(apps.length > 0 ? { apps } : {}),
  };
}

function unsupported(path: string, message: string): IsthmusError {
  return new IsthmusError(SERVICE_FILTER_UNSUPPORTED, `${path}: ${message}`, {
    category: 'invalid_argument',
    context: { path },
  });
}
