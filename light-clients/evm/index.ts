/** Public surface of the EVM light client: headers, seals and Merkle-Patricia proofs. Pure; no I/O. */
export { evmErrorCodes } from './errors.js';
export type { EvmErrorCode } from './errors.js';
export {
  decodeHeader,
  encodeHeader,
  headerFromRpc,
  headerHash,
  headerFields,
  rpcBlockHash,
} from './header.js';
export type { EvmHeader, RpcBlock } from './header.js';
export { recoverSigner } from './ecrecover.js';
export type { Address } from './ecrecover.js';
export { decodeBftExtraData, encodeBftExtraData } from './extra-data.js';
export type { BftExtraData, BftExtraDataForm, BftFlavour, BftVote } from './extra-data.js';
export { bftBlockHash, bftQuorum, bftSealDigest, verifyBftSeals } from './bft.js';
export type { BftSealCheck } from './bft.js';
export { cliqueSealHash, cliqueSignerLimit, recoverCliqueSeal, verifyCliqueSeal } from './clique.js';
export type { CliqueRecent, CliqueSealCheck } from './clique.js';
export { applyCliqueHeader } from './clique-snapshot.js';
export type { CliqueSnapshot, CliqueVote } from './clique-snapshot.js';
export { EMPTY_TRIE_ROOT, lookupMptProof } from './mpt.js';
export type { MptLookup } from './mpt.js';
export {
  EMPTY_ACCOUNT,
  EMPTY_CODE_HASH,
  slotKey,
  verifyAccountProof,
  verifyGetProof,
  verifyStorageProof,
} from './account-proof.js';
export type { AccountProof, EvmAccount, StorageProof } from './account-proof.js';
export { decodeReceipt, encodeReceipt, receiptKey, verifyReceiptProof } from './receipt.js';
export type { EvmLog, EvmReceipt } from './receipt.js';
export { accountProofFromRpc, logFromRpc, receiptFromRpc } from './rpc.js';
export {
  assertClientUsable,
  blockHash,
  checkMisbehaviour,
  headerTimeNs,
  verifyHeader,
  verifyHeaderLink,
} from './client.js';
export type {
  AttestedSealVerifier,
  EvmClientState,
  EvmConsensusKind,
  EvmConsensusState,
  EvmHeaderUpdate,
  EvmMisbehaviour,
  EvmVerifyOptions,
} from './client.js';
export { attestedSealVerifier, headerAttestationDigest } from './attested.js';
export type { HeaderAttestationFields } from './attested.js';
export { PROVABLE_MAPPING_SLOT, provableSlot } from './provable-slot.js';
export { verifyMembership } from './membership.js';
export type { EvmMembership } from './membership.js';
export {
  initializeLightClientStore,
  mainnetBeaconConfig,
  processLightClientUpdate,
  validateLightClientUpdate,
} from './beacon/sync-protocol.js';
export type {
  BeaconChainConfig,
  LightClientBootstrap,
  LightClientHeader,
  LightClientStore,
  LightClientUpdate,
  SyncAggregate,
} from './beacon/sync-protocol.js';
export { beaconBlockHeaderRoot, executionPayloadHeaderRoot, syncCommitteeRoot } from './beacon/containers.js';
export type { BeaconBlockHeader, ExecutionPayloadHeader, SyncCommittee } from './beacon/containers.js';
export {
  lightClientBootstrapFromJson,
  lightClientHeaderFromJson,
  lightClientUpdateFromJson,
} from './beacon/beacon-json.js';
