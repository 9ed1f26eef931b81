/**
 * Errors the queue and bus drivers raise. Codes are part of the API:
 * QUEUE_DATA_NOT_JSON, QUEUE_BAD_OPTIONS (invalid_argument), QUEUE_BAD_OUTCOMES
 * (internal), QUEUE_CLOSED (failed_precondition); BUS_NO_STREAM
 * (failed_precondition), BUS_UNAVAILABLE (unavailable: retryable),
 * BUS_KV_EXISTS, BUS_KV_WRONG_REVISION (already_exists), BUS_CLOSED
 * (failed_precondition).
 */
import { IsthmusError, type ErrorCategory } from '../../light-clients/index.js';

export function driverError(
  code: string,
  message: string,
  category: ErrorCategory,
  context: Record<string, unknown> = {},
  cause?: unknown,
): IsthmusError {
  return new IsthmusError(code, message, { category, context, ...(cause === undefined ? {} : { cause }) });
}

/** The message of any thrown value, for dead-letter reasons and logs. */
export function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
