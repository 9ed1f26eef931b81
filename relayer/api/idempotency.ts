/**
 * Idempotency keys of SendMessage: a retry with the same key (per caller
 * identity) returns the first response instead of sending again. Kept in a
 * bus key/value bucket (`isthmus-idempotency`) whose TTL bounds how long a
 * key is remembered.
 *
 * The first call reserves the key with `create` (which only one writer
 * wins) before it sends, and replaces the reservation with its response
 * afterwards; a concurrent call with the key finds the reservation and
 * waits for the response. A call that fails releases its reservation, so a
 * retry can send. The same key with another request is refused: answering
 * it with the first response would hide that it was not sent.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { IsthmusError } from '../../light-clients/index.js';
import type { Bus, KvStore } from '../drivers/bus.js';
import { IDEMPOTENCY_IN_PROGRESS, IDEMPOTENCY_KEY_REUSED } from './errors.js';

export const IDEMPOTENCY_BUCKET = 'isthmus-idempotency';

const stored = z.strictObject({
  request: z.string(),
  /** Base64 of the encoded response; absent while the first call runs. */
  response: z.string().optional(),
});

export interface IdempotencyOptions {
  readonly ttlMs: number;
  readonly bucket?: string;
  /** How long a call waits for a concurrent first call to finish; default 30 s. */
  readonly waitMs?: number;
  /** How often it looks; default 50 ms. */
  readonly pollMs?: number;
}

const encoder = new TextEncoder();

function sha256Hex(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? encoder.encode(part) : part;
    // Length-prefixed, so no two part lists hash alike.
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

export class IdempotencyKeys {
  readonly #kv: KvStore;
  readonly #waitMs: number;
  readonly #pollMs: number;

  static async open(bus: Bus, options: IdempotencyOptions): Promise<IdempotencyKeys> {
    return new IdempotencyKeys(
      await bus.kv(options.bucket ?? IDEMPOTENCY_BUCKET, { ttlMs: options.ttlMs }),
      options,
    );
  }

  constructor(kv: KvStore, options: IdempotencyOptions) {
    this.#kv = kv;
    this.#waitMs = options.waitMs ?? 30_000;
    this.#pollMs = options.pollMs ?? 50;
  }

  /**
   * `run()`'s encoded result, or the first result for (`identity`, `key`)
   * when there was one for the same `request` bytes.
   */
  async once(
    identity: string,
    key: string,
    request: Uint8Array,
    run: () => Promise<Uint8Array>,
    signal?: AbortSignal,
  ): Promise<Uint8Array> {
    // Hashed: keys and identities are caller text, KV keys a narrow alphabet.
    const slot = sha256Hex(identity, key);
    const requestHash = sha256Hex(request);
    const deadline = Date.now() + this.#waitMs;
    for (;;) {
      try {
        await this.#kv.create(slot, encoder.encode(JSON.stringify({ request: requestHash })));
        return await this.#runReserved(slot, requestHash, run);
      } catch (err) {
        if (!IsthmusError.is(err) || err.code !== 'BUS_KV_EXISTS') throw err;
      }
      const entry = await this.#kv.get(slot);
      if (entry !== undefined) {
        const held = stored.parse(JSON.parse(new TextDecoder().decode(entry.value)));
        if (held.request !== requestHash) {
          throw new IsthmusError(
            IDEMPOTENCY_KEY_REUSED,
            'idempotency_key: already used with another request',
            {
              category: 'failed_precondition',
              context: { field: 'idempotency_key' },
            },
          );
        }
        if (held.response !== undefined) return Buffer.from(held.response, 'base64');
      }
      if (Date.now() >= deadline || signal?.aborted) {
        throw new IsthmusError(IDEMPOTENCY_IN_PROGRESS, 'a call with this idempotency_key is still running', {
          category: 'unavailable',
          context: { field: 'idempotency_key' },
        });
      }
      await new Promise((resolve) => setTimeout(resolve, this.#pollMs));
    }
  }

  async #runReserved(slot: string, requestHash: string, run: () => Promise<Uint8Array>): Promise<Uint8Array> {
    let response: Uint8Array;
    try {
      response = await run();
    } catch (err) {
      await this.#kv.delete(slot);
      throw err;
    }
    const value = { request: requestHash, response: Buffer.from(response).toString('base64') };
    await this.#kv.put(slot, encoder.encode(JSON.stringify(value)));
    return response;
  }
}
