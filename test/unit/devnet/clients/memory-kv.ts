/** An in-memory `KvStore` for driving the client registry without a chain. */
import { bytesToHex } from '@noble/hashes/utils.js';
import type { KvStore } from '../../../../adapters/devnet/index.js';

export class MemoryKv implements KvStore {
  readonly entries = new Map<string, Uint8Array>();

  get(key: Uint8Array): Uint8Array | undefined {
    return this.entries.get(bytesToHex(key));
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.entries.set(bytesToHex(key), value);
  }

  delete(key: Uint8Array): void {
    this.entries.delete(bytesToHex(key));
  }
}

/** The code of what `fn` throws ('' when it returns). */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
    return '';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}
