/**
 * Does a proof have the shape its spec allows? ICS-23 `CheckAgainstSpec`
 * for leaf ops, inner ops and whole existence proofs, with the rules of
 * cosmos/ics23 at commit 7f2c2d0 plus one of ours (sibling count, below).
 *
 * These checks are what make a hash chain mean "this key has this value in
 * this tree": without them a prover could re-cut the preimages (move bytes
 * between prefix, key and value) or pass an inner node off as a leaf.
 */
import { startsWith } from '../bytes.js';
import { ics23Error } from './failure.js';
import { checkIavlPrefix } from './iavl-prefix.js';
import { hasShapeOf, iavlSpec, tendermintSpec } from './specs.js';
import type { ExistenceProof, InnerOp, InnerSpec, LeafOp, ProofSpec } from './types.js';

/** Inner ops allowed when a spec sets no maximum depth (the origin's default). */
export const DEFAULT_MAX_DEPTH = 128;

/** The rules a spec implies, worked out once per check of a proof. */
interface SpecRules {
  readonly iavl: boolean;
  readonly tendermint: boolean;
}

function rulesOf(spec: ProofSpec): SpecRules {
  return { iavl: hasShapeOf(spec, iavlSpec), tendermint: hasShapeOf(spec, tendermintSpec) };
}

/** A spec whose inner layout cannot be checked soundly is refused outright. */
export function checkInnerSpec(inner: InnerSpec): void {
  const n = inner.childOrder.length;
  // n distinct values, each in 0..n-1: a permutation (checked per proof, so without allocating).
  let permutation = n >= 2;
  for (let i = 0; i < n && permutation; i++) {
    const v = inner.childOrder[i] as number;
    permutation = Number.isInteger(v) && v >= 0 && v < n && inner.childOrder.indexOf(v) === i;
  }
  if (!permutation)
    throw ics23Error('SPEC_INVALID', 'child order must be a permutation of 0..n-1 with n >= 2', {
      childOrder: [...inner.childOrder],
    });
  if (!Number.isInteger(inner.childSize) || inner.childSize < 1)
    throw ics23Error('SPEC_INVALID', 'child size must be at least 1', { childSize: inner.childSize });
  if (inner.minPrefixLength < 0 || inner.maxPrefixLength < inner.minPrefixLength)
    throw ics23Error('SPEC_INVALID', 'prefix length bounds are inverted', {
      minPrefixLength: inner.minPrefixLength,
      maxPrefixLength: inner.maxPrefixLength,
    });
  // Otherwise a prefix could hide a whole extra child, and a step's position
  // (left or right) would be ambiguous: neighbour checks would be unsound.
  if (inner.maxPrefixLength >= inner.minPrefixLength + inner.childSize)
    throw ics23Error('SPEC_INVALID', 'max prefix length must be below min prefix length + child size', {
      minPrefixLength: inner.minPrefixLength,
      maxPrefixLength: inner.maxPrefixLength,
      childSize: inner.childSize,
    });
}

function checkLeafWith(leaf: LeafOp, spec: ProofSpec, rules: SpecRules): void {
  if (rules.iavl) checkIavlPrefix(leaf.prefix, 0);
  const want = spec.leafSpec;
  for (const field of ['hash', 'prehashKey', 'prehashValue', 'length'] as const) {
    if (leaf[field] !== want[field])
      throw ics23Error('SPEC_MISMATCH', `leaf ${field} is ${leaf[field]}, the spec wants ${want[field]}`, {
        field,
        got: leaf[field],
        want: want[field],
      });
  }
  if (!startsWith(leaf.prefix, want.prefix))
    throw ics23Error('LEAF_PREFIX_INVALID', "leaf prefix does not start with the spec's leaf prefix", {
      prefix: leaf.prefix,
    });
}

/** A leaf op has the spec's hash, pre-hash and length ops, and a prefix starting with the spec's. */
export function checkLeafOp(leaf: LeafOp, spec: ProofSpec): void {
  checkLeafWith(leaf, spec, rulesOf(spec));
}

