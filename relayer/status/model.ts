/**
 * What Isthmus knows about one packet: its status and the hops that got it
 * there (the in-process form of `isthmus.v1.Message` and `isthmus.v1.Hop`,
 * relay.proto, with heights and times as `bigint`).
 *
 * Statuses move forward only:
 *
 *   sent -> proven -> received -> acknowledged | timed-out
 *      \________\__________\____-> failed
 *
 * `proven` means a relayer holds a locally verified proof of the packet's
 * commitment (relay.proto has no such status yet: it shows as SENT).
 * `failed` is the relayer giving up (a permanent error or the dead-letter
 * queue); the chains are the truth, so a later received, acknowledged or
 * timed-out still replaces it.
 */
import type { v1 } from '../../proto/index.js';

export const packetStatuses = ['sent', 'proven', 'received', 'acknowledged', 'timed-out', 'failed'] as const;
export type PacketStatus = (typeof packetStatuses)[number];

/** One step of a packet on one chain (relay.proto `Hop`). */
export interface Hop {
  readonly chainId: string;
  /** "send", "update_client", "recv", "write_ack", "acknowledge", "timeout", ... */
  readonly step: string;
  readonly height: bigint;
  readonly txId: string;
  /** Nanoseconds since the Unix epoch (the block time where there is one). */
  readonly timeNs: bigint;
  /** Height of the proof the step was accepted on, if any. */
  readonly proofHeight?: bigint;
  readonly error?: string;
}

/** The status of one packet and every hop it made, oldest first. */
export interface PacketRecord {
  /** `<src chain>/<channel>/<sequence>` (packet-id.ts). */
  readonly id: string;
  readonly status: PacketStatus;
  readonly hops: readonly Hop[];
  readonly packet?: v1.IPacket;
  readonly acknowledgement?: v1.IAcknowledgement;
}

/** A status change observed for a packet (from a chain event or a relayer's own step). */
export interface StatusTransition {
  readonly id: string;
  readonly status: PacketStatus;
  readonly hop: Hop;
  readonly packet?: v1.IPacket;
  readonly acknowledgement?: v1.IAcknowledgement;
}
