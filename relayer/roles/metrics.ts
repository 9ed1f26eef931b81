/**
 * What the roles tell metrics (relayer/observability implements these).
 * Each role takes its sink as an optional `metrics` option, so a role runs
 * and is tested without one.
 */
import type { VerificationSink } from '../delivery/index.js';

export interface WorkerMetrics extends VerificationSink {
  /** A step handed back to retry or failed for good, by its error code. */
  submissionError(chainId: string, code: string): void;
}

export interface MisbehaviourMetrics {
  /** A witness header that conflicts with the one `hostChainId` accepted for `clientId`. */
  misbehaviourDetected(hostChainId: string, clientId: string): void;
  /** Evidence the host accepted. */
  misbehaviourSubmitted(hostChainId: string, clientId: string): void;
}
