/** Public surface of packet status tracking: the model, its transition, its store and its subject. */
export { packetStatuses } from './model.js';
export type { Hop, PacketRecord, PacketStatus, StatusTransition } from './model.js';
export { INVALID_PACKET_ID, packetId, parsePacketId } from './packet-id.js';
export type { PacketKey } from './packet-id.js';
export { applyTransition, canTransition } from './transition.js';
export type { TransitionResult } from './transition.js';
export { matchesFilter } from './store.js';
export type { StatusFilter, StatusStore } from './store.js';
export { InMemoryStatusStore } from './memory-store.js';
export { toMessage } from './message.js';
export {
  escapeSubjectToken,
  INVALID_PACKET_SUBJECT,
  PACKET_SUBJECT_PREFIX,
  packetIdFromSubject,
  packetSubject,
  unescapeSubjectToken,
} from './subject.js';
export { ensurePacketsStream, PACKETS_STREAM, PublishingStatusStore } from './publishing-store.js';
