/**
 * The registry of payload schemas: one entry per chain and channel in a
 * bus key/value bucket (`isthmus-schemas`, shared by every API process),
 * holding the latest `PayloadSchema`. A registration replaces the previous
 * one with the next version, by compare and set, so two registrations at
 * once get two versions and neither is lost.
 *
 * Keys are the base64url forms of the chain and channel ids joined by `.`
 * (NATS KV keys allow neither every id character nor an unescaped `.`).
 * Compiled checks are kept per key and version.
 */
import { IsthmusError } from '../../light-clients/index.js';
import { toU64, v1 } from '../../proto/index.js';
import type { Bus, KvStore } from '../drivers/bus.js';
import { compilePayloadSchema, type PayloadCheck } from './payload-schema.js';

export const SCHEMA_BUCKET = 'isthmus-schemas';
export const SCHEMA_CONTENDED = 'SCHEMA_CONTENDED';

const attempts = 10;

export interface RegisteredSchema {
  readonly schema: v1.PayloadSchema;
  readonly check: PayloadCheck;
}

function keyOf(chainId: string, channel: string): string {
  const part = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
  return `${part(chainId)}.${part(channel)}`;
}

function lostRace(err: unknown): boolean {
  return IsthmusError.is(err) && (err.code === 'BUS_KV_EXISTS' || err.code === 'BUS_KV_WRONG_REVISION');
}

export class SchemaRegistry {
  readonly #kv: KvStore;
  readonly #compiled = new Map<string, { readonly version: number; readonly check: PayloadCheck }>();

  static async open(bus: Bus, bucket = SCHEMA_BUCKET): Promise<SchemaRegistry> {
    return new SchemaRegistry(await bus.kv(bucket));
  }

  constructor(kv: KvStore) {
    this.#kv = kv;
  }

  /**
   * Stores `schema` as the next version for its chain and channel. The
   * caller has checked the chain and channel; the definition is compiled
   * here, so an invalid one is refused before anything is stored.
   */
  async register(schema: v1.IPayloadSchema, registeredBy: string, nowNs: bigint): Promise<v1.PayloadSchema> {
    const check = compilePayloadSchema(schema);
    const chainId = schema.chainId ?? '';
    const channel = schema.channel ?? '';
    const key = keyOf(chainId, channel);
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      const entry = await this.#kv.get(key);
      const previous = entry === undefined ? 0 : v1.PayloadSchema.decode(entry.value).version;
      const stored = v1.PayloadSchema.create({
        chainId,
        channel,
        name: schema.name ?? '',
        format: schema.format ?? v1.SchemaFormat.SCHEMA_FORMAT_UNSPECIFIED,
        definition: schema.definition ?? new Uint8Array(0),
        messageType: schema.messageType ?? '',
        version: previous + 1,
        registeredBy,
        registeredAtNs: toU64(nowNs),
      });
      const bytes = v1.PayloadSchema.encode(stored).finish();
      try {
        if (entry === undefined) await this.#kv.create(key, bytes);
        else await this.#kv.update(key, bytes, entry.revision);
        this.#compiled.set(key, { version: stored.version, check });
        return stored;
      } catch (err) {
        if (!lostRace(err)) throw err;
      }
    }
    throw new IsthmusError(SCHEMA_CONTENDED, `the schema of ${chainId}/${channel} changed under each write`, {
      category: 'unavailable',
      context: { chainId, channel },
    });
  }

  /** The current schema of a channel and its compiled check, if one is registered. */
  async lookup(chainId: string, channel: string): Promise<RegisteredSchema | undefined> {
    const key = keyOf(chainId, channel);
    const entry = await this.#kv.get(key);
    if (entry === undefined) return undefined;
    const schema = v1.PayloadSchema.decode(entry.value);
    const cached = this.#compiled.get(key);
    if (cached?.version === schema.version) return { schema, check: cached.check };
    const check = compilePayloadSchema(schema);
    this.#compiled.set(key, { version: schema.version, check });
    return { schema, check };
  }

  async list(): Promise<v1.PayloadSchema[]> {
    const schemas: v1.PayloadSchema[] = [];
    for await (const key of this.#kv.keys()) {
      const entry = await this.#kv.get(key);
      if (entry !== undefined) schemas.push(v1.PayloadSchema.decode(entry.value));
    }
    return schemas.sort((a, b) =>
      a.chainId === b.chainId ? a.channel.localeCompare(b.channel) : a.chainId.localeCompare(b.chainId),
    );
  }
}
