/** Public surface of packet status tracking: the model, its transition, its stores and its subject. */
export { packetStatuses } from './model.js';
export type { Hop, PacketRecord, PacketStatus, StatusTransition } from './model.js';
export { INVALID_PACKET_ID, packetId, parsePacketId } from './packet-id.js';
export type { PacketKey } from './packet-id.js';
export { applyTransition, canTransition } from './transition.js';
export type { TransitionResult } from './transition.js';
export { matchesFilter } from './store.js';
export type { StatusFilter, StatusStore } from './store.js';
export { InMemoryStatusStore } from './memory-store.js';
export { KvStatusStore, PACKET_STATUS_BUCKET, PACKET_STATUS_CONTENDED } from './kv-store.js';
export type { KvStatusStoreOptions } from './kv-store.js';
export { INVALID_PACKET_KEY, packetIdFromKvKey, packetKvKey } from './kv-key.js';
export {
  decodePacketRecord,
  encodePacketRecord,
  PACKET_RECORD_VERSION,
  PACKET_STATUS_MALFORMED,
} from './record-codec.js';
export { toMessage } from './message.js';
export {
  escapeSubjectToken,
  INVALID_PACKET_SUBJECT,
  PACKET_SUBJECT_PREFIX,
  packetIdFromSubject,
  packetSubject,
  unescapeSubjectToken,
} from './subject.js';
export {
  ALL_PACKETS_SUBJECT,
  ensurePacketsStream,
  PACKETS_STREAM,
  PublishingStatusStore,
} from './publishing-store.js';
