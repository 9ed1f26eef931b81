/**
 * Two devnets for the receipt tests — mainchain-1 and health-1, both with
 * the notary module, producing blocks on a timer on the system clock — each
 * served over loopback gRPC, with a tendermint client of each other. The
 * trust anchor is built from mainchain-1's genesis: what a verifier knows
 * without any bundle.
 */
import { pino } from 'pino';
import {
  DevnetChain,
  DevnetLedger,
  makeGenesis,
  notaryModule,
  packetModule,
} from '../../../../adapters/devnet/index.js';
import type { LedgerClient } from '../../../../adapters/index.js';
import { makeValidatorSet } from '../../../../light-clients/tendermint/index.js';
import type { TrustAnchor } from '../../../../relayer/api/receipts/index.js';
import { serveLedger, type ServedLedger } from '../../../support/ledger-server.js';
import { createClient } from '../../../unit/devnet/packets/relay-steps.js';

export const MAIN = 'mainchain-1';
export const HEALTH = 'health-1';
const BLOCK_MS = 100;

export interface ReceiptNetwork {
  readonly main: DevnetChain;
  readonly health: DevnetChain;
  readonly m: LedgerClient;
  readonly h: LedgerClient;
  /** mainchain-1's client of health-1. */
  readonly clientOfHealth: string;
  /** mainchain-1's Ledger endpoint. */
  readonly mainAddress: string;
  /** health-1's Ledger endpoint. */
  readonly healthAddress: string;
  readonly anchor: TrustAnchor;
  close(): Promise<void>;
}

export function anchorOf(chain: DevnetChain, clients: ReadonlyMap<string, string>): TrustAnchor {
  const validators = makeValidatorSet(
    chain.genesis.validators.map((v) => ({
      pubKey: { type: 'ed25519', bytes: v.pubKey },
      votingPower: v.power,
    })),
  );
  return { chainId: chain.chainId, validators, clients };
}

export async function startReceiptNetwork(): Promise<ReceiptNetwork> {
  const logger = pino({ level: 'silent' });
  const make = (chainId: string): DevnetChain =>
    new DevnetChain({
      genesis: makeGenesis({ chainId, genesisTimeNs: BigInt(Date.now()) * 1_000_000n }),
      logger,
      modules: [packetModule(), notaryModule],
    });
  const main = make(MAIN);
  const health = make(HEALTH);
  const served: ServedLedger[] = [];
  const serve = async (chain: DevnetChain): Promise<LedgerClient> => {
    const s = await serveLedger(new DevnetLedger(chain), { retry: { maxAttempts: 1 } });
    served.push(s);
    return s.client;
  };
  const m = await serve(main);
  const h = await serve(health);
  main.start(BLOCK_MS);
  health.start(BLOCK_MS);
  await Promise.all([main.waitForHeight(2n), health.waitForHeight(2n)]);
  const clientOfHealth = await createClient(m, h);
  await createClient(h, m);
  return {
    main,
    health,
    m,
    h,
    clientOfHealth,
    mainAddress: served[0]?.address ?? '',
    healthAddress: served[1]?.address ?? '',
    anchor: anchorOf(main, new Map([[HEALTH, clientOfHealth]])),
    close: async () => {
      main.stop();
      health.stop();
      await Promise.all(served.map((s) => s.close()));
    },
  };
}
