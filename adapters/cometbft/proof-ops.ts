/**
 * From an `abci_query` proof (CometBFT `crypto.ProofOps`) to the proof
 * Isthmus carries: the bytes of a chained ICS-23 proof
 * (`cosmos.ics23.v1.ChainedProof`, the wire shape of ibc-go's `MerkleProof`).
 *
 * The Cosmos SDK answers a proven store query with one op per store, the
 * module's store first (type `ics23:iavl`, key = the queried key), then the
 * multi-store (`ics23:simple`, key = the store name); each op's data is a
 * `CommitmentProof` (store/rootmulti/proof.go, store/types/proof.go). That
 * is ibc-go's order, innermost first, so the ops' data become the chained
 * proof's entries unchanged (bytes kept as served, never re-encoded). Other
 * op types (the pre-ICS-23 `iavl:v`, `simple:v`, `multistore`, or an app's
 * own) are refused with PROOF_OPS_UNSUPPORTED naming them.
 */
import { Writer } from 'protobufjs';
import { decodeCommitmentProof } from '../../light-clients/ics23/index.js';
import { CometBftErrorCode, cometError, malformedAnswer } from './errors.js';

/** One `crypto.ProofOp`. */
export interface ProofOp {
  readonly type: string;
  readonly key: Uint8Array;
  readonly data: Uint8Array;
}

/** Op types whose data is an ICS-23 `CommitmentProof` (Cosmos SDK store/types/proof.go). */
export const ICS23_PROOF_OP_TYPES: readonly string[] = ['ics23:iavl', 'ics23:simple', 'ics23:smt'];

export interface ChainedProof {
  /** Bytes of a `cosmos.ics23.v1.ChainedProof`, innermost store first. */
  readonly bytes: Uint8Array;
  /** The key path the proof is for, outermost store first (e.g. [`ibc`, key]). */
  readonly keyPath: readonly Uint8Array[];
}

export function chainedProofOf(ops: readonly ProofOp[]): ChainedProof {
  if (ops.length === 0)
    throw cometError(
      CometBftErrorCode.ProofOpsUnsupported,
      'failed_precondition',
      'abci_query returned no proof ops (the application did not prove the query)',
    );
  const foreign = ops.filter((op) => !ICS23_PROOF_OP_TYPES.includes(op.type)).map((op) => op.type);
  if (foreign.length > 0)
    throw cometError(
      CometBftErrorCode.ProofOpsUnsupported,
      'failed_precondition',
      `proof op types ${JSON.stringify(foreign)} are not ICS-23 (expected ${ICS23_PROOF_OP_TYPES.join(', ')})`,
      { types: ops.map((op) => op.type) },
    );
  const writer = Writer.create();
  ops.forEach((op, i) => {
    try {
      decodeCommitmentProof(op.data);
    } catch (cause) {
      throw malformedAnswer('abci_query', `proof_ops.ops[${i}].data`, 'not an ICS-23 CommitmentProof', cause);
    }
    // ChainedProof field 1 (`proofs`), length-delimited.
    writer.uint32(10).bytes(op.data);
  });
  return { bytes: writer.finish(), keyPath: ops.map((op) => op.key).reverse() };
}
