/**
 * The provable store: roots as CometBFT's simple Merkle tree, and proofs of
 * membership and absence that light-clients/ics23 verifies under
 * `tendermintSpec` — at the latest and at retained versions.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { IsthmusError, sha256 } from '../../../light-clients/index.js';
import {
  decodeCommitmentProof,
  tendermintSpec,
  verifyMembership,
  verifyMerkleProof,
  verifyNonMembership,
} from '../../../light-clients/ics23/index.js';
import { merkleRoot } from '../../../light-clients/tendermint/index.js';
import {
  chainedProofBytes,
  EMPTY_ROOT,
  ProvableStore,
  storeProofSpec,
} from '../../../adapters/store/index.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function verifyPresent(store: ProvableStore, key: Uint8Array, version?: bigint): void {
  const { value, proof, version: v } = store.prove(key, version);
  expect(value).toBeDefined();
  verifyMembership(storeProofSpec, store.rootAt(v), decodeCommitmentProof(proof), key, value as Uint8Array);
}

function verifyAbsent(store: ProvableStore, key: Uint8Array, version?: bigint): void {
  const { value, proof, version: v } = store.prove(key, version);
  expect(value).toBeUndefined();
  verifyNonMembership(storeProofSpec, store.rootAt(v), decodeCommitmentProof(proof), key);
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof IsthmusError ? err.code : `not an IsthmusError: ${String(err)}`;
  }
  return undefined;
}

describe('ProvableStore', () => {
  it('behavior: the spec is tendermintSpec and the empty root is SHA-256 of nothing', () => {
    expect(storeProofSpec).toBe(tendermintSpec);
    const store = new ProvableStore();
    expect(store.latestVersion).toBe(0n);
    expect(store.commit()).toEqual({ version: 1n, root: sha256(new Uint8Array(0)) });
    expect(EMPTY_ROOT).toEqual(merkleRoot([]));
  });

  it('behavior: the root is the simple Merkle tree of the sorted leaves', () => {
    const store = new ProvableStore();
    const pairs: [string, string][] = [
      ['b', 'two'],
      ['a', 'one'],
      ['c', 'three'],
    ];
    for (const [k, v] of pairs) store.set(utf8(k), utf8(v));
    const { root } = store.commit();
    // merkleRoot adds the 0x00 leaf prefix itself: give it the rest of each leaf preimage.
    const items = [...pairs]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => Uint8Array.of(1, ...utf8(k), 32, ...sha256(utf8(v))));
    expect(root).toEqual(merkleRoot(items));
  });

  it('behavior: absence before the first key, between keys and after the last key', () => {
    const store = new ProvableStore();
    for (const k of ['b', 'd', 'f', 'h', 'j']) store.set(utf8(k), utf8(`v-${k}`));
    store.commit();
    for (const k of ['a', 'c', 'e', 'i', 'z', 'b0']) verifyAbsent(store, utf8(k));
    for (const k of ['b', 'd', 'f', 'h', 'j']) verifyPresent(store, utf8(k));
  });

  it('behavior: a single key proves membership and absence on both sides', () => {
    const store = new ProvableStore();
    store.set(utf8('m'), utf8('x'));
    store.commit();
    verifyPresent(store, utf8('m'));
    verifyAbsent(store, utf8('a'));
    verifyAbsent(store, utf8('z'));
  });

  it('behavior: past versions keep their values, roots and proofs', () => {
    const store = new ProvableStore({ retainVersions: 3 });
    store.set(utf8('k'), utf8('1'));
    const v1 = store.commit();
    store.set(utf8('k'), utf8('2'));
    store.set(utf8('other'), utf8('o'));
    const v2 = store.commit();
    store.delete(utf8('other'));
    const v3 = store.commit();
    expect(store.getAt(1n, utf8('k'))).toEqual(utf8('1'));
    expect(store.getAt(2n, utf8('k'))).toEqual(utf8('2'));
    expect(store.rootAt(1n)).toEqual(v1.root);
    expect(store.rootAt(2n)).toEqual(v2.root);
    expect(store.rootAt(3n)).toEqual(v3.root);
    verifyPresent(store, utf8('other'), 2n);
    verifyAbsent(store, utf8('other'), 3n);
    expect(store.prove(utf8('k'), 1n).value).toEqual(utf8('1'));
    verifyPresent(store, utf8('k'), 1n);
  });

  it('behavior: a commit without changes keeps the root; working state is not committed state', () => {
    const store = new ProvableStore();
    store.set(utf8('a'), utf8('1'));
    const first = store.commit();
    expect(store.commit()).toEqual({ version: 2n, root: first.root });
    store.set(utf8('a'), utf8('2'));
    expect(store.get(utf8('a'))).toEqual(utf8('2'));
    expect(store.getAt(2n, utf8('a'))).toEqual(utf8('1'));
    expect(store.pendingChanges()).toEqual([[utf8('a'), utf8('2')]]);
    store.delete(utf8('a'));
    expect(store.pendingChanges()).toEqual([[utf8('a'), undefined]]);
  });

  it('behavior: the chained proof verifies with verifyMerkleProof and a one-key path', () => {
    const store = new ProvableStore();
    store.set(utf8('commitments/ch-0/1'), utf8('c'));
    store.set(utf8('commitments/ch-0/3'), utf8('d'));
    const { root } = store.commit();
    const present = store.prove(utf8('commitments/ch-0/1'));
    verifyMerkleProof(root, chainedProofBytes(present.proof), [utf8('commitments/ch-0/1')], utf8('c'), [
      tendermintSpec,
    ]);
    const absent = store.prove(utf8('commitments/ch-0/2'));
    verifyMerkleProof(root, chainedProofBytes(absent.proof), [utf8('commitments/ch-0/2')], undefined, [
      tendermintSpec,
    ]);
  });

  it('property: every present key proves membership, random absent keys prove absence', () => {
    const key = fc.uint8Array({ minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.uint8Array({ minLength: 1, maxLength: 8 })), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.array(key, { maxLength: 10 }),
        (pairs, probes) => {
          const store = new ProvableStore();
          const model = new Map<string, Uint8Array>();
          for (const [k, v] of pairs) {
            store.set(k, v);
            model.set(Buffer.from(k).toString('hex'), v);
          }
          store.commit();
          for (const [hex, v] of model) {
            const k = Uint8Array.from(Buffer.from(hex, 'hex'));
            expect(store.prove(k).value).toEqual(v);
            verifyPresent(store, k);
          }
          for (const k of probes) {
            if (!model.has(Buffer.from(k).toString('hex'))) verifyAbsent(store, k);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('property: sets and deletes over several commits; every retained version keeps its own contents', () => {
    const key = fc.constantFrom(...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(utf8));
    const op = fc.oneof(
      fc.tuple(fc.constant('set' as const), key, fc.uint8Array({ minLength: 1, maxLength: 4 })),
      fc.tuple(fc.constant('delete' as const), key),
      fc.constant(['commit' as const] as const),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const store = new ProvableStore();
        const model = new Map<string, Uint8Array>();
        const snapshots = new Map<bigint, Map<string, Uint8Array>>();
        for (const o of [...ops, ['commit'] as const]) {
          if (o[0] === 'set') {
            store.set(o[1], o[2]);
            model.set(Buffer.from(o[1]).toString('hex'), o[2]);
          } else if (o[0] === 'delete') {
            store.delete(o[1]);
            model.delete(Buffer.from(o[1]).toString('hex'));
          } else snapshots.set(store.commit().version, new Map(model));
        }
        for (const [version, contents] of snapshots) {
          for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
            const k = utf8(name);
            const expected = contents.get(Buffer.from(k).toString('hex'));
            expect(store.getAt(version, k)).toEqual(expected);
            if (contents.size === 0) continue;
            if (expected) verifyPresent(store, k, version);
            else verifyAbsent(store, k, version);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property: a tampered proof or value fails verification', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.nat(), fc.nat(), (n, pick, flip) => {
        const store = new ProvableStore();
        for (let i = 0; i < n; i++) store.set(utf8(`key-${i * 2}`), utf8(`value-${i}`));
        const { root } = store.commit();
        const key = utf8(`key-${(pick % n) * 2}`);
        const { value, proof } = store.prove(key);
        const tampered = Uint8Array.from(proof);
        const at = flip % tampered.length;
        tampered[at] = (tampered[at] as number) ^ 0x01;
        expect(() =>
          verifyMembership(storeProofSpec, root, decodeCommitmentProof(tampered), key, value as Uint8Array),
        ).toThrow();
        expect(() =>
          verifyMembership(storeProofSpec, root, decodeCommitmentProof(proof), key, utf8('forged')),
        ).toThrow();
        // A membership proof does not prove the absence of its key, nor an absence proof of a neighbour.
        expect(() => verifyNonMembership(storeProofSpec, root, decodeCommitmentProof(proof), key)).toThrow();
        const gap = utf8(`key-${(pick % n) * 2}x`);
        const absent = store.prove(gap).proof;
        expect(() => verifyNonMembership(storeProofSpec, root, decodeCommitmentProof(absent), key)).toThrow();
      }),
      { numRuns: 60 },
    );
  });

  it('error: empty keys and values, pruned versions and proofs in an empty store', () => {
    const store = new ProvableStore({ retainVersions: 2 });
    expect(codeOf(() => store.set(utf8('k'), new Uint8Array(0)))).toBe('VALUE_EMPTY');
    expect(codeOf(() => store.set(new Uint8Array(0), utf8('v')))).toBe('KEY_EMPTY');
    store.commit();
    expect(codeOf(() => store.prove(utf8('k')))).toBe('STORE_EMPTY');
    store.set(utf8('k'), utf8('v'));
    store.commit();
    store.commit();
    expect(codeOf(() => store.rootAt(1n))).toBe('VERSION_NOT_FOUND');
    expect(codeOf(() => store.getAt(9n, utf8('k')))).toBe('VERSION_NOT_FOUND');
    expect(codeOf(() => store.prove(utf8('k'), 0n))).toBe('VERSION_NOT_FOUND');
    const err = (() => {
      try {
        store.rootAt(1n);
      } catch (e) {
        return e as IsthmusError;
      }
      return undefined;
    })();
    expect(err?.category).toBe('not_found');
    expect(codeOf(() => new ProvableStore({ retainVersions: 0 }))).toBe('STORE_OPTIONS_INVALID');
  });
});
