/**
 * The Relay API as an operator runs it, for the API benchmark: a devnet
 * chain pair serving `Ledger` over loopback gRPC (relay-chains.ts) and
 * `startRelayer` with the `api` role alone, in embedded mode (in-process
 * bus and status store), reaching the chains through its `LedgerClient`s.
 * The role builds the real stack — `createRelayService`, `createSecurity`
 * with a policy file granting one bearer token and the in-memory rate limit,
 * `startRelayApi` — and no relaying role runs, so the figures are the API's
 * own and the status stream holds exactly what SendMessage recorded.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashToken } from '../relayer/api/security/index.js';
import { relayerConfigSchema } from '../relayer/config/schema.js';
import type { Logger } from '../relayer/logger.js';
import { startRelayer, type Relayer } from '../relayer/service/index.js';
import { openChainPair, type ChainPair } from './relay-chains.js';

export const IDENTITY = 'bench-agency';
/** The largest the configuration allows: the limit must not be what is measured. */
export const RATE_LIMIT = { perSecond: 1_000_000, burst: 1_000_000 } as const;

export interface ApiDeployment {
  readonly pair: ChainPair;
  readonly relayer: Relayer;
  /** `host:port` of the Relay API. */
  readonly address: string;
  close(): Promise<void>;
}

async function writePolicy(file: string, token: string, chainId: string): Promise<void> {
  await writeFile(
    file,
    [
      'identities:',
      `  - name: ${IDENTITY}`,
      `    tokens: ["${await hashToken(token)}"]`,
      '    allow:',
      `      - { methods: [SendMessage, WatchMessages], chains: [${chainId}] }`,
      '',
    ].join('\n'),
  );
}

/** Chains `<name>-src-1` and `<name>-dst-1` making a block every `blockTimeMs`, and the API over them. */
export async function startApiDeployment(
  name: string,
  blockTimeMs: number,
  dir: string,
  token: string,
  maxMessageBytes: number,
  logger: Logger,
): Promise<ApiDeployment> {
  const pair = await openChainPair(name, blockTimeMs, logger);
  try {
    const policy = join(dir, `${name}-policy.yaml`);
    await writePolicy(policy, token, pair.source.chain.chainId);
    const config = relayerConfigSchema.parse({
      chains: [pair.source, pair.dest].map((end) => ({
        id: end.chain.chainId,
        type: 'devnet',
        endpoint: end.endpoint,
      })),
      paths: [
        {
          source: {
            chain: pair.source.chain.chainId,
            channel: pair.source.channel,
            clientId: pair.source.clientId,
          },
          dest: { chain: pair.dest.chain.chainId, channel: pair.dest.channel, clientId: pair.dest.clientId },
        },
      ],
      api: { listen: '127.0.0.1:0', policy, maxMessageBytes, rateLimit: RATE_LIMIT },
    });
    const relayer = await startRelayer({
      config,
      roles: new Set(['api'] as const),
      logger,
      stopTimeoutMs: 5_000,
    });
    const address = relayer.apiAddress;
    if (address === undefined) {
      await relayer.close();
      throw new Error('the api role did not report its address');
    }
    return {
      pair,
      relayer,
      address,
      close: async () => {
        await relayer.close();
        await pair.close();
      },
    };
  } catch (err) {
    await pair.close();
    throw err;
  }
}
