/**
 * The few protobuf encodings that hashes and sign bytes are made of,
 * written by hand: CometBFT hashes gogoproto's output, which omits zero
 * scalars and empty bytes but always writes non-nullable sub-messages, and
 * protobufjs would write explicitly set zeros. Building the bytes directly
 * also keeps the verification hot path free of intermediate objects.
 * Encoding rules: https://protobuf.dev/programming-guides/encoding/
 */
import { splitTime } from './time.js';

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LEN = 2;

const UINT64_MASK = (1n << 64n) - 1n;

const SAFE_VARINT = 1n << 53n;

/** A non-negative varint, or a negative int64 as its 10-byte two's complement. */
export function varint(value: bigint): Uint8Array {
  if (value >= 0n && value < SAFE_VARINT) return smallVarint(Number(value));
  let v = value & UINT64_MASK;
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return Uint8Array.from(out);
}

/** The varint of a safe non-negative integer, without bigint arithmetic (the hot path). */
function smallVarint(value: number): Uint8Array {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return Uint8Array.from(out);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function tag(field: number, wireType: number): Uint8Array {
  return varint(BigInt((field << 3) | wireType));
}

/** A varint field, omitted when zero (proto3). */
export function varintField(field: number, value: bigint): Uint8Array[] {
  return value === 0n ? [] : [tag(field, WIRE_VARINT), varint(value)];
}

/** An sfixed64 field (little-endian two's complement), omitted when zero. */
export function sfixed64Field(field: number, value: bigint): Uint8Array[] {
  if (value === 0n) return [];
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigInt64(0, value, true);
  return [tag(field, WIRE_FIXED64), bytes];
}

/** A bytes field, omitted when empty. */
export function bytesField(field: number, value: Uint8Array): Uint8Array[] {
  return value.length === 0 ? [] : [tag(field, WIRE_LEN), varint(BigInt(value.length)), value];
}

/** An embedded message, always written (gogoproto `nullable = false`), even when empty. */
export function messageField(field: number, body: Uint8Array): Uint8Array[] {
  return [tag(field, WIRE_LEN), varint(BigInt(body.length)), body];
}

const textEncoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return textEncoder.encode(text);
}

/** `google.protobuf.Timestamp` for a time in nanoseconds since the epoch. */
export function timestamp(ns: bigint): Uint8Array {
  const { seconds, nanos } = splitTime(ns);
  const s = seconds === 0n ? undefined : varint(seconds);
  const n = nanos === 0 ? undefined : smallVarint(nanos);
  const out = new Uint8Array((s ? s.length + 1 : 0) + (n ? n.length + 1 : 0));
  let at = 0;
  if (s) {
    out[at++] = 0x08;
    out.set(s, at);
    at += s.length;
  }
  if (n) {
    out[at++] = 0x10;
    out.set(n, at);
  }
  return out;
}
