/**
 * A write buffer over the chain's working state, one per message: reads see
 * the buffer first, and `write()` applies it only when the message
 * succeeded, so a failed message leaves no trace (the batch's other
 * messages still apply).
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { IsthmusError } from '../../light-clients/index.js';
import type { KvStore } from './module.js';

export class BranchStore implements KvStore {
  readonly #parent: KvStore;
  readonly #writes = new Map<string, readonly [Uint8Array, Uint8Array | undefined]>();

  constructor(parent: KvStore) {
    this.#parent = parent;
  }

  get(key: Uint8Array): Uint8Array | undefined {
    const write = this.#writes.get(bytesToHex(key));
    return write ? write[1] : this.#parent.get(key);
  }

  set(key: Uint8Array, value: Uint8Array): void {
    // Refused here, not when the buffer is written: the message that wrote it is the one to fail.
    if (key.length === 0 || value.length === 0) {
      throw new IsthmusError('VALUE_EMPTY', 'the store refuses empty keys and values', {
        category: 'invalid_argument',
      });
    }
    this.#writes.set(bytesToHex(key), [Uint8Array.from(key), Uint8Array.from(value)]);
  }

  delete(key: Uint8Array): void {
    this.#writes.set(bytesToHex(key), [Uint8Array.from(key), undefined]);
  }

  write(): void {
    for (const [key, value] of this.#writes.values()) {
      if (value === undefined) this.#parent.delete(key);
      else this.#parent.set(key, value);
    }
    this.#writes.clear();
  }
}
