/**
 * A Merkle-Patricia trie builder for tests only (Yellow Paper appendix D):
 * the root of a key/value map and the proof of one key, so that tests can
 * rebuild ethereum/tests TrieTests roots and a block's receiptsRoot, and make
 * proofs of keys the fixtures do not cover.
 *
 * It builds the canonical trie of the final map directly (the trie of a map
 * does not depend on insertion order), recursively: one entry is a leaf, a
 * shared prefix is an extension, otherwise a branch on the next nibble.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { decodeRlp, encodeRlp, type RlpItem } from '../../../light-clients/evm/rlp.js';
import { toNibbles } from '../../../light-clients/evm/mpt.js';

interface Entry {
  readonly path: readonly number[];
  readonly value: Uint8Array;
}

function hexPrefix(path: readonly number[], leaf: boolean): Uint8Array {
  const odd = path.length % 2 === 1;
  const nibbles = [(leaf ? 2 : 0) + (odd ? 1 : 0), ...(odd ? [] : [0]), ...path];
  const out = new Uint8Array(nibbles.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = ((nibbles[2 * i] ?? 0) << 4) | (nibbles[2 * i + 1] ?? 0);
  return out;
}

function commonPrefixLength(entries: readonly Entry[]): number {
  const first = entries[0]?.path ?? [];
  let n = 0;
  while (n < first.length && entries.every((e) => e.path.length > n && e.path[n] === first[n])) n++;
  return n;
}

/** The node for `entries`, and the hashed nodes under it keyed by their hash. */
function build(entries: readonly Entry[], store: Map<string, Uint8Array>): RlpItem {
  const only = entries[0];
  if (only === undefined) return new Uint8Array(0);
  if (entries.length === 1) return [hexPrefix(only.path, true), only.value];
  const shared = commonPrefixLength(entries);
  if (shared > 0) {
    const rest = entries.map((e) => ({ path: e.path.slice(shared), value: e.value }));
    return [hexPrefix(only.path.slice(0, shared), false), ref(build(rest, store), store)];
  }
  const branch: RlpItem[] = [];
  for (let nibble = 0; nibble < 16; nibble++) {
    const under = entries
      .filter((e) => e.path[0] === nibble)
      .map((e) => ({ path: e.path.slice(1), value: e.value }));
    branch.push(under.length === 0 ? new Uint8Array(0) : ref(build(under, store), store));
  }
  branch.push(entries.find((e) => e.path.length === 0)?.value ?? new Uint8Array(0));
  return branch;
}

/** A child reference: nodes of 32 bytes or more by hash, smaller ones embedded. */
function ref(node: RlpItem, store: Map<string, Uint8Array>): RlpItem {
  const encoded = encodeRlp(node);
  if (encoded.length < 32) return node;
  const hash = keccak_256(encoded);
  store.set(bytesToHex(hash), encoded);
  return hash;
}

export interface BuiltTrie {
  readonly root: Uint8Array;
  /** The proof of `key` as nodes deliver it: root first, then every hashed node on the key's path. */
  prove(key: Uint8Array): Uint8Array[];
}

function decoded(encoded: Uint8Array): RlpItem {
  const item = decodeRlp(encoded);
  if (item === undefined) throw new Error('the builder produced non-canonical RLP');
  return item;
}

export function buildTrie(pairs: ReadonlyArray<readonly [Uint8Array, Uint8Array]>): BuiltTrie {
  const byKey = new Map<string, Entry>();
  // TrieTests semantics: an empty value deletes the key.
  for (const [key, value] of pairs) {
    if (value.length === 0) byKey.delete(bytesToHex(key));
    else byKey.set(bytesToHex(key), { path: toNibbles(key), value });
  }
  const store = new Map<string, Uint8Array>();
  const rootEncoded = encodeRlp(build([...byKey.values()], store));
  return {
    root: keccak_256(rootEncoded),
    prove(key) {
      const nibbles = toNibbles(key);
      const proof: Uint8Array[] = [rootEncoded];
      let node = decoded(rootEncoded);
      let pos = 0;
      for (;;) {
        let next: RlpItem | undefined;
        if (Array.isArray(node) && node.length === 17) {
          next = pos < nibbles.length ? node[nibbles[pos] ?? 0] : undefined;
          pos++;
        } else if (Array.isArray(node) && node.length === 2) {
          const all = toNibbles(node[0] as Uint8Array);
          const flag = all[0] ?? 0;
          const path = all.slice(flag % 2 === 1 ? 1 : 2);
          if (flag >= 2 || !path.every((n, i) => nibbles[pos + i] === n)) break;
          pos += path.length;
          next = node[1];
        }
        if (next === undefined) break;
        if (next instanceof Uint8Array) {
          const stored = next.length === 32 ? store.get(bytesToHex(next)) : undefined;
          if (stored === undefined) break;
          proof.push(stored);
          node = decoded(stored);
        } else {
          node = next;
        }
      }
      return proof;
    },
  };
}
