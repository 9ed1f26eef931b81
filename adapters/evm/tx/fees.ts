/**
 * Fees of a transaction and their increase on replacement.
 *
 * A chain whose blocks carry a base fee (EIP-1559, London onwards) gets a
 * type-2 transaction with `maxFeePerGas = 2 × baseFee + tip`: the cap
 * survives six full blocks in a row (each raises the base fee by at most
 * 12.5 %, and 1.125^6 ≈ 2.03) before the transaction stops being
 * includable. A chain without one (Besu and GoQuorum networks before London,
 * free-gas networks) gets a legacy `gasPrice` from `eth_gasPrice`.
 */
import { rpcQuantity, type RpcProvider } from './rpc.js';

export type Fees =
  | { readonly type: 2; readonly maxFeePerGas: bigint; readonly maxPriorityFeePerGas: bigint }
  | { readonly type: 0; readonly gasPrice: bigint };

/** `percent` (at most two decimals) as basis points, for exact bigint arithmetic. */
export function basisPoints(percent: number): bigint {
  return BigInt(Math.round(percent * 100));
}

/** `value` increased by `bps` basis points, rounded up. */
export function increase(value: bigint, bps: bigint): bigint {
  return (value * (10_000n + bps) + 9_999n) / 10_000n;
}

/**
 * The fees to offer now, given the latest block's base fee (null when the
 * chain has none). The tip is the node's `eth_maxPriorityFeePerGas`; a node
 * without that method gets `eth_gasPrice − baseFee` (what geth's gas price
 * oracle adds to the base fee), never below zero: a free-gas network then
 * pays nothing, as its accounts may hold no ether.
 */
export async function quoteFees(provider: RpcProvider, baseFeePerGas: bigint | null): Promise<Fees> {
  if (baseFeePerGas === null) return { type: 0, gasPrice: await rpcQuantity(provider, 'eth_gasPrice') };
  let tip: bigint;
  try {
    tip = await rpcQuantity(provider, 'eth_maxPriorityFeePerGas');
  } catch {
    const price = await rpcQuantity(provider, 'eth_gasPrice');
    tip = price > baseFeePerGas ? price - baseFeePerGas : 0n;
  }
  return { type: 2, maxFeePerGas: 2n * baseFeePerGas + tip, maxPriorityFeePerGas: tip };
}

const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);

/**
 * The fees of a replacement: every field increased by `bps`, rounded up —
 * what nodes demand of a replacement — or the market's current quote for a
 * field when that is higher, so that a base fee that rose faster than the
 * bumps does not leave the transaction behind.
 */
export function bumpFees(fees: Fees, bps: bigint, market?: Fees): Fees {
  if (fees.type === 0) {
    const gasPrice = increase(fees.gasPrice, bps);
    return { type: 0, gasPrice: market?.type === 0 ? max(gasPrice, market.gasPrice) : gasPrice };
  }
  let maxFeePerGas = increase(fees.maxFeePerGas, bps);
  let maxPriorityFeePerGas = increase(fees.maxPriorityFeePerGas, bps);
  if (market?.type === 2) {
    maxFeePerGas = max(maxFeePerGas, market.maxFeePerGas);
    maxPriorityFeePerGas = max(maxPriorityFeePerGas, market.maxPriorityFeePerGas);
  }
  return { type: 2, maxFeePerGas: max(maxFeePerGas, maxPriorityFeePerGas), maxPriorityFeePerGas };
}

/** The fees as decimal strings, for log lines. */
export function feeLog(fees: Fees): Record<string, string> {
  return fees.type === 2
    ? {
        maxFeePerGas: fees.maxFeePerGas.toString(),
        maxPriorityFeePerGas: fees.maxPriorityFeePerGas.toString(),
      }
    : { gasPrice: fees.gasPrice.toString() };
}
