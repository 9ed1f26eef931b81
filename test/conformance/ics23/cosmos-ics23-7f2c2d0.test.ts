/**
 * Conformance: cosmos/ics23 `testdata/` at commit 7f2c2d0 (2025-07-29),
 * read in place from `<fixtures>/ics23` (see its README).
 *
 * - The proof vectors (iavl/, tendermint/, smt/): each verifies under its
 *   own spec, fails under the other two, and fails with any byte of its
 *   root, key or value changed (a changed absent key still passes exactly
 *   when the neighbours bracket it: that is a true absence).
 * - The Test*Data tables, run as the origin's Go harness runs them
 *   (`go/ops_test.go`, `go/proof_test.go`): each named case gives its
 *   expected hash or verdict. Where the origin compares Go error strings,
 *   we compare our error code for the rule that string names.
 */
import { describe, expect, it } from '@jest/globals';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  calculateExistenceRoot,
  calculateNonExistenceRoot,
  verifyMembership,
  verifyNonMembership,
  type CommitmentProof,
  type ProofSpec,
} from '../../../light-clients/ics23/index.js';
import { doHash } from '../../../light-clients/ics23/hash-ops.js';
import { leftBranchesAreEmpty, rightBranchesAreEmpty } from '../../../light-clients/ics23/neighbours.js';
import { applyInner, applyLeaf } from '../../../light-clients/ics23/ops.js';
import { checkExistenceProof, checkInnerOp, checkLeafOp } from '../../../light-clients/ics23/spec-check.js';
import { VerificationError } from '../../../light-clients/index.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import {
  b64,
  entries,
  existenceProof,
  field,
  innerOp,
  leafOnlySpec,
  leafOp,
  proofSpec,
  readTable,
  type GoJson,
} from './go-json.js';
import { loadVector, specsByTree, trees, vectorFiles, type Tree, type Vector } from './vectors.js';

const specs: Readonly<Record<string, ProofSpec>> = specsByTree;

/** The verdict of verifying `v` (presence with a value, absence without): 'OK' or the error code. */
function verdict(spec: ProofSpec, v: Omit<Vector, 'bytes'>): string {
  try {
    if (v.value.length > 0) verifyMembership(spec, v.root, v.proof, v.key, v.value);
    else verifyNonMembership(spec, v.root, v.proof, v.key);
    return 'OK';
  } catch (err) {
    if (err instanceof VerificationError) return err.code;
    throw err;
  }
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof VerificationError) return err.code;
    throw err;
  }
  return 'OK';
}

function withByteFlipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[at] = (copy[at] as number) ^ 0x01;
  return copy;
}

/** Unsigned lexicographic order, written here apart from the library's. */
function before(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(Buffer.from(a), Buffer.from(b)) < 0;
}

/** Whether the absence proof's neighbours bracket `key` in the tree's key order (SMT orders by sha256(key)). */
function bracketed(tree: string, proof: CommitmentProof, key: Uint8Array): boolean {
  if (proof.kind !== 'nonexist') throw new Error('not an absence proof');
  const order = (k: Uint8Array): Uint8Array => (tree === 'smt' ? sha256(k) : k);
  const { left, right } = proof.proof;
  return (
    (left === undefined || before(order(left.key), order(key))) &&
    (right === undefined || before(order(key), order(right.key)))
  );
}

/** The error code for each rule the origin's TestCheckAgainstSpecData names by its Go error string. */
const goErrorCodes: ReadonlyArray<[RegExp, string]> = [
  [/^existence Proof needs defined LeafOp$/, 'PROOF_MALFORMED'],
  [/^innerOps depth too short/, 'MIN_DEPTH_NOT_MET'],
  [/^innerOps depth too long/, 'MAX_DEPTH_EXCEEDED'],
  [/^(leaf|inner), unexpected (HashOp|PrehashKey|PrehashValue|LengthOp)/, 'SPEC_MISMATCH'],
  [/^inner, IAVL height/, 'INNER_PREFIX_INVALID'],
];

function codeForGoError(message: string): string {
  const found = goErrorCodes.find(([pattern]) => pattern.test(message));
  if (found === undefined) throw new Error(`no code mapped for the origin's error "${message}"`);
  return found[1];
}

