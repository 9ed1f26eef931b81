/**
 * Chain events on the bus: the stream that keeps them, the subject each one
 * is published on (`isthmus.<chain>.events.<kind>`), its de-duplication id
 * (`<chain>/<height>/<tx>/<event>`) and its payload (`v1.ChainEvent.encode`).
 * The watcher publishes with these and the planner reads with them, so a
 * re-published event is recognised as the same message.
 *
 * Chain ids are escaped into one NATS token (relayer/status subject.ts:
 * `evm.1` -> `evm~2E1`), so a chain id with dots stays one token.
 */
import { fromU64, v1 } from '../../proto/index.js';
import type { StreamSpec } from '../drivers/index.js';
import { escapeSubjectToken } from '../status/index.js';

/**
 * Where events live on the bus. The defaults are the deployment's; tests
 * (and two relayer deployments sharing one NATS) pass their own, because
 * two streams may not store overlapping subjects.
 */
export interface EventsTopology {
  readonly stream: string;
  /** The first subject token: subjects are `<prefix>.<chain>.events.<kind>`. */
  readonly prefix: string;
}

export const defaultEventsTopology: EventsTopology = { stream: 'isthmus-events', prefix: 'isthmus' };

/**
 * Every chain's events (`*` is the escaped chain id, then the kind): exactly
 * four tokens, so the events stream never overlaps the packet status
 * stream's five-token `isthmus.packets.*.*.*` (NATS refuses overlapping
 * streams).
 */
export function allEventsSubject(topology: EventsTopology = defaultEventsTopology): string {
  return `${topology.prefix}.*.events.*`;
}

export function eventsStream(topology: EventsTopology = defaultEventsTopology): StreamSpec {
  return { name: topology.stream, subjects: [allEventsSubject(topology)] };
}

const kindNames: Readonly<Record<v1.EventKind, string>> = {
  [v1.EventKind.EVENT_KIND_UNSPECIFIED]: 'unspecified',
  [v1.EventKind.EVENT_KIND_SEND_PACKET]: 'send_packet',
  [v1.EventKind.EVENT_KIND_RECV_PACKET]: 'recv_packet',
  [v1.EventKind.EVENT_KIND_WRITE_ACK]: 'write_ack',
  [v1.EventKind.EVENT_KIND_ACKNOWLEDGE_PACKET]: 'acknowledge_packet',
  [v1.EventKind.EVENT_KIND_TIMEOUT_PACKET]: 'timeout_packet',
  [v1.EventKind.EVENT_KIND_CLIENT_UPDATED]: 'client_updated',
  [v1.EventKind.EVENT_KIND_MISBEHAVIOUR]: 'misbehaviour',
};

/** The lower-case subject token of an event kind (`send_packet`, ...). */
export function eventKindName(kind: v1.EventKind): string {
  return kindNames[kind] ?? 'unspecified';
}

/** `isthmus.<escaped chain>.events.<kind>`. */
export function eventSubject(
  chainId: string,
  kind: v1.EventKind,
  topology: EventsTopology = defaultEventsTopology,
): string {
  return `${topology.prefix}.${escapeSubjectToken(chainId)}.events.${eventKindName(kind)}`;
}

/** Every chain's events of one kind (`<prefix>.*.events.<kind>`), e.g. all CLIENT_UPDATED events. */
export function kindSubject(kind: v1.EventKind, topology: EventsTopology = defaultEventsTopology): string {
  return `${topology.prefix}.*.events.${eventKindName(kind)}`;
}

/** `<chain>/<height>/<tx>/<event>`: the same event always gets the same id. */
export function eventMessageId(event: v1.IChainEvent): string {
  const cursor = event.cursor;
  return `${event.chainId ?? ''}/${fromU64(cursor?.height?.height)}/${cursor?.txIndex ?? 0}/${cursor?.eventIndex ?? 0}`;
}

export function encodeEvent(event: v1.IChainEvent): Uint8Array {
  return v1.ChainEvent.encode(event).finish();
}

export function decodeEvent(bytes: Uint8Array): v1.ChainEvent {
  return v1.ChainEvent.decode(bytes);
}
