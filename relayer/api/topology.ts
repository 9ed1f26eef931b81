/**
 * What the relayer's configuration says about chains and paths, as the
 * Relay API asks it: where a channel leads, which configured chain keeps a
 * client of another (a path end's `clientId` tracks the other end), and
 * the paths in wire form.
 */
import { v1 } from '../../proto/index.js';
import type { RelayerConfig } from '../config/schema.js';

type PathConfig = RelayerConfig['paths'][number];

/** The other end of a channel of `chainId`, on a configured path. */
export interface ChannelRoute {
  readonly destChain: string;
  readonly destChannel: string;
  readonly ordering: PathConfig['ordering'];
}

/** A client one configured chain keeps of another. */
export interface TrustingClient {
  readonly hostChainId: string;
  readonly clientId: string;
}

export function isConfiguredChain(config: RelayerConfig, chainId: string): boolean {
  return config.chains.some((c) => c.id === chainId);
}

/** A path is bidirectional: a packet may start at either end. */
export function channelRoute(
  config: RelayerConfig,
  chainId: string,
  channel: string,
): ChannelRoute | undefined {
  for (const path of config.paths) {
    const ends = [
      [path.source, path.dest],
      [path.dest, path.source],
    ] as const;
    for (const [from, to] of ends) {
      if (from.chain === chainId && from.channel === channel) {
        return { destChain: to.chain, destChannel: to.channel, ordering: path.ordering };
      }
    }
  }
  return undefined;
}

/** The first configured client of `chainId` (in path order), if any chain keeps one. */
export function trustingClient(config: RelayerConfig, chainId: string): TrustingClient | undefined {
  for (const path of config.paths) {
    for (const [host, other] of [
      [path.source, path.dest],
      [path.dest, path.source],
    ] as const) {
      if (other.chain === chainId && host.chain !== chainId && host.clientId !== undefined) {
        return { hostChainId: host.chain, clientId: host.clientId };
      }
    }
  }
  return undefined;
}

const wireOrdering: Readonly<Record<PathConfig['ordering'], v1.Ordering>> = {
  unordered: v1.Ordering.ORDERING_UNORDERED,
  ordered: v1.Ordering.ORDERING_ORDERED,
};

export function wirePaths(config: RelayerConfig): v1.IPath[] {
  return config.paths.map((p) => ({
    sourceChain: p.source.chain,
    sourceChannel: p.source.channel,
    destChain: p.dest.chain,
    destChannel: p.dest.channel,
    ordering: wireOrdering[p.ordering],
  }));
}
