/**
 * The Relay API's own error codes. A bad request field is INVALID_ARGUMENT
 * with the field's proto name in both the message and `context.field`, so a
 * caller can tell which of its inputs to fix without parsing prose.
 */
import { IsthmusError } from '../../light-clients/index.js';

/** A request field that is missing, malformed or names nothing configured. */
export const INVALID_FIELD = 'INVALID_FIELD';
/** A payload its channel's registered schema refuses. */
export const PAYLOAD_SCHEMA_MISMATCH = 'PAYLOAD_SCHEMA_MISMATCH';
/** A proof an endpoint served that the light client Isthmus trusts does not accept. */
export const STATE_PROOF_INVALID = 'STATE_PROOF_INVALID';
/** No configured chain keeps a client of the chain asked about. */
export const NO_TRUSTED_CLIENT = 'NO_TRUSTED_CLIENT';
/** The trusted client has no consensus state at the height asked for. */
export const CONSENSUS_STATE_UNAVAILABLE = 'CONSENSUS_STATE_UNAVAILABLE';
/** An idempotency key reused with another request. */
export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED';
/** The first call with an idempotency key is still running. */
export const IDEMPOTENCY_IN_PROGRESS = 'IDEMPOTENCY_IN_PROGRESS';
/** The source chain refused the packet. */
export const SEND_REFUSED = 'SEND_REFUSED';
export const MESSAGE_NOT_FOUND = 'MESSAGE_NOT_FOUND';
/** A method this deployment does not serve (no evidence service configured). */
export const NOT_SERVED = 'NOT_SERVED';

export function invalidField(
  field: string,
  why: string,
  context: Record<string, unknown> = {},
): IsthmusError {
  return new IsthmusError(INVALID_FIELD, `${field}: ${why}`, {
    category: 'invalid_argument',
    context: { field, ...context },
  });
}
