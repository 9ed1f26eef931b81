/**
 * The network registry: chains and paths added while the relayer runs, kept
 * in one bus KV entry (bucket `isthmus-network`, key `network`) so every
 * process reads one document, changed only by compare-and-set. Each change
 * is announced on `isthmus.network.changed` with the entry's new revision as
 * message id, so a repeated announcement is dropped and a process applies a
 * revision once (follow.ts).
 *
 * Entries are checked with the config's own zod schemas, and against the
 * config file's network the caller passes: a chain id that exists is
 * refused, a path must name known chains and both client ids, and a chain
 * still on a path cannot be removed. Chains and paths of the config file
 * are not the registry's to remove.
 */
import { z } from 'zod';
import { IsthmusError } from '../../light-clients/index.js';
import { chainConfigSchema, pathConfigSchema, type PathConfig } from '../config/schema.js';
import type { Bus, Consumer, KvStore } from '../drivers/index.js';
import type { NetworkNames } from './names.js';
import { pathName, pathProblem, samePath, type Network } from './network.js';

export const NETWORK_ENTRY_INVALID = 'NETWORK_ENTRY_INVALID';
export const NETWORK_CHAIN_EXISTS = 'NETWORK_CHAIN_EXISTS';
export const NETWORK_PATH_REFUSED = 'NETWORK_PATH_REFUSED';
export const NETWORK_NOT_IN_REGISTRY = 'NETWORK_NOT_IN_REGISTRY';
export const NETWORK_CHAIN_IN_USE = 'NETWORK_CHAIN_IN_USE';
export const NETWORK_REGISTRY_MALFORMED = 'NETWORK_REGISTRY_MALFORMED';
export const NETWORK_REGISTRY_CONTENDED = 'NETWORK_REGISTRY_CONTENDED';

const REGISTRY_KEY = 'network';
/** Compare-and-set attempts before a change gives up (another writer kept winning). */
const MAX_TRIES = 10;

const registrySchema = z.strictObject({
  version: z.literal(1),
  chains: z.array(chainConfigSchema),
  paths: z.array(pathConfigSchema),
});

/** The registry at one revision (0: never written). */
export interface RegistrySnapshot extends Network {
  readonly revision: bigint;
}

/** Both ends of a path, as `paths remove` names it. */
export interface PathEnds {
  readonly source: { readonly chain: string; readonly channel: string };
  readonly dest: { readonly chain: string; readonly channel: string };
}

