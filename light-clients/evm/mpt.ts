/**
 * Merkle-Patricia trie proof verification (Yellow Paper appendix D; the proof
 * format of EIP-1186 and of geth's `trie.VerifyProof`).
 *
 * A proof is the list of RLP-encoded nodes on the path from the root to the
 * key, each one referenced by hash from the one before; nodes shorter than 32
 * bytes are embedded in their parent and are not separate items. Every item
 * must be used, in order: a node the path does not reach (an extra or swapped
 * node) makes the proof invalid, so one proof has one meaning.
 *
 * The walk ends in one of three ways: the key's value; an empty slot (the key
 * is absent); or a leaf or extension for a different path (the key is absent,
 * and the proof is one for a neighbouring key).
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { VerificationError } from '../verification-error.js';
import { equalBytes } from '@noble/curves/utils.js';
import { evmError } from './errors.js';
import { decodeHashedRlp, isBytes, isList, type RlpItem } from './rlp.js';

/** Root of the empty trie: keccak-256 of RLP("") . */
export const EMPTY_TRIE_ROOT = hexToBytes('56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421');

export type MptLookup =
  | { readonly kind: 'present'; readonly value: Uint8Array }
  /** The path ends in an empty slot. */
  | { readonly kind: 'absent' }
  /** The path ends in a leaf or extension whose key part differs from the key's. */
  | { readonly kind: 'other-key' };

function malformedProof(message: string, context: Record<string, unknown> = {}): never {
  throw evmError('MALFORMED_PROOF', message, context);
}

export function toNibbles(key: Uint8Array): number[] {
  const nibbles: number[] = [];
  for (const byte of key) nibbles.push(byte >> 4, byte & 0x0f);
  return nibbles;
}

/** Hex-prefix decoding (Yellow Paper appendix C): the path of a leaf or extension and which of the two it is. */
export function decodeHexPrefix(encoded: Uint8Array): { readonly path: number[]; readonly leaf: boolean } {
  const first = encoded[0];
  if (first === undefined) return malformedProof('a hex-prefix path is at least one byte');
  const flag = first >> 4;
  if (flag > 3) malformedProof(`hex-prefix flag ${flag} is not 0-3`);
  const odd = (flag & 1) === 1;
  if (!odd && (first & 0x0f) !== 0) malformedProof('an even hex-prefix path pads with a zero nibble');
  const path = toNibbles(encoded.subarray(1));
  if (odd) path.unshift(first & 0x0f);
  return { path, leaf: flag >= 2 };
}

/**
 * The key path a proof leads to when followed by its own hashes alone: each
 * node must reference the next by hash and the last must be a leaf. Undefined
 * for anything else. Used only after a lookup failed, to tell a broken proof
 * from a sound proof of another key.
 */
function provenPath(root: Uint8Array, proof: readonly Uint8Array[]): number[] | undefined {
  const path: number[] = [];
  let ref = root;
  for (let i = 0; i < proof.length; i++) {
    const encoded = proof[i] as Uint8Array;
    const node = equalBytes(keccak_256(encoded), ref) ? decodeHashedRlp(encoded) : undefined;
    const next = proof[i + 1];
    if (!isList(node)) return undefined;
    if (node.length === 17) {
      if (next === undefined) return undefined;
      const nextHash = keccak_256(next);
      const child = node.findIndex((c, j) => j < 16 && isBytes(c) && equalBytes(c, nextHash));
      if (child < 0) return undefined;
      path.push(child);
      ref = nextHash;
    } else if (node.length === 2 && isBytes(node[0])) {
      let decoded: ReturnType<typeof decodeHexPrefix>;
      try {
        decoded = decodeHexPrefix(node[0]);
      } catch {
        return undefined;
      }
      path.push(...decoded.path);
      if (decoded.leaf) return next === undefined ? path : undefined;
      const child = node[1];
      if (next === undefined || !isBytes(child) || child.length !== 32) return undefined;
      ref = child;
    } else {
      return undefined;
    }
  }
  return undefined;
}

function nibblesToHex(nibbles: readonly number[]): string {
  return `0x${nibbles.map((n) => n.toString(16)).join('')}`;
}

