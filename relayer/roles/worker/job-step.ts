/**
 * A queued job's data as the delivery step it asks for. Data that does not
 * decode (relayer/roles/jobs.ts INVALID_DELIVER_JOB, or not even an object)
 * can never be delivered, so the worker fails that job permanently with
 * WORKER_BAD_JOB and an alert, and delivers the rest of its batch.
 */
import { IsthmusError } from '../../../light-clients/index.js';
import type { DeliveryStep } from '../../delivery/index.js';
import { decodeDeliverJob, type DeliverJobData } from '../jobs.js';

export const WORKER_BAD_JOB = 'WORKER_BAD_JOB';

/** The step a job's data describes; throws when the data does not decode. */
export function deliveryStep(data: DeliverJobData): DeliveryStep {
  if (typeof data !== 'object' || data === null) throw new TypeError('job data is not an object');
  const job = decodeDeliverJob(data);
  return {
    packetId: job.packetId,
    step: job.step,
    packet: job.packet,
    ...(job.acknowledgement === undefined ? {} : { acknowledgement: job.acknowledgement }),
    ...(job.proofHeight > 0n ? { proofHeight: job.proofHeight } : {}),
  };
}

/** The permanent error of a job whose data did not decode. */
export function badJobError(jobId: string, destChain: string, cause: unknown): IsthmusError {
  return new IsthmusError(WORKER_BAD_JOB, `${WORKER_BAD_JOB}: job ${jobId} has data no worker can deliver`, {
    category: 'invalid_argument',
    context: { jobId, destChain },
    cause,
  });
}
