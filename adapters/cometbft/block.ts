/**
 * What events need from `/block?height=` (rpc/core/blocks.go): the block
 * time, and the id of each transaction — the upper-case hex SHA-256 of its
 * bytes, as CometBFT names transactions (types/tx.go `Tx.Hash`).
 */
import { sha256 } from '../../light-clients/index.js';
import { malformedAnswer } from './errors.js';
import { answerReader } from './json.js';
import type { CometRpc } from './rpc.js';

export interface BlockInfo {
  readonly height: bigint;
  /** Nanoseconds since the epoch. */
  readonly timeNs: bigint;
  /** One per transaction, in block order. */
  readonly txIds: readonly string[];
}

export function parseBlock(result: unknown): BlockInfo {
  const r = answerReader('block');
  const block = r.object(r.object(result, 'result').block, 'block');
  const header = r.object(block.header, 'block.header');
  const data = block.data === undefined || block.data === null ? {} : r.object(block.data, 'block.data');
  const txs = data.txs === undefined || data.txs === null ? [] : r.array(data.txs, 'block.data.txs');
  return {
    height: r.uint(header.height, 'block.header.height'),
    timeNs: r.time(header.time, 'block.header.time'),
    txIds: txs.map((tx, i) =>
      Buffer.from(sha256(r.base64(tx, `block.data.txs[${i}]`)))
        .toString('hex')
        .toUpperCase(),
    ),
  };
}

export async function fetchBlockInfo(
  rpc: CometRpc,
  height: bigint,
  signal?: AbortSignal,
): Promise<BlockInfo> {
  const info = parseBlock(await rpc.call('block', { height }, signal));
  if (info.height !== height)
    throw malformedAnswer('block', 'block.header.height', `asked for ${height}, got ${info.height}`);
  return info;
}
