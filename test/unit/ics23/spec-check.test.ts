/** Leaf and inner ops against their spec: the IAVL and Tendermint rules, prefix and suffix bounds, depth, spec sanity. */
import { describe, expect, it } from '@jest/globals';
import { concatBytes } from '@noble/hashes/utils.js';
import {
  HashOp,
  LengthOp,
  iavlSpec,
  smtSpec,
  tendermintSpec,
  verifyMembership,
  type ExistenceProof,
  type InnerOp,
  type LeafOp,
  type ProofSpec,
} from '../../../light-clients/ics23/index.js';
import { checkExistenceProof, checkInnerOp, checkLeafOp } from '../../../light-clients/ics23/spec-check.js';
import { codeOf } from './codes.js';

/** Zig-zag varint, as IAVL writes heights, sizes and versions. */
function zigzag(n: bigint): Uint8Array {
  let u = n >= 0n ? n << 1n : (-n << 1n) - 1n;
  const out: number[] = [];
  for (; u >= 0x80n; u >>= 7n) out.push(Number(u & 0x7fn) | 0x80);
  out.push(Number(u));
  return Uint8Array.from(out);
}

const hash32 = new Uint8Array(32).fill(0xab);
/** An IAVL inner prefix: height, size, version, then the child's length byte (child on the left). */
const iavlPrefix = (height: bigint, size = 4n, version = 7n): Uint8Array =>
  concatBytes(zigzag(height), zigzag(size), zigzag(version), Uint8Array.of(32));
const leftChildStep = (prefix: Uint8Array): InnerOp => ({
  hash: HashOp.SHA256,
  prefix,
  suffix: concatBytes(Uint8Array.of(32), hash32),
});
const iavlLeaf = (prefix: Uint8Array): LeafOp => ({ ...iavlSpec.leafSpec, prefix });

describe('ics23 spec checks: IAVL inner prefixes', () => {
  it('behavior: height >= layer, non-negative size and version, one length byte: accepted', () => {
    expect(codeOf(() => checkInnerOp(leftChildStep(iavlPrefix(1n)), iavlSpec, 1))).toBe('OK');
    expect(codeOf(() => checkInnerOp(leftChildStep(iavlPrefix(9n, 300n, 123_456n)), iavlSpec, 5))).toBe('OK');
  });

  it('behavior: a right child (prefix holds the left hash, no suffix) is accepted', () => {
    const prefix = concatBytes(iavlPrefix(2n), hash32, Uint8Array.of(32));
    expect(
      codeOf(() => checkInnerOp({ hash: HashOp.SHA256, prefix, suffix: new Uint8Array(0) }, iavlSpec, 2)),
    ).toBe('OK');
  });

  it.each([
    ['a height below the layer', iavlPrefix(2n), 3],
    ['a negative height', iavlPrefix(-1n), 1],
    ['a negative size', iavlPrefix(3n, -1n), 1],
    ['a negative version', iavlPrefix(3n, 4n, -5n), 1],
    ['a missing version (truncated varints)', concatBytes(zigzag(3n), zigzag(4n)), 1],
    ['a varint cut in its middle', concatBytes(zigzag(3n), zigzag(4n), Uint8Array.of(0x80)), 1],
    ['an 11-byte varint', concatBytes(new Uint8Array(10).fill(0x80), Uint8Array.of(1, 0, 0, 32)), 1],
    ['a 10th varint byte above 1', concatBytes(new Uint8Array(9).fill(0xff), Uint8Array.of(2, 0, 0, 32)), 1],
    ['two bytes after the varints', concatBytes(iavlPrefix(1n), Uint8Array.of(1)), 1],
  ] as const)('error: %s is INNER_PREFIX_INVALID', (_what, prefix, layer) => {
    expect(codeOf(() => checkInnerOp(leftChildStep(prefix), iavlSpec, layer))).toBe('INNER_PREFIX_INVALID');
  });

  it('behavior: the rules follow the shape of the spec, not its identity', () => {
    const copy: ProofSpec = {
      ...iavlSpec,
      leafSpec: { ...iavlSpec.leafSpec },
      innerSpec: { ...iavlSpec.innerSpec },
    };
    expect(codeOf(() => checkInnerOp(leftChildStep(iavlPrefix(2n)), copy, 3))).toBe('INNER_PREFIX_INVALID');
  });
});

