/**
 * The pure half of the planner: what one chain event asks for.
 *
 * - SEND_PACKET (on the source): a `recv` job for the destination, proven
 *   at the event's height; and, when the packet has a timeout timestamp, a
 *   `timeout` job for the source delayed until that deadline (the worker
 *   finds it moot if the packet was received by then). Timeouts by height
 *   are left to clearing, which compares the destination's height with the
 *   packet's (relayer/clearing plan.ts): no wall-clock delay fits them.
 * - WRITE_ACK (on the destination): an `ack` job for the source with the
 *   acknowledgement, proven at the event's height.
 * - SEND, RECV, ACKNOWLEDGE and TIMEOUT events: the packet's status
 *   (sent, received, acknowledged, timed-out) with the event as its hop.
 *
 * Client and misbehaviour events ask for nothing here (other roles).
 */
import { fromU64, v1 } from '../../../proto/index.js';
import type { StatusTransition } from '../../status/index.js';
import { packetId, type PacketStatus } from '../../status/index.js';
import { relayJobId, type ClearingStep } from '../../clearing/index.js';
import { deliverJob, type DeliverJob } from '../jobs.js';

export interface PlannedJob extends DeliverJob {
  /** Not ready before this many milliseconds from now. */
  readonly delayMs: number;
}

export interface EventPlan {
  readonly jobs: readonly PlannedJob[];
  readonly transition?: StatusTransition;
}

const NS_PER_MS = 1_000_000n;

const statusOf: Partial<Record<v1.EventKind, { status: PacketStatus; step: string }>> = {
  [v1.EventKind.EVENT_KIND_SEND_PACKET]: { status: 'sent', step: 'send' },
  [v1.EventKind.EVENT_KIND_RECV_PACKET]: { status: 'received', step: 'recv' },
  [v1.EventKind.EVENT_KIND_ACKNOWLEDGE_PACKET]: { status: 'acknowledged', step: 'acknowledge' },
  [v1.EventKind.EVENT_KIND_TIMEOUT_PACKET]: { status: 'timed-out', step: 'timeout' },
};

/** The jobs and status change of `event`; `nowMs` is the wall clock (timeout delays). */
export function planEvent(event: v1.ChainEvent, nowMs: number): EventPlan {
  const packet = event.packet;
  if (!packet) return { jobs: [] };
  const height = fromU64(event.cursor?.height?.height);
  const jobs: PlannedJob[] = [];
  const job = (step: ClearingStep, proofHeight: bigint, delayMs = 0): PlannedJob => ({
    ...deliverJob(
      {
        jobId: relayJobId(packet, step),
        step,
        packet,
        ...(step === 'ack' && event.acknowledgement ? { acknowledgement: event.acknowledgement } : {}),
      },
      proofHeight,
    ),
    delayMs,
  });
  if (event.kind === v1.EventKind.EVENT_KIND_SEND_PACKET) {
    jobs.push(job('recv', height));
    const deadlineNs = fromU64(packet.timeoutTimestampNs);
    if (deadlineNs !== 0n) {
      jobs.push(job('timeout', 0n, Math.max(0, Number(deadlineNs / NS_PER_MS) - nowMs)));
    }
  } else if (event.kind === v1.EventKind.EVENT_KIND_WRITE_ACK && event.acknowledgement) {
    jobs.push(job('ack', height));
  }
  const change = statusOf[event.kind];
  if (!change) return { jobs };
  const transition: StatusTransition = {
    id: packetId({
      sourceChain: packet.sourceChain ?? '',
      sourceChannel: packet.sourceChannel ?? '',
      sequence: fromU64(packet.sequence),
    }),
    status: change.status,
    hop: {
      chainId: event.chainId,
      step: change.step,
      height,
      txId: event.txId,
      timeNs: fromU64(event.timeNs),
    },
    packet,
    ...(event.acknowledgement ? { acknowledgement: event.acknowledgement } : {}),
  };
  return { jobs, transition };
}
