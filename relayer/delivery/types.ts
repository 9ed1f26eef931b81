/**
 * The delivery core's vocabulary: the packet steps a worker takes for one
 * destination chain, the outcome of each, and the report of a batch.
 *
 * A step is one ICS-04 message to submit on the destination: `recv` proves
 * the packet's commitment on its source chain; `ack` and `timeout` prove the
 * acknowledgement, or the absence of a receipt, on the packet's destination
 * and are submitted back on its source. The chain a step's proof comes from
 * is its "proof chain".
 */
import type { Logger } from 'pino';
import type { Ledger } from '../../adapters/index.js';
import type { v1 } from '../../proto/index.js';

export type StepKind = 'recv' | 'ack' | 'timeout';

export interface DeliveryStep {
  /** `<src chain>/<channel>/<sequence>` of the packet. */
  readonly packetId: string;
  readonly step: StepKind;
  readonly packet: v1.IPacket;
  /** Required for `ack`: the acknowledgement the packet's destination wrote. */
  readonly acknowledgement?: v1.IAcknowledgement;
  /**
   * The lowest height of the proof chain's state that must be proven (the
   * block that wrote the commitment or the ack); the latest state is used
   * when it is higher.
   */
  readonly proofHeight?: bigint;
}

export type OutcomeKind = 'done' | 'retry' | 'permanent';

export interface DeliveryOutcome {
  readonly packetId: string;
  readonly step: StepKind;
  /** done: nothing left to do; retry: may pass later; permanent: retrying cannot fix it. */
  readonly kind: OutcomeKind;
  /** The error code when not plainly done (e.g. PROOF_INVALID, UNAVAILABLE-class codes). */
  readonly code?: string;
  readonly message?: string;
  /** Done without effect: the chain had applied it already (another relayer, a replay). */
  readonly redundant?: boolean;
}

/** The light-client checks made before a submission (a header update, a proof of a value or of its absence). */
export type VerificationKind = 'header' | 'membership' | 'non_membership';

/** Told of each light-client check, for metrics; optional everywhere, so delivery runs without it. */
export interface VerificationSink {
  /** One check: `result` is `ok` or the error's code; `seconds` is how long it took. */
  verification(kind: VerificationKind, result: string, seconds: number): void;
}

export interface DeliverBatchInput {
  /** The chain every step is submitted on. */
  readonly destChainId: string;
  readonly dest: Ledger;
  /** Proof chains by chain id. */
  readonly sources: ReadonlyMap<string, Ledger>;
  /** The destination's client id of each proof chain. */
  readonly clientIds: ReadonlyMap<string, string>;
  readonly steps: readonly DeliveryStep[];
  /** Nanoseconds: the time headers and proofs are verified at. */
  readonly now: bigint;
  readonly logger: Logger;
  /**
   * How long a group whose proofs are one block short of committed waits
   * for that block before its steps are retried (default 3 s; 0: no wait).
   */
  readonly commitWaitMs?: number;
  /** Told of every header and proof verified. */
  readonly metrics?: VerificationSink;
}

export interface DeliveryCounts {
  readonly done: number;
  readonly redundant: number;
  readonly retry: number;
  readonly permanent: number;
  /** Client update messages submitted. */
  readonly updates: number;
  /** Packet messages submitted. */
  readonly packets: number;
}

export interface DeliveryReport {
  /** One per step, in the order of the input. */
  readonly outcomes: readonly DeliveryOutcome[];
  /** The submission's transaction and height; absent when nothing was submitted. */
  readonly txId?: string;
  readonly height?: bigint;
  readonly counts: DeliveryCounts;
}
