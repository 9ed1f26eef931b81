/**
 * Apps (ICS-04 ports, ICS-26 callbacks): the code at each end of a channel
 * that produces and consumes packet payloads. The packet module calls them
 * after it has checked everything the protocol asks; an app only decides
 * what a payload means.
 *
 * - `onRecvPacket` answers with an acknowledgement. An error
 *   acknowledgement discards the app's writes (the receipt and the ack are
 *   still written, as in ibc-go), so a refused payload leaves no state.
 * - `onAcknowledgePacket` / `onTimeoutPacket` run on the source chain after
 *   the commitment is deleted, so an app cannot be called twice for one packet.
 *
 * An app that throws an `IsthmusError` fails the whole message.
 */
import type { v1 } from '../../../proto/index.js';
import type { KvStore } from '../module.js';
import type { Packet } from './packet.js';

export interface AppContext {
  readonly chainId: string;
  readonly height: bigint;
  /** Block time, nanoseconds since the epoch. */
  readonly timeNs: bigint;
  readonly store: KvStore;
}

export interface PacketApp {
  /** The port name packets carry in `Packet.app`. */
  readonly name: string;
  onRecvPacket(packet: Packet, ctx: AppContext): v1.IAcknowledgement;
  onAcknowledgePacket(packet: Packet, ack: v1.IAcknowledgement, ctx: AppContext): void;
  onTimeoutPacket(packet: Packet, ctx: AppContext): void;
}
