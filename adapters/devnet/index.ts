/** Public surface of the devnet: an in-process CometBFT-style chain and its Ledger. */
export { DevnetChain, openDevnet } from './chain.js';
export type { DevnetBlock, DevnetOptions } from './chain.js';
export {
  DEFAULT_SEED,
  genesisFromJson,
  genesisToJson,
  makeGenesis,
  readGenesis,
  writeGenesis,
} from './genesis.js';
export type { Genesis, GenesisOptions, GenesisValidator } from './genesis.js';
export { deriveValidatorKey } from './keys.js';
export type { ValidatorKey } from './keys.js';
export type {
  DeliverContext,
  EventBody,
  KvStore,
  Module,
  MsgKind,
  MsgOutcome,
  ValidatorUpdate,
} from './module.js';
export {
  decodeTendermintHeader,
  TENDERMINT_CLIENT_TYPE,
  tendermintClientMessage,
} from './tendermint-wire.js';
export { DevnetLedger, DEVNET_CHAIN_TYPE, PROOF_KIND_ICS23 } from './ledger.js';
export { CHAIN_ID_KEY } from './chain.js';
export { revisionOf } from './revision.js';
export {
  ClientRegistry,
  clientStatePath,
  consensusStatePath,
  decodeClientState,
  decodeConsensusState,
  encodeClientState,
  encodeConsensusState,
  TENDERMINT_CLIENT_PREFIX,
} from './client-registry.js';
export type {
  ClientChange,
  ClientView,
  MembershipArgs,
  NonMembershipArgs,
  RegistryStore,
} from './client-registry.js';
export type { HostedTendermintClientState, NewTendermintClient } from './clients/tendermint.js';
export { createTendermintClientMsg } from './clients/tendermint.js';
export { ATTESTATION_CLIENT_PREFIX } from './clients/attestation.js';
export {
  decodeAttestationClientState,
  decodeAttestationConsensusState,
  encodeAttestationClientState,
  encodeAttestationConsensusState,
} from './clients/attestation-state.js';
export type { AttestationConsensusState } from './clients/attestation-state.js';
export { EVM_CLIENT_PREFIX, EVM_CLIENT_TYPE, PROOF_KIND_EIP1186 } from './clients/evm.js';
export {
  decodeEvmAccountProof,
  decodeEvmClientState,
  decodeEvmConsensusState,
  encodeEvmAccountProof,
  encodeEvmClientState,
  encodeEvmConsensusState,
} from './clients/evm-state.js';
export type { HostedEvmClientState } from './clients/evm-state.js';
export {
  ackCommitment,
  ackPath,
  channelPath,
  commitmentPath,
  decodeChannelEnd,
  decodeU64,
  encodeU64,
  nextSequenceRecvPath,
  packetCommitment,
  packetModule,
  PacketErrorCode,
  receiptPath,
  recordPath,
  RECORDS_APP,
  recordsApp,
  sentRecordPath,
} from './packets/index.js';
export type { AppContext, ChannelEnd, Packet, PacketApp, PacketModuleOptions } from './packets/index.js';
export {
  checkNotarizeInput,
  decodeNotaryRecord,
  encodeNotaryRecord,
  NOTARY_HASH_ALGORITHM,
  NOTARY_HASH_LENGTH,
  NOTARY_LABEL_MAX_BYTES,
  NOTARY_RECORD_VERSION,
  NotaryErrorCode,
  notaryModule,
  notaryPath,
} from './notary/index.js';
export type { NotarizeInput, NotaryRecord } from './notary/index.js';
