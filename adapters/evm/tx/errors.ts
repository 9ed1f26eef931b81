/**
 * The failures of transaction submission, each with its stable code, and the
 * reading of a node's refusal of `eth_sendRawTransaction`.
 *
 * Nodes say why they refuse a transaction only in the text of the JSON-RPC
 * error, and each client words it its own way; the patterns below cover
 * geth and GoQuorum (core/txpool/errors.go), Besu (TransactionInvalidReason)
 * and ganache 7 (errors/errors.ts).
 */
import { IsthmusError, type ErrorCategory, type ErrorContext } from '../../../light-clients/index.js';

export const TxErrorCode = {
  /** Not mined after `maxReplacements` fee bumps and one more `replaceAfterMs`: it may still be mined. */
  Stuck: 'TX_STUCK',
  /** Another transaction of the same account was mined with the nonce: none of ours will be. */
  Dropped: 'TX_DROPPED',
  /** The node refused the transaction, or could not be reached to submit it. */
  SendFailed: 'TX_SEND_FAILED',
  /** The sender's options are out of range. */
  OptionsInvalid: 'TX_OPTIONS_INVALID',
  /** The request to send is malformed (address, data). */
  RequestInvalid: 'TX_REQUEST_INVALID',
} as const;

export type TxErrorCode = (typeof TxErrorCode)[keyof typeof TxErrorCode];

export function txError(
  code: TxErrorCode,
  category: ErrorCategory,
  message: string,
  context: ErrorContext = {},
  cause?: unknown,
): IsthmusError {
  return new IsthmusError(code, message, { category, context, ...(cause === undefined ? {} : { cause }) });
}

/**
 * What a node's answer to `eth_sendRawTransaction` means for the nonce:
 * - `nonce-too-low`: the account's nonce on chain is past it;
 * - `underpriced`: the pool holds another transaction with this nonce and the
 *   new one does not pay enough more to replace it;
 * - `known`: the pool already holds these exact bytes (the check is by hash);
 * - `refused`: any other refusal (funds, gas, fee floor, permissioning);
 * - `unreachable`: no JSON-RPC answer at all, so the transaction may or may
 *   not have reached the node.
 */
export type Refusal =
  | { readonly kind: 'nonce-too-low' | 'underpriced' | 'known' | 'refused'; readonly reason: string }
  | { readonly kind: 'unreachable'; readonly reason: string };

const NONCE_TOO_LOW = [
  /nonce too low/i, // geth, GoQuorum, Besu ("Nonce too low")
  /doesn't have the correct nonce/i, // ganache: "account has nonce of: N tx has nonce of: M"
  /nonce has already been used/i, // ethers' wording, some proxies pass it on
];

/**
 * geth and Besu say "replacement transaction underpriced"; ganache says the
 * bare "transaction underpriced". geth also uses the bare phrase, followed by
 * details, for a tip under the pool's floor: that one is not about the nonce,
 * so only the bare phrase, whole, counts.
 */
const UNDERPRICED = [/replacement transaction underpriced/i, /^transaction underpriced$/i];

const KNOWN = [/already known/i, /known transaction/i];

/** The JSON-RPC error object a failed ethers call carries, if the node answered. */
function rpcErrorOf(err: unknown): { readonly message: string } | undefined {
  if (err === null || typeof err !== 'object') return undefined;
  const e = err as { error?: unknown; info?: { error?: unknown } };
  for (const candidate of [e.error, e.info?.error]) {
    if (candidate !== null && typeof candidate === 'object') {
      const { code, message } = candidate as { code?: unknown; message?: unknown };
      if (typeof code === 'number' && typeof message === 'string') return { message };
    }
  }
  return undefined;
}

export function refusalOf(err: unknown): Refusal {
  const rpc = rpcErrorOf(err);
  if (rpc === undefined) {
    return { kind: 'unreachable', reason: err instanceof Error ? err.message : String(err) };
  }
  const reason = rpc.message.trim();
  if (NONCE_TOO_LOW.some((re) => re.test(reason))) return { kind: 'nonce-too-low', reason };
  if (UNDERPRICED.some((re) => re.test(reason))) return { kind: 'underpriced', reason };
  if (KNOWN.some((re) => re.test(reason))) return { kind: 'known', reason };
  return { kind: 'refused', reason };
}

/** A short text for logs and error context, whatever was thrown. */
export function reasonOf(err: unknown): string {
  const rpc = rpcErrorOf(err);
  if (rpc !== undefined) return rpc.message;
  if (
    err !== null &&
    typeof err === 'object' &&
    typeof (err as { shortMessage?: unknown }).shortMessage === 'string'
  )
    return (err as { shortMessage: string }).shortMessage;
  return err instanceof Error ? err.message : String(err);
}
