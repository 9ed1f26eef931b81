/** Position and adjacency of paths, beyond what whole-proof tests reach. */
import { describe, expect, it } from '@jest/globals';
import { HashOp, smtSpec, tendermintSpec, type InnerOp } from '../../../light-clients/ics23/index.js';
import {
  isLeftMost,
  isLeftNeighbour,
  isRightMost,
  leftBranchesAreEmpty,
  rightBranchesAreEmpty,
} from '../../../light-clients/ics23/neighbours.js';
import { codeOf } from './codes.js';
import { simpleTree, utf8 } from './simple-tree.js';

const tree = simpleTree(['a', 'b', 'c', 'd', 'e'].map((k) => ({ key: utf8(k), value: utf8(k) })));
const inner = tendermintSpec.innerSpec;
const filled = (n: number): Uint8Array => new Uint8Array(32).fill(n);

describe('ics23 neighbours', () => {
  it('behavior: only the first leaf is left-most and only the last is right-most', () => {
    const left = tree.entries.map((_, i) => isLeftMost(inner, tree.proof(i).path));
    const right = tree.entries.map((_, i) => isRightMost(inner, tree.proof(i).path));
    expect(left).toEqual([true, false, false, false, false]);
    expect(right).toEqual([false, false, false, false, true]);
  });

  it('behavior: each leaf is the left neighbour of the next one and of no other', () => {
    const n = tree.entries.length;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        expect(isLeftNeighbour(inner, tree.proof(i).path, tree.proof(j).path)).toBe(j === i + 1);
      }
    }
  });

  it('behavior: a path is not its own neighbour, nor a neighbour of a path it ends', () => {
    const path = tree.proof(2).path;
    expect(isLeftNeighbour(inner, path, path)).toBe(false);
    expect(isLeftNeighbour(inner, path.slice(1), path)).toBe(false);
    expect(isLeftNeighbour(inner, [], path)).toBe(false);
  });

  it('error: a split step matching no child position is NEIGHBOURS_NOT_ADJACENT', () => {
    const odd: InnerOp = { hash: HashOp.SHA256, prefix: Uint8Array.of(1, 2), suffix: new Uint8Array(0) };
    const right: InnerOp = {
      hash: HashOp.SHA256,
      prefix: Uint8Array.of(1, ...filled(3)),
      suffix: new Uint8Array(0),
    };
    expect(codeOf(() => isLeftNeighbour(inner, [odd], [right]))).toBe('NEIGHBOURS_NOT_ADJACENT');
  });

  it('behavior: an empty sibling (SMT) lets a right child stay on the left edge, and a left child on the right edge', () => {
    const smt = smtSpec.innerSpec;
    const rightOfEmpty: InnerOp = {
      hash: HashOp.SHA256,
      prefix: Uint8Array.of(1, ...filled(0)),
      suffix: new Uint8Array(0),
    };
    const leftOfEmpty: InnerOp = { hash: HashOp.SHA256, prefix: Uint8Array.of(1), suffix: filled(0) };
    expect(leftBranchesAreEmpty(smt, rightOfEmpty)).toBe(true);
    expect(isLeftMost(smt, [rightOfEmpty])).toBe(true);
    expect(rightBranchesAreEmpty(smt, leftOfEmpty)).toBe(true);
    expect(isRightMost(smt, [leftOfEmpty])).toBe(true);
  });

  it('behavior: a non-empty sibling keeps a path off the edge, and a tree without empty children has no placeholders', () => {
    const smt = smtSpec.innerSpec;
    const rightOfFull: InnerOp = {
      hash: HashOp.SHA256,
      prefix: Uint8Array.of(1, ...filled(9)),
      suffix: new Uint8Array(0),
    };
    expect(isLeftMost(smt, [rightOfFull])).toBe(false);
    const rightOfZeros: InnerOp = {
      hash: HashOp.SHA256,
      prefix: Uint8Array.of(1, ...filled(0)),
      suffix: new Uint8Array(0),
    };
    expect(isLeftMost(inner, [rightOfZeros])).toBe(false);
  });
});