/** What an announcement carries: the revision to read. */
export interface NetworkAnnouncement {
  readonly revision: string;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export class NetworkRegistry {
  private constructor(
    private readonly bus: Bus,
    private readonly kv: KvStore,
    readonly names: NetworkNames,
  ) {}

  /** Opens the bucket and the announcements stream (creating them when needed). */
  static async open(bus: Bus, names: NetworkNames): Promise<NetworkRegistry> {
    await bus.ensureStream({ name: names.stream, subjects: [names.subject] });
    return new NetworkRegistry(bus, await bus.kv(names.bucket), names);
  }

  async read(): Promise<RegistrySnapshot> {
    const entry = await this.kv.get(REGISTRY_KEY);
    if (entry === undefined) return { revision: 0n, chains: [], paths: [] };
    return { revision: entry.revision, ...this.decode(entry.value) };
  }

  /** Adds `input` (a chain as the config file writes it); its id must be new to the file and the registry. */
  async addChain(input: unknown, file: Network): Promise<RegistrySnapshot> {
    const chain = parseEntry(chainConfigSchema, input, 'chain');
    return this.change((current) => {
      if ([...file.chains, ...current.chains].some((c) => c.id === chain.id)) {
        throw new IsthmusError(NETWORK_CHAIN_EXISTS, `chain ${chain.id} exists`, {
          category: 'already_exists',
          context: { chainId: chain.id },
        });
      }
      return { chains: [...current.chains, chain], paths: current.paths };
    });
  }

  /** Removes a registry chain that no path uses. */
  async removeChain(chainId: string, file: Network): Promise<RegistrySnapshot> {
    return this.change((current) => {
      if (!current.chains.some((c) => c.id === chainId))
        throw notInRegistry(`chain ${chainId}`, file, chainId);
      const user = [...file.paths, ...current.paths].find(
        (p) => p.source.chain === chainId || p.dest.chain === chainId,
      );
      if (user !== undefined) {
        throw new IsthmusError(NETWORK_CHAIN_IN_USE, `chain ${chainId} is on path ${pathName(user)}`, {
          category: 'failed_precondition',
          context: { chainId, path: pathName(user) },
        });
      }
      return { chains: current.chains.filter((c) => c.id !== chainId), paths: current.paths };
    });
  }

  /** Adds `input` (a path as the config file writes it, both client ids given). */
  async addPath(input: unknown, file: Network): Promise<RegistrySnapshot> {
    const path = parseEntry(pathConfigSchema, input, 'path');
    for (const end of ['source', 'dest'] as const) {
      if (path[end].clientId === undefined) {
        throw new IsthmusError(
          NETWORK_ENTRY_INVALID,
          `path ${end}.clientId: the client on ${path[end].chain} is needed to relay`,
          {
            category: 'invalid_argument',
            context: { field: `${end}.clientId` },
          },
        );
      }
    }
    return this.change((current) => {
      const problem = pathProblem(
        path,
        [...file.chains, ...current.chains],
        [...file.paths, ...current.paths],
      );
      if (problem !== undefined) {
        throw new IsthmusError(NETWORK_PATH_REFUSED, `path ${pathName(path)}: ${problem}`, {
          category: 'failed_precondition',
          context: { path: pathName(path) },
        });
      }
      return { chains: current.chains, paths: [...current.paths, path] };
    });
  }

  /** Removes the registry path joining `ends` (in either direction). */
  async removePath(ends: PathEnds, file: Network): Promise<RegistrySnapshot> {
    const probe: PathConfig = { ...ends, ordering: 'unordered' };
    return this.change((current) => {
      if (!current.paths.some((p) => samePath(p, probe))) {
        throw notInRegistry(`path ${pathName(probe)}`, {
          chains: [],
          paths: file.paths.filter((p) => samePath(p, probe)),
        });
      }
      return { chains: current.chains, paths: current.paths.filter((p) => !samePath(p, probe)) };
    });
  }

  /** The stream sequence of the last announcement: a follower reads the registry after it, then follows from it. */
  lastAnnounced(): Promise<bigint> {
    return this.bus.lastSeq(this.names.stream);
  }

  /** Calls `onAnnouncement` with each announcement after stream sequence `afterSeq`, in order, until closed. */
  subscribe(afterSeq: bigint, onAnnouncement: (data: Uint8Array) => Promise<void>): Promise<Consumer> {
    return this.bus.subscribe(this.names.stream, this.names.subject, { afterSeq }, (message) =>
      onAnnouncement(message.data),
    );
  }

  /**
   * Read, change, compare-and-set, announce; a write lost to another writer
   * is retried on the new revision. `next` throws to refuse.
   */
  private async change(next: (current: Network) => Network): Promise<RegistrySnapshot> {
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const current = await this.read();
      const changed = next(current);
      const value = utf8.encode(JSON.stringify({ version: 1, chains: changed.chains, paths: changed.paths }));
      let revision: bigint;
      try {
        revision =
          current.revision === 0n
            ? await this.kv.create(REGISTRY_KEY, value)
            : await this.kv.update(REGISTRY_KEY, value, current.revision);
      } catch (err) {
        if (IsthmusError.is(err) && (err.code === 'BUS_KV_EXISTS' || err.code === 'BUS_KV_WRONG_REVISION'))
          continue;
        throw err;
      }
      const announcement: NetworkAnnouncement = { revision: revision.toString() };
      await this.bus.publish(this.names.subject, utf8.encode(JSON.stringify(announcement)), {
        msgId: announcement.revision,
      });
      return { revision, ...changed };
    }
    throw new IsthmusError(
      NETWORK_REGISTRY_CONTENDED,
      `the network registry changed ${MAX_TRIES} times under this change`,
      {
        category: 'unavailable',
        context: { bucket: this.names.bucket },
      },
    );
  }

  private decode(value: Uint8Array): Network {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fromUtf8.decode(value));
    } catch (cause) {
      throw malformed(this.names.bucket, 'not JSON', cause);
    }
    const result = registrySchema.safeParse(parsed);
    if (!result.success) throw malformed(this.names.bucket, z.prettifyError(result.error));
    return { chains: result.data.chains, paths: result.data.paths };
  }
}

/** The revision an announcement names; undefined for a message that is not one. */
export function announcedRevision(data: Uint8Array): bigint | undefined {
  try {
    const { revision } = JSON.parse(fromUtf8.decode(data)) as Partial<NetworkAnnouncement>;
    return typeof revision === 'string' && /^\d+$/.test(revision) ? BigInt(revision) : undefined;
  } catch {
    return undefined;
  }
}

function parseEntry<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  throw new IsthmusError(NETWORK_ENTRY_INVALID, `invalid ${what}: ${issues.join('; ')}`, {
    category: 'invalid_argument',
    context: { issues },
  });
}

/** Refuses to remove what the registry does not hold, saying when the config file holds it. */
function notInRegistry(entry: string, file: Network, chainId?: string): IsthmusError {
  const inFile = chainId === undefined ? file.paths.length > 0 : file.chains.some((c) => c.id === chainId);
  return new IsthmusError(
    NETWORK_NOT_IN_REGISTRY,
    inFile ? `${entry} is in the config file: edit the file to remove it` : `${entry} is not in the registry`,
    { category: inFile ? 'failed_precondition' : 'not_found', context: { entry } },
  );
}

function malformed(bucket: string, detail: string, cause?: unknown): IsthmusError {
  return new IsthmusError(NETWORK_REGISTRY_MALFORMED, `the network registry holds a bad value: ${detail}`, {
    category: 'internal',
    context: { bucket },
    ...(cause === undefined ? {} : { cause }),
  });
}
