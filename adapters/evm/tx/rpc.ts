/**
 * The JSON-RPC reads of the sender, made with `provider.send` rather than
 * ethers' getters: those share one answer among identical calls for 250 ms
 * (`cacheTimeout`), and a poll must see the chain as it is now — reading a
 * receipt as absent from a stale answer, just after the account's nonce has
 * moved past it, would report a mined transaction as dropped.
 */
import type { JsonRpcProvider, Network, TransactionReceipt } from 'ethers';

export type RpcProvider = Pick<JsonRpcProvider, 'send'>;

function toBigInt(method: string, value: unknown): bigint {
  if (typeof value !== 'string' || !/^0x[0-9a-fA-F]+$/.test(value))
    throw new TypeError(`${method} answered ${JSON.stringify(value)}, not a quantity`);
  return BigInt(value);
}

/** A method whose result is one quantity (`eth_gasPrice`, `eth_blockNumber`, ...). */
export async function rpcQuantity(
  provider: RpcProvider,
  method: string,
  params: readonly unknown[] = [],
): Promise<bigint> {
  return toBigInt(method, await provider.send(method, [...params]));
}

export interface LatestBlock {
  readonly number: number;
  /** Null on a chain without EIP-1559. */
  readonly baseFeePerGas: bigint | null;
  readonly gasLimit: bigint;
}

export async function latestBlock(provider: RpcProvider): Promise<LatestBlock> {
  const block: unknown = await provider.send('eth_getBlockByNumber', ['latest', false]);
  if (block === null || typeof block !== 'object')
    throw new TypeError('eth_getBlockByNumber answered no block');
  const b = block as Record<string, unknown>;
  return {
    number: Number(toBigInt('eth_getBlockByNumber', b.number)),
    baseFeePerGas: b.baseFeePerGas == null ? null : toBigInt('eth_getBlockByNumber', b.baseFeePerGas),
    gasLimit: toBigInt('eth_getBlockByNumber', b.gasLimit),
  };
}

/** The receipt of `hash`, or null while it is not mined. */
export async function receiptOf(
  provider: JsonRpcProvider,
  network: Network,
  hash: string,
): Promise<TransactionReceipt | null> {
  const raw: unknown = await provider.send('eth_getTransactionReceipt', [hash]);
  if (raw == null) return null;
  // The provider's own hook turns the JSON-RPC receipt into ethers' TransactionReceipt (and its Logs).
  return provider._wrapTransactionReceipt(
    raw as Parameters<JsonRpcProvider['_wrapTransactionReceipt']>[0],
    network,
  );
}
