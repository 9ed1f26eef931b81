/**
 * Public surface of the Relay client SDK: the client, message helpers and
 * payload encryption, with the generated wire types and the uint64
 * conversions its callers need.
 */
export { RelayClient } from './client.js';
export type {
  Height,
  NotarizeInput,
  QueryStateInput,
  RelayCallOptions,
  RelayClientOptions,
  SendMessageInput,
  TokenSource,
  WaitForStatusOptions,
  WatchFilter,
  WatchOptions,
} from './client.js';
export { DEFAULT_RESUME_POLICY, MessageWatch } from './watch.js';
export type { ResumePolicy } from './watch.js';
export { messageIdOf, messageStatus, messageStatusName, parseMessageId, statusVerdict } from './messages.js';
export type { MessageRef, MessageStatusName } from './messages.js';
export { SdkErrorCode } from './errors.js';
export {
  ENVELOPE_VERSION,
  exportPayloadKey,
  generatePayloadKeyPair,
  importPayloadKey,
  isSealedPayload,
  openPayload,
  PAYLOAD_LABEL,
  payloadPublicKey,
  sealPayload,
} from './privacy.js';
export type { PayloadContext, PayloadKeyPair } from './privacy.js';
export { fromU64, toU64, v1 } from '../../proto/index.js';
