/**
 * The in-process key/value bucket behind `MemoryBus.kv`: one revision
 * counter per bucket (as a NATS KV stream's sequence), compare-and-set on
 * it, and a time-to-live checked when a key is read or written.
 */
import type { KvEntry, KvStore } from './bus.js';
import { driverError } from './errors.js';

interface Slot {
  readonly value: Uint8Array;
  readonly revision: bigint;
  readonly writtenAtMs: number;
}

export class MemoryKv implements KvStore {
  private readonly slots = new Map<string, Slot>();
  private revision = 0n;

  constructor(
    private readonly bucket: string,
    private readonly ttlMs: number | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): Promise<KvEntry | undefined> {
    const slot = this.live(key);
    return Promise.resolve(slot && { key, value: slot.value.slice(), revision: slot.revision });
  }

  put(key: string, value: Uint8Array): Promise<bigint> {
    return Promise.resolve(this.write(key, value));
  }

  create(key: string, value: Uint8Array): Promise<bigint> {
    if (this.live(key)) return Promise.reject(this.conflict('BUS_KV_EXISTS', key, 'key exists'));
    return Promise.resolve(this.write(key, value));
  }

  update(key: string, value: Uint8Array, revision: bigint): Promise<bigint> {
    if (this.live(key)?.revision !== revision) {
      return Promise.reject(this.conflict('BUS_KV_WRONG_REVISION', key, 'revision changed'));
    }
    return Promise.resolve(this.write(key, value));
  }

  delete(key: string, revision?: bigint): Promise<void> {
    if (revision !== undefined && this.live(key)?.revision !== revision) {
      return Promise.reject(this.conflict('BUS_KV_WRONG_REVISION', key, 'revision changed'));
    }
    this.slots.delete(key);
    this.revision += 1n;
    return Promise.resolve();
  }

  // A snapshot of the keys when the listing starts, as NATS KV lists them.
  async *keys(): AsyncGenerator<string> {
    for (const key of [...this.slots.keys()]) if (this.live(key)) yield key;
  }

  private live(key: string): Slot | undefined {
    const slot = this.slots.get(key);
    if (slot && this.ttlMs !== undefined && this.now() - slot.writtenAtMs >= this.ttlMs) {
      this.slots.delete(key);
      return undefined;
    }
    return slot;
  }

  private write(key: string, value: Uint8Array): bigint {
    this.revision += 1n;
    this.slots.set(key, { value: value.slice(), revision: this.revision, writtenAtMs: this.now() });
    return this.revision;
  }

  private conflict(code: string, key: string, why: string): Error {
    return driverError(code, `${this.bucket}/${key}: ${why}`, 'already_exists', { bucket: this.bucket, key });
  }
}
