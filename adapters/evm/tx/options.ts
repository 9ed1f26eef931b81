/**
 * The options of a `TxSender`: one zod schema, strict (a misspelt option is
 * an error), its types inferred from it, every issue reported at once.
 */
import { JsonRpcProvider, SigningKey } from 'ethers';
import { z } from 'zod';
import { TxErrorCode, txError } from './errors.js';

/** The pino methods the sender uses, so that a pino logger (or a child of one) fits. */
export interface TxLogger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

function isLogger(value: unknown): value is TxLogger {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.debug === 'function' && typeof v.info === 'function' && typeof v.warn === 'function';
}

function isPrivateKey(key: string): boolean {
  try {
    // Rejects zero and scalars past the curve order, which are 32 bytes too.
    SigningKey.computePublicKey(key);
    return true;
  } catch {
    return false;
  }
}

/** A percentage with at most two decimals, so that it is a whole number of basis points. */
const percent = (min: number, max: number) =>
  z
    .number()
    .min(min)
    .max(max)
    .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-9, 'at most two decimals');

export const txSenderOptionsSchema = z.strictObject({
  provider: z.instanceof(JsonRpcProvider, { message: 'an ethers JsonRpcProvider' }),
  /** The relayer's private key, 0x and 64 hex digits. */
  key: z
    .string()
    .regex(/^0x[0-9a-fA-F]{64}$/, 'a private key: 0x and 64 hex digits')
    .refine(isPrivateKey, 'not a secp256k1 private key'),
  /**
   * Blocks that must include a receipt before it counts (1: the block that
   * mined it). More on chains without finality, where a block can be undone.
   */
  confirmations: z.int().min(1).max(10_000).default(1),
  /** A transaction not mined this long after it was (re-)sent is re-sent with higher fees. */
  replaceAfterMs: z.int().min(1).max(3_600_000).default(15_000),
  /**
   * Fee increase of each replacement. geth, Besu and ganache refuse a
   * replacement that pays less than 10 % more, hence the floor.
   */
  feeBumpPercent: percent(10, 1000).default(12.5),
  /** Replacements (accepted or refused as underpriced) before TX_STUCK. */
  maxReplacements: z.int().min(0).max(100).default(5),
  /**
   * Gas limit when `eth_estimateGas` fails: a node that cannot estimate, or a
   * call that reverts in estimation whose revert the caller wants on chain.
   */
  fallbackGasLimit: z.bigint().min(21_000n).default(3_000_000n),
  /** Added to the estimate: state can change between estimation and inclusion. */
  gasHeadroomPercent: percent(0, 1000).default(20),
  /** Interval between receipt polls. */
  pollMs: z.int().min(1).max(60_000).default(250),
  logger: z.custom<TxLogger>(isLogger, 'a logger with debug, info and warn').optional(),
});

/** What a caller passes; defaults fill the rest. */
export type TxSenderOptions = z.input<typeof txSenderOptionsSchema>;
/** The options once validated. */
export type ResolvedTxSenderOptions = z.output<typeof txSenderOptionsSchema>;

export interface OptionIssue {
  readonly path: string;
  readonly message: string;
}

/** Validates the options; throws TX_OPTIONS_INVALID naming every issue (never the key's value). */
export function parseTxSenderOptions(options: unknown): ResolvedTxSenderOptions {
  const result = txSenderOptionsSchema.safeParse(options);
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap((issue): OptionIssue[] => {
    const at = (path: readonly PropertyKey[]) => (path.length === 0 ? '(root)' : path.map(String).join('.'));
    return issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: at([...issue.path, key]), message: 'unknown option' }))
      : [{ path: at(issue.path), message: issue.message }];
  });
  throw txError(
    TxErrorCode.OptionsInvalid,
    'invalid_argument',
    `invalid transaction sender options:\n${issues.map((i) => `  - ${i.path}: ${i.message}`).join('\n')}`,
    { issues },
  );
}
