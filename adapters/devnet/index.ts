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
} from './client-registry.js';
