/**
 * ICS-07 state verification: a value, or its absence, at a key path in the
 * counterparty's state, proven against the app hash of a consensus state
 * this client stores (ibc-go `07-tendermint` `VerifyMembership` /
 * `VerifyNonMembership`). The app hash of block h is in the header of h+1,
 * so the proof height is the height of that header.
 *
 * The client must be active (not frozen, not expired at `now`), and a
 * consensus state must exist at the proof height. Proofs are the bytes of a
 * chained ICS-23 proof (ibc-go `MerkleProof`), checked with the specs the
 * client was created with: the Cosmos SDK's [IAVL, Tendermint] by default,
 * or one spec for a chain with a single store.
 */
import { sdkSpecs, verifyMerkleProof, type ProofSpec } from '../ics23/index.js';
import { assertActive, type ClientState, type ConsensusStateLookup } from './client.js';
import { TendermintErrorCode, fail } from './errors.js';

export interface StateProof {
  readonly client: ClientState;
  readonly consensusStates: ConsensusStateLookup;
  /** Height of the consensus state whose root the proof is checked against. */
  readonly proofHeight: bigint;
  /** Bytes of a chained ICS-23 proof, innermost store first. */
  readonly proof: Uint8Array;
  /** The key path, outermost store first (e.g. [`ibc`, `commitments/…`]). */
  readonly path: readonly Uint8Array[];
  /** Specs of the stores, innermost first; default the SDK's [IAVL, Tendermint]. */
  readonly specs?: readonly ProofSpec[];
  readonly now: bigint;
}

function rootAt(p: StateProof): Uint8Array {
  assertActive(p.client, p.consensusStates, p.now);
  const consensus = p.consensusStates(p.proofHeight);
  if (!consensus) {
    throw fail(TendermintErrorCode.ConsensusStateNotFound, `no consensus state at height ${p.proofHeight}`, {
      chainId: p.client.chainId,
      proofHeight: p.proofHeight,
    });
  }
  return consensus.root;
}

/** `value` is stored at `path` in the state committed at the proof height. */
export function verifyMembership(p: StateProof, value: Uint8Array): void {
  verifyMerkleProof(rootAt(p), p.proof, p.path, value, p.specs ?? sdkSpecs);
}

/** Nothing is stored at `path` in the state committed at the proof height. */
export function verifyNonMembership(p: StateProof): void {
  verifyMerkleProof(rootAt(p), p.proof, p.path, undefined, p.specs ?? sdkSpecs);
}
