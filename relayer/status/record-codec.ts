/**
 * A `PacketRecord` as stored in a shared status bucket: UTF-8 JSON with a
 * format version, heights and times as decimal strings, and the packet and
 * acknowledgement as base64 of their protobuf encoding (as in job data,
 * relayer/roles/jobs.ts):
 *
 *   {"v":1,"id":"health-1/channel-0/7","status":"proven",
 *    "hops":[{"chainId":"health-1","step":"send","height":"5","txId":"..","timeNs":".."}],
 *    "packet":"CAcSCGhlYWx0aC0x.."}
 *
 * Not the wire's `isthmus.v1.Message` (message.ts): it has no "proven"
 * (shown as SENT), so a record would come back a step behind and accept a
 * second "proven"; and its heights carry a revision the record does not
 * hold. The payload dominates the size, so the field names stay readable
 * for an operator's `nats kv get`.
 *
 * A reader refuses what it does not fully understand (another version,
 * unknown fields) rather than drop facts it would then overwrite.
 */
import { z } from 'zod';
import { IsthmusError } from '../../light-clients/index.js';
import { v1 } from '../../proto/index.js';
import { packetStatuses, type Hop, type PacketRecord } from './model.js';
import { parsePacketId } from './packet-id.js';

export const PACKET_STATUS_MALFORMED = 'PACKET_STATUS_MALFORMED';
export const PACKET_RECORD_VERSION = 1;

const decimal = z.string().regex(/^(0|[1-9][0-9]*)$/, 'a decimal integer');
const base64 = z.string().regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'base64');

const storedHop = z.strictObject({
  chainId: z.string(),
  step: z.string(),
  height: decimal,
  txId: z.string(),
  timeNs: decimal,
  proofHeight: decimal.optional(),
  error: z.string().optional(),
});

const storedRecord = z.strictObject({
  v: z.literal(PACKET_RECORD_VERSION),
  id: z.string(),
  status: z.enum(packetStatuses),
  hops: z.array(storedHop),
  packet: base64.optional(),
  acknowledgement: base64.optional(),
});

type StoredRecord = z.infer<typeof storedRecord>;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function encodePacketRecord(record: PacketRecord): Uint8Array {
  const stored: StoredRecord = {
    v: PACKET_RECORD_VERSION,
    id: record.id,
    status: record.status,
    hops: record.hops.map((hop) => ({
      chainId: hop.chainId,
      step: hop.step,
      height: hop.height.toString(),
      txId: hop.txId,
      timeNs: hop.timeNs.toString(),
      ...(hop.proofHeight === undefined ? {} : { proofHeight: hop.proofHeight.toString() }),
      ...(hop.error === undefined ? {} : { error: hop.error }),
    })),
    ...(record.packet === undefined ? {} : { packet: toBase64(v1.Packet.encode(record.packet).finish()) }),
    ...(record.acknowledgement === undefined
      ? {}
      : { acknowledgement: toBase64(v1.Acknowledgement.encode(record.acknowledgement).finish()) }),
  };
  return encoder.encode(JSON.stringify(stored));
}

/**
 * The record `bytes` hold; fails with PACKET_STATUS_MALFORMED (with
 * `context`, e.g. where the bytes were read), also when `expectedId` is
 * given and the record is another packet's.
 */
export function decodePacketRecord(
  bytes: Uint8Array,
  expectedId?: string,
  context: Record<string, unknown> = {},
): PacketRecord {
  const malformed = (why: string, facts: Record<string, unknown>, cause?: unknown): IsthmusError =>
    new IsthmusError(
      PACKET_STATUS_MALFORMED,
      `stored packet status${expectedId === undefined ? '' : ` of ${expectedId}`}: ${why}`,
      {
        category: 'internal',
        context: { ...(expectedId === undefined ? {} : { packetId: expectedId }), ...context, ...facts },
        ...(cause === undefined ? {} : { cause }),
      },
    );
  let stored: StoredRecord;
  let packet: v1.Packet | undefined;
  let acknowledgement: v1.Acknowledgement | undefined;
  try {
    const json: unknown = JSON.parse(decoder.decode(bytes));
    const version = typeof json === 'object' && json !== null && 'v' in json ? json.v : undefined;
    if (version !== PACKET_RECORD_VERSION) {
      throw malformed(`format version ${String(version)} is not ${PACKET_RECORD_VERSION}`, { version });
    }
    stored = storedRecord.parse(json);
    parsePacketId(stored.id);
    packet = stored.packet === undefined ? undefined : v1.Packet.decode(fromBase64(stored.packet));
    acknowledgement =
      stored.acknowledgement === undefined
        ? undefined
        : v1.Acknowledgement.decode(fromBase64(stored.acknowledgement));
  } catch (cause) {
    if (IsthmusError.is(cause) && cause.code === PACKET_STATUS_MALFORMED) throw cause;
    throw malformed('unreadable', {}, cause);
  }
  if (expectedId !== undefined && stored.id !== expectedId) {
    throw malformed(`holds the record of ${stored.id}`, { storedId: stored.id });
  }
  return {
    id: stored.id,
    status: stored.status,
    hops: stored.hops.map((hop): Hop => ({
      chainId: hop.chainId,
      step: hop.step,
      height: BigInt(hop.height),
      txId: hop.txId,
      timeNs: BigInt(hop.timeNs),
      ...(hop.proofHeight === undefined ? {} : { proofHeight: BigInt(hop.proofHeight) }),
      ...(hop.error === undefined ? {} : { error: hop.error }),
    })),
    ...(packet === undefined ? {} : { packet }),
    ...(acknowledgement === undefined ? {} : { acknowledgement }),
  };
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function fromBase64(text: string): Uint8Array {
  return Buffer.from(text, 'base64');
}
