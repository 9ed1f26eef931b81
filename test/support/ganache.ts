/**
 * An in-process EVM for tests: ganache 7 serving HTTP JSON-RPC on loopback
 * (ethers' `JsonRpcProvider` talks to it as to any node). Ganache predates
 * Cancun, so the chain runs shanghai and contracts are compiled for it.
 *
 * Accounts are made from fixed keys so a test can name them; `blockTime`
 * in seconds (0: a block per transaction).
 */
import ganache from 'ganache';
import { JsonRpcProvider, Wallet } from 'ethers';
import type { AddressInfo } from 'node:net';

export interface Ganache {
  readonly url: string;
  readonly chainId: bigint;
  /** Funded private keys (0x hex). */
  readonly keys: readonly string[];
  readonly provider: JsonRpcProvider;
  wallet(index: number): Wallet;
  stop(): Promise<void>;
}

export interface GanacheOptions {
  readonly chainId?: bigint;
  readonly accounts?: number;
  readonly blockTime?: number;
}

const FUNDS = `0x${(10n ** 24n).toString(16)}`;

/** Deterministic test keys: distinct valid secp256k1 scalars (0x0101…, 0x0202…). */
export function testKey(index: number): string {
  return `0x${(index + 1).toString(16).padStart(2, '0').repeat(32)}`;
}

export async function startGanache(options: GanacheOptions = {}): Promise<Ganache> {
  const chainId = options.chainId ?? 1337n;
  const keys = Array.from({ length: options.accounts ?? 4 }, (_, i) => testKey(i));
  const server = ganache.server({
    logging: { quiet: true },
    chain: { chainId: Number(chainId), hardfork: 'shanghai' },
    wallet: { accounts: keys.map((secretKey) => ({ secretKey, balance: FUNDS })) },
    miner: { blockTime: options.blockTime ?? 0 },
  });
  await server.listen(0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  // No request cache: with a block per transaction, a cached nonce or block number is already stale.
  const provider = new JsonRpcProvider(url, undefined, {
    staticNetwork: true,
    pollingInterval: 50,
    cacheTimeout: -1,
    batchMaxCount: 1,
  });
  return {
    url,
    chainId,
    keys,
    provider,
    wallet: (index) => {
      const key = keys[index];
      if (key === undefined) throw new RangeError(`no test account ${index}`);
      return new Wallet(key, provider);
    },
    async stop() {
      provider.destroy();
      await server.close();
    },
  };
}
