/**
 * From `abci_query` ProofOps to a chained ICS-23 proof: a key in an IAVL
 * module store (the cosmos/ics23 7f2c2d0 IAVL vectors, read in place) and
 * that store's root in a multi-store (a simple Merkle tree built by the
 * test), served as the Cosmos SDK serves them — `ics23:iavl` then
 * `ics23:simple` — must come out as a proof light-clients/ics23 accepts.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { chainedProofOf, type ProofOp } from '../../../adapters/cometbft/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { decodeChainedProof, sdkSpecs, verifyMerkleProof } from '../../../light-clients/ics23/index.js';
import { loadVector } from '../../conformance/ics23/vectors.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import { simpleTree, utf8 } from '../ics23/simple-tree.js';
import { encodeProof } from '../ics23/wire.js';

function sdkOps(
  dir: string,
  file: string,
): { ops: ProofOp[]; appHash: Uint8Array; key: Uint8Array; value: Uint8Array } {
  const vector = loadVector(dir, 'iavl', file);
  const stores = simpleTree(
    ['acc', 'ibc', 'upgrade'].map((name) => ({
      key: utf8(name),
      value: name === 'ibc' ? vector.root : randomBytes(32),
    })),
  );
  const at = stores.entries.findIndex((e) => Buffer.from(e.key).toString() === 'ibc');
  return {
    ops: [
      { type: 'ics23:iavl', key: vector.key, data: vector.bytes },
      {
        type: 'ics23:simple',
        key: utf8('ibc'),
        data: encodeProof({ kind: 'exist', proof: stores.proof(at) }),
      },
    ],
    appHash: stores.root,
    key: vector.key,
    value: vector.value,
  };
}

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof IsthmusError ? e.code : `not an IsthmusError: ${String(e)}`;
  }
  return 'no error';
}

describeWithFixtures('ics23', 'proof ops to a chained ICS-23 proof', (dir) => {
  it('behavior: SDK membership ops become a chained proof that verifies against the app hash', () => {
    const { ops, appHash, key, value } = sdkOps(dir, 'exist_middle');
    const chained = chainedProofOf(ops);
    expect(chained.keyPath.map((k) => Buffer.from(k).toString('hex'))).toEqual([
      Buffer.from('ibc').toString('hex'),
      Buffer.from(key).toString('hex'),
    ]);
    expect(() => verifyMerkleProof(appHash, chained.bytes, chained.keyPath, value, sdkSpecs)).not.toThrow();
    expect(decodeChainedProof(chained.bytes)).toHaveLength(2);
  });

  it('behavior: absence ops become an absence proof that verifies, and fails as membership', () => {
    const { ops, appHash, value } = sdkOps(dir, 'nonexist_middle');
    expect(value).toHaveLength(0);
    const chained = chainedProofOf(ops);
    expect(() => verifyMerkleProof(appHash, chained.bytes, chained.keyPath, undefined)).not.toThrow();
    expect(() => verifyMerkleProof(appHash, chained.bytes, chained.keyPath, utf8('x'))).toThrow();
  });

  it('behavior: the ops data are carried byte for byte (not re-encoded)', () => {
    const { ops } = sdkOps(dir, 'exist_left');
    const bytes = Buffer.from(chainedProofOf(ops).bytes);
    for (const op of ops) expect(bytes.includes(Buffer.from(op.data))).toBe(true);
  });

  it('error: a proof op whose data is not a CommitmentProof is RPC_MALFORMED naming it', () => {
    const { ops } = sdkOps(dir, 'exist_middle');
    const [first, second] = ops;
    if (!first || !second) throw new Error('two ops expected');
    const bad = [first, { ...second, data: Uint8Array.of(0x0a, 0x7f, 0x01) }];
    expect(codeOf(() => chainedProofOf(bad))).toBe('RPC_MALFORMED');
    expect(() => chainedProofOf(bad)).toThrow(/proof_ops\.ops\[1\]\.data/);
  });
});

describe('proof ops that are not ICS-23', () => {
  it('error: legacy or foreign op types are PROOF_OPS_UNSUPPORTED, listing them', () => {
    const ops: ProofOp[] = [
      { type: 'iavl:v', key: utf8('k'), data: new Uint8Array(0) },
      { type: 'multistore', key: utf8('ibc'), data: new Uint8Array(0) },
    ];
    expect(codeOf(() => chainedProofOf(ops))).toBe('PROOF_OPS_UNSUPPORTED');
    expect(() => chainedProofOf(ops)).toThrow(/"iavl:v","multistore"/);
  });

  it('error: no ops at all (an unproven answer) is PROOF_OPS_UNSUPPORTED', () => {
    expect(codeOf(() => chainedProofOf([]))).toBe('PROOF_OPS_UNSUPPORTED');
  });
});
