/**
 * Whether an identity's allow rules cover a call: one rule must list the
 * method (or `*`), the chain (or `*`, or give no chains) and, for methods
 * that name a channel, the channel likewise. A request spanning every chain
 * or channel (an empty filter) is covered only by a rule without limits on
 * that dimension. Nothing matches by default.
 */
import { IsthmusError } from '../../../light-clients/index.js';
import type { PolicyIdentity } from './policy.js';
import { WILDCARD, type AllowRule } from './policy-schema.js';
import type { Scope } from './scope.js';

function covers(list: readonly string[] | undefined, id: string | null): boolean {
  if (list === undefined || list.includes(WILDCARD)) return true;
  return id !== null && list.includes(id);
}

function ruleAllows(rule: AllowRule, method: string, scope: Scope | undefined): boolean {
  if (!rule.methods.includes(method) && !rule.methods.includes(WILDCARD)) return false;
  if (scope === undefined) return true;
  if (!covers(rule.chains, scope.chain)) return false;
  return scope.channel === undefined || covers(rule.channels, scope.channel);
}

/** Throws PERMISSION_DENIED, naming the method and what the request touched, unless a rule allows it. */
export function authorize(identity: PolicyIdentity, method: string, scope: Scope | undefined): void {
  if (identity.allow.some((rule) => ruleAllows(rule, method, scope))) return;
  const where =
    scope === undefined
      ? ''
      : ` on chain ${scope.chain ?? '*'}${scope.channel === undefined ? '' : ` channel ${scope.channel ?? '*'}`}`;
  throw new IsthmusError('PERMISSION_DENIED', `${identity.name} may not call ${method}${where}`, {
    category: 'permission_denied',
    context: {
      identity: identity.name,
      method,
      ...(scope === undefined ? {} : { chain: scope.chain ?? '*' }),
      ...(scope?.channel === undefined ? {} : { channel: scope.channel ?? '*' }),
    },
  });
}
