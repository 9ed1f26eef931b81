/** Public surface of the delivery core: a worker's batch of packet steps for one destination chain. */
export { deliverBatch } from './deliver-batch.js';
export { UNEXPECTED_ERROR } from './classify.js';
export type {
  DeliverBatchInput,
  DeliveryCounts,
  DeliveryOutcome,
  DeliveryReport,
  DeliveryStep,
  OutcomeKind,
  StepKind,
  VerificationKind,
  VerificationSink,
} from './types.js';
export { measured, VERIFICATION_UNEXPECTED } from './measured.js';
export {
  clientTiming,
  tendermintClient,
  TENDERMINT,
  trackedClient,
  trustedTimeAt,
  verifiedUpdate,
} from './verified-update.js';
export type {
  ClientTiming,
  TendermintTrackedClient,
  TrackedClient,
  VerifiedUpdate,
} from './verified-update.js';
