/** Merkle-Patricia proof lookup: presence, both kinds of absence, and every way a proof can be broken. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { VerificationError } from '../../../light-clients/index.js';
import { EMPTY_TRIE_ROOT, lookupMptProof } from '../../../light-clients/evm/index.js';
import { encodeRlp } from '../../../light-clients/evm/rlp.js';
import { buildTrie } from './trie-builder.js';
import { expectCode } from './expect-code.js';

const text = new TextEncoder();
const pairs = ['do', 'dog', 'doge', 'horse', 'horses', 'ether', 'a', 'b'].map(
  (k, i) =>
    [
      text.encode(k),
      text.encode(i % 2 === 0 ? `value-${k}` : `a much longer value for ${k}, over 32 bytes`),
    ] as const,
);
const trie = buildTrie(pairs);

describe('evm Merkle-Patricia proofs', () => {
  it.each(pairs.map(([k, v]) => [new TextDecoder().decode(k), k, v] as const))(
    'behavior: the proof of "%s" gives its value',
    (_name, key, value) => {
      expect(lookupMptProof(trie.root, key, trie.prove(key))).toEqual({ kind: 'present', value });
    },
  );

  it('behavior: a key ending in an empty branch slot is absent', () => {
    const key = text.encode('c');
    expect(lookupMptProof(trie.root, key, trie.prove(key))).toEqual({ kind: 'absent' });
  });

  it('behavior: a key whose path leaves a leaf or extension is absent, shown by a neighbour', () => {
    // Every other key starts with nibble 6: the root is an extension that 'z' (0x7a) leaves.
    const key = text.encode('z');
    expect(lookupMptProof(trie.root, key, trie.prove(key))).toEqual({ kind: 'other-key' });
  });

  it('behavior: keys whose nodes are embedded (under 32 bytes) are proven through their parent', () => {
    const small = buildTrie([
      [Uint8Array.of(0x01), Uint8Array.of(0x0a)],
      [Uint8Array.of(0x02), Uint8Array.of(0x0b)],
    ]);
    const proof = small.prove(Uint8Array.of(0x02));
    expect(proof).toHaveLength(1);
    expect(lookupMptProof(small.root, Uint8Array.of(0x02), proof)).toEqual({
      kind: 'present',
      value: Uint8Array.of(0x0b),
    });
  });

  it('behavior: the empty trie proves every key absent, with no node or with its one empty node', () => {
    expect(buildTrie([]).root).toEqual(EMPTY_TRIE_ROOT);
    expect(lookupMptProof(EMPTY_TRIE_ROOT, Uint8Array.of(1), [])).toEqual({ kind: 'absent' });
    expect(lookupMptProof(EMPTY_TRIE_ROOT, Uint8Array.of(1), [Uint8Array.of(0x80)])).toEqual({
      kind: 'absent',
    });
  });

  const key = text.encode('horses');
  const proof = trie.prove(key);

  it('behavior: the test proof has several hashed nodes (so swaps and drops are meaningful)', () => {
    expect(proof.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['a missing last node', () => proof.slice(0, -1)],
    ['a missing first node', () => proof.slice(1)],
    ['an extra node at the end', () => [...proof, proof[0] as Uint8Array]],
    ['two swapped nodes', () => [proof[1], proof[0], ...proof.slice(2)] as Uint8Array[]],
    [
      'a node of another path',
      () => [...proof.slice(0, -1), trie.prove(text.encode('do')).at(-1) as Uint8Array],
    ],
  ])('error: a proof with %s is PROOF_INVALID', (_what, mutate) => {
    expectCode(() => lookupMptProof(trie.root, key, mutate()), 'PROOF_INVALID');
  });

  it('error: a sound proof of another key is PROOF_KEY_MISMATCH and names the key it proves', () => {
    const err = expectCode(
      () => lookupMptProof(trie.root, text.encode('b'), trie.prove(text.encode('ether'))),
      'PROOF_KEY_MISMATCH',
    );
    expect(err.context.provenKey).toBe(`0x${Buffer.from('ether').toString('hex')}`);
  });

  it('error: a proof against another root is PROOF_INVALID', () => {
    expectCode(() => lookupMptProof(keccak_256(Uint8Array.of(7)), key, proof), 'PROOF_INVALID');
  });

  it('error: the empty trie with a node other than RLP("") is PROOF_INVALID', () => {
    expectCode(
      () => lookupMptProof(EMPTY_TRIE_ROOT, Uint8Array.of(1), [Uint8Array.of(0xc0)]),
      'PROOF_INVALID',
    );
  });

  it.each([
    ['a node of three items', encodeRlp([Uint8Array.of(1), Uint8Array.of(2), Uint8Array.of(3)])],
    ['a byte string node', encodeRlp(Uint8Array.of(1, 2, 3))],
    ['a hex-prefix flag above 3', encodeRlp([Uint8Array.of(0x41), Uint8Array.of(1)])],
    ['an even hex-prefix with a non-zero pad', encodeRlp([Uint8Array.of(0x21), Uint8Array.of(1)])],
    ['an empty leaf value', encodeRlp([Uint8Array.of(0x20, 0x00), new Uint8Array(0)])],
    ['a child reference of 5 bytes', encodeRlp([Uint8Array.of(0x00, 0x00), Uint8Array.of(1, 2, 3, 4, 5)])],
    ['an extension with an empty path', encodeRlp([Uint8Array.of(0x00), keccak_256(Uint8Array.of(1))])],
    ['bytes that are not RLP', Uint8Array.of(0xc5, 0x01)],
  ])('error: %s is MALFORMED_PROOF', (_what, node) => {
    expectCode(() => lookupMptProof(keccak_256(node), Uint8Array.of(0x00), [node]), 'MALFORMED_PROOF');
  });

  it('behavior: random mutations of a valid proof are always rejected with a VerificationError', () => {
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('flip' as const),
        node: fc.nat(),
        byte: fc.nat(),
        bit: fc.integer({ min: 0, max: 7 }),
      }),
      fc.record({ kind: fc.constant('drop' as const), node: fc.nat() }),
      fc.record({ kind: fc.constant('duplicate' as const), node: fc.nat() }),
      fc.record({ kind: fc.constant('truncate' as const), node: fc.nat(), byte: fc.nat() }),
    );
    fc.assert(
      fc.property(mutation, (m) => {
        const nodes: Uint8Array[] = proof.map((n) => new Uint8Array(n));
        const i = m.node % nodes.length;
        const target = nodes[i] as Uint8Array;
        if (m.kind === 'flip')
          target[m.byte % target.length] = (target[m.byte % target.length] ?? 0) ^ (1 << m.bit);
        if (m.kind === 'drop') nodes.splice(i, 1);
        if (m.kind === 'duplicate') nodes.splice(i, 0, target);
        if (m.kind === 'truncate') nodes[i] = target.subarray(0, m.byte % target.length);
        expect(() => lookupMptProof(trie.root, key, nodes)).toThrow(VerificationError);
      }),
      { numRuns: 300 },
    );
  });
});
