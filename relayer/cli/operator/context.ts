/**
 * What every operator command shares: the relayer config it is given
 * (`--config`), the drivers it names (the registry, queues and packet
 * status need Redis and NATS: an embedded relayer keeps them in its own
 * process), the network (config file and registry merged, as a running
 * relayer sees it), a Ledger client per chain, and the output — a table or
 * progress lines for a person, one JSON document with `--json`. A refusal
 * (an IsthmusError) is printed as `{ok: false, code, message}` in JSON mode
 * and exits 1, or 2 when the input was at fault.
 */
import type { Command } from 'commander';
import type { LedgerClient } from '../../../adapters/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { loadConfig } from '../../config/load.js';
import { relayerConfigSchema, type RelayerConfig } from '../../config/schema.js';
import { openDrivers, type Drivers } from '../../drivers/index.js';
import { createLogger, type Logger } from '../../logger.js';
import { mergeNetwork, networkNames, NetworkRegistry, type MergedNetwork } from '../../network/index.js';
import { ledgerClientOf } from '../../service/index.js';
import { KvStatusStore, type StatusStore } from '../../status/index.js';

export const OPERATOR_NEEDS_BUS = 'OPERATOR_NEEDS_BUS';
export const OPERATOR_UNKNOWN_CHAIN = 'OPERATOR_UNKNOWN_CHAIN';

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

export interface CommonOptions {
  readonly config: string;
  readonly json?: boolean;
}

/** What a command prints: stdout for results, stderr for progress (never in JSON mode). */
export class Output {
  constructor(readonly json: boolean) {}

  /** The result: `doc` as one JSON line with `--json`, else `lines`. */
  result(doc: Record<string, unknown>, lines: () => readonly string[]): void {
    if (this.json) write(JSON.stringify({ ok: true, ...doc }, jsonSafe));
    else for (const line of lines()) write(line);
  }

  /** One entry of a stream (`messages watch`): a JSON line with `--json`, else `text`. */
  line(doc: unknown, text: string): void {
    write(this.json ? JSON.stringify(doc, jsonSafe) : text);
  }

  progress(text: string): void {
    if (!this.json) process.stderr.write(`${text}\n`);
  }
}

function write(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Bigints as decimal strings, bytes as base64. */
export function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return value;
}

/** The shared options: `--config` (required) and `--json`. */
export function common(command: Command, configRequired = true): Command {
  const described = 'relayer configuration (YAML; ISTHMUS__* environment overrides)';
  if (configRequired) command.requiredOption('--config <file>', described);
  else command.option('--config <file>', described);
  return command.option('--json', 'print one JSON document instead of a table');
}

/** Runs a command body: a refusal becomes a JSON error document in JSON mode, an exit code otherwise. */
export function action<O extends { json?: boolean }>(
  setExitCode: (code: number) => void,
  body: (opts: O, out: Output, args: string[]) => Promise<number>,
): (...args: unknown[]) => Promise<void> {
  return async (...args) => {
    // commander passes the positional arguments, then the options, then the command.
    const opts = args[args.length - 2] as O;
    const positional = args.slice(0, -2) as string[];
    const out = new Output(opts.json === true);
    try {
      setExitCode(await body(opts, out, positional));
    } catch (err) {
      if (!out.json || !IsthmusError.is(err)) throw err;
      write(JSON.stringify({ ok: false, code: err.code, message: err.message }));
      setExitCode(err.category === 'invalid_argument' ? EXIT_USAGE : EXIT_REFUSED);
    }
  };
}

/** The config, the drivers and the network of one command run; `close()` releases what was opened. */
export class Operator {
  readonly logger: Logger = createLogger({ level: 'silent' });
  readonly #ledgers = new Map<string, LedgerClient>();
  #drivers: Drivers | undefined;
  #network: (MergedNetwork & { revision: bigint }) | undefined;

  private constructor(readonly config: RelayerConfig) {}

  static async open(file: string): Promise<Operator> {
    return new Operator(await loadConfig(relayerConfigSchema, { file, env: process.env }));
  }

  get distributed(): boolean {
    return this.config.redis !== undefined && this.config.nats !== undefined;
  }

  /** Redis and NATS; refused (exit 1) for an embedded config, whose queue and bus live in its relayer. */
  async drivers(what: string): Promise<Drivers> {
    if (!this.distributed) {
      throw new IsthmusError(
        OPERATOR_NEEDS_BUS,
        `${what} needs redis and nats in the config: an embedded relayer keeps them in its own process`,
        { category: 'failed_precondition' },
      );
    }
    this.#drivers ??= await openDrivers(this.config, this.logger);
    return this.#drivers;
  }

  async registry(): Promise<NetworkRegistry> {
    const drivers = await this.drivers('the network registry');
    const names = this.config.names;
    return NetworkRegistry.open(drivers.bus, networkNames(names?.eventsPrefix, names?.networkBucket));
  }

  /** The config file's chains and paths, with the registry's when the config names a bus. */
  async network(): Promise<MergedNetwork & { revision: bigint }> {
    if (this.#network === undefined) {
      const file = { chains: this.config.chains, paths: this.config.paths };
      const snapshot = this.distributed
        ? await (await this.registry()).read()
        : { revision: 0n, chains: [], paths: [] };
      this.#network = { ...mergeNetwork(file, snapshot), revision: snapshot.revision };
    }
    return this.#network;
  }

  /** Whether a chain or path of the merged network came from the config file or the registry. */
  origin(kind: 'chain' | 'path', index: number): 'config' | 'registry' {
    const inFile = kind === 'chain' ? this.config.chains.length : this.config.paths.length;
    return index < inFile ? 'config' : 'registry';
  }

  async ledger(chainId: string): Promise<LedgerClient> {
    const found = this.#ledgers.get(chainId);
    if (found) return found;
    const chain = (await this.network()).chains.find((c) => c.id === chainId);
    if (chain === undefined) {
      throw new IsthmusError(
        OPERATOR_UNKNOWN_CHAIN,
        `chain ${chainId} is in neither the config nor the registry`,
        {
          category: 'invalid_argument',
          context: { chainId },
        },
      );
    }
    const client = ledgerClientOf(chain, this.logger);
    this.#ledgers.set(chainId, client);
    return client;
  }

  async status(): Promise<StatusStore> {
    const drivers = await this.drivers('packet status');
    const bucket = this.config.names?.statusBucket;
    return KvStatusStore.open(drivers.bus, {
      logger: this.logger,
      ...(bucket === undefined ? {} : { bucket }),
    });
  }

  async close(): Promise<void> {
    for (const client of this.#ledgers.values()) client.close();
    this.#ledgers.clear();
    await this.#drivers?.close();
  }
}

/** Opens an Operator for `opts.config`, runs `body`, and closes it. */
export async function withOperator<T>(
  opts: { config: string },
  body: (op: Operator) => Promise<T>,
): Promise<T> {
  const op = await Operator.open(opts.config);
  try {
    return await body(op);
  } finally {
    await op.close();
  }
}
