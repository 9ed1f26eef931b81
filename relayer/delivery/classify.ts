/**
 * How a failure maps onto a step's outcome. The rule of the relayer:
 * transient failures (the error's `retryable`, RESULT_CODE_RETRY, or a
 * chain that is "not there yet") retry; a failure no retry can fix — a bad
 * header or proof found locally, or a chain's REJECTED — is permanent, so
 * the queue stops and raises an alert instead of looping.
 */
import { IsthmusError } from '../../light-clients/index.js';
import { v1 } from '../../proto/index.js';
import type { DeliveryOutcome, DeliveryStep } from './types.js';

/** Code of a failure that is not an IsthmusError (a bug or a broken dependency): retried, logged. */
export const UNEXPECTED_ERROR = 'UNEXPECTED_ERROR';

/** The proven state is not committed by a header yet: the proof chain's next block commits it. */
export const HEIGHT_NOT_COMMITTED = 'HEIGHT_NOT_COMMITTED';

/**
 * Refusals that say "not yet" rather than "never": the destination has not
 * reached a timeout at the proof height, an ordered channel waits for an
 * earlier packet, the proven state is not committed by a header yet.
 */
const NOT_YET: ReadonlySet<string> = new Set([
  'TIMEOUT_NOT_REACHED',
  'PACKET_OUT_OF_ORDER',
  HEIGHT_NOT_COMMITTED,
]);

/** A timeout refused because the packet was received: the ack step finishes it. */
const RECEIVED = 'PACKET_ALREADY_RECEIVED';

function outcome(
  step: DeliveryStep,
  kind: DeliveryOutcome['kind'],
  code: string,
  message: string,
): DeliveryOutcome {
  return { packetId: step.packetId, step: step.step, kind, code, message };
}

export function done(step: DeliveryStep, redundant: boolean, code?: string): DeliveryOutcome {
  return {
    packetId: step.packetId,
    step: step.step,
    kind: 'done',
    ...(code === undefined ? {} : { code }),
    ...(redundant ? { redundant } : {}),
  };
}

export function permanent(step: DeliveryStep, code: string, message: string): DeliveryOutcome {
  return outcome(step, 'permanent', code, message);
}

export function retry(step: DeliveryStep, code: string, message: string): DeliveryOutcome {
  return outcome(step, 'retry', code, message);
}

/** The outcome of a thrown error: retryable IsthmusErrors and unknown errors retry, the rest is permanent. */
export function fromError(step: DeliveryStep, err: unknown): DeliveryOutcome {
  if (!(err instanceof IsthmusError)) {
    return retry(step, UNEXPECTED_ERROR, err instanceof Error ? err.message : String(err));
  }
  if (err.retryable || NOT_YET.has(err.code)) return retry(step, err.code, err.message);
  if (step.step === 'timeout' && err.code === RECEIVED) return done(step, true, RECEIVED);
  return permanent(step, err.code, err.message);
}

/** The outcome of a chain's result for the step's message. */
export function fromResult(step: DeliveryStep, result: v1.IMsgResult | undefined): DeliveryOutcome {
  const code = result?.errorCode || 'RESULT_MISSING';
  const message = result?.message || 'the chain gave no result for the message';
  switch (result?.code) {
    case v1.ResultCode.RESULT_CODE_OK:
      return done(step, false);
    case v1.ResultCode.RESULT_CODE_ALREADY_DONE:
      return done(step, true);
    case v1.ResultCode.RESULT_CODE_REJECTED:
      if (NOT_YET.has(code)) return retry(step, code, message);
      if (step.step === 'timeout' && code === RECEIVED) return done(step, true, RECEIVED);
      return permanent(step, code, message);
    default:
      return retry(step, code, message);
  }
}

/** Whether a result of a client update leaves the consensus state in place. */
export function updateApplied(result: v1.IMsgResult | undefined): boolean {
  return (
    result?.code === v1.ResultCode.RESULT_CODE_OK || result?.code === v1.ResultCode.RESULT_CODE_ALREADY_DONE
  );
}
