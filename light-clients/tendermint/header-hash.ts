/**
 * The block hash: the Merkle root (merkle.ts) of the header's 14 fields, each
 * encoded as CometBFT `types/block.go` `Header.Hash` does — the version and
 * last block id as their protobuf messages, the time as a protobuf
 * Timestamp, the chain id, height and byte fields wrapped in the
 * `google.protobuf.{String,Int64,Bytes}Value` messages (`cdcEncode`), so an
 * empty value encodes as nothing at all.
 */
import { merkleRoot } from './merkle.js';
import type { BlockId, Header } from './types.js';
import { bytesField, concat, messageField, timestamp, utf8, varintField } from './wire.js';

/** `PartSetHeader`-carrying `BlockID` proto; the part-set header is always written (`12 00` when empty). */
export function encodeBlockId(id: BlockId): Uint8Array {
  const parts = concat([
    ...varintField(1, BigInt(id.partSetHeader.total)),
    ...bytesField(2, id.partSetHeader.hash),
  ]);
  return concat([...bytesField(1, id.hash), ...messageField(2, parts)]);
}

function wrappedBytes(value: Uint8Array): Uint8Array {
  return concat(bytesField(1, value));
}

/** The 14 Merkle leaves of a header, in field order. */
export function headerLeaves(h: Header): Uint8Array[] {
  return [
    concat([...varintField(1, h.version.block), ...varintField(2, h.version.app)]),
    concat(bytesField(1, utf8(h.chainId))),
    concat(varintField(1, h.height)),
    timestamp(h.time),
    encodeBlockId(h.lastBlockId),
    wrappedBytes(h.lastCommitHash),
    wrappedBytes(h.dataHash),
    wrappedBytes(h.validatorsHash),
    wrappedBytes(h.nextValidatorsHash),
    wrappedBytes(h.consensusHash),
    wrappedBytes(h.appHash),
    wrappedBytes(h.lastResultsHash),
    wrappedBytes(h.evidenceHash),
    wrappedBytes(h.proposerAddress),
  ];
}

/** The header's hash, which the commit's block id must carry. */
export function headerHash(header: Header): Uint8Array {
  return merkleRoot(headerLeaves(header));
}
