/** Decoding CommitmentProof and ChainedProof bytes: every proof kind, and typed errors for bad bytes. */
import { describe, expect, it } from '@jest/globals';
import { cosmos } from '../../../proto/gen/ics23.js';
import {
  decodeChainedProof,
  decodeCommitmentProof,
  verifyMembership,
  verifyNonMembership,
  type ProofEntry,
} from '../../../light-clients/ics23/index.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import { loadVector, specsByTree, trees, vectorFiles } from '../../conformance/ics23/vectors.js';
import { codeOf } from './codes.js';
import { encodeChained, encodeCompressed, encodeProof } from './wire.js';

import wire = cosmos.ics23.v1;

describe('ics23 decode: bytes that are not a proof', () => {
  it('error: empty bytes are PROOF_EMPTY', () => {
    expect(codeOf(() => decodeCommitmentProof(new Uint8Array(0)))).toBe('PROOF_EMPTY');
  });

  it('error: a CommitmentProof with only an unknown field holds no proof (PROOF_EMPTY)', () => {
    // Field 9, varint 1: skipped by the decoder, so no proof kind is set.
    expect(codeOf(() => decodeCommitmentProof(Uint8Array.of(0x48, 0x01)))).toBe('PROOF_EMPTY');
  });

  it('error: garbage is PROOF_MALFORMED, with the decoder error as cause', () => {
    let caught: unknown;
    try {
      decodeCommitmentProof(Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01));
    } catch (err) {
      caught = err;
    }
    expect(caught).toMatchObject({ code: 'PROOF_MALFORMED', category: 'verification' });
    expect((caught as Error).cause).toBeInstanceOf(Error);
  });

  it('error: an invalid wire type is PROOF_MALFORMED', () => {
    expect(codeOf(() => decodeCommitmentProof(Uint8Array.of(0x0f, 0x00)))).toBe('PROOF_MALFORMED');
  });

  it('error: an unknown hash op is PROOF_MALFORMED', () => {
    const bytes = wire.CommitmentProof.encode({
      exist: { key: Uint8Array.of(1), value: Uint8Array.of(2), leaf: { hash: 42 as wire.HashOp } },
    }).finish();
    expect(codeOf(() => decodeCommitmentProof(bytes))).toBe('PROOF_MALFORMED');
  });

  it('error: an unknown length op is PROOF_MALFORMED', () => {
    const bytes = wire.CommitmentProof.encode({
      exist: {
        key: Uint8Array.of(1),
        value: Uint8Array.of(2),
        leaf: { hash: 1, length: 9 as wire.LengthOp },
      },
    }).finish();
    expect(codeOf(() => decodeCommitmentProof(bytes))).toBe('PROOF_MALFORMED');
  });

  it('error: a batch without entries is PROOF_EMPTY', () => {
    const bytes = wire.CommitmentProof.encode({ batch: { entries: [] } }).finish();
    expect(codeOf(() => decodeCommitmentProof(bytes))).toBe('PROOF_EMPTY');
  });

  it('error: a batch entry holding no proof is PROOF_MALFORMED', () => {
    const bytes = wire.CommitmentProof.encode({ batch: { entries: [{}] } }).finish();
    expect(codeOf(() => decodeCommitmentProof(bytes))).toBe('PROOF_MALFORMED');
  });

  it('error: a compressed path index outside the lookup table is PROOF_MALFORMED', () => {
    const bytes = wire.CommitmentProof.encode({
      compressed: {
        entries: [
          { exist: { key: Uint8Array.of(1), value: Uint8Array.of(2), leaf: { hash: 1 }, path: [0, 1] } },
        ],
        lookupInners: [{ hash: 1, prefix: Uint8Array.of(1) }],
      },
    }).finish();
    expect(codeOf(() => decodeCommitmentProof(bytes))).toBe('PROOF_MALFORMED');
  });

  it('error: a negative compressed path index is PROOF_MALFORMED', () => {
    const bytes = wire.CommitmentProof.encode({
      compressed: {
        entries: [
          { exist: { key: Uint8Array.of(1), value: Uint8Array.of(2), leaf: { hash: 1 }, path: [-1] } },
        ],
        lookupInners: [{ hash: 1, prefix: Uint8Array.of(1) }],
      },
    }).finish();
    expect(codeOf(() => decodeCommitmentProof(bytes))).toBe('PROOF_MALFORMED');
  });

  it('error: a chained proof with no proofs is PROOF_EMPTY', () => {
    expect(codeOf(() => decodeChainedProof(new Uint8Array(0)))).toBe('PROOF_EMPTY');
  });

  it('error: a chained proof with an empty CommitmentProof is PROOF_EMPTY', () => {
    expect(codeOf(() => decodeChainedProof(Uint8Array.of(0x0a, 0x00)))).toBe('PROOF_EMPTY');
  });

  it('error: a garbled chained proof is PROOF_MALFORMED', () => {
    expect(codeOf(() => decodeChainedProof(Uint8Array.of(0x0a, 0x05, 0x0a)))).toBe('PROOF_MALFORMED');
  });
});

