/**
 * `isthmus devnet`: runs in-process devnet chains, each serving the `Ledger`
 * gRPC service on its own loopback port, until stopped. Another process (a
 * relayer, a test, grpcurl) reaches them at the printed endpoints.
 */
import { join } from 'node:path';
import type { Logger } from 'pino';
import { startLedgerServer } from '../../adapters/index.js';
import {
  DevnetLedger,
  makeGenesis,
  notaryModule,
  openDevnet,
  packetModule,
  type DevnetChain,
} from '../../adapters/devnet/index.js';
import { IsthmusError } from '../../light-clients/index.js';

export interface DevnetRunOptions {
  /** Chain names; each becomes chain id `<name>-1` (revision 1) unless it already ends in `-<n>`. */
  readonly chains: readonly string[];
  readonly validators: number;
  readonly blockTimeMs: number;
  /** First port; chain i listens on basePort + i. 0 picks free ports. */
  readonly basePort: number;
  /** Each chain keeps its genesis and blocks in `<dataDir>/<chain id>` and resumes from it. */
  readonly dataDir?: string;
  readonly logger: Logger;
}

export interface RunningDevnet {
  readonly chainId: string;
  readonly endpoint: string;
  readonly chain: DevnetChain;
}

export interface RunningDevnets {
  readonly devnets: readonly RunningDevnet[];
  close(): Promise<void>;
}

const CHAIN_NAME = /^[a-z][a-z0-9-]{0,40}$/;

export function chainIdOf(name: string): string {
  if (!CHAIN_NAME.test(name)) {
    throw new IsthmusError(
      'INVALID_CHAIN_NAME',
      `chain name ${JSON.stringify(name)}: lower-case letters, digits and -`,
      {
        category: 'invalid_argument',
        context: { name },
      },
    );
  }
  return /-\d+$/.test(name) ? name : `${name}-1`;
}

export async function runDevnets(options: DevnetRunOptions): Promise<RunningDevnets> {
  const chainIds = options.chains.map(chainIdOf);
  if (new Set(chainIds).size !== chainIds.length) {
    throw new IsthmusError('INVALID_CHAIN_NAME', 'chain names must differ', {
      category: 'invalid_argument',
      context: { chains: chainIds },
    });
  }
  const running: Array<RunningDevnet & { close(): Promise<void> }> = [];
  const closeAll = async (): Promise<void> => {
    await Promise.all(
      running.map(async (r) => {
        r.chain.stop();
        await r.close();
      }),
    );
  };
  try {
    for (const [i, chainId] of chainIds.entries()) {
      const logger = options.logger.child({ chain: chainId });
      const chain = await openDevnet({
        genesis: makeGenesis({
          chainId,
          genesisTimeNs: BigInt(Date.now()) * 1_000_000n,
          validators: options.validators,
        }),
        logger,
        modules: [packetModule(), notaryModule],
        ...(options.dataDir === undefined ? {} : { dataDir: join(options.dataDir, chainId) }),
      });
      const port = options.basePort === 0 ? 0 : options.basePort + i;
      const server = await startLedgerServer({
        ledger: new DevnetLedger(chain),
        address: `127.0.0.1:${port}`,
        logger,
      });
      running.push({ chainId, endpoint: server.address, chain, close: () => server.close() });
      chain.start(options.blockTimeMs);
    }
  } catch (err) {
    await closeAll();
    throw err;
  }
  return {
    devnets: running.map(({ chainId, endpoint, chain }) => ({ chainId, endpoint, chain })),
    close: closeAll,
  };
}
