/**
 * Encodes proofs to protobuf bytes with the generated code, for tests that
 * start from bytes: batches, compressed batches and chained proofs built
 * from single proofs.
 */
import { cosmos } from '../../../proto/gen/ics23.js';
import type {
  CommitmentProof,
  ExistenceProof,
  InnerOp,
  ProofEntry,
} from '../../../light-clients/ics23/index.js';

import wire = cosmos.ics23.v1;

function existenceMessage(p: ExistenceProof): wire.ExistenceProof.$Properties {
  return { key: p.key, value: p.value, leaf: p.leaf ?? null, path: [...p.path] };
}

function optional(p: ExistenceProof | undefined): wire.ExistenceProof.$Properties | null {
  return p === undefined ? null : existenceMessage(p);
}

function entryMessage(entry: ProofEntry): wire.BatchEntry.$Properties {
  return entry.kind === 'exist'
    ? { exist: existenceMessage(entry.proof) }
    : {
        nonexist: {
          key: entry.proof.key,
          left: optional(entry.proof.left),
          right: optional(entry.proof.right),
        },
      };
}

function proofMessage(proof: CommitmentProof): wire.CommitmentProof.$Properties {
  return proof.kind === 'batch'
    ? { batch: { entries: proof.entries.map(entryMessage) } }
    : entryMessage(proof);
}

export function encodeProof(proof: CommitmentProof): Uint8Array {
  return wire.CommitmentProof.encode(proofMessage(proof)).finish();
}

export function encodeChained(proofs: readonly CommitmentProof[]): Uint8Array {
  return wire.ChainedProof.encode({ proofs: proofs.map(proofMessage) }).finish();
}

/** A batch in compressed form: each distinct inner op stored once and referred to by index. */
export function encodeCompressed(entries: readonly ProofEntry[]): Uint8Array {
  const lookup: InnerOp[] = [];
  const index = new Map<string, number>();
  const refer = (op: InnerOp): number => {
    const id = Buffer.from(wire.InnerOp.encode(op).finish()).toString('hex');
    let at = index.get(id);
    if (at === undefined) {
      at = lookup.length;
      lookup.push(op);
      index.set(id, at);
    }
    return at;
  };
  const compress = (p: ExistenceProof | undefined): wire.CompressedExistenceProof.$Properties | null =>
    p === undefined ? null : { key: p.key, value: p.value, leaf: p.leaf ?? null, path: p.path.map(refer) };
  const compressed = entries.map((e): wire.CompressedBatchEntry.$Properties =>
    e.kind === 'exist'
      ? { exist: compress(e.proof) }
      : { nonexist: { key: e.proof.key, left: compress(e.proof.left), right: compress(e.proof.right) } },
  );
  return wire.CommitmentProof.encode({ compressed: { entries: compressed, lookupInners: lookup } }).finish();
}