/** Tendermint inner nodes are 0x01 ‖ left ‖ right: the prefix is 0x01, with the left hash when it has no suffix. */
function checkTendermintInner(op: InnerOp, layer: number): void {
  if (op.prefix[0] !== 1)
    throw ics23Error(
      'INNER_PREFIX_INVALID',
      `inner op at layer ${layer}: a Tendermint inner prefix starts with 0x01`,
      {
        layer,
      },
    );
  if (op.suffix.length > 0 && op.prefix.length !== 1)
    throw ics23Error(
      'INNER_PREFIX_INVALID',
      `inner op at layer ${layer}: with a suffix, the prefix must be 0x01 alone`,
      {
        layer,
        prefixLength: op.prefix.length,
      },
    );
}

function checkInnerWith(op: InnerOp, spec: ProofSpec, rules: SpecRules, layer: number): void {
  const inner = spec.innerSpec;
  if (op.hash !== inner.hash)
    throw ics23Error(
      'SPEC_MISMATCH',
      `inner op at layer ${layer}: hash is ${op.hash}, the spec wants ${inner.hash}`,
      {
        layer,
        field: 'hash',
        got: op.hash,
        want: inner.hash,
      },
    );
  if (rules.iavl) checkIavlPrefix(op.prefix, layer);
  if (rules.tendermint) checkTendermintInner(op, layer);
  // An inner node must never hash like a leaf, or a leaf could be forged from an inner node.
  if (startsWith(op.prefix, spec.leafSpec.prefix))
    throw ics23Error(
      'INNER_PREFIX_INVALID',
      `inner op at layer ${layer}: prefix starts with the leaf prefix`,
      { layer },
    );
  const siblings = inner.childOrder.length - 1;
  const { childSize, minPrefixLength, maxPrefixLength } = inner;
  const len = op.prefix.length;
  if (len < minPrefixLength || len > maxPrefixLength + siblings * childSize)
    throw ics23Error(
      'INNER_PREFIX_INVALID',
      `inner op at layer ${layer}: prefix length ${len} is out of bounds`,
      {
        layer,
        prefixLength: len,
      },
    );
  if (op.suffix.length % childSize !== 0)
    throw ics23Error('INNER_SUFFIX_INVALID', `inner op at layer ${layer}: suffix is not whole child hashes`, {
      layer,
      suffixLength: op.suffix.length,
    });
  // Ours, beyond the origin: the hashes in the suffix and those the prefix
  // can hold together are at most the node's siblings. In a binary tree a
  // step is either "sibling on the left" or "sibling on the right", never both.
  const suffixChildren = op.suffix.length / childSize;
  if (len > maxPrefixLength + (siblings - suffixChildren) * childSize)
    throw ics23Error(
      'INNER_SIBLINGS_INVALID',
      `inner op at layer ${layer}: more sibling hashes than a node has`,
      {
        layer,
        prefixLength: len,
        suffixLength: op.suffix.length,
      },
    );
}

/** An inner op at `layer` (1 for the leaf's parent) has the spec's hash and a prefix and suffix the layout allows. */
export function checkInnerOp(op: InnerOp, spec: ProofSpec, layer: number): void {
  checkInnerSpec(spec.innerSpec);
  checkInnerWith(op, spec, rulesOf(spec), layer);
}

/** The whole existence proof: a leaf, a depth within bounds, and every op as the spec allows. */
export function checkExistenceProof(proof: ExistenceProof, spec: ProofSpec): LeafOp {
  const leaf = proof.leaf;
  if (leaf === undefined) throw ics23Error('PROOF_MALFORMED', 'an existence proof needs a leaf op');
  checkInnerSpec(spec.innerSpec);
  const rules = rulesOf(spec);
  checkLeafWith(leaf, spec, rules);
  const depth = proof.path.length;
  if (spec.minDepth > 0 && depth < spec.minDepth)
    throw ics23Error('MIN_DEPTH_NOT_MET', `${depth} inner ops, the spec wants at least ${spec.minDepth}`, {
      depth,
      minDepth: spec.minDepth,
    });
  const maxDepth = spec.maxDepth === 0 ? DEFAULT_MAX_DEPTH : spec.maxDepth;
  if (depth > maxDepth)
    throw ics23Error('MAX_DEPTH_EXCEEDED', `${depth} inner ops, the spec allows at most ${maxDepth}`, {
      depth,
      maxDepth,
    });
  proof.path.forEach((op, i) => checkInnerWith(op, spec, rules, i + 1));
  return leaf;
}
