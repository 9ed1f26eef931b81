/** Public surface of the provable store: versioned key/value state with ICS-23 proofs. */
import { tendermintSpec, type ProofSpec } from '../../light-clients/ics23/index.js';

export { ProvableStore } from './provable-store.js';
export type { ProvableStoreOptions, StoreChange, StoreCommit, StoreProof } from './provable-store.js';
export { chainedProofBytes } from './proof.js';
export { EMPTY_ROOT } from './tree.js';

/** The spec the store's proofs verify under: CometBFT's simple Merkle tree. */
export const storeProofSpec: ProofSpec = tendermintSpec;