/**
 * Looks `key` up in the trie with root `root`, using exactly the nodes of
 * `proof`. A proof that fails for `key` but is a complete, sound proof of
 * another key is PROOF_KEY_MISMATCH (context `provenKey`); any other broken
 * proof is PROOF_INVALID or MALFORMED_PROOF.
 */
export function lookupMptProof(root: Uint8Array, key: Uint8Array, proof: readonly Uint8Array[]): MptLookup {
  try {
    return walk(root, key, proof);
  } catch (err) {
    if (!(err instanceof VerificationError) || err.code !== 'PROOF_INVALID') throw err;
    const proven = provenPath(root, proof);
    if (proven === undefined) throw err;
    throw evmError('PROOF_KEY_MISMATCH', 'the proof is a proof of another key', {
      key: `0x${bytesToHex(key)}`,
      provenKey: nibblesToHex(proven),
    });
  }
}

function walk(root: Uint8Array, key: Uint8Array, proof: readonly Uint8Array[]): MptLookup {
  const nibbles = toNibbles(key);
  let pos = 0;
  let used = 0;
  let ref: RlpItem = root;
  let result: MptLookup | undefined;
  let depth = 0;
  while (result === undefined) {
    let node: RlpItem;
    if (isBytes(ref)) {
      if (ref.length === 0) {
        result = { kind: 'absent' };
        break;
      }
      if (ref.length !== 32)
        malformedProof('a child reference is a 32-byte hash or an embedded node', { depth });
      const encoded = proof[used];
      if (encoded === undefined) {
        // The empty trie has no node at all: its root stands for RLP("").
        if (used === 0 && equalBytes(ref, EMPTY_TRIE_ROOT)) {
          result = { kind: 'absent' };
          break;
        }
        throw evmError('PROOF_INVALID', 'the proof ends before the path does (a node is missing)', {
          depth,
          used,
        });
      }
      if (!equalBytes(keccak_256(encoded), ref))
        throw evmError('PROOF_INVALID', 'a proof node does not hash to the reference its parent holds', {
          depth,
          node: used,
        });
      used++;
      const decoded = decodeHashedRlp(encoded);
      if (decoded === undefined) return malformedProof('a proof node is not RLP', { node: used - 1 });
      node = decoded;
    } else {
      node = ref;
    }
    depth++;
    if (isBytes(node)) {
      if (node.length === 0 && used === 1) {
        result = { kind: 'absent' };
        break;
      }
      return malformedProof('a trie node is a list', { depth });
    }
    if (node.length === 17) {
      if (pos === nibbles.length) {
        const value = node[16];
        if (!isBytes(value)) return malformedProof('a branch value is a byte string', { depth });
        result = value.length === 0 ? { kind: 'absent' } : { kind: 'present', value };
        break;
      }
      const child: RlpItem | undefined = node[nibbles[pos] ?? 0];
      pos++;
      if (child === undefined) return malformedProof('unreachable: a branch has 16 children');
      ref = child;
    } else if (node.length === 2) {
      const [encodedPath, next] = node as readonly [RlpItem, RlpItem];
      if (!isBytes(encodedPath))
        return malformedProof('a leaf or extension path is a byte string', { depth });
      const { path, leaf } = decodeHexPrefix(encodedPath);
      const rest = nibbles.length - pos;
      const matches =
        (leaf ? rest === path.length : rest >= path.length) && path.every((n, i) => nibbles[pos + i] === n);
      if (!matches) {
        result = { kind: 'other-key' };
        break;
      }
      pos += path.length;
      if (leaf) {
        if (!isBytes(next) || next.length === 0)
          return malformedProof('a leaf value is a non-empty byte string');
        result = { kind: 'present', value: next };
      } else {
        if (path.length === 0) malformedProof('an extension has a non-empty path', { depth });
        ref = next;
      }
    } else {
      return malformedProof(`a trie node has 2 or 17 items, not ${node.length}`, { depth });
    }
  }
  if (used !== proof.length)
    throw evmError('PROOF_INVALID', 'the proof has nodes the path does not use', {
      used,
      given: proof.length,
    });
  return result;
}
