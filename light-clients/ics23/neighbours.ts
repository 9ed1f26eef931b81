/**
 * Where a step sits in its node, and whether two paths are neighbours:
 * ICS-23 `IsLeftMost`, `IsRightMost`, `IsLeftNeighbor` and their helpers
 * (cosmos/ics23 `go/proof.go`, commit 7f2c2d0).
 *
 * A step's position is read from its padding: a child at position i of n
 * has i sibling hashes in its prefix and n-1-i in its suffix. In trees with
 * empty subtrees (SMT), a sibling equal to the spec's `emptyChild` does not
 * count as a neighbour, so an edge path may pass through such nodes.
 *
 * Callers have checked every step against the spec first (spec-check.ts);
 * a step matching no position here is still refused, never assumed.
 */
import { bytesEqual } from '../bytes.js';
import { ics23Error } from './failure.js';
import type { InnerOp, InnerSpec } from './types.js';

interface Padding {
  readonly minPrefix: number;
  readonly maxPrefix: number;
  readonly suffix: number;
}

/** Index of `branch` in the child order. */
function positionOf(spec: InnerSpec, branch: number): number {
  const at = spec.childOrder.indexOf(branch);
  if (at < 0) throw ics23Error('SPEC_INVALID', `branch ${branch} is not in the child order`, { branch });
  return at;
}

/** The prefix and suffix lengths of a step whose child is `branch`. */
function paddingOf(spec: InnerSpec, branch: number): Padding {
  const at = positionOf(spec, branch);
  const before = at * spec.childSize;
  return {
    minPrefix: before + spec.minPrefixLength,
    maxPrefix: before + spec.maxPrefixLength,
    suffix: (spec.childOrder.length - 1 - at) * spec.childSize,
  };
}

function hasPadding(op: InnerOp, pad: Padding): boolean {
  return (
    op.prefix.length >= pad.minPrefix && op.prefix.length <= pad.maxPrefix && op.suffix.length === pad.suffix
  );
}

/** The branch the step's child is, from its padding. */
function branchOf(spec: InnerSpec, op: InnerOp): number {
  for (let branch = 0; branch < spec.childOrder.length; branch++) {
    if (hasPadding(op, paddingOf(spec, branch))) return branch;
  }
  throw ics23Error('NEIGHBOURS_NOT_ADJACENT', 'an inner op matches no child position of the spec', {
    prefixLength: op.prefix.length,
    suffixLength: op.suffix.length,
  });
}

function isEmptyChild(spec: InnerSpec, bytes: Uint8Array, from: number): boolean {
  return (
    spec.emptyChild.length > 0 && bytesEqual(spec.emptyChild, bytes.subarray(from, from + spec.childSize))
  );
}

/** Every sibling left of the step's child is an empty subtree (and there is at least one). */
export function leftBranchesAreEmpty(spec: InnerSpec, op: InnerOp): boolean {
  const left = branchOf(spec, op);
  if (left === 0) return false;
  const start = op.prefix.length - left * spec.childSize;
  if (start < 0) return false;
  for (let i = 0; i < left; i++) {
    if (!isEmptyChild(spec, op.prefix, start + positionOf(spec, i) * spec.childSize)) return false;
  }
  return true;
}

/** Every sibling right of the step's child is an empty subtree (and there is at least one). */
export function rightBranchesAreEmpty(spec: InnerSpec, op: InnerOp): boolean {
  const right = spec.childOrder.length - 1 - branchOf(spec, op);
  if (right === 0) return false;
  if (op.suffix.length !== right * spec.childSize) return false;
  for (let i = 0; i < right; i++) {
    if (!isEmptyChild(spec, op.suffix, positionOf(spec, i) * spec.childSize)) return false;
  }
  return true;
}

/** The path runs down the left edge of the tree (empty subtrees aside). */
export function isLeftMost(spec: InnerSpec, path: readonly InnerOp[]): boolean {
  const pad = paddingOf(spec, 0);
  return path.every((step) => hasPadding(step, pad) || leftBranchesAreEmpty(spec, step));
}

/** The path runs down the right edge of the tree (empty subtrees aside). */
export function isRightMost(spec: InnerSpec, path: readonly InnerOp[]): boolean {
  const pad = paddingOf(spec, spec.childOrder.length - 1);
  return path.every((step) => hasPadding(step, pad) || rightBranchesAreEmpty(spec, step));
}

function sameStep(a: InnerOp, b: InnerOp): boolean {
  return bytesEqual(a.prefix, b.prefix) && bytesEqual(a.suffix, b.suffix);
}

/**
 * `right` is the next leaf after `left`: below their common ancestors, the
 * paths split into adjacent children of one node, and from there `left`
 * keeps to the right edge and `right` to the left edge.
 */
export function isLeftNeighbour(
  spec: InnerSpec,
  left: readonly InnerOp[],
  right: readonly InnerOp[],
): boolean {
  let l = left.length - 1;
  let r = right.length - 1;
  // Paths are stored leaf first: strip the shared steps from the root end.
  while (l >= 0 && r >= 0 && sameStep(left[l] as InnerOp, right[r] as InnerOp)) {
    l--;
    r--;
  }
  // One path running out means one leaf sits above the other: not a sibling pair.
  if (l < 0 || r < 0) return false;
  const splitLeft = left[l] as InnerOp;
  const splitRight = right[r] as InnerOp;
  if (branchOf(spec, splitRight) !== branchOf(spec, splitLeft) + 1) return false;
  return isRightMost(spec, left.slice(0, l)) && isLeftMost(spec, right.slice(0, r));
}
