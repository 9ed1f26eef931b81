/**
 * Properties (fast-check) over the cosmos/ics23 vectors: a random change to
 * a valid proof's bytes, or to the key, value or root it is checked with,
 * is rejected — and only ever with a VerificationError.
 *
 * One exception is real and allowed for: a change that leaves the proof
 * meaning the same (e.g. in an absence proof's informative `key` field, or
 * into a field the decoder skips) may still verify; then its decoded form
 * must equal the original's in everything verification reads.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  decodeCommitmentProof,
  verifyMembership,
  verifyNonMembership,
  type CommitmentProof,
  type ProofEntry,
} from '../../../light-clients/ics23/index.js';
import { VerificationError } from '../../../light-clients/index.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import { loadVector, specsByTree, trees, vectorFiles, type Vector } from '../../conformance/ics23/vectors.js';
import { codeOf } from './codes.js';

const RUNS = 150;

/** What verification reads of a proof: everything but an absence proof's informative key. */
function meaning(proof: CommitmentProof): unknown {
  const entry = (e: ProofEntry): unknown =>
    e.kind === 'exist' ? e : { kind: e.kind, left: e.proof.left, right: e.proof.right };
  return proof.kind === 'batch' ? proof.entries.map(entry) : entry(proof);
}

function check(
  tree: keyof typeof specsByTree,
  v: Vector,
  proof: CommitmentProof,
  key: Uint8Array,
  value: Uint8Array,
  root: Uint8Array,
): string {
  const spec = specsByTree[tree];
  return codeOf(() =>
    v.value.length > 0
      ? verifyMembership(spec, root, proof, key, value)
      : verifyNonMembership(spec, root, proof, key),
  );
}

/** `bytes` with the bytes at the given positions xor-ed by non-zero masks. */
function mutate(bytes: Uint8Array, edits: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const out = Uint8Array.from(bytes);
  for (const [at, mask] of edits) out[at % out.length] = (out[at % out.length] as number) ^ mask;
  return out;
}

const equal = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;

/** The decoded proof, or undefined when decoding refused the bytes (with a VerificationError only). */
function decoded(bytes: Uint8Array): CommitmentProof | undefined {
  try {
    return decodeCommitmentProof(bytes);
  } catch (err) {
    if (err instanceof VerificationError) return undefined;
    throw err;
  }
}

const edits = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 });

describeWithFixtures('ics23', 'ics23 properties', (dir) => {
  describe.each(trees.flatMap((t) => vectorFiles.map((f) => [t, f] as const)))('%s/%s', (tree, file) => {
    const v = loadVector(dir, tree, file);

    it('behavior: mutated proof bytes are rejected with a VerificationError, or mean the same proof', () => {
      fc.assert(
        fc.property(edits, (e) => {
          const proof = decoded(mutate(v.bytes, e));
          if (proof === undefined) return;
          const code = check(tree, v, proof, v.key, v.value, v.root);
          if (code === 'OK') expect(meaning(proof)).toEqual(meaning(v.proof));
        }),
        { numRuns: RUNS },
      );
    });

    it('behavior: a mutated root is rejected as PROOF_INVALID (or ROOT_INVALID if it became zero)', () => {
      fc.assert(
        fc.property(edits, (e) => {
          const root = mutate(v.root, e);
          if (equal(root, v.root)) return;
          expect(['PROOF_INVALID', 'ROOT_INVALID']).toContain(check(tree, v, v.proof, v.key, v.value, root));
        }),
        { numRuns: RUNS },
      );
    });

    if (v.value.length > 0) {
      it('behavior: a mutated, shortened or lengthened key or value is rejected', () => {
        const changed = fc.oneof(
          edits.map((e) => (b: Uint8Array) => mutate(b, e)),
          fc.nat().map((n) => (b: Uint8Array) => b.subarray(0, n % b.length)),
          fc
            .uint8Array({ minLength: 1, maxLength: 4 })
            .map((x) => (b: Uint8Array) => Uint8Array.of(...b, ...x)),
        );
        fc.assert(
          fc.property(changed, fc.boolean(), (change, onKey) => {
            const key = onKey ? change(v.key) : v.key;
            const value = onKey ? v.value : change(v.value);
            if (equal(key, v.key) && equal(value, v.value)) return;
            expect(check(tree, v, v.proof, key, value, v.root)).toBe(
              onKey ? 'KEY_MISMATCH' : 'VALUE_MISMATCH',
            );
          }),
          { numRuns: RUNS },
        );
      });
    }
  });
});
