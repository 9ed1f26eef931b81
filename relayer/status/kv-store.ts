/**
 * The `StatusStore` every relayer process shares: one key per packet in a
 * bucket of the bus's key/value store (NATS KV in distributed mode, so
 * watchers, planners and workers on different machines see one status;
 * `MemoryBus` in embedded mode). Keys are kv-key.ts's
 * `<chain>.<channel>.<sequence>`, values record-codec.ts's JSON.
 *
 * Several processes apply transitions of one packet at once (a planner's
 * "sent" racing a worker's "received"), so `apply` is a compare-and-set
 * loop: read the record and its revision, `applyTransition` (pure), then
 * `create` (no record yet) or `update` at the read revision. A write that
 * lost to another process's reads again and re-applies, so no change is
 * lost and the result is as if the transitions had been applied one after
 * another. A transition that changes nothing writes nothing.
 */
import type { Logger } from 'pino';
import { IsthmusError } from '../../light-clients/index.js';
import type { Bus, KvEntry, KvStore } from '../drivers/bus.js';
import type { PacketRecord, StatusTransition } from './model.js';
import { packetKeyFromKvKey, packetKvKey } from './kv-key.js';
import { comparePacketKeys, packetId, type PacketKey } from './packet-id.js';
import { decodePacketRecord, encodePacketRecord } from './record-codec.js';
import { matchesFilter, type StatusFilter, type StatusStore } from './store.js';
import { applyTransition, type TransitionResult } from './transition.js';

export const PACKET_STATUS_BUCKET = 'isthmus-packet-status';
/** Every compare-and-set of a transition lost to another writer. */
export const PACKET_STATUS_CONTENDED = 'PACKET_STATUS_CONTENDED';

const defaultAttempts = 10;
/** Ceiling of the random pause after a lost write, doubled per loss from 2 ms. */
const maxPauseMs = 100;
/** Records read at once while listing. */
const readChunk = 64;

export interface KvStatusStoreOptions {
  readonly logger: Logger;
  /** Default `isthmus-packet-status`; tests use their own. */
  readonly bucket?: string;
  /** Compare-and-set tries per transition before PACKET_STATUS_CONTENDED; default 10. */
  readonly attempts?: number;
}

export class KvStatusStore implements StatusStore {
  readonly #kv: KvStore;
  readonly #bucket: string;
  readonly #logger: Logger;
  readonly #attempts: number;

  /** Opens (creating if needed) the status bucket on `bus`. */
  static async open(bus: Bus, options: KvStatusStoreOptions): Promise<KvStatusStore> {
    const bucket = options.bucket ?? PACKET_STATUS_BUCKET;
    return new KvStatusStore(await bus.kv(bucket), { ...options, bucket });
  }

  /** Over `kv`, an open bucket named `options.bucket` (`open` is the usual way in). */
  constructor(kv: KvStore, options: KvStatusStoreOptions) {
    const attempts = options.attempts ?? defaultAttempts;
    if (!Number.isSafeInteger(attempts) || attempts < 1) {
      throw new RangeError(`attempts must be an integer >= 1, got ${attempts}`);
    }
    this.#kv = kv;
    this.#bucket = options.bucket ?? PACKET_STATUS_BUCKET;
    this.#logger = options.logger.child({ module: 'packet-status-kv', bucket: this.#bucket });
    this.#attempts = attempts;
  }

  /** Fails with INVALID_PACKET_ID, or PACKET_STATUS_MALFORMED when the stored value is unreadable. */
  async get(id: string): Promise<PacketRecord | undefined> {
    const entry = await this.#kv.get(packetKvKey(id));
    return entry === undefined ? undefined : this.#decode(entry, id);
  }

  /**
   * Fails with INVALID_PACKET_ID, PACKET_STATUS_MALFORMED (the stored value
   * is left as it is), or PACKET_STATUS_CONTENDED (retryable).
   */
  async apply(transition: StatusTransition): Promise<TransitionResult> {
    const key = packetKvKey(transition.id);
    for (let attempt = 1; attempt <= this.#attempts; attempt += 1) {
      const entry = await this.#kv.get(key);
      const result = applyTransition(entry && this.#decode(entry, transition.id), transition);
      if (!result.changed) return result;
      const value = encodePacketRecord(result.record);
      try {
        if (entry === undefined) await this.#kv.create(key, value);
        else await this.#kv.update(key, value, entry.revision);
        return result;
      } catch (err) {
        if (!lostRace(err)) throw err;
      }
      // Spreads writers that lost together, so they do not collide again.
      if (attempt < this.#attempts) await pause(Math.random() * Math.min(maxPauseMs, 2 ** attempt));
    }
    throw new IsthmusError(
      PACKET_STATUS_CONTENDED,
      `status of ${transition.id} changed under each of ${this.#attempts} writes`,
      {
        category: 'unavailable',
        context: { packetId: transition.id, status: transition.status, bucket: this.#bucket },
      },
    );
  }

  /**
   * Lists by key, in id order, reading values only until `limit` records
   * match. Unreadable values and keys that are no packet's are logged and
   * left out, so one bad entry does not hide the rest.
   */
  async list(filter: StatusFilter = {}): Promise<PacketRecord[]> {
    const listed: { readonly key: string; readonly packet: PacketKey }[] = [];
    for await (const key of this.#kv.keys()) {
      try {
        listed.push({ key, packet: packetKeyFromKvKey(key) });
      } catch (err) {
        this.#logger.warn({ err, key }, 'key in the packet status bucket is not a packet status key');
      }
    }
    listed.sort((a, b) => comparePacketKeys(a.packet, b.packet));
    const { limit } = filter;
    const found: PacketRecord[] = [];
    for (let i = 0; i < listed.length && (limit === undefined || found.length < limit); i += readChunk) {
      const records = await Promise.all(
        listed.slice(i, i + readChunk).map(({ key, packet }) => this.#readListed(key, packetId(packet))),
      );
      for (const record of records) {
        if (limit !== undefined && found.length >= limit) break;
        if (record !== undefined && matchesFilter(record, filter)) found.push(record);
      }
    }
    return found;
  }

  async #readListed(key: string, id: string): Promise<PacketRecord | undefined> {
    const entry = await this.#kv.get(key);
    if (entry === undefined) return undefined; // deleted since it was listed
    try {
      return this.#decode(entry, id);
    } catch (err) {
      this.#logger.warn({ err, packetId: id, key }, 'unreadable packet status left out of a listing');
      return undefined;
    }
  }

  #decode(entry: KvEntry, id: string): PacketRecord {
    return decodePacketRecord(entry.value, id, {
      bucket: this.#bucket,
      key: entry.key,
      revision: entry.revision,
    });
  }
}

/** A compare-and-set that another writer won (bus.ts). */
function lostRace(err: unknown): boolean {
  return IsthmusError.is(err) && (err.code === 'BUS_KV_EXISTS' || err.code === 'BUS_KV_WRONG_REVISION');
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
