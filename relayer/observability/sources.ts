/**
 * What a scrape reads, given by the process that runs the roles
 * (relayer/service): the status store's pending packets, the queues and
 * durables it uses, the clients its paths keep and the chains it watches.
 * Functions, so each scrape sees the network as it is then.
 */
import type { Ledger } from '../../adapters/index.js';
import type { QueueCounts } from '../drivers/index.js';
import type { PacketRecord } from '../status/index.js';

export interface HostedClientSource {
  readonly hostChainId: string;
  readonly clientId: string;
  /** The chain the client tracks. */
  readonly sourceChainId: string;
  readonly host: Ledger;
}

export interface WatchedChainSource {
  readonly chainId: string;
  readonly ledger: Ledger;
  /** The last height the watcher processed (its cursor); undefined before the first. */
  readonly processedHeight: () => Promise<bigint | undefined>;
}

export interface DurableSource {
  readonly stream: string;
  readonly durable: string;
}

export interface ScrapeSources {
  /** Packets sent and not yet acknowledged, timed out or failed. */
  readonly pendingPackets: () => Promise<readonly PacketRecord[]>;
  readonly queues: () => readonly string[];
  readonly queueCounts: (queue: string) => Promise<QueueCounts>;
  readonly durables: () => readonly DurableSource[];
  readonly consumerPending: (stream: string, durable: string) => Promise<number | undefined>;
  readonly clients: () => readonly HostedClientSource[];
  readonly watchedChains: () => readonly WatchedChainSource[];
}
