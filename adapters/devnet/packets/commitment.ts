/**
 * The commitments both ends of a channel agree on (ICS-04 `commitPacket`,
 * `commitAcknowledgement`), in a layout of our own rather than ibc-go's:
 * ibc-go leaves the sequence, ports and channels out of the hash because its
 * path holds them, while ours covers every packet field, so a commitment
 * names one packet wherever it is stored or shown.
 *
 * Canonical bytes, every number an unsigned big-endian integer and every
 * string (UTF-8) or byte field preceded by its length as a u32:
 *
 *   packet  = str "isthmus/packet/v1" ‖ u64 sequence ‖ str source_chain ‖
 *             str source_channel ‖ str dest_chain ‖ str dest_channel ‖
 *             str app ‖ bytes payload ‖ u64 timeout_height.revision ‖
 *             u64 timeout_height.height ‖ u64 timeout_timestamp_ns
 *   ack     = str "isthmus/ack/v1" ‖ u8 (1 result, 2 error) ‖ bytes result
 *             or str error
 *
 * The commitment stored at `commitments/…` (`acks/…`) is SHA-256 of the
 * packet (ack) bytes. The domain tags keep a packet's and an ack's bytes
 * apart; length prefixes make the encoding injective.
 */
import { sha256 } from '../../../light-clients/index.js';
import type { v1 } from '../../../proto/index.js';
import { PacketErrorCode, packetError } from './errors.js';
import type { Packet } from './packet.js';

const encoder = new TextEncoder();
const PACKET_TAG = 'isthmus/packet/v1';
const ACK_TAG = 'isthmus/ack/v1';

class Writer {
  readonly #parts: Uint8Array[] = [];

  u8(value: number): this {
    this.#parts.push(Uint8Array.of(value));
    return this;
  }

  u64(value: bigint): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, value);
    this.#parts.push(b);
    return this;
  }

  bytes(value: Uint8Array): this {
    const len = new Uint8Array(4);
    new DataView(len.buffer).setUint32(0, value.length);
    this.#parts.push(len, value);
    return this;
  }

  str(value: string): this {
    return this.bytes(encoder.encode(value));
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.#parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of this.#parts) {
      out.set(p, offset);
      offset += p.length;
    }
    return out;
  }
}

export function packetBytes(p: Packet): Uint8Array {
  return new Writer()
    .str(PACKET_TAG)
    .u64(p.sequence)
    .str(p.sourceChain)
    .str(p.sourceChannel)
    .str(p.destChain)
    .str(p.destChannel)
    .str(p.app)
    .bytes(p.payload)
    .u64(p.timeoutHeight.revision)
    .u64(p.timeoutHeight.height)
    .u64(p.timeoutTimestampNs)
    .finish();
}

export function packetCommitment(p: Packet): Uint8Array {
  return sha256(packetBytes(p));
}

/**
 * The acknowledgement as one side of its oneof: the result when set, else
 * the error; INVALID_ACKNOWLEDGEMENT when neither is.
 */
export function canonicalAck(
  ack: v1.IAcknowledgement | null | undefined,
): { readonly result: Uint8Array } | { readonly error: string } {
  if (ack?.result !== undefined && ack.result !== null) return { result: ack.result };
  if (ack?.error !== undefined && ack.error !== null) return { error: ack.error };
  throw packetError(PacketErrorCode.InvalidAcknowledgement, 'an acknowledgement needs a result or an error');
}

export function ackBytes(ack: v1.IAcknowledgement | null | undefined): Uint8Array {
  const one = canonicalAck(ack);
  const w = new Writer().str(ACK_TAG);
  return 'result' in one ? w.u8(1).bytes(one.result).finish() : w.u8(2).str(one.error).finish();
}

export function ackCommitment(ack: v1.IAcknowledgement | null | undefined): Uint8Array {
  return sha256(ackBytes(ack));
}
