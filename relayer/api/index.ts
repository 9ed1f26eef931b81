/** Public surface of the Relay API: the service, its server, and the codes its errors carry. */
export { relayMethods, relayServiceDefinition } from './relay-definition.js';
export { createRelayService, DEFAULT_MAX_PAYLOAD_BYTES, identityOf } from './relay-service.js';
export type { RelayService, RelayServiceDeps } from './relay-service.js';
export { RELAY_SERVICE_NAME, startRelayApi } from './start-relay-api.js';
export type { RelayApi, RelayApiOptions } from './start-relay-api.js';
export type { EvidenceService } from './evidence.js';
export {
  CONSENSUS_STATE_UNAVAILABLE,
  IDEMPOTENCY_IN_PROGRESS,
  IDEMPOTENCY_KEY_REUSED,
  INVALID_FIELD,
  MESSAGE_NOT_FOUND,
  NO_TRUSTED_CLIENT,
  NOT_SERVED,
  PAYLOAD_SCHEMA_MISMATCH,
  SEND_REFUSED,
  STATE_PROOF_INVALID,
} from './errors.js';
export { IDEMPOTENCY_BUCKET } from './idempotency.js';
export { SCHEMA_BUCKET } from './schema-registry.js';
