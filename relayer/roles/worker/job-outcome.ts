/**
 * A delivery outcome as the queue's outcome for its job. Retries and
 * permanent failures carry an `IsthmusError` whose message starts with the
 * code, because the queue keeps only the message as a dead letter's reason
 * and an operator reads the code there (PROOF_INVALID, a header's
 * VerificationError code, UNAVAILABLE after the last attempt).
 */
import { IsthmusError } from '../../../light-clients/index.js';
import { done, permanent, retry, type JobOutcome } from '../../drivers/index.js';
import type { DeliveryOutcome } from '../../delivery/index.js';

/** Code of a retry or permanent outcome that named none (not expected from deliverBatch). */
export const DELIVERY_FAILED = 'DELIVERY_FAILED';

/** The error a failed step hands to the queue. */
export function outcomeError(outcome: DeliveryOutcome, destChain: string): IsthmusError {
  const code = outcome.code ?? DELIVERY_FAILED;
  return new IsthmusError(code, `${code}: ${outcome.message ?? outcome.kind}`, {
    category: outcome.kind === 'retry' ? 'unavailable' : 'verification',
    context: { destChain, packetId: outcome.packetId, step: outcome.step },
  });
}

export function jobOutcome(outcome: DeliveryOutcome, destChain: string): JobOutcome {
  if (outcome.kind === 'done') return done;
  const error = outcomeError(outcome, destChain);
  return outcome.kind === 'retry' ? retry(error) : permanent(error);
}
