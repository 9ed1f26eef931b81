/**
 * Packet and client events of one block, read from `/block_results`
 * (rpc/core/blocks.go) and mapped to Isthmus `ChainEvent` kinds by the
 * event types and attributes ibc-go emits (modules/core/04-channel/keeper/events.go,
 * 02-client/keeper/events.go):
 *
 * | ibc-go event                                | EventKind            |
 * |---------------------------------------------|----------------------|
 * | send_packet                                 | SEND_PACKET          |
 * | recv_packet                                 | RECV_PACKET          |
 * | write_acknowledgement                       | WRITE_ACK            |
 * | acknowledge_packet                          | ACKNOWLEDGE_PACKET   |
 * | timeout_packet, timeout_on_close_packet     | TIMEOUT_PACKET       |
 * | update_client                               | CLIENT_UPDATED       |
 * | client_misbehaviour                         | MISBEHAVIOUR         |
 *
 * Packet fields: sequence `packet_sequence`; source/dest channel
 * `packet_src_channel` / `packet_dst_channel`; app = `packet_src_port`
 * (Isthmus names one app for both ends; `packet_dst_port` is not carried);
 * payload `packet_data_hex` (else the UTF-8 of `packet_data`); timeouts
 * `packet_timeout_height` ("revision-height") and `packet_timeout_timestamp`
 * (ns). The chain that emits the event is the packet's source chain for
 * send, acknowledge and timeout, its destination for recv and write-ack; the
 * counterparty chain id is not in ibc-go's events and stays empty. The
 * acknowledgement (`packet_ack_hex`, else `packet_ack`) is read as ibc-go's
 * JSON envelope `{"result": base64}` / `{"error": text}`; any other bytes
 * are the result as they are. Client events carry `client_id`,
 * `client_type`, `consensus_height` and, when present, the `header` (hex)
 * as the client message.
 *
 * Not mapped: events of failed transactions (their effects were reverted),
 * block-level events (begin/end/finalize block; ibc-go emits packet events
 * from transactions), and every other event type (channel and connection
 * handshakes, client creation and upgrades, ...). A recognised event that
 * lacks a field it needs is reported in `skipped`, not guessed at.
 *
 * CometBFT v0.34 base64-encodes attribute keys and values; v0.37 and later
 * send them as text.
 */
import { v1 } from '../../proto/index.js';
import { answerReader, type Json } from './json.js';

/** A recognised event, positioned in its block; chain id, time and tx id are added by the caller. */
export interface BlockEvent {
  readonly kind: v1.EventKind;
  readonly txIndex: number;
  readonly eventIndex: number;
  readonly packet?: PacketFields;
  readonly acknowledgement?: { readonly result: Uint8Array } | { readonly error: string };
  readonly client?: ClientFields;
}

export interface PacketFields {
  readonly sequence: bigint;
  readonly sourceChannel: string;
  readonly destChannel: string;
  readonly app: string;
  readonly payload: Uint8Array;
  readonly timeoutRevision: bigint;
  readonly timeoutHeight: bigint;
  readonly timeoutTimestampNs: bigint;
  /** This chain is the packet's source (send, acknowledge, timeout) or its destination. */
  readonly emittedBy: 'source' | 'destination';
}

export interface ClientFields {
  readonly clientId: string;
  readonly clientType: string;
  readonly consensusRevision: bigint;
  readonly consensusHeight: bigint;
  readonly header?: Uint8Array;
}

export interface SkippedEvent {
  readonly type: string;
  readonly txIndex: number;
  readonly eventIndex: number;
  readonly reason: string;
}

export interface BlockEvents {
  readonly height: bigint;
  readonly events: readonly BlockEvent[];
  readonly skipped: readonly SkippedEvent[];
}

// Maps, not object literals: event types come from the chain, and "constructor" must not find a prototype.
const PACKET_KINDS: ReadonlyMap<string, readonly [v1.EventKind, 'source' | 'destination']> = new Map([
  ['send_packet', [v1.EventKind.EVENT_KIND_SEND_PACKET, 'source']],
  ['recv_packet', [v1.EventKind.EVENT_KIND_RECV_PACKET, 'destination']],
  ['write_acknowledgement', [v1.EventKind.EVENT_KIND_WRITE_ACK, 'destination']],
  ['acknowledge_packet', [v1.EventKind.EVENT_KIND_ACKNOWLEDGE_PACKET, 'source']],
  ['timeout_packet', [v1.EventKind.EVENT_KIND_TIMEOUT_PACKET, 'source']],
  ['timeout_on_close_packet', [v1.EventKind.EVENT_KIND_TIMEOUT_PACKET, 'source']],
] as const);

const CLIENT_KINDS: ReadonlyMap<string, v1.EventKind> = new Map([
  ['update_client', v1.EventKind.EVENT_KIND_CLIENT_UPDATED],
  ['client_misbehaviour', v1.EventKind.EVENT_KIND_MISBEHAVIOUR],
]);

/** Thrown inside this module for a recognised event missing a field; becomes a `SkippedEvent`. */
class MissingField extends Error {}

type Attributes = ReadonlyMap<string, string>;

function required(attrs: Attributes, key: string): string {
  const value = attrs.get(key);
  if (value === undefined) throw new MissingField(`no ${key} attribute`);
  return value;
}

function decimal(attrs: Attributes, key: string, fallback?: bigint): bigint {
  const text = attrs.get(key);
  if (text === undefined && fallback !== undefined) return fallback;
  if (text === undefined || !/^\d{1,20}$/.test(text)) throw new MissingField(`${key} is not a decimal`);
  return BigInt(text);
}

