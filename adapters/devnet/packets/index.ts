/** Public surface of the devnet's ICS-04 packet module, its apps and its commitments. */
export { packetModule } from './packet-module.js';
export type { PacketModuleOptions } from './packet-module.js';
export type { AppContext, PacketApp } from './apps.js';
export { MAX_RECORD_BYTES, RECORDS_APP, recordPath, recordsApp, sentRecordPath } from './records-app.js';
export { ackBytes, ackCommitment, canonicalAck, packetBytes, packetCommitment } from './commitment.js';
export { heightReached, packetFromProto, packetToProto, timeReached } from './packet.js';
export type { HeightValue, Packet } from './packet.js';
export { PacketErrorCode } from './errors.js';
export {
  ackPath,
  channelPath,
  commitmentPath,
  decodeU64,
  encodeU64,
  nextSequenceAckPath,
  nextSequenceRecvPath,
  nextSequenceSendPath,
  receiptPath,
} from './paths.js';
export { decodeChannelEnd } from './channels.js';
export type { ChannelEnd } from './channels.js';
export { registryCounterparty } from './counterparty.js';
export type { CounterpartyClient, CounterpartyProof } from './counterparty.js';
