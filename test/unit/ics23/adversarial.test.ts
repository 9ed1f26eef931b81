/**
 * Proofs an attacker would send: each is refused with the code of the rule
 * that catches it.
 */
import { describe, expect, it } from '@jest/globals';
import { concatBytes } from '@noble/hashes/utils.js';
import {
  HashOp,
  decodeCommitmentProof,
  iavlSpec,
  smtSpec,
  tendermintSpec,
  verifyMembership,
  verifyNonMembership,
  type CommitmentProof,
  type ExistenceProof,
  type InnerOp,
} from '../../../light-clients/ics23/index.js';
import { checkInnerOp } from '../../../light-clients/ics23/spec-check.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import { loadVector } from '../../conformance/ics23/vectors.js';
import { codeOf } from './codes.js';
import { simpleTree, utf8 } from './simple-tree.js';

const tree = simpleTree(
  ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k) => ({ key: utf8(k), value: utf8(`value of ${k}`) })),
);
const exist = (proof: ExistenceProof): CommitmentProof => ({ kind: 'exist', proof });
const absent = (
  left: ExistenceProof | undefined,
  right: ExistenceProof | undefined,
  key = utf8('x'),
): CommitmentProof => ({
  kind: 'nonexist',
  proof: { key, left, right },
});
const withStep = (proof: ExistenceProof, at: number, step: InnerOp): ExistenceProof => ({
  ...proof,
  path: proof.path.map((s, i) => (i === at ? step : s)),
});