describe('ics23 spec checks: IAVL leaf prefixes', () => {
  it('behavior: height 0, size 1, any version and nothing after: accepted', () => {
    expect(
      codeOf(() => checkLeafOp(iavlLeaf(concatBytes(zigzag(0n), zigzag(1n), zigzag(70n))), iavlSpec)),
    ).toBe('OK');
  });

  it.each([
    ['a height of 1', concatBytes(zigzag(1n), zigzag(1n), zigzag(70n))],
    ['a size of 2', concatBytes(zigzag(0n), zigzag(2n), zigzag(70n))],
    ['bytes after the version', concatBytes(zigzag(0n), zigzag(1n), zigzag(70n), Uint8Array.of(0))],
    ['no varints at all', new Uint8Array(0)],
  ] as const)('error: %s is LEAF_PREFIX_INVALID', (_what, prefix) => {
    expect(codeOf(() => checkLeafOp(iavlLeaf(prefix), iavlSpec))).toBe('LEAF_PREFIX_INVALID');
  });
});

describe('ics23 spec checks: leaf ops', () => {
  it.each([
    ['hash', { hash: HashOp.SHA512 }],
    ['prehashKey', { prehashKey: HashOp.SHA256 }],
    ['prehashValue', { prehashValue: HashOp.NO_HASH }],
    ['length', { length: LengthOp.FIXED32_BIG }],
  ] as const)('error: another %s than the spec is SPEC_MISMATCH', (_field, change) => {
    expect(codeOf(() => checkLeafOp({ ...tendermintSpec.leafSpec, ...change }, tendermintSpec))).toBe(
      'SPEC_MISMATCH',
    );
  });

  it("error: a prefix not starting with the spec's is LEAF_PREFIX_INVALID", () => {
    expect(
      codeOf(() => checkLeafOp({ ...tendermintSpec.leafSpec, prefix: Uint8Array.of(1) }, tendermintSpec)),
    ).toBe('LEAF_PREFIX_INVALID');
  });

  it("behavior: a prefix extending the spec's is accepted", () => {
    expect(codeOf(() => checkLeafOp({ ...smtSpec.leafSpec, prefix: Uint8Array.of(0, 5) }, smtSpec))).toBe(
      'OK',
    );
  });
});

describe('ics23 spec checks: Tendermint inner ops', () => {
  it('behavior: 0x01 with a right sibling, or 0x01 ‖ left sibling alone: accepted', () => {
    expect(
      codeOf(() =>
        checkInnerOp({ hash: HashOp.SHA256, prefix: Uint8Array.of(1), suffix: hash32 }, tendermintSpec, 1),
      ),
    ).toBe('OK');
    const prefix = concatBytes(Uint8Array.of(1), hash32);
    expect(
      codeOf(() =>
        checkInnerOp({ hash: HashOp.SHA256, prefix, suffix: new Uint8Array(0) }, tendermintSpec, 1),
      ),
    ).toBe('OK');
  });

  it('error: a prefix not starting with 0x01 is INNER_PREFIX_INVALID', () => {
    const prefix = concatBytes(Uint8Array.of(2), hash32);
    expect(
      codeOf(() =>
        checkInnerOp({ hash: HashOp.SHA256, prefix, suffix: new Uint8Array(0) }, tendermintSpec, 1),
      ),
    ).toBe('INNER_PREFIX_INVALID');
  });

  it('error: an empty prefix is INNER_PREFIX_INVALID', () => {
    expect(
      codeOf(() =>
        checkInnerOp({ hash: HashOp.SHA256, prefix: new Uint8Array(0), suffix: hash32 }, tendermintSpec, 1),
      ),
    ).toBe('INNER_PREFIX_INVALID');
  });

  it('error: another hash than the spec is SPEC_MISMATCH', () => {
    expect(
      codeOf(() =>
        checkInnerOp({ hash: HashOp.SHA512, prefix: Uint8Array.of(1), suffix: hash32 }, tendermintSpec, 1),
      ),
    ).toBe('SPEC_MISMATCH');
  });

  it('error: a prefix longer than max + one child is INNER_PREFIX_INVALID', () => {
    const prefix = concatBytes(Uint8Array.of(1), hash32, Uint8Array.of(0));
    expect(
      codeOf(() =>
        checkInnerOp({ hash: HashOp.SHA256, prefix, suffix: new Uint8Array(0) }, tendermintSpec, 1),
      ),
    ).toBe('INNER_PREFIX_INVALID');
  });
});

