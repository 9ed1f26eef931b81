/**
 * ethereum/tests TrieTests (commit 7d66cbfff1e6561d1046e45df8b7918d186b136f,
 * via ethereumjs-monorepo packages/trie/test/fixtures at bdc7eb1): the test
 * trie builder must rebuild every expected root, and every key it stores must
 * be proven by the client's proof verifier from the builder's proofs.
 *
 * trietestnextprev.json tests key iteration, which a proof verifier does not
 * do; it is not run here.
 */
import { expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import { lookupMptProof } from '../../../light-clients/evm/index.js';
import { buildTrie } from '../../unit/evm/trie-builder.js';

type Pairs = Array<[string, string | null]>;
interface TrieFile {
  readonly tests: Record<
    string,
    { readonly in: Pairs | Record<string, string | null>; readonly root: string }
  >;
}

const text = new TextEncoder();
const bytesOf = (s: string | null): Uint8Array =>
  s === null ? new Uint8Array(0) : s.startsWith('0x') ? hexToBytes(s.slice(2)) : text.encode(s);

const files: ReadonlyArray<readonly [string, boolean]> = [
  ['trietest.json', false],
  ['trietest_secureTrie.json', true],
  ['trieanyorder.json', false],
  ['trieanyorder_secureTrie.json', true],
  ['hex_encoded_securetrie_test.json', true],
];

describeWithFixtures('ethereumjs/trie', 'conformance: ethereum/tests TrieTests @7d66cbf', (dir) => {
  const cases = files.flatMap(([file, secure]) => {
    const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as TrieFile;
    return Object.entries(parsed.tests).map(([name, t]) => [`${file} ${name}`, secure, t] as const);
  });

  it('conformance: the fixture files hold test cases', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases)('conformance: %s rebuilds its root and proves every key', (_name, secure, t) => {
    const ops = Array.isArray(t.in) ? t.in : Object.entries(t.in);
    const pairs = ops.map(([k, v]) => {
      const key = bytesOf(k);
      return [secure ? keccak_256(key) : key, bytesOf(v)] as const;
    });
    const trie = buildTrie(pairs);
    expect(`0x${bytesToHex(trie.root)}`).toBe(t.root);
    const final = new Map(pairs.map(([k, v]) => [bytesToHex(k), v]));
    for (const [key, value] of final) {
      const found = lookupMptProof(trie.root, hexToBytes(key), trie.prove(hexToBytes(key)));
      expect(found).toEqual(
        value.length === 0 ? { kind: expect.stringMatching(/absent|other-key/) } : { kind: 'present', value },
      );
    }
  });
});
