/**
 * A versioned key/value store whose every committed version has a root and
 * ICS-23 proofs (membership and absence) that `light-clients/ics23` verifies
 * under `tendermintSpec` (see tree.ts for the tree, proof.ts for the proofs).
 *
 * Writes go to a working state; `commit()` fixes it as the next version
 * (1, 2, 3, ...) and computes its root. Each version keeps its leaves in key
 * order (pointers shared with the working state, so a version costs a few
 * arrays, and a commit without changes costs nothing); the whole tree is
 * kept only for the latest versions proven, and rebuilt (O(n) hashes) for
 * older ones. Only the last `retainVersions` versions are kept.
 *
 * An empty store's root is SHA-256 of nothing (CometBFT's empty tree). ICS-23
 * cannot prove absence in an empty tree (a non-existence proof needs a
 * neighbour), so proving a key of an empty version throws STORE_EMPTY.
 */
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { IsthmusError } from '../../light-clients/index.js';
import { existenceProofBytes, nonExistenceProofBytes } from './proof.js';
import { buildTree, EMPTY_ROOT, leafHash, type Tree } from './tree.js';

export interface ProvableStoreOptions {
  /** Versions kept for reads and proofs (default 1000). */
  readonly retainVersions?: number;
}

export interface StoreCommit {
  readonly version: bigint;
  readonly root: Uint8Array;
}

export interface StoreProof {
  /** The value at the key, or undefined when the proof shows its absence. */
  readonly value: Uint8Array | undefined;
  /** `cosmos.ics23.v1.CommitmentProof` bytes, verifiable with `tendermintSpec`. */
  readonly proof: Uint8Array;
  readonly version: bigint;
}

/** A change since the last commit: a new value, or undefined for a deletion. */
export type StoreChange = readonly [key: Uint8Array, value: Uint8Array | undefined];

interface Entry {
  readonly key: Uint8Array;
  readonly value: Uint8Array;
}

interface Version {
  readonly version: bigint;
  readonly root: Uint8Array;
  /** Hex keys in byte order (hex order is byte order). */
  readonly ids: readonly string[];
  readonly entries: readonly Entry[];
  readonly leaves: readonly Uint8Array[];
}

const DEFAULT_RETAIN = 1000;
const TREE_CACHE = 4;

function storeError(
  code: string,
  message: string,
  category: 'invalid_argument' | 'not_found' | 'failed_precondition',
  context: Record<string, unknown>,
): IsthmusError {
  return new IsthmusError(code, message, { category, context });
}

/** Index of `id` in sorted `ids`, or -(insertion point) - 1. */
function search(ids: readonly string[], id: string): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = ids[mid] as string;
    if (at < id) lo = mid + 1;
    else if (at > id) hi = mid - 1;
    else return mid;
  }
  return -lo - 1;
}

export class ProvableStore {
  readonly #retain: number;
  /** The working state. */
  readonly #current = new Map<string, Entry>();
  /** Keys written or deleted since the last commit. */
  readonly #dirty = new Map<string, Entry | undefined>();
  readonly #leafOf = new WeakMap<Entry, Uint8Array>();
  readonly #versions = new Map<bigint, Version>();
  readonly #trees = new Map<string, Tree>();
  #latest: Version;

  constructor(options: ProvableStoreOptions = {}) {
    const retain = options.retainVersions ?? DEFAULT_RETAIN;
    if (!Number.isSafeInteger(retain) || retain < 1) {
      throw storeError(
        'STORE_OPTIONS_INVALID',
        `retainVersions must be a positive integer, got ${retain}`,
        'invalid_argument',
        { retainVersions: retain },
      );
    }
    this.#retain = retain;
    this.#latest = { version: 0n, root: EMPTY_ROOT, ids: [], entries: [], leaves: [] };
  }

  get latestVersion(): bigint {
    return this.#latest.version;
  }

  get(key: Uint8Array): Uint8Array | undefined {
    return this.#current.get(bytesToHex(key))?.value;
  }

  /** ICS-23 proves neither empty keys nor empty values: both are refused. */
  set(key: Uint8Array, value: Uint8Array): void {
    checkKey(key);
    if (value.length === 0) {
      throw storeError(
        'VALUE_EMPTY',
        'the store refuses empty values (ICS-23 cannot prove them)',
        'invalid_argument',
        { key: bytesToHex(key) },
      );
    }
    const id = bytesToHex(key);
    const entry = { key: Uint8Array.from(key), value: Uint8Array.from(value) };
    this.#current.set(id, entry);
    this.#dirty.set(id, entry);
  }

