/**
 * A devnet's genesis (CometBFT `types/genesis.go`, reduced): chain id,
 * genesis time, the initial validators (ed25519 keys and powers) and the
 * application state written in block 1. Stored as JSON: times as RFC 3339,
 * keys and values as base64 (state keys as UTF-8 text, being ICS-24 paths).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { IsthmusError } from '../../light-clients/index.js';
import { formatRfc3339, parseRfc3339 } from '../../light-clients/tendermint/index.js';
import { deriveValidatorKey } from './keys.js';

export interface GenesisValidator {
  /** ed25519 public key (32 bytes). */
  readonly pubKey: Uint8Array;
  readonly power: bigint;
}

export interface Genesis {
  readonly chainId: string;
  /** Nanoseconds since the epoch; the time of block 1. */
  readonly genesisTimeNs: bigint;
  readonly validators: readonly GenesisValidator[];
  /** State written before the transactions of block 1, in this order. */
  readonly appState: readonly { readonly key: string; readonly value: Uint8Array }[];
}

export interface GenesisOptions {
  readonly chainId: string;
  readonly genesisTimeNs: bigint;
  /** Default 4. */
  readonly validators?: number;
  /** Power of each validator, default 10. */
  readonly power?: bigint;
  /** Seed of the validator keys (keys.ts), default "isthmus-devnet". */
  readonly seed?: string;
  readonly appState?: Genesis['appState'];
}

export const DEFAULT_SEED = 'isthmus-devnet';

/** A genesis whose validators are the first N keys derived from the seed. */
export function makeGenesis(options: GenesisOptions): Genesis {
  const count = options.validators ?? 4;
  if (!Number.isSafeInteger(count) || count < 1 || count > 100) {
    throw new IsthmusError('GENESIS_INVALID', `a devnet has 1 to 100 validators, not ${count}`, {
      category: 'invalid_argument',
      context: { validators: count },
    });
  }
  const seed = options.seed ?? DEFAULT_SEED;
  const power = options.power ?? 10n;
  return {
    chainId: options.chainId,
    genesisTimeNs: options.genesisTimeNs,
    validators: Array.from({ length: count }, (_, i) => ({
      pubKey: deriveValidatorKey(seed, options.chainId, i).publicKey,
      power,
    })),
    appState: options.appState ?? [],
  };
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
const genesisJson = z.strictObject({
  chain_id: z.string().min(1).max(50),
  genesis_time: z.string(),
  validators: z.array(z.strictObject({ pub_key: base64, power: z.string().regex(/^[1-9][0-9]*$/) })).min(1),
  app_state: z.array(z.strictObject({ key: z.string().min(1), value: base64 })),
});

function bytes(b64: string): Uint8Array {
  return Uint8Array.from(Buffer.from(b64, 'base64'));
}

export function genesisToJson(genesis: Genesis): string {
  return `${JSON.stringify(
    {
      chain_id: genesis.chainId,
      genesis_time: formatRfc3339(genesis.genesisTimeNs),
      validators: genesis.validators.map((v) => ({
        pub_key: Buffer.from(v.pubKey).toString('base64'),
        power: v.power.toString(),
      })),
      app_state: genesis.appState.map((e) => ({
        key: e.key,
        value: Buffer.from(e.value).toString('base64'),
      })),
    },
    null,
    2,
  )}\n`;
}

/** Parses and checks a genesis document; throws GENESIS_INVALID listing every problem. */
export function genesisFromJson(text: string): Genesis {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new IsthmusError('GENESIS_INVALID', 'genesis is not JSON', { category: 'invalid_argument', cause });
  }
  const parsed = genesisJson.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new IsthmusError('GENESIS_INVALID', `invalid genesis: ${problems.join('; ')}`, {
      category: 'invalid_argument',
      context: { problems },
    });
  }
  const g = parsed.data;
  let genesisTimeNs: bigint;
  try {
    genesisTimeNs = parseRfc3339(g.genesis_time);
  } catch (cause) {
    throw new IsthmusError('GENESIS_INVALID', `invalid genesis_time ${g.genesis_time}`, {
      category: 'invalid_argument',
      cause,
    });
  }
  return {
    chainId: g.chain_id,
    genesisTimeNs,
    validators: g.validators.map((v) => ({ pubKey: bytes(v.pub_key), power: BigInt(v.power) })),
    appState: g.app_state.map((e) => ({ key: e.key, value: bytes(e.value) })),
  };
}

export async function writeGenesis(path: string, genesis: Genesis): Promise<void> {
  await writeFile(path, genesisToJson(genesis), { flag: 'wx' });
}

export async function readGenesis(path: string): Promise<Genesis> {
  return genesisFromJson(await readFile(path, 'utf8'));
}