describe('ics23 adversarial: simple-tree proofs (TendermintSpec)', () => {
  it('behavior: the unaltered proofs verify (the baseline the attacks start from)', () => {
    tree.entries.forEach((e, i) => {
      expect(
        codeOf(() => verifyMembership(tendermintSpec, tree.root, exist(tree.proof(i)), e.key, e.value)),
      ).toBe('OK');
    });
  });

  it('error: a step with a sibling hash in both prefix and suffix is INNER_PREFIX_INVALID', () => {
    const proof = tree.proof(0);
    const step = proof.path[0] as InnerOp;
    const both = { ...step, prefix: concatBytes(step.prefix, new Uint8Array(32).fill(7)) };
    const e = tree.entries[0]!;
    expect(
      codeOf(() =>
        verifyMembership(tendermintSpec, tree.root, exist(withStep(proof, 0, both)), e.key, e.value),
      ),
    ).toBe('INNER_PREFIX_INVALID');
  });

  it('error: a step with a sibling hash in both prefix and suffix is INNER_SIBLINGS_INVALID under a binary spec without Tendermint rules', () => {
    const both: InnerOp = {
      hash: HashOp.SHA256,
      prefix: concatBytes(Uint8Array.of(1), new Uint8Array(32).fill(7)),
      suffix: new Uint8Array(32).fill(9),
    };
    expect(codeOf(() => checkInnerOp(both, smtSpec, 1))).toBe('INNER_SIBLINGS_INVALID');
  });

  it('error: a suffix of two sibling hashes in a binary tree is INNER_SIBLINGS_INVALID', () => {
    const two: InnerOp = {
      hash: HashOp.SHA256,
      prefix: Uint8Array.of(1),
      suffix: new Uint8Array(64).fill(9),
    };
    expect(codeOf(() => checkInnerOp(two, smtSpec, 1))).toBe('INNER_SIBLINGS_INVALID');
  });

  it('error: an inner prefix starting with the leaf prefix is INNER_PREFIX_INVALID', () => {
    const asLeaf: InnerOp = {
      hash: HashOp.SHA256,
      prefix: Uint8Array.of(0),
      suffix: new Uint8Array(32).fill(9),
    };
    expect(codeOf(() => checkInnerOp(asLeaf, smtSpec, 1))).toBe('INNER_PREFIX_INVALID');
    const proof = tree.proof(3);
    const step = proof.path[1] as InnerOp;
    const forged = withStep(proof, 1, { ...step, prefix: Uint8Array.of(0, ...step.prefix.subarray(1)) });
    const e = tree.entries[3]!;
    expect(codeOf(() => verifyMembership(tendermintSpec, tree.root, exist(forged), e.key, e.value))).toBe(
      'INNER_PREFIX_INVALID',
    );
  });

  it('error: a suffix that is not whole child hashes is INNER_SUFFIX_INVALID', () => {
    const odd: InnerOp = { hash: HashOp.SHA256, prefix: Uint8Array.of(1), suffix: new Uint8Array(31) };
    expect(codeOf(() => checkInnerOp(odd, smtSpec, 1))).toBe('INNER_SUFFIX_INVALID');
  });

  it('error: neighbours with a leaf between them are NEIGHBOURS_NOT_ADJACENT', () => {
    // b and d bracket "c0" but c sits between them.
    const proof = absent(tree.proof(1), tree.proof(3));
    expect(codeOf(() => verifyNonMembership(tendermintSpec, tree.root, proof, utf8('c0')))).toBe(
      'NEIGHBOURS_NOT_ADJACENT',
    );
  });

  it('error: neighbours from different subtrees that are not adjacent are NEIGHBOURS_NOT_ADJACENT', () => {
    const proof = absent(tree.proof(2), tree.proof(5));
    expect(codeOf(() => verifyNonMembership(tendermintSpec, tree.root, proof, utf8('d0')))).toBe(
      'NEIGHBOURS_NOT_ADJACENT',
    );
  });

  it('behavior: adjacent neighbours across subtrees prove absence', () => {
    const proof = absent(tree.proof(3), tree.proof(4));
    expect(codeOf(() => verifyNonMembership(tendermintSpec, tree.root, proof, utf8('d0')))).toBe('OK');
  });

  it('error: a right neighbour alone that is not the left-most leaf is NEIGHBOURS_NOT_ADJACENT', () => {
    const proof = absent(undefined, tree.proof(2));
    expect(codeOf(() => verifyNonMembership(tendermintSpec, tree.root, proof, utf8('0')))).toBe(
      'NEIGHBOURS_NOT_ADJACENT',
    );
  });

  it('error: a left neighbour alone that is not the right-most leaf is NEIGHBOURS_NOT_ADJACENT', () => {
    const proof = absent(tree.proof(6), undefined);
    expect(codeOf(() => verifyNonMembership(tendermintSpec, tree.root, proof, utf8('z')))).toBe(
      'NEIGHBOURS_NOT_ADJACENT',
    );
  });

  it('behavior: the first and last leaves alone prove absence beyond the edges', () => {
    expect(
      codeOf(() =>
        verifyNonMembership(tendermintSpec, tree.root, absent(undefined, tree.proof(0)), utf8('0')),
      ),
    ).toBe('OK');
    expect(
      codeOf(() =>
        verifyNonMembership(tendermintSpec, tree.root, absent(tree.proof(7), undefined), utf8('z')),
      ),
    ).toBe('OK');
  });

  it('error: the same leaf as both neighbours is KEY_NOT_IN_RANGE', () => {
    const proof = absent(tree.proof(2), tree.proof(2));
    expect(codeOf(() => verifyNonMembership(tendermintSpec, tree.root, proof, utf8('c')))).toBe(
      'KEY_NOT_IN_RANGE',
    );
  });

  it('error: neighbours that do not bracket the key are KEY_NOT_IN_RANGE', () => {
    const proof = absent(tree.proof(1), tree.proof(2));
    expect(codeOf(() => verifyNonMembership(tendermintSpec, tree.root, proof, utf8('f0')))).toBe(
      'KEY_NOT_IN_RANGE',
    );
    expect(codeOf(() => verifyNonMembership(tendermintSpec, tree.root, proof, utf8('b')))).toBe(
      'KEY_NOT_IN_RANGE',
    );
  });

  it('error: a present key cannot be proven absent by its own neighbours', () => {
    const proof = absent(tree.proof(1), tree.proof(3));
    expect(codeOf(() => verifyNonMembership(tendermintSpec, tree.root, proof, utf8('c')))).toBe(
      'NEIGHBOURS_NOT_ADJACENT',
    );
  });

  it('error: an absence proof with no neighbour is PROOF_EMPTY', () => {
    expect(
      codeOf(() => verifyNonMembership(tendermintSpec, tree.root, absent(undefined, undefined), utf8('x'))),
    ).toBe('PROOF_EMPTY');
  });

  it('error: neighbours from two different trees are PROOF_INVALID', () => {
    const other = simpleTree(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k) => ({ key: utf8(k), value: utf8(`other ${k}`) })),
    );
    const proof = absent(tree.proof(3), other.proof(4));
    expect(codeOf(() => verifyNonMembership(tendermintSpec, tree.root, proof, utf8('d0')))).toBe(
      'PROOF_INVALID',
    );
  });

  it('error: a zero or empty root is ROOT_INVALID, even for a proof that computes it', () => {
    const e = tree.entries[0]!;
    const proof = exist(tree.proof(0));
    expect(codeOf(() => verifyMembership(tendermintSpec, new Uint8Array(32), proof, e.key, e.value))).toBe(
      'ROOT_INVALID',
    );
    expect(codeOf(() => verifyMembership(tendermintSpec, new Uint8Array(0), proof, e.key, e.value))).toBe(
      'ROOT_INVALID',
    );
    expect(
      codeOf(() =>
        verifyNonMembership(tendermintSpec, new Uint8Array(32), absent(undefined, tree.proof(0)), utf8('0')),
      ),
    ).toBe('ROOT_INVALID');
  });

  it('error: a proof valid under the Tendermint spec fails under IAVL and SMT', () => {
    const e = tree.entries[4]!;
    const proof = exist(tree.proof(4));
    expect(codeOf(() => verifyMembership(iavlSpec, tree.root, proof, e.key, e.value))).toBe(
      'LEAF_PREFIX_INVALID',
    );
    expect(codeOf(() => verifyMembership(smtSpec, tree.root, proof, e.key, e.value))).toBe('SPEC_MISMATCH');
  });

  it('error: an existence proof without a leaf op is PROOF_MALFORMED', () => {
    const e = tree.entries[0]!;
    const proof = exist({ ...tree.proof(0), leaf: undefined });
    expect(codeOf(() => verifyMembership(tendermintSpec, tree.root, proof, e.key, e.value))).toBe(
      'PROOF_MALFORMED',
    );
  });

  it('error: garbage and truncated protobuf are PROOF_MALFORMED', () => {
    expect(codeOf(() => decodeCommitmentProof(Uint8Array.of(0xde, 0xad, 0xbe, 0xef)))).toBe(
      'PROOF_MALFORMED',
    );
    expect(codeOf(() => decodeCommitmentProof(Uint8Array.of(0x0a, 0x20, 0x0a, 0x01)))).toBe(
      'PROOF_MALFORMED',
    );
  });
});