  delete(key: Uint8Array): void {
    const id = bytesToHex(key);
    if (!this.#current.delete(id) && !this.#dirty.has(id)) return;
    this.#dirty.set(id, undefined);
  }

  /** The writes and deletions since the last commit, in key order. */
  pendingChanges(): StoreChange[] {
    return [...this.#dirty.keys()].sort().map((id) => {
      const entry = this.#dirty.get(id);
      return entry ? [entry.key, entry.value] : [hexToBytes(id), undefined];
    });
  }

  commit(): StoreCommit {
    const previous = this.#latest;
    const version = previous.version + 1n;
    const next = this.#dirty.size === 0 ? { ...previous, version } : this.#merge(previous, version);
    this.#dirty.clear();
    this.#latest = next;
    this.#versions.set(version, next);
    this.#versions.delete(version - BigInt(this.#retain));
    return { version, root: next.root };
  }

  rootAt(version: bigint): Uint8Array {
    return this.#version(version).root;
  }

  getAt(version: bigint, key: Uint8Array): Uint8Array | undefined {
    const v = this.#version(version);
    const at = search(v.ids, bytesToHex(key));
    return at >= 0 ? v.entries[at]?.value : undefined;
  }

  /** A proof of `key`'s value or absence at `version` (default the latest). */
  prove(key: Uint8Array, version: bigint = this.#latest.version): StoreProof {
    checkKey(key);
    const v = this.#version(version);
    const tree = this.#treeOf(v);
    if (!tree) {
      throw storeError(
        'STORE_EMPTY',
        `version ${version} is empty: ICS-23 cannot prove absence in an empty tree`,
        'failed_precondition',
        { version },
      );
    }
    const at = search(v.ids, bytesToHex(key));
    if (at >= 0) {
      const entry = v.entries[at] as Entry;
      return { value: entry.value, proof: existenceProofBytes(tree, { index: at, ...entry }), version };
    }
    const right = -at - 1;
    const leaf = (i: number) => {
      const entry = v.entries[i];
      return entry ? { index: i, ...entry } : undefined;
    };
    return {
      value: undefined,
      proof: nonExistenceProofBytes(tree, key, leaf(right - 1), leaf(right)),
      version,
    };
  }

  #version(version: bigint): Version {
    const v = version === this.#latest.version && version > 0n ? this.#latest : this.#versions.get(version);
    if (!v) {
      throw storeError('VERSION_NOT_FOUND', `store version ${version} is not retained`, 'not_found', {
        version,
        latestVersion: this.#latest.version,
        retainVersions: this.#retain,
      });
    }
    return v;
  }

  /** The new version: the previous leaves with this commit's changes merged in, in key order. */
  #merge(previous: Version, version: bigint): Version {
    const changed = [...this.#dirty.keys()].sort();
    const ids: string[] = [];
    const entries: Entry[] = [];
    let i = 0;
    let j = 0;
    while (i < previous.ids.length || j < changed.length) {
      const old = previous.ids[i];
      const change = changed[j];
      if (change === undefined || (old !== undefined && old < change)) {
        ids.push(old as string);
        entries.push(previous.entries[i] as Entry);
        i++;
        continue;
      }
      if (old === change) i++;
      j++;
      const entry = this.#dirty.get(change);
      if (entry) {
        ids.push(change);
        entries.push(entry);
      }
    }
    const leaves = entries.map((e) => this.#leaf(e));
    const tree = buildTree(leaves);
    if (tree) this.#cacheTree(tree);
    return { version, root: tree?.hash ?? EMPTY_ROOT, ids, entries, leaves };
  }

  #leaf(entry: Entry): Uint8Array {
    let leaf = this.#leafOf.get(entry);
    if (!leaf) {
      leaf = leafHash(entry.key, entry.value);
      this.#leafOf.set(entry, leaf);
    }
    return leaf;
  }

  /** The tree of a version; trees are cached by root, as equal roots mean equal trees. */
  #treeOf(v: Version): Tree | undefined {
    if (v.leaves.length === 0) return undefined;
    const id = bytesToHex(v.root);
    const cached = this.#trees.get(id);
    if (cached) {
      this.#trees.delete(id);
      this.#trees.set(id, cached);
      return cached;
    }
    const tree = buildTree(v.leaves) as Tree;
    this.#cacheTree(tree);
    return tree;
  }

  #cacheTree(tree: Tree): void {
    const id = bytesToHex(tree.hash);
    this.#trees.delete(id);
    this.#trees.set(id, tree);
    if (this.#trees.size > TREE_CACHE) {
      const oldest = this.#trees.keys().next().value;
      if (oldest !== undefined) this.#trees.delete(oldest);
    }
  }
}

function checkKey(key: Uint8Array): void {
  if (key.length === 0) {
    throw storeError(
      'KEY_EMPTY',
      'the store refuses empty keys (ICS-23 cannot prove them)',
      'invalid_argument',
      {},
    );
  }
}