describeWithFixtures('ics23', 'ics23 decode: fixture proofs', (dir) => {
  it.each(trees.flatMap((t) => vectorFiles.map((f) => [t, f] as const)))(
    'behavior: %s/%s decodes to its kind with its key',
    (tree, file) => {
      const v = loadVector(dir, tree, file);
      const kind = file.startsWith('exist') ? 'exist' : 'nonexist';
      expect(v.proof.kind).toBe(kind);
      if (v.proof.kind === 'exist') expect(v.proof.proof.key).toEqual(v.key);
    },
  );

  it('error: every truncation of a proof is rejected, with a VerificationError only', () => {
    const v = loadVector(dir, 'iavl', 'exist_middle');
    for (let n = 0; n < v.bytes.length; n++) {
      const code = codeOf(() =>
        verifyMembership(
          specsByTree.iavl,
          v.root,
          decodeCommitmentProof(v.bytes.subarray(0, n)),
          v.key,
          v.value,
        ),
      );
      expect(code).not.toBe('OK');
    }
  });

  const all = (tree: 'iavl' | 'tendermint' | 'smt'): ProofEntry[] =>
    vectorFiles.map((f) => loadVector(dir, tree, f).proof as ProofEntry);

  it.each(trees.map((t) => [t]))('behavior: a %s batch proves each of its keys present or absent', (tree) => {
    const spec = specsByTree[tree];
    const batch = decodeCommitmentProof(encodeProof({ kind: 'batch', entries: all(tree) }));
    expect(batch.kind).toBe('batch');
    for (const file of vectorFiles) {
      const v = loadVector(dir, tree, file);
      const check = (): void =>
        v.value.length > 0
          ? verifyMembership(spec, v.root, batch, v.key, v.value)
          : verifyNonMembership(spec, v.root, batch, v.key);
      expect(codeOf(check)).toBe('OK');
    }
  });

  it.each(trees.map((t) => [t]))(
    'behavior: a compressed %s batch decodes to the batch it stands for',
    (tree) => {
      const entries = all(tree);
      const compressed = decodeCommitmentProof(encodeCompressed(entries));
      const plain = decodeCommitmentProof(encodeProof({ kind: 'batch', entries }));
      expect(compressed).toEqual(plain);
    },
  );

  it('error: a batch with no existence proof for the key is KEY_MISMATCH', () => {
    const v = loadVector(dir, 'iavl', 'exist_left');
    const batch = decodeCommitmentProof(encodeProof({ kind: 'batch', entries: all('iavl').slice(1) }));
    expect(codeOf(() => verifyMembership(specsByTree.iavl, v.root, batch, v.key, v.value))).toBe(
      'KEY_MISMATCH',
    );
  });

  it('error: a batch with no absence proof bracketing the key is KEY_NOT_IN_RANGE', () => {
    const v = loadVector(dir, 'iavl', 'nonexist_middle');
    const batch = decodeCommitmentProof(encodeProof({ kind: 'batch', entries: all('iavl').slice(0, 3) }));
    expect(codeOf(() => verifyNonMembership(specsByTree.iavl, v.root, batch, v.key))).toBe(
      'KEY_NOT_IN_RANGE',
    );
  });

  it('behavior: a chained proof decodes to its proofs in order', () => {
    const a = loadVector(dir, 'iavl', 'exist_left');
    const b = loadVector(dir, 'tendermint', 'nonexist_right');
    expect(decodeChainedProof(encodeChained([a.proof, b.proof]))).toEqual([a.proof, b.proof]);
  });
});
