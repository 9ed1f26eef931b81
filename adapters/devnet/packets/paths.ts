/**
 * Where the packet module keeps its state in the devnet's provable store
 * (ICS-24 host paths, simplified to one store without ports: a devnet
 * channel belongs to one app). The UTF-8 bytes of a path are its store key,
 * so a counterparty proves any of them with `QueryProof`.
 *
 *   channels/{channel}                  ChannelEnd (proto, ledger.proto)
 *   channels/nextSequence               next channel number, u64 big-endian
 *   nextSequenceSend/{channel}          u64 big-endian
 *   nextSequenceRecv/{channel}          u64 big-endian (ordered channels)
 *   nextSequenceAck/{channel}           u64 big-endian (ordered channels)
 *   commitments/{channel}/{sequence}    packetCommitment (commitment.ts)
 *   receipts/{channel}/{sequence}       0x01 (unordered channels)
 *   acks/{channel}/{sequence}           ackCommitment (commitment.ts)
 *
 * Sequences in paths are decimal; counters are 8-byte big-endian, as
 * ibc-go stores them, so a proof of `nextSequenceRecv` carries the number.
 */
const encoder = new TextEncoder();

export function channelPath(channel: string): string {
  return `channels/${channel}`;
}

export const NEXT_CHANNEL_PATH = 'channels/nextSequence';

export function nextSequenceSendPath(channel: string): string {
  return `nextSequenceSend/${channel}`;
}

export function nextSequenceRecvPath(channel: string): string {
  return `nextSequenceRecv/${channel}`;
}

export function nextSequenceAckPath(channel: string): string {
  return `nextSequenceAck/${channel}`;
}

export function commitmentPath(channel: string, sequence: bigint): string {
  return `commitments/${channel}/${sequence}`;
}

export function receiptPath(channel: string, sequence: bigint): string {
  return `receipts/${channel}/${sequence}`;
}

export function ackPath(channel: string, sequence: bigint): string {
  return `acks/${channel}/${sequence}`;
}

/** The store key of a path. */
export function pathKey(path: string): Uint8Array {
  return encoder.encode(path);
}

/** The value of a receipt: its presence is what counts (ibc-go writes one byte too). */
export const RECEIPT = Uint8Array.of(1);

export function encodeU64(value: bigint): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, value);
  return bytes;
}

/** A stored counter; `undefined` reads as `fallback` (a counter not yet written). */
export function decodeU64(bytes: Uint8Array | undefined, fallback: bigint): bigint {
  if (bytes === undefined) return fallback;
  if (bytes.length !== 8) throw new RangeError(`a stored counter has ${bytes.length} bytes, not 8`);
  return new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0);
}
