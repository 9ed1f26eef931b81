/**
 * Configuration of an EVM ledger adapter process (docs/evm.md): one strict
 * zod schema, validated once when the YAML file is read; every problem is
 * reported at once in one CONFIG_INVALID error.
 *
 * ```yaml
 * chainId: agency-evm            # the ledger's Isthmus id (the contract's chainId())
 * rpcUrl: http://127.0.0.1:8545
 * evmChainId: 1337               # checked against eth_chainId at start
 * contract: "0x…"                # the IsthmusPackets contract (`isthmus evm-deploy` makes one)
 * listen: 127.0.0.1:26800
 * confirmations: 0               # blocks on top before a block counts (chains without finality)
 * pollIntervalMs: 500
 * stateFile: ./evm-ledger-state.json   # the committee's light clients; memory only when absent
 * sender:                        # the key paying for transactions (and the contract's admin)
 *   privateKey: <32 bytes hex>
 *   replaceAfterMs: 15000
 * committee:
 *   threshold: 2
 *   members:                     # every member; the keys of those this process signs for
 *     - { privateKey: <32 bytes hex> }
 *     - { publicKey: <33 bytes hex, SEC1 compressed> }
 * ```
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { loadConfigFile, parseConfig } from '../config-file.js';
import { CHAIN_ID_PATTERN } from '../../light-clients/attestation/index.js';

const hexBytes = (bytes: number, what: string) =>
  z
    .string()
    .regex(new RegExp(`^(?:0x)?[0-9a-fA-F]{${bytes * 2}}$`), what)
    .transform((s) => hexToBytes(s.replace(/^0x/, '')));

const privateKey = hexBytes(32, '32 bytes as hex').refine(
  (k) => secp256k1.utils.isValidSecretKey(k),
  'not a valid secp256k1 secret key',
);
const publicKey = hexBytes(33, '33 bytes as hex (SEC1 compressed)').refine((k) => {
  try {
    secp256k1.Point.fromBytes(k);
    return true;
  } catch {
    return false;
  }
}, 'not a secp256k1 public key');

const hostPort = z.string().regex(/^[^\s:]+:\d{1,5}$|^\[[0-9a-fA-F:]+\]:\d{1,5}$/, 'host:port');

const memberSchema = z.union([z.strictObject({ privateKey }), z.strictObject({ publicKey })]);

export const evmLedgerConfigSchema = z.strictObject({
  chainId: z.string().regex(CHAIN_ID_PATTERN, 'a chain id: 1 to 64 letters, digits, . _ -'),
  rpcUrl: z.url({ protocol: /^https?$/ }),
  evmChainId: z.union([z.int().min(1), z.string().regex(/^[1-9][0-9]{0,18}$/)]).transform((v) => BigInt(v)),
  /** The IsthmusPackets contract; absent only to deploy one (`isthmus evm-deploy`). */
  contract: z
    .string()
    .regex(/^0x[0-9a-fA-F]{40}$/, 'a 20-byte address, 0x hex')
    .transform((s) => s.toLowerCase())
    .optional(),
  listen: hostPort.default('127.0.0.1:26800'),
  confirmations: z.int().min(0).max(1000).default(0),
  pollIntervalMs: z.int().min(10).max(60_000).default(500),
  stateFile: z.string().min(1).optional(),
  sender: z.strictObject({
    privateKey,
    confirmations: z.int().min(1).max(1000).default(1),
    replaceAfterMs: z.int().min(100).max(3_600_000).default(15_000),
    feeBumpPercent: z.number().min(10).max(1000).default(12.5),
    maxReplacements: z.int().min(0).max(50).default(5),
  }),
  committee: z
    .strictObject({
      threshold: z.int().min(1).max(64),
      members: z.array(memberSchema).min(1).max(64),
    })
    .superRefine((c, ctx) => {
      if (c.threshold > c.members.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['threshold'],
          message: `the threshold ${c.threshold} exceeds the ${c.members.length} members`,
        });
      }
      if (!c.members.some((m) => 'privateKey' in m)) {
        ctx.addIssue({ code: 'custom', path: ['members'], message: 'this process holds no member key' });
      }
    }),
});

export type EvmLedgerConfig = z.infer<typeof evmLedgerConfigSchema>;
/** The input form (before defaults and transforms), as tests and callers write it. */
export type EvmLedgerConfigInput = z.input<typeof evmLedgerConfigSchema>;

/** Validates an already parsed document; throws CONFIG_INVALID with every issue. */
export function parseEvmLedgerConfig(doc: unknown, origin = 'input'): EvmLedgerConfig {
  return parseConfig(evmLedgerConfigSchema, 'EVM ledger', doc, origin);
}

/** Reads and validates a YAML file; CONFIG_UNREADABLE when it cannot be read, CONFIG_INVALID otherwise. */
export function loadEvmLedgerConfig(file: string): Promise<EvmLedgerConfig> {
  return loadConfigFile(evmLedgerConfigSchema, 'EVM ledger', file);
}
