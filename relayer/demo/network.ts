/**
 * The demo's chains: three devnets (`mainchain-1` and the sector
 * sub-networks `health-1` and `edu-1`), each serving the `Ledger` gRPC
 * service on loopback, linked to the main chain by tendermint clients both
 * ways and a `records` channel pair per sector — set up through their gRPC
 * APIs as a chain operator would, before any relayer runs.
 */
import type { Logger } from 'pino';
import { createTendermintClientMsg, RECORDS_APP, type DevnetChain } from '../../adapters/devnet/index.js';
import { LedgerClient } from '../../adapters/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import { decodeIcs07Header } from '../../light-clients/tendermint/index.js';
import { v1 } from '../../proto/index.js';
import { runDevnets } from '../cli/devnet.js';
import type { PathConfig } from '../config/schema.js';
import { DEMO_STEP_FAILED, submitOne } from './submit.js';

export const MAIN_CHAIN = 'mainchain-1';
export const HEALTH_CHAIN = 'health-1';
export const EDU_CHAIN = 'edu-1';

export interface DemoChain {
  readonly chainId: string;
  /** `host:port` of its Ledger gRPC service. */
  readonly endpoint: string;
  /** The chain itself, in this process: heights and block times for the summary. */
  readonly chain: DevnetChain;
  /** Its Ledger over gRPC: how the demo's apps reach it. */
  readonly ledger: LedgerClient;
}

/** A sector sub-network's link to the main chain: a channel pair and a client each way. */
export interface SectorLink {
  readonly sector: DemoChain;
  readonly sectorChannel: string;
  readonly mainChannel: string;
  /** The client on the sector chain that tracks the main chain. */
  readonly clientOnSector: string;
  /** The client on the main chain that tracks the sector chain. */
  readonly clientOnMain: string;
}

export interface DemoNetwork {
  readonly main: DemoChain;
  readonly health: SectorLink;
  readonly edu: SectorLink;
  readonly chains: readonly DemoChain[];
  /** The relayer's paths: one per sector link, both directions relayed. */
  readonly paths: readonly PathConfig[];
  /** Stops block production, the gRPC servers and the demo's clients. */
  close(): Promise<void>;
}

export interface NetworkOptions {
  readonly blockTimeMs: number;
  readonly validators: number;
  /** mainchain, health and edu listen on basePort, +1, +2; 0 picks free ports. */
  readonly basePort: number;
  readonly logger: Logger;
}

/** Creates on `host` a tendermint client of `counterparty` from its latest header; returns its id. */
async function createClient(host: DemoChain, counterparty: DemoChain): Promise<string> {
  const [message] = (await counterparty.ledger.getClientMessage({})).messages;
  const { signedHeader } = decodeIcs07Header(message?.bytes ?? new Uint8Array(0)).lightBlock;
  const created = await submitOne(
    host.ledger,
    createTendermintClientMsg(signedHeader),
    `create a client of ${counterparty.chainId} on ${host.chainId}`,
  );
  return created.data;
}

async function openRecordsChannel(
  host: DemoChain,
  counterparty: string,
  counterpartyChannel: string,
  clientId: string,
): Promise<string> {
  const opened = await submitOne(
    host.ledger,
    {
      openChannel: {
        app: RECORDS_APP,
        counterpartyChainId: counterparty,
        counterpartyChannelId: counterpartyChannel,
        clientId,
        ordering: v1.Ordering.ORDERING_UNORDERED,
      },
    },
    `open a ${RECORDS_APP} channel on ${host.chainId} to ${counterparty}`,
  );
  return opened.data;
}

/**
 * Links a sector to the main chain: a client each way, then the main
 * chain's channel end, then the sector's. The sector has no channel yet, so
 * its end is `channel-0`, which the main chain's end names as its
 * counterparty; a sector answering with another id fails the setup rather
 * than leave a pair that cannot relay.
 */
async function link(main: DemoChain, sector: DemoChain): Promise<SectorLink> {
  const [clientOnMain, clientOnSector] = await Promise.all([
    createClient(main, sector),
    createClient(sector, main),
  ]);
  const sectorChannel = 'channel-0';
  const mainChannel = await openRecordsChannel(main, sector.chainId, sectorChannel, clientOnMain);
  const opened = await openRecordsChannel(sector, main.chainId, mainChannel, clientOnSector);
  if (opened !== sectorChannel) {
    throw new IsthmusError(
      DEMO_STEP_FAILED,
      `${sector.chainId} opened ${opened}, but ${main.chainId}/${mainChannel} names ${sectorChannel}`,
      { context: { chainId: sector.chainId, channel: opened } },
    );
  }
  return { sector, sectorChannel, mainChannel, clientOnSector, clientOnMain };
}

export async function startNetwork(options: NetworkOptions): Promise<DemoNetwork> {
  const devnets = await runDevnets({
    chains: [MAIN_CHAIN, HEALTH_CHAIN, EDU_CHAIN],
    validators: options.validators,
    blockTimeMs: options.blockTimeMs,
    basePort: options.basePort,
    logger: options.logger,
  });
  const chains = devnets.devnets.map((d) => ({
    chainId: d.chainId,
    endpoint: d.endpoint,
    chain: d.chain,
    ledger: new LedgerClient({ address: d.endpoint }),
  }));
  const close = async (): Promise<void> => {
    for (const c of chains) c.ledger.close();
    await devnets.close();
  };
  try {
    const [main, health, edu] = chains;
    if (!main || !health || !edu) throw new IsthmusError(DEMO_STEP_FAILED, 'the devnets did not all start');
    await Promise.all(chains.map((c) => c.chain.waitForHeight(1n)));
    // The sectors' links are independent: set up side by side, so the main chain's messages share blocks.
    const [healthLink, eduLink] = await Promise.all([link(main, health), link(main, edu)]);
    const paths: PathConfig[] = [healthLink, eduLink].map((l) => ({
      source: { chain: l.sector.chainId, channel: l.sectorChannel, clientId: l.clientOnSector },
      dest: { chain: main.chainId, channel: l.mainChannel, clientId: l.clientOnMain },
      ordering: 'unordered',
    }));
    return { main, health: healthLink, edu: eduLink, chains, paths, close };
  } catch (err) {
    await close();
    throw err;
  }
}