describe('ics23 spec checks: the spec itself', () => {
  const step: InnerOp = { hash: HashOp.SHA256, prefix: Uint8Array.of(1), suffix: hash32 };
  const withInner = (change: Partial<ProofSpec['innerSpec']>): ProofSpec => ({
    ...smtSpec,
    innerSpec: { ...smtSpec.innerSpec, ...change },
  });

  it.each([
    ['a child size of 0', { childSize: 0 }],
    ['max prefix >= min prefix + child size', { maxPrefixLength: 33 }],
    ['max prefix below min prefix', { minPrefixLength: 2, maxPrefixLength: 1 }],
    ['a single child', { childOrder: [0] }],
    ['a child order that is no permutation', { childOrder: [0, 2] }],
  ] as const)('error: %s is SPEC_INVALID', (_what, change) => {
    expect(codeOf(() => checkInnerOp(step, withInner(change), 1))).toBe('SPEC_INVALID');
  });
});

describe('ics23 spec checks: depth', () => {
  const step: InnerOp = { hash: HashOp.SHA256, prefix: Uint8Array.of(1), suffix: hash32 };
  const proof = (depth: number): ExistenceProof => ({
    key: Uint8Array.of(1),
    value: Uint8Array.of(2),
    leaf: smtSpec.leafSpec,
    path: Array.from({ length: depth }, () => step),
  });

  it('behavior: the SMT spec allows 256 inner ops', () => {
    expect(codeOf(() => checkExistenceProof(proof(256), smtSpec))).toBe('OK');
  });

  it('error: 257 inner ops under the SMT spec is MAX_DEPTH_EXCEEDED', () => {
    expect(codeOf(() => checkExistenceProof(proof(257), smtSpec))).toBe('MAX_DEPTH_EXCEEDED');
  });

  it('error: without a max depth, 129 inner ops is MAX_DEPTH_EXCEEDED', () => {
    expect(codeOf(() => checkExistenceProof(proof(128), { ...smtSpec, maxDepth: 0 }))).toBe('OK');
    expect(codeOf(() => checkExistenceProof(proof(129), { ...smtSpec, maxDepth: 0 }))).toBe(
      'MAX_DEPTH_EXCEEDED',
    );
  });

  it('error: an inner hash longer than the child size is SPEC_MISMATCH', () => {
    // SHA-512 steps pass the op check under a spec that names SHA-512, but
    // their 64-byte output cannot fill a 32-byte child slot of the next step.
    const spec: ProofSpec = { ...smtSpec, innerSpec: { ...smtSpec.innerSpec, hash: HashOp.SHA512 } };
    const wide: ExistenceProof = { ...proof(0), path: [{ ...step, hash: HashOp.SHA512 }] };
    expect(codeOf(() => checkExistenceProof(wide, spec))).toBe('OK');
    expect(
      codeOf(() => verifyMembership(spec, hash32, { kind: 'exist', proof: wide }, wide.key, wide.value)),
    ).toBe('SPEC_MISMATCH');
  });

  it('error: fewer inner ops than the min depth is MIN_DEPTH_NOT_MET', () => {
    expect(codeOf(() => checkExistenceProof(proof(1), { ...smtSpec, minDepth: 2 }))).toBe(
      'MIN_DEPTH_NOT_MET',
    );
  });
});