/** ibc-go's `Height.String()`: "revision-height". */
function revisionHeight(attrs: Attributes, key: string): [bigint, bigint] {
  const text = attrs.get(key) ?? '0-0';
  const match = /^(\d{1,20})-(\d{1,20})$/.exec(text);
  if (!match?.[1] || !match[2]) throw new MissingField(`${key} is not "revision-height"`);
  return [BigInt(match[1]), BigInt(match[2])];
}

function hexOrText(attrs: Attributes, hexKey: string, textKey?: string): Uint8Array | undefined {
  const hex = attrs.get(hexKey);
  if (hex !== undefined) {
    if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new MissingField(`${hexKey} is not hex`);
    return Uint8Array.from(Buffer.from(hex, 'hex'));
  }
  const text = textKey === undefined ? undefined : attrs.get(textKey);
  return text === undefined ? undefined : new TextEncoder().encode(text);
}

/** ibc-go's acknowledgement envelope (04-channel `Acknowledgement`), or the bytes as a result. */
export function acknowledgementOf(bytes: Uint8Array): { result: Uint8Array } | { error: string } {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const o = parsed as Record<string, unknown>;
      if (typeof o.result === 'string' && Object.keys(o).length === 1)
        return { result: Uint8Array.from(Buffer.from(o.result, 'base64')) };
      if (typeof o.error === 'string' && Object.keys(o).length === 1) return { error: o.error };
    }
  } catch {
    // Not UTF-8 JSON: an application's own acknowledgement bytes.
  }
  return { result: bytes };
}

function packetOf(attrs: Attributes, emittedBy: 'source' | 'destination'): PacketFields {
  const [timeoutRevision, timeoutHeight] = revisionHeight(attrs, 'packet_timeout_height');
  return {
    sequence: decimal(attrs, 'packet_sequence'),
    sourceChannel: required(attrs, 'packet_src_channel'),
    destChannel: required(attrs, 'packet_dst_channel'),
    app: required(attrs, 'packet_src_port'),
    payload: hexOrText(attrs, 'packet_data_hex', 'packet_data') ?? new Uint8Array(0),
    timeoutRevision,
    timeoutHeight,
    timeoutTimestampNs: decimal(attrs, 'packet_timeout_timestamp', 0n),
    emittedBy,
  };
}

function clientOf(attrs: Attributes): ClientFields {
  const [consensusRevision, consensusHeight] = revisionHeight(attrs, 'consensus_height');
  const header = hexOrText(attrs, 'header');
  return {
    clientId: required(attrs, 'client_id'),
    clientType: required(attrs, 'client_type'),
    consensusRevision,
    consensusHeight,
    ...(header === undefined ? {} : { header }),
  };
}

function recognise(type: string, attrs: Attributes): Omit<BlockEvent, 'txIndex' | 'eventIndex'> | undefined {
  const packetKind = PACKET_KINDS.get(type);
  if (packetKind) {
    const [kind, emittedBy] = packetKind;
    const packet = packetOf(attrs, emittedBy);
    if (kind !== v1.EventKind.EVENT_KIND_WRITE_ACK) return { kind, packet };
    const ack = hexOrText(attrs, 'packet_ack_hex', 'packet_ack');
    if (ack === undefined) throw new MissingField('no packet_ack_hex attribute');
    return { kind, packet, acknowledgement: acknowledgementOf(ack) };
  }
  const clientKind = CLIENT_KINDS.get(type);
  return clientKind === undefined ? undefined : { kind: clientKind, client: clientOf(attrs) };
}

/**
 * The recognised events of a `/block_results` result, in (tx index, event
 * index) order; `base64Attributes` for CometBFT v0.34 nodes.
 */
export function blockEventsOf(result: unknown, base64Attributes: boolean): BlockEvents {
  const r = answerReader('block_results');
  const o = r.object(result, 'result');
  const height = r.uint(o.height, 'height');
  const txs =
    o.txs_results === null || o.txs_results === undefined ? [] : r.array(o.txs_results, 'txs_results');
  const text = (value: unknown, field: string): string =>
    base64Attributes
      ? Buffer.from(r.base64(value, field)).toString('utf8')
      : value === null || value === undefined
        ? ''
        : r.string(value, field);
  const events: BlockEvent[] = [];
  const skipped: SkippedEvent[] = [];
  txs.forEach((tx, txIndex) => {
    const t = r.object(tx, `txs_results[${txIndex}]`);
    if (t.code !== undefined && r.uint(t.code, `txs_results[${txIndex}].code`) !== 0n) return;
    const txEvents =
      t.events === null || t.events === undefined ? [] : r.array(t.events, `txs_results[${txIndex}].events`);
    txEvents.forEach((event, eventIndex) => {
      const field = `txs_results[${txIndex}].events[${eventIndex}]`;
      const e: Json = r.object(event, field);
      const type = r.string(e.type, `${field}.type`);
      if (!PACKET_KINDS.has(type) && !CLIENT_KINDS.has(type)) return;
      const attrs = new Map<string, string>();
      const list =
        e.attributes === null || e.attributes === undefined
          ? []
          : r.array(e.attributes, `${field}.attributes`);
      list.forEach((a, i) => {
        const attr = r.object(a, `${field}.attributes[${i}]`);
        attrs.set(
          text(attr.key, `${field}.attributes[${i}].key`),
          text(attr.value, `${field}.attributes[${i}].value`),
        );
      });
      try {
        const recognised = recognise(type, attrs);
        if (recognised) events.push({ ...recognised, txIndex, eventIndex });
      } catch (cause) {
        if (!(cause instanceof MissingField)) throw cause;
        skipped.push({ type, txIndex, eventIndex, reason: cause.message });
      }
    });
  });
  return { height, events, skipped };
}
