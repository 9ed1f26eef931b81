/**
 * One active watcher per chain across processes: a lease in a bus KV
 * bucket whose entries expire (`ttlMs`). The holder creates the chain's key
 * (`create` fails while anyone holds it), renews it by compare-and-set on
 * its revision well before the TTL, and deletes it when it stops. A holder
 * that dies stops renewing; its key expires and another process's `create`
 * succeeds — fail-over without a coordinator.
 *
 * A renewal that finds a different revision (or no key) means the lease was
 * lost — the holder paused past the TTL and someone else took over — and
 * the holder must stop publishing.
 */
import { IsthmusError } from '../../../light-clients/index.js';
import type { KvStore } from '../../drivers/index.js';
import { chainKey } from './cursor.js';

export const WATCHER_LEASES_BUCKET = 'isthmus-watcher-leases';

export class ChainLease {
  #revision: bigint | undefined;

  constructor(
    private readonly kv: KvStore,
    private readonly chainId: string,
    /** Who holds it (process and watcher), for operators reading the bucket. */
    private readonly owner: string,
  ) {}

  get held(): boolean {
    return this.#revision !== undefined;
  }

  /** Takes the lease if nobody holds it; false when someone does. */
  async tryAcquire(): Promise<boolean> {
    try {
      this.#revision = await this.kv.create(chainKey(this.chainId), this.#value());
      return true;
    } catch (err) {
      if (IsthmusError.is(err) && err.code === 'BUS_KV_EXISTS') return false;
      throw err;
    }
  }

  /** Extends the lease; false (and no longer held) when it was lost. */
  async renew(): Promise<boolean> {
    if (this.#revision === undefined) return false;
    try {
      this.#revision = await this.kv.update(chainKey(this.chainId), this.#value(), this.#revision);
      return true;
    } catch (err) {
      if (IsthmusError.is(err) && err.code === 'BUS_KV_WRONG_REVISION') {
        this.#revision = undefined;
        return false;
      }
      throw err;
    }
  }

  /** Gives the lease up at once so another process need not wait for the TTL. */
  async release(): Promise<void> {
    const revision = this.#revision;
    this.#revision = undefined;
    if (revision === undefined) return;
    try {
      await this.kv.delete(chainKey(this.chainId), revision);
    } catch (err) {
      // Someone else holds it already: nothing of ours to delete.
      if (!(IsthmusError.is(err) && err.code === 'BUS_KV_WRONG_REVISION')) throw err;
    }
  }

  #value(): Uint8Array {
    return new TextEncoder().encode(this.owner);
  }
}