describeWithFixtures('ics23', 'conformance: cosmos/ics23 testdata @ 7f2c2d0', (dir) => {
  describe.each(trees.map((t) => [t]))('vectors: %s', (tree: Tree) => {
    const spec = specs[tree] as ProofSpec;
    const others = Object.entries(specs).filter(([name]) => name !== tree);

    describe.each(vectorFiles.map((f) => [f]))('%s', (file) => {
      const v = loadVector(dir, tree, file);
      const absence = v.value.length === 0;

      it(`conformance: verifies under the ${tree} spec`, () => {
        expect(verdict(spec, v)).toBe('OK');
      });

      it('conformance: the proof calculates the root (origin: Calculate)', () => {
        const calculated =
          v.proof.kind === 'exist'
            ? calculateExistenceRoot(v.proof.proof)
            : v.proof.kind === 'nonexist'
              ? calculateNonExistenceRoot(v.proof.proof)
              : new Uint8Array(0);
        expect(bytesToHex(calculated)).toBe(bytesToHex(v.root));
      });

      it.each(others)('conformance: fails under the %s spec', (_name, other) => {
        expect(verdict(other, v)).not.toBe('OK');
      });

      it('conformance: fails with any byte of the root changed', () => {
        const codes = [...v.root].map((_, i) => verdict(spec, { ...v, root: withByteFlipped(v.root, i) }));
        expect(new Set(codes)).toEqual(new Set(['PROOF_INVALID']));
      });

      if (absence) {
        it('conformance: a changed key passes exactly when the neighbours still bracket it', () => {
          for (let i = 0; i < v.key.length; i++) {
            const key = withByteFlipped(v.key, i);
            const code = verdict(spec, { ...v, key });
            if (bracketed(tree, v.proof, key)) expect(code).toBe('OK');
            else expect(code).toBe('KEY_NOT_IN_RANGE');
          }
        });

        it('conformance: an absence proof proves no membership', () => {
          expect(verdict(spec, { ...v, value: utf8ToBytes('any value') })).toBe('PROOF_TYPE_MISMATCH');
        });
      } else {
        it('conformance: fails with any byte of the key changed', () => {
          const codes = [...v.key].map((_, i) => verdict(spec, { ...v, key: withByteFlipped(v.key, i) }));
          expect(new Set(codes)).toEqual(new Set(['KEY_MISMATCH']));
        });

        it('conformance: fails with any byte of the value changed', () => {
          const codes = [...v.value].map((_, i) =>
            verdict(spec, { ...v, value: withByteFlipped(v.value, i) }),
          );
          expect(new Set(codes)).toEqual(new Set(['VALUE_MISMATCH']));
        });

        it('conformance: an existence proof proves no absence', () => {
          expect(verdict(spec, { ...v, value: new Uint8Array(0) })).toBe('PROOF_TYPE_MISMATCH');
        });
      }
    });
  });

  describe('TestDoHashData', () => {
    it.each(entries(readTable(dir, 'TestDoHashData.json')))('conformance: %s', (_name, c) => {
      const hashOp = field(c, 'HashOp') as Parameters<typeof doHash>[0];
      const preimage = utf8ToBytes(String(field(c, 'Preimage')));
      expect(bytesToHex(doHash(hashOp, preimage))).toBe(field(c, 'ExpectedHash'));
    });
  });

  describe('TestLeafOpData', () => {
    it.each(entries(readTable(dir, 'TestLeafOpData.json')))('conformance: %s', (_name, c) => {
      const [key, value] = [b64(c, 'Key'), b64(c, 'Value')];
      const apply = (): Uint8Array => applyLeaf(leafOp(field(c, 'Op') as GoJson), key, value);
      if (field(c, 'IsErr') === true) {
        expect(codeOf(apply)).toBe(key.length === 0 ? 'KEY_EMPTY' : 'VALUE_EMPTY');
      } else {
        expect(bytesToHex(apply())).toBe(bytesToHex(b64(c, 'Expected')));
      }
    });
  });

  describe('TestInnerOpData', () => {
    it.each(entries(readTable(dir, 'TestInnerOpData.json')))('conformance: %s', (_name, c) => {
      const apply = (): Uint8Array => applyInner(innerOp(field(c, 'Op') as GoJson), b64(c, 'Child'));
      if (field(c, 'IsErr') === true) expect(codeOf(apply)).toBe('PROOF_MALFORMED');
      else expect(bytesToHex(apply())).toBe(bytesToHex(b64(c, 'Expected')));
    });
  });

  describe('TestExistenceProofData', () => {
    it.each(entries(readTable(dir, 'TestExistenceProofData.json')))('conformance: %s', (_name, c) => {
      const calculate = (): Uint8Array => calculateExistenceRoot(existenceProof(field(c, 'Proof') as GoJson));
      if (field(c, 'IsErr') === true) expect(codeOf(calculate)).toBe('PROOF_MALFORMED');
      else expect(bytesToHex(calculate())).toBe(bytesToHex(b64(c, 'Expected')));
    });
  });

  describe('TestCheckLeafData', () => {
    it.each(entries(readTable(dir, 'TestCheckLeafData.json')))('conformance: %s', (_name, c) => {
      const code = codeOf(() =>
        checkLeafOp(leafOp(field(c, 'Leaf') as GoJson), leafOnlySpec(field(c, 'Spec') as GoJson)),
      );
      if (field(c, 'IsErr') === true) expect(['SPEC_MISMATCH', 'LEAF_PREFIX_INVALID']).toContain(code);
      else expect(code).toBe('OK');
    });
  });

  describe('TestCheckAgainstSpecData', () => {
    it.each(entries(readTable(dir, 'TestCheckAgainstSpecData.json')))('conformance: %s', (_name, c) => {
      const goError = String(field(c, 'Err') ?? '');
      const code = codeOf(() =>
        checkExistenceProof(
          existenceProof(field(c, 'Proof') as GoJson),
          proofSpec(field(c, 'Spec') as GoJson),
        ),
      );
      expect(code).toBe(goError === '' ? 'OK' : codeForGoError(goError));
    });
  });

  describe('TestEmptyBranchData', () => {
    const cases = readTable(dir, 'TestEmptyBranchData.json') as GoJson[];
    it.each(cases.map((c, i) => [i, c] as const))('conformance: case %i', (_i, c) => {
      const op = innerOp(field(c, 'Op') as GoJson);
      const spec = proofSpec(field(c, 'Spec') as GoJson);
      expect(codeOf(() => checkInnerOp(op, spec, 1))).toBe('OK');
      expect(leftBranchesAreEmpty(spec.innerSpec, op)).toBe(field(c, 'IsLeft'));
      expect(rightBranchesAreEmpty(spec.innerSpec, op)).toBe(field(c, 'IsRight'));
    });
  });
});
