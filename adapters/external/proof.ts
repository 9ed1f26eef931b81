/**
 * The `Proof` an agency ledger serves: kind "ics23", bytes of a
 * `cosmos.ics23.v1.ChainedProof` (ibc-go's `MerkleProof`) holding the one
 * store's `CommitmentProof`, verified under `tendermintSpec` (CometBFT's
 * simple Merkle tree) against the state root attested at `height`:
 *
 *   verifyMerkleProof(attestedRoot, proof.bytes, [utf8(path)], value, [tendermintSpec])
 *
 * The chained form is what every Isthmus membership check takes, so a
 * client verifies an agency proof with the same call as a Cosmos one.
 */
import { v1 } from '../../proto/index.js';
import { chainedProofBytes } from '../store/index.js';
import { wireHeight } from './heights.js';

export const PROOF_KIND = 'ics23';

export function ledgerProof(commitmentProof: Uint8Array, height: bigint): v1.Proof {
  return v1.Proof.create({
    kind: PROOF_KIND,
    bytes: chainedProofBytes(commitmentProof),
    height: wireHeight(height),
  });
}
