/**
 * What the adapter reads from an EVM node over JSON-RPC, checked before use:
 *
 * - the chain is the configured one (`eth_chainId`);
 * - a "final" block is `confirmations` below the head (chains without
 *   finality; 0 for BFT chains);
 * - headers are rebuilt from the RPC fields and must hash to the block hash
 *   the node claims (HEADER_HASH_MISMATCH otherwise): a header signed for the
 *   committee is the header a light client rebuilds, not the node's word;
 * - storage proofs come from `eth_getProof` and are checked against the
 *   header's state root here too, so a broken node is caught at the source
 *   rather than at a counterparty.
 */
import type { JsonRpcProvider } from 'ethers';
import {
  accountProofFromRpc,
  headerFromRpc,
  headerHash,
  rpcBlockHash,
  verifyGetProof,
  type AccountProof,
  type EvmHeader,
} from '../../light-clients/evm/index.js';
import { bytesEqual } from '../../light-clients/bytes.js';
import { IsthmusError } from '../../light-clients/index.js';

export interface VerifiedBlock {
  readonly header: EvmHeader;
  readonly hash: Uint8Array;
  readonly timeNs: bigint;
}

const NS_PER_S = 1_000_000_000n;
const quantity = (n: bigint): string => `0x${n.toString(16)}`;
/** Headers are immutable below the final height, so a few hundred are kept. */
const HEADER_CACHE = 512;

function unavailable(code: string, message: string, context: Record<string, unknown>, cause?: unknown) {
  return new IsthmusError(code, message, {
    category: 'unavailable',
    context,
    ...(cause === undefined ? {} : { cause }),
  });
}

export class ChainReader {
  readonly #provider: JsonRpcProvider;
  readonly #confirmations: bigint;
  readonly #headers = new Map<bigint, VerifiedBlock>();

  constructor(provider: JsonRpcProvider, confirmations: number) {
    this.#provider = provider;
    this.#confirmations = BigInt(confirmations);
  }

  async #rpc<T>(method: string, params: unknown[]): Promise<T> {
    try {
      return (await this.#provider.send(method, params)) as T;
    } catch (cause) {
      throw unavailable('EVM_RPC_FAILED', `${method} failed: ${(cause as Error).message}`, { method }, cause);
    }
  }

  async chainId(): Promise<bigint> {
    return BigInt(await this.#rpc<string>('eth_chainId', []));
  }

  /** The latest block that counts: the head less the confirmation depth (0 before it exists). */
  async finalNumber(): Promise<bigint> {
    const head = BigInt(await this.#rpc<string>('eth_blockNumber', []));
    return head > this.#confirmations ? head - this.#confirmations : 0n;
  }

  /** The header of block `number`, rebuilt and hash-checked; cached once final. */
  async block(number: bigint): Promise<VerifiedBlock> {
    const cached = this.#headers.get(number);
    if (cached) return cached;
    const raw = await this.#rpc<Record<string, unknown> | null>('eth_getBlockByNumber', [
      quantity(number),
      false,
    ]);
    if (raw === null) {
      throw unavailable('BLOCK_NOT_FOUND', `the node has no block ${number}`, { number });
    }
    const header = headerFromRpc(raw);
    const hash = headerHash(header);
    const claimed = rpcBlockHash(raw);
    if (header.number !== number || (claimed !== undefined && !bytesEqual(claimed, hash))) {
      throw new IsthmusError('HEADER_HASH_MISMATCH', `block ${number} as served does not hash to its hash`, {
        category: 'verification',
        context: { number, served: header.number },
      });
    }
    const block = { header, hash, timeNs: header.timestamp * NS_PER_S };
    if (this.#headers.size >= HEADER_CACHE) {
      const oldest = this.#headers.keys().next().value;
      if (oldest !== undefined) this.#headers.delete(oldest);
    }
    this.#headers.set(number, block);
    return block;
  }

  /** An EIP-1186 proof of `slots` of `address` in the state of block `number`, checked against its state root. */
  async storageProof(address: string, slots: readonly Uint8Array[], number: bigint): Promise<AccountProof> {
    const block = await this.block(number);
    const raw = await this.#rpc<unknown>('eth_getProof', [
      address,
      slots.map((s) => `0x${Buffer.from(s).toString('hex')}`),
      quantity(number),
    ]);
    const proof = accountProofFromRpc(raw);
    verifyGetProof(block.header.stateRoot, proof);
    return proof;
  }

  /** The contract's logs in blocks `from` to `to` inclusive, in chain order. */
  async logs(address: string, from: bigint, to: bigint): Promise<RpcLog[]> {
    const logs = await this.#rpc<RpcLog[]>('eth_getLogs', [
      { address, fromBlock: quantity(from), toBlock: quantity(to) },
    ]);
    return logs.filter((l) => !l.removed);
  }

  /** `eth_call` of `data` on `to` in the state of block `number`. */
  async call(to: string, data: string, number?: bigint): Promise<string> {
    return this.#rpc<string>('eth_call', [{ to, data }, number === undefined ? 'latest' : quantity(number)]);
  }
}

/** A log as `eth_getLogs` returns it. */
export interface RpcLog {
  readonly address: string;
  readonly topics: readonly string[];
  readonly data: string;
  readonly blockNumber: string;
  readonly transactionHash: string;
  readonly transactionIndex: string;
  readonly logIndex: string;
  readonly removed?: boolean;
}
