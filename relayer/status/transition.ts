/**
 * The pure status transition of one packet. Events reach the relayer late,
 * twice and out of order (watchers replay, clearing rediscovers, two
 * relayers race), so applying a transition must be idempotent and must
 * never move a packet backwards: a late "sent" after "received" changes
 * nothing, and applying the same transition again is a no-op.
 */
import type { Hop, PacketRecord, PacketStatus, StatusTransition } from './model.js';

/**
 * Where each status may go. Forward only; a received packet cannot time
 * out (ICS-04: a timeout needs proof of non-receipt); the two outcomes are
 * final; "failed" is the relayer's verdict, so statuses only a chain can
 * report (received, acknowledged, timed-out) replace it.
 */
const next: Readonly<Record<PacketStatus, ReadonlySet<PacketStatus>>> = {
  sent: new Set(['proven', 'received', 'acknowledged', 'timed-out', 'failed']),
  proven: new Set(['received', 'acknowledged', 'timed-out', 'failed']),
  received: new Set(['acknowledged', 'failed']),
  acknowledged: new Set(),
  'timed-out': new Set(),
  failed: new Set(['received', 'acknowledged', 'timed-out']),
};

export interface TransitionResult {
  readonly record: PacketRecord;
  /** False when the transition was a repeat or would have moved backwards. */
  readonly changed: boolean;
}

/** Whether a packet in `from` may move to `to`. */
export function canTransition(from: PacketStatus | undefined, to: PacketStatus): boolean {
  return from === undefined || next[from].has(to);
}

/** The hop step (relay.proto `Hop.step`) by which a chain reports each status. */
const stepOf: Readonly<Partial<Record<PacketStatus, string>>> = {
  received: 'recv',
  acknowledged: 'acknowledge',
  'timed-out': 'timeout',
};

/**
 * Whether `record` already reached `status` before it failed: a failed
 * packet that was received may be reported received again (a replayed
 * event), which must not count as a change — otherwise received → failed →
 * received would cycle and its hops grow without end.
 */
function reachedBefore(record: PacketRecord, status: PacketStatus): boolean {
  const step = stepOf[status];
  return step !== undefined && record.hops.some((hop) => hop.step === step && hop.error === undefined);
}

/** `current` after `transition`; `current` is undefined for a packet not seen before. */
export function applyTransition(
  current: PacketRecord | undefined,
  transition: StatusTransition,
): TransitionResult {
  if (current !== undefined && current.id !== transition.id) {
    throw new RangeError(`transition for ${transition.id} applied to ${current.id}`);
  }
  if (current !== undefined && !canTransition(current.status, transition.status)) {
    return { record: current, changed: false };
  }
  if (current?.status === 'failed' && reachedBefore(current, transition.status)) {
    return { record: current, changed: false };
  }
  const packet = transition.packet ?? current?.packet;
  const acknowledgement = transition.acknowledgement ?? current?.acknowledgement;
  const hops: readonly Hop[] = [...(current?.hops ?? []), transition.hop];
  return {
    record: {
      id: transition.id,
      status: transition.status,
      hops,
      ...(packet === undefined ? {} : { packet }),
      ...(acknowledgement === undefined ? {} : { acknowledgement }),
    },
    changed: true,
  };
}
