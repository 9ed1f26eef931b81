/**
 * One hosted client's slice of the devnet's provable store (ICS-24 layout,
 * so a counterparty can prove it):
 *
 *   clients/{id}/clientState                       client-type encoding
 *   clients/{id}/consensusStates/{rev}-{height}    client-type encoding
 *   clients/{id}/consensusHeights                  heights stored, ascending
 *
 * The store offers no iteration, so the heights a client holds are kept in
 * an index of their own (decimal, comma-separated): pruning and the
 * neighbour lookups of misbehaviour detection read it instead of scanning.
 * A client's counterparty never changes its revision here, so the index
 * holds heights only.
 */
import type { KvStore } from '../module.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** What a registry reads through: a message's branch (writable) or a committed version (read-only). */
export type RegistryStore = Pick<KvStore, 'get'> & Partial<KvStore>;

export function clientStatePath(clientId: string): string {
  return `clients/${clientId}/clientState`;
}

export function consensusStatePath(clientId: string, revision: bigint, height: bigint): string {
  return `clients/${clientId}/consensusStates/${revision}-${height}`;
}

function consensusHeightsPath(clientId: string): string {
  return `clients/${clientId}/consensusHeights`;
}

export class ClientStore {
  readonly clientId: string;
  readonly #kv: RegistryStore;
  readonly #revision: bigint;

  constructor(kv: RegistryStore, clientId: string, revision: bigint) {
    this.#kv = kv;
    this.clientId = clientId;
    this.#revision = revision;
  }

  get revision(): bigint {
    return this.#revision;
  }

  setClientState(bytes: Uint8Array): void {
    this.#writable().set(encoder.encode(clientStatePath(this.clientId)), bytes);
  }

  consensusState(height: bigint): Uint8Array | undefined {
    return this.#kv.get(this.#consensusKey(height));
  }

  setConsensusState(height: bigint, bytes: Uint8Array): void {
    this.#writable().set(this.#consensusKey(height), bytes);
    const heights = this.heights();
    if (!heights.includes(height)) this.#setHeights([...heights, height].sort(ascending));
  }

  /** Heights with a stored consensus state, ascending. */
  heights(): bigint[] {
    const bytes = this.#kv.get(encoder.encode(consensusHeightsPath(this.clientId)));
    if (!bytes || bytes.length === 0) return [];
    return decoder
      .decode(bytes)
      .split(',')
      .map((h) => BigInt(h));
  }

  /**
   * Deletes the consensus states `expired` says are past the trusting
   * period, except the one at `keep` (the latest: the client's status is
   * judged by it). Returns the heights deleted.
   */
  pruneExpired(keep: bigint, expired: (consensusState: Uint8Array) => boolean): bigint[] {
    const pruned: bigint[] = [];
    const kept: bigint[] = [];
    for (const height of this.heights()) {
      const bytes = this.consensusState(height);
      if (height !== keep && bytes && expired(bytes)) {
        this.#writable().delete(this.#consensusKey(height));
        pruned.push(height);
      } else {
        kept.push(height);
      }
    }
    if (pruned.length > 0) this.#setHeights(kept);
    return pruned;
  }

  #consensusKey(height: bigint): Uint8Array {
    return encoder.encode(consensusStatePath(this.clientId, this.#revision, height));
  }

  #setHeights(heights: readonly bigint[]): void {
    this.#writable().set(
      encoder.encode(consensusHeightsPath(this.clientId)),
      encoder.encode(heights.join(',')),
    );
  }

  #writable(): KvStore {
    const kv = this.#kv;
    if (!kv.set || !kv.delete) throw new TypeError('the registry was opened read-only');
    return kv as KvStore;
  }
}

function ascending(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
