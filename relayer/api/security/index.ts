/**
 * The security layer of the Relay API: a policy file of identities and
 * their permissions, authentication by client certificate or bearer token,
 * authorisation per method, chain and channel, a rate limit per identity and
 * an audit trail of calls that change something.
 */
export type { Identity } from './authenticate.js';
export { Policy, loadPolicy, policyFrom, type PolicyIdentity } from './policy.js';
export { relayMethodNames, type PolicyDocument, type PolicyInput } from './policy-schema.js';
export type { RateLimitOptions } from './rate-limit.js';
export { createSecurity, type RelayHandlers, type Security, type SecurityOptions } from './security.js';
export { hashToken } from './token-hash.js';
