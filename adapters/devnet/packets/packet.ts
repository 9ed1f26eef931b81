/**
 * The ICS-04 packet as the module works with it: `isthmus.v1.Packet` with
 * its 64-bit numbers as `bigint`, checked once at the door. A zero timeout
 * height or timestamp means "no timeout of that kind"; at least one is set.
 */
import { fromU64, toU64, type v1 } from '../../../proto/index.js';
import { PacketErrorCode, packetError } from './errors.js';

export interface HeightValue {
  readonly revision: bigint;
  readonly height: bigint;
}

export interface Packet {
  readonly sequence: bigint;
  readonly sourceChain: string;
  readonly sourceChannel: string;
  readonly destChain: string;
  readonly destChannel: string;
  readonly app: string;
  readonly payload: Uint8Array;
  readonly timeoutHeight: HeightValue;
  readonly timeoutTimestampNs: bigint;
}

export function heightOf(h: v1.IHeight | null | undefined): HeightValue {
  return { revision: fromU64(h?.revision), height: fromU64(h?.height) };
}

export function heightToProto(h: HeightValue): v1.IHeight {
  return { revision: toU64(h.revision), height: toU64(h.height) };
}

export function hasTimeout(p: Pick<Packet, 'timeoutHeight' | 'timeoutTimestampNs'>): boolean {
  return p.timeoutHeight.height !== 0n || p.timeoutTimestampNs !== 0n;
}

/** The packet a message carries; INVALID_PACKET when a field is missing or out of range. */
export function packetFromProto(p: v1.IPacket | null | undefined): Packet {
  if (!p) throw packetError(PacketErrorCode.InvalidPacket, 'the message carries no packet');
  const packet: Packet = {
    sequence: fromU64(p.sequence),
    sourceChain: p.sourceChain ?? '',
    sourceChannel: p.sourceChannel ?? '',
    destChain: p.destChain ?? '',
    destChannel: p.destChannel ?? '',
    app: p.app ?? '',
    payload: p.payload ?? new Uint8Array(0),
    timeoutHeight: heightOf(p.timeoutHeight),
    timeoutTimestampNs: fromU64(p.timeoutTimestampNs),
  };
  const problem =
    packet.sequence === 0n
      ? 'sequence 0'
      : [packet.sourceChain, packet.sourceChannel, packet.destChain, packet.destChannel, packet.app].some(
            (s) => s.length === 0,
          )
        ? 'an empty chain, channel or app'
        : !hasTimeout(packet)
          ? 'no timeout height and no timeout timestamp'
          : undefined;
  if (problem) {
    throw packetError(PacketErrorCode.InvalidPacket, `invalid packet: ${problem}`, {
      sequence: packet.sequence,
      sourceChannel: packet.sourceChannel,
    });
  }
  return packet;
}

export function packetToProto(p: Packet): v1.IPacket {
  return {
    sequence: toU64(p.sequence),
    sourceChain: p.sourceChain,
    sourceChannel: p.sourceChannel,
    destChain: p.destChain,
    destChannel: p.destChannel,
    app: p.app,
    payload: p.payload,
    timeoutHeight: heightToProto(p.timeoutHeight),
    timeoutTimestampNs: toU64(p.timeoutTimestampNs),
  };
}

/** `at` is at or past `timeout` (ICS-02 heights compare by revision, then height); a zero timeout never passes. */
export function heightReached(at: HeightValue, timeout: HeightValue): boolean {
  if (timeout.height === 0n) return false;
  return at.revision !== timeout.revision ? at.revision > timeout.revision : at.height >= timeout.height;
}

/** `now` is at or past `timeout`; a zero timeout never passes. */
export function timeReached(now: bigint, timeout: bigint): boolean {
  return timeout !== 0n && now >= timeout;
}
