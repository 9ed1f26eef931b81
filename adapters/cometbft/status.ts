/**
 * `/status` (rpc/core/status.go): the chain id (`node_info.network`), the
 * node's version, its latest and earliest retained block. The revision of
 * a height is read from the chain id as ibc-go does (`{name}-{N}`, N without
 * a leading zero, 02-client `ParseChainID`); other ids are revision 0.
 */
import { answerReader } from './json.js';

export interface ChainStatus {
  readonly chainId: string;
  readonly revision: bigint;
  /** CometBFT version string of the node, e.g. "0.38.0". */
  readonly nodeVersion: string;
  readonly latestHeight: bigint;
  /** Nanoseconds since the epoch. */
  readonly latestTimeNs: bigint;
  /** Lowest height the node still serves (0 when it does not say). */
  readonly earliestHeight: bigint;
}

const REVISION_FORMAT = /^.*[^\n-]-([1-9][0-9]*)$/;

/** ibc-go's revision number of a chain id; 0 when the id is not in revision format. */
export function revisionOf(chainId: string): bigint {
  const match = REVISION_FORMAT.exec(chainId);
  return match?.[1] === undefined ? 0n : BigInt(match[1]);
}

export function parseStatus(result: unknown): ChainStatus {
  const r = answerReader('status');
  const o = r.object(result, 'result');
  const nodeInfo = r.object(o.node_info, 'node_info');
  const sync = r.object(o.sync_info, 'sync_info');
  const chainId = r.string(nodeInfo.network, 'node_info.network');
  return {
    chainId,
    revision: revisionOf(chainId),
    nodeVersion: nodeInfo.version === undefined ? '' : r.string(nodeInfo.version, 'node_info.version'),
    latestHeight: r.uint(sync.latest_block_height, 'sync_info.latest_block_height'),
    latestTimeNs: r.time(sync.latest_block_time, 'sync_info.latest_block_time'),
    earliestHeight:
      sync.earliest_block_height === undefined
        ? 0n
        : r.uint(sync.earliest_block_height, 'sync_info.earliest_block_height'),
  };
}
