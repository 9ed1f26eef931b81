/**
 * The committee's own light clients of counterparty chains (docs/evm.md,
 * "Trust model"): what a member verifies before it signs a recv, ack or
 * timeout for the contract. They are the devnet's hosted clients
 * (adapters/devnet ClientRegistry: tendermint, attestation, evm), kept by
 * the adapter instead of a chain, so the relayer creates and updates them
 * with the same CreateClient / UpdateClient messages as on any ledger, and
 * reads them back with QueryClient.
 *
 * Each message applies to a staged copy that is kept only when the message
 * succeeds (a refused update changes nothing). With a state file, the store
 * is written after every change (write to a temporary file, then rename) and
 * read back at start, so a restart keeps the clients and which client
 * proves each channel.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { ClientRegistry, type RegistryStore } from '../devnet/client-registry.js';

const CHANNEL_CLIENT_PREFIX = 'evm-adapter/channel-client/';
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const keyOf = (key: Uint8Array): string => Buffer.from(key).toString('hex');

/** A store branch: reads fall through to the base, writes stay until `commit`. */
class Staged implements Required<RegistryStore> {
  readonly #base: Map<string, Uint8Array>;
  readonly #writes = new Map<string, Uint8Array | undefined>();

  constructor(base: Map<string, Uint8Array>) {
    this.#base = base;
  }

  get(key: Uint8Array): Uint8Array | undefined {
    const k = keyOf(key);
    return this.#writes.has(k) ? this.#writes.get(k) : this.#base.get(k);
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.#writes.set(keyOf(key), value.slice());
  }

  delete(key: Uint8Array): void {
    this.#writes.set(keyOf(key), undefined);
  }

  commit(): boolean {
    for (const [k, v] of this.#writes) {
      if (v === undefined) this.#base.delete(k);
      else this.#base.set(k, v);
    }
    return this.#writes.size > 0;
  }
}

export class CommitteeClients {
  readonly #entries: Map<string, Uint8Array>;
  readonly #file: string | undefined;
  #saving: Promise<void> = Promise.resolve();
  #failed: unknown;

  private constructor(entries: Map<string, Uint8Array>, file: string | undefined) {
    this.#entries = entries;
    this.#file = file;
  }

  /** Opens the store, read from `file` when it exists. */
  static async open(file?: string): Promise<CommitteeClients> {
    const entries = new Map<string, Uint8Array>();
    if (file !== undefined) {
      let text: string | undefined;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
      if (text !== undefined) {
        for (const [k, v] of Object.entries(JSON.parse(text) as Record<string, string>)) {
          entries.set(k, Uint8Array.from(Buffer.from(v, 'hex')));
        }
      }
    }
    return new CommitteeClients(entries, file);
  }

  /** Runs `change` on a staged registry; its writes are kept only when it returns. */
  apply<T>(change: (registry: ClientRegistry, store: RegistryStore) => T): T {
    const staged = new Staged(this.#entries);
    const result = change(new ClientRegistry(staged), staged);
    if (staged.commit()) this.#save();
    return result;
  }

  /** A read-only registry over the current state. */
  get registry(): ClientRegistry {
    return new ClientRegistry({ get: (key) => this.#entries.get(keyOf(key)) });
  }

  /** The client that proves packets of `channel` (set when the channel was opened). */
  channelClient(channel: string): string | undefined {
    const bytes = this.#entries.get(keyOf(encoder.encode(CHANNEL_CLIENT_PREFIX + channel)));
    return bytes && decoder.decode(bytes);
  }

  setChannelClient(channel: string, clientId: string): void {
    this.apply((_, store) =>
      store.set?.(encoder.encode(CHANNEL_CLIENT_PREFIX + channel), encoder.encode(clientId)),
    );
  }

  /** Resolves once every change so far is on disk; rejects with the last write's error if it failed. */
  async flushed(): Promise<void> {
    await this.#saving;
    if (this.#failed !== undefined) throw this.#failed;
  }

  #save(): void {
    const file = this.#file;
    if (file === undefined) return;
    const snapshot = JSON.stringify(
      Object.fromEntries([...this.#entries].map(([k, v]) => [k, Buffer.from(v).toString('hex')])),
    );
    // Writes are chained so an older snapshot never lands after a newer one; a failed write is
    // kept for `flushed` (and retried by the next change), never an unhandled rejection.
    this.#saving = this.#saving.then(async () => {
      try {
        const tmp = `${file}.tmp`;
        await writeFile(tmp, snapshot);
        await rename(tmp, file);
        this.#failed = undefined;
      } catch (err) {
        this.#failed = err;
      }
    });
  }
}