describeWithFixtures('ics23', 'ics23 adversarial: fixture proofs', (dir) => {
  it('error: an IAVL step given a right sibling on top of its left one is INNER_SIBLINGS_INVALID', () => {
    const v = loadVector(dir, 'iavl', 'exist_middle');
    if (v.proof.kind !== 'exist') throw new Error('fixture is not an existence proof');
    const proof = v.proof.proof;
    // A step whose child is on the right carries the left hash in its prefix.
    const at = proof.path.findIndex((s) => s.suffix.length === 0);
    const step = proof.path[at] as InnerOp;
    const both = withStep(proof, at, {
      ...step,
      suffix: concatBytes(Uint8Array.of(32), new Uint8Array(32).fill(5)),
    });
    expect(codeOf(() => verifyMembership(iavlSpec, v.root, exist(both), v.key, v.value))).toBe(
      'INNER_SIBLINGS_INVALID',
    );
  });

  it('error: an IAVL absence proof with its neighbours swapped is rejected', () => {
    const v = loadVector(dir, 'iavl', 'nonexist_middle');
    if (v.proof.kind !== 'nonexist') throw new Error('fixture is not an absence proof');
    const { left, right } = v.proof.proof;
    expect(codeOf(() => verifyNonMembership(iavlSpec, v.root, absent(right, left), v.key))).toBe(
      'KEY_NOT_IN_RANGE',
    );
  });

  it.each(['iavl', 'tendermint', 'smt'] as const)(
    'error: a %s absence proof from the middle of the tree, one neighbour dropped, is NEIGHBOURS_NOT_ADJACENT',
    (name) => {
      const v = loadVector(dir, name, 'nonexist_middle');
      if (v.proof.kind !== 'nonexist') throw new Error('fixture is not an absence proof');
      const { left, right } = v.proof.proof;
      const spec = { iavl: iavlSpec, tendermint: tendermintSpec, smt: smtSpec }[name];
      expect(codeOf(() => verifyNonMembership(spec, v.root, absent(undefined, right), v.key))).toBe(
        'NEIGHBOURS_NOT_ADJACENT',
      );
      expect(codeOf(() => verifyNonMembership(spec, v.root, absent(left, undefined), v.key))).toBe(
        'NEIGHBOURS_NOT_ADJACENT',
      );
    },
  );

  it.each(['nonexist_left', 'nonexist_middle', 'nonexist_right'] as const)(
    'error: SMT %s compared by raw keys instead of their hashes is KEY_NOT_IN_RANGE',
    (file) => {
      const v = loadVector(dir, 'smt', file);
      expect(codeOf(() => verifyNonMembership(smtSpec, v.root, v.proof, v.key))).toBe('OK');
      const rawOrder = { ...smtSpec, prehashKeyBeforeComparison: false };
      expect(codeOf(() => verifyNonMembership(rawOrder, v.root, v.proof, v.key))).toBe('KEY_NOT_IN_RANGE');
    },
  );

  it('error: SMT nonexist_middle without empty-child placeholders is NEIGHBOURS_NOT_ADJACENT', () => {
    // Its right neighbour reaches the left edge of its subtree through empty siblings.
    const v = loadVector(dir, 'smt', 'nonexist_middle');
    const noPlaceholders = { ...smtSpec, innerSpec: { ...smtSpec.innerSpec, emptyChild: new Uint8Array(0) } };
    expect(codeOf(() => verifyNonMembership(noPlaceholders, v.root, v.proof, v.key))).toBe(
      'NEIGHBOURS_NOT_ADJACENT',
    );
  });
});
