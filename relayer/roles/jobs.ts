/**
 * The contract between the planner (and clearing) that enqueues relay work
 * and the worker that performs it: the queue a destination's jobs go to
 * (`deliver:<chain id>`), their job id (`relayJobId`,
 * `<src>/<channel>/<sequence>/<step>`) and their data.
 *
 * Job data must survive a JSON round trip (relayer/drivers/queue.ts), so the
 * packet and acknowledgement travel as base64 of their protobuf encoding
 * (`v1.Packet.encode`, `v1.Acknowledgement.encode`) and the proof height as
 * a decimal string.
 *
 * The queue a job goes to is the chain the job submits to: `recv` on the
 * packet's destination; `ack` and `timeout` on the packet's source.
 */
import { IsthmusError } from '../../light-clients/index.js';
import { fromU64, v1 } from '../../proto/index.js';
import { relayJobId, type ClearingStep, type RelayJob } from '../clearing/index.js';
import { packetId } from '../status/index.js';

export const DELIVER_QUEUE_PREFIX = 'deliver:';
export const INVALID_DELIVER_JOB = 'INVALID_DELIVER_JOB';

/** The queue of the jobs that submit to `chainId`. */
export function deliverQueue(chainId: string): string {
  return `${DELIVER_QUEUE_PREFIX}${chainId}`;
}

export interface DeliverJobData {
  readonly step: ClearingStep;
  /** `<src chain>/<channel>/<sequence>` (relayer/status packet-id.ts). */
  readonly packetId: string;
  /** base64 of `v1.Packet.encode(packet)`. */
  readonly packet: string;
  /** `ack` jobs only: base64 of `v1.Acknowledgement.encode(ack)` as the destination wrote it. */
  readonly acknowledgement?: string;
  /**
   * Decimal height of the chain the proof is read from (the source for
   * `recv`, the destination for `ack`) at which the event was seen: the
   * proven state is at this height or later. "0" when unknown (`timeout`
   * jobs: the worker proves non-receipt at a height past the deadline).
   */
  readonly proofHeight: string;
}

/** A job to enqueue: where, under which id, with which data. */
export interface DeliverJob {
  readonly queue: string;
  readonly jobId: string;
  readonly data: DeliverJobData;
}

/** The job for `job` (clearing's or the planner's), observed at `proofHeight` (0n: unknown). */
export function deliverJob(job: RelayJob, proofHeight: bigint): DeliverJob {
  const { packet, step } = job;
  const target = step === 'recv' ? packet.destChain : packet.sourceChain;
  const id = packetId({
    sourceChain: packet.sourceChain ?? '',
    sourceChannel: packet.sourceChannel ?? '',
    sequence: fromU64(packet.sequence),
  });
  const data: DeliverJobData = {
    step,
    packetId: id,
    packet: toBase64(v1.Packet.encode(packet).finish()),
    ...(job.acknowledgement === undefined
      ? {}
      : { acknowledgement: toBase64(v1.Acknowledgement.encode(job.acknowledgement).finish()) }),
    proofHeight: proofHeight.toString(),
  };
  return { queue: deliverQueue(target ?? ''), jobId: relayJobId(packet, step), data };
}

/** The decoded parts of a job's data; fails with INVALID_DELIVER_JOB. */
export interface DecodedDeliverJob {
  readonly step: ClearingStep;
  readonly packetId: string;
  readonly packet: v1.Packet;
  readonly acknowledgement?: v1.Acknowledgement;
  readonly proofHeight: bigint;
}

export function decodeDeliverJob(data: DeliverJobData): DecodedDeliverJob {
  try {
    if (data.step !== 'recv' && data.step !== 'ack' && data.step !== 'timeout') throw new Error('bad step');
    if (!/^(0|[1-9][0-9]*)$/.test(data.proofHeight)) throw new Error('bad proofHeight');
    const packet = v1.Packet.decode(Buffer.from(data.packet, 'base64'));
    const acknowledgement =
      data.acknowledgement === undefined
        ? undefined
        : v1.Acknowledgement.decode(Buffer.from(data.acknowledgement, 'base64'));
    if (data.step === 'ack' && acknowledgement === undefined)
      throw new Error('ack job without acknowledgement');
    return {
      step: data.step,
      packetId: data.packetId,
      packet,
      ...(acknowledgement === undefined ? {} : { acknowledgement }),
      proofHeight: BigInt(data.proofHeight),
    };
  } catch (cause) {
    throw new IsthmusError(INVALID_DELIVER_JOB, `deliver job ${data.packetId} has bad data`, {
      category: 'invalid_argument',
      context: { packetId: data.packetId, step: data.step },
      cause,
    });
  }
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
