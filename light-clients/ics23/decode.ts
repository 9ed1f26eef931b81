/**
 * From protobuf bytes to proofs the verifier can trust the shape of:
 * `CommitmentProof` (exist, nonexist, batch, compressed batch — decompressed
 * here) and `ChainedProof` (ibc-go's `MerkleProof`), through the protobufjs
 * code generated from `proto/cosmos/ics23/v1/proofs.proto`.
 *
 * Every failure is a VerificationError: PROOF_MALFORMED for bytes that are
 * not such a message (garbage, truncation, unknown enum values, compressed
 * indices out of range), PROOF_EMPTY for a message that holds no proof.
 */
import { cosmos } from '../../proto/gen/ics23.js';
import { ics23Error } from './failure.js';
import {
  isHashOp,
  isLengthOp,
  type CommitmentProof,
  type ExistenceProof,
  type HashOp,
  type InnerOp,
  type LeafOp,
  type LengthOp,
  type NonExistenceProof,
  type ProofEntry,
} from './types.js';

import wire = cosmos.ics23.v1;

const EMPTY = new Uint8Array(0);

function bytes(value: Uint8Array | null | undefined): Uint8Array {
  return value ?? EMPTY;
}

function hashOp(value: number | null | undefined, field: string): HashOp {
  const v = value ?? 0;
  if (!isHashOp(v))
    throw ics23Error('PROOF_MALFORMED', `${field} is not a known hash op: ${v}`, { field, value: v });
  return v;
}

function lengthOp(value: number | null | undefined): LengthOp {
  const v = value ?? 0;
  if (!isLengthOp(v))
    throw ics23Error('PROOF_MALFORMED', `leaf length is not a known length op: ${v}`, {
      field: 'length',
      value: v,
    });
  return v;
}

function leafOp(op: wire.LeafOp.$Properties | null | undefined): LeafOp | undefined {
  if (op === null || op === undefined) return undefined;
  return {
    hash: hashOp(op.hash, 'leaf hash'),
    prehashKey: hashOp(op.prehashKey, 'leaf prehash_key'),
    prehashValue: hashOp(op.prehashValue, 'leaf prehash_value'),
    length: lengthOp(op.length),
    prefix: bytes(op.prefix),
  };
}

function innerOp(op: wire.InnerOp.$Properties): InnerOp {
  return { hash: hashOp(op.hash, 'inner hash'), prefix: bytes(op.prefix), suffix: bytes(op.suffix) };
}

function existence(proof: wire.ExistenceProof.$Properties): ExistenceProof {
  return {
    key: bytes(proof.key),
    value: bytes(proof.value),
    leaf: leafOp(proof.leaf),
    path: (proof.path ?? []).map(innerOp),
  };
}

function optionalExistence(
  proof: wire.ExistenceProof.$Properties | null | undefined,
): ExistenceProof | undefined {
  return proof === null || proof === undefined ? undefined : existence(proof);
}

function nonExistence(proof: wire.NonExistenceProof.$Properties): NonExistenceProof {
  return {
    key: bytes(proof.key),
    left: optionalExistence(proof.left),
    right: optionalExistence(proof.right),
  };
}

function compressedExistence(
  proof: wire.CompressedExistenceProof.$Properties,
  lookup: readonly InnerOp[],
): ExistenceProof {
  return {
    key: bytes(proof.key),
    value: bytes(proof.value),
    leaf: leafOp(proof.leaf),
    path: (proof.path ?? []).map((index) => {
      const op = lookup[index];
      if (op === undefined)
        throw ics23Error('PROOF_MALFORMED', `compressed path index ${index} is outside the lookup table`, {
          index,
          lookupSize: lookup.length,
        });
      return op;
    }),
  };
}

function optionalCompressedExistence(
  proof: wire.CompressedExistenceProof.$Properties | null | undefined,
  lookup: readonly InnerOp[],
): ExistenceProof | undefined {
  return proof === null || proof === undefined ? undefined : compressedExistence(proof, lookup);
}

function batchEntry(entry: wire.BatchEntry.$Properties, index: number): ProofEntry {
  if (entry.proof === 'exist' && entry.exist) return { kind: 'exist', proof: existence(entry.exist) };
  if (entry.proof === 'nonexist' && entry.nonexist)
    return { kind: 'nonexist', proof: nonExistence(entry.nonexist) };
  throw ics23Error('PROOF_MALFORMED', `batch entry ${index} holds no proof`, { index });
}

/** A compressed batch, its inner ops looked up by index: the batch it stands for. */
function decompress(batch: wire.CompressedBatchProof.$Properties): ProofEntry[] {
  const lookup = (batch.lookupInners ?? []).map(innerOp);
  return (batch.entries ?? []).map((entry, index): ProofEntry => {
    if (entry.proof === 'exist' && entry.exist)
      return { kind: 'exist', proof: compressedExistence(entry.exist, lookup) };
    if (entry.proof === 'nonexist' && entry.nonexist) {
      const n = entry.nonexist;
      return {
        kind: 'nonexist',
        proof: {
          key: bytes(n.key),
          left: optionalCompressedExistence(n.left, lookup),
          right: optionalCompressedExistence(n.right, lookup),
        },
      };
    }
    throw ics23Error('PROOF_MALFORMED', `compressed batch entry ${index} holds no proof`, { index });
  });
}

function commitment(message: wire.CommitmentProof.$Properties, index?: number): CommitmentProof {
  const at = index === undefined ? {} : { index };
  const { proof, exist, nonexist, batch, compressed } = message;
  if (proof === 'exist' && exist) return { kind: 'exist', proof: existence(exist) };
  if (proof === 'nonexist' && nonexist) return { kind: 'nonexist', proof: nonExistence(nonexist) };
  const entries =
    proof === 'batch' && batch
      ? (batch.entries ?? []).map(batchEntry)
      : proof === 'compressed' && compressed
        ? decompress(compressed)
        : [];
  if (entries.length === 0) throw ics23Error('PROOF_EMPTY', 'the commitment proof holds no proof', at);
  return { kind: 'batch', entries };
}

/** Runs the generated decoder; any failure of it means the bytes are not that message. */
function parse<T>(decode: (bytes: Uint8Array) => T, bytes: Uint8Array, what: string): T {
  try {
    return decode(bytes);
  } catch (cause) {
    throw ics23Error('PROOF_MALFORMED', `the bytes are not a ${what}`, { length: bytes.length }, cause);
  }
}

/** Decodes a protobuf `cosmos.ics23.v1.CommitmentProof`; a compressed batch comes back decompressed. */
export function decodeCommitmentProof(bytes: Uint8Array): CommitmentProof {
  if (bytes.length === 0) throw ics23Error('PROOF_EMPTY', 'the proof is empty');
  return commitment(parse((b) => wire.CommitmentProof.decode(b), bytes, 'CommitmentProof'));
}

/**
 * Decodes a protobuf `cosmos.ics23.v1.ChainedProof` (the bytes of an ibc-go
 * `MerkleProof`): its proofs, innermost store first.
 */
export function decodeChainedProof(bytes: Uint8Array): CommitmentProof[] {
  const message = parse((b) => wire.ChainedProof.decode(b), bytes, 'ChainedProof');
  const proofs = message.proofs.map((p, i) => commitment(p, i));
  if (proofs.length === 0) throw ics23Error('PROOF_EMPTY', 'the chained proof holds no proof');
  return proofs;
}
