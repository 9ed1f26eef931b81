/**
 * What a validator signs when it precommits: the uvarint-length-prefixed
 * protobuf `CanonicalVote` (CometBFT `types/vote.go` `VoteSignBytes`,
 * `types/canonical.go`, `proto/cometbft/types/v1/canonical.proto`):
 *
 *   1 type = PRECOMMIT (2)         4 block_id (omitted for a nil vote)
 *   2 height  sfixed64             5 timestamp: the vote's own time, always written
 *   3 round   sfixed64             6 chain_id
 *
 * `CanonicalBlockID` has `BlockID`'s layout, so it is encoded the same way.
 * Zero scalars and empty strings are omitted. Within one commit only the
 * timestamp differs between votes, so the rest is encoded once per commit.
 */
import { BlockIdFlag, type BlockId, type Commit } from './types.js';
import { encodeBlockId } from './header-hash.js';
import {
  bytesField,
  concat,
  messageField,
  sfixed64Field,
  timestamp,
  utf8,
  varint,
  varintField,
} from './wire.js';

const PRECOMMIT = 2n;
/** Field 5, length-delimited. */
const TIMESTAMP_TAG = 0x2a;
const EMPTY = new Uint8Array(0);

function isZeroBlockId(id: BlockId): boolean {
  return id.hash.length === 0 && id.partSetHeader.total === 0 && id.partSetHeader.hash.length === 0;
}

/** Sign bytes for the votes of one commit, as a function of the vote's flag and time. */
export function commitSignBytes(
  chainId: string,
  commit: Commit,
): (flag: BlockIdFlag, voteTime: bigint) => Uint8Array {
  const head = concat([
    ...varintField(1, PRECOMMIT),
    ...sfixed64Field(2, commit.height),
    ...sfixed64Field(3, BigInt(commit.round)),
  ]);
  const blockId = isZeroBlockId(commit.blockId)
    ? EMPTY
    : concat(messageField(4, encodeBlockId(commit.blockId)));
  const tail = concat(bytesField(6, utf8(chainId)));
  return (flag, voteTime) => {
    const forBlock = flag === BlockIdFlag.Commit ? blockId : EMPTY;
    const time = timestamp(voteTime);
    // The timestamp message is at most 17 bytes: its tag and length take one byte each.
    const length = head.length + forBlock.length + 2 + time.length + tail.length;
    const prefix = varint(BigInt(length));
    const out = new Uint8Array(prefix.length + length);
    let at = 0;
    for (const part of [prefix, head, forBlock]) {
      out.set(part, at);
      at += part.length;
    }
    out[at++] = TIMESTAMP_TAG;
    out[at++] = time.length;
    out.set(time, at);
    out.set(tail, at + time.length);
    return out;
  };
}

/** The sign bytes of the vote behind `commit.signatures[index]` (`Commit.VoteSignBytes`). */
export function voteSignBytes(chainId: string, commit: Commit, index: number): Uint8Array {
  const sig = commit.signatures[index];
  if (!sig) throw new RangeError(`no signature at index ${index}`);
  return commitSignBytes(chainId, commit)(sig.blockIdFlag, sig.timestamp);
}
