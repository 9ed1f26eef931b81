/**
 * hash_tree_root of the containers the sync protocol touches
 * (consensus-specs phase0 `BeaconBlockHeader`, `ForkData`, `SigningData`;
 * altair `SyncCommittee`; capella/deneb `ExecutionPayloadHeader`).
 */
import { byteListRoot, byteVectorRoot, merkleize, uintChunk } from './ssz.js';

export interface BeaconBlockHeader {
  readonly slot: bigint;
  readonly proposerIndex: bigint;
  readonly parentRoot: Uint8Array;
  readonly stateRoot: Uint8Array;
  readonly bodyRoot: Uint8Array;
}

export interface SyncCommittee {
  /** SYNC_COMMITTEE_SIZE (512 on mainnet) 48-byte BLS public keys. */
  readonly pubkeys: readonly Uint8Array[];
  readonly aggregatePubkey: Uint8Array;
}

/** Capella's 15 fields; Deneb adds the two blob-gas fields. */
export interface ExecutionPayloadHeader {
  readonly parentHash: Uint8Array;
  readonly feeRecipient: Uint8Array;
  readonly stateRoot: Uint8Array;
  readonly receiptsRoot: Uint8Array;
  readonly logsBloom: Uint8Array;
  readonly prevRandao: Uint8Array;
  readonly blockNumber: bigint;
  readonly gasLimit: bigint;
  readonly gasUsed: bigint;
  readonly timestamp: bigint;
  readonly extraData: Uint8Array;
  readonly baseFeePerGas: bigint;
  readonly blockHash: Uint8Array;
  readonly transactionsRoot: Uint8Array;
  readonly withdrawalsRoot: Uint8Array;
  readonly blobGasUsed?: bigint;
  readonly excessBlobGas?: bigint;
}

const MAX_EXTRA_DATA_BYTES = 32;

export function beaconBlockHeaderRoot(h: BeaconBlockHeader): Uint8Array {
  return merkleize([
    uintChunk(h.slot, 8),
    uintChunk(h.proposerIndex, 8),
    h.parentRoot,
    h.stateRoot,
    h.bodyRoot,
  ]);
}

export function syncCommitteeRoot(c: SyncCommittee): Uint8Array {
  return merkleize([merkleize(c.pubkeys.map(byteVectorRoot)), byteVectorRoot(c.aggregatePubkey)]);
}

export function executionPayloadHeaderRoot(h: ExecutionPayloadHeader): Uint8Array {
  const fields = [
    h.parentHash,
    byteVectorRoot(h.feeRecipient),
    h.stateRoot,
    h.receiptsRoot,
    byteVectorRoot(h.logsBloom),
    h.prevRandao,
    uintChunk(h.blockNumber, 8),
    uintChunk(h.gasLimit, 8),
    uintChunk(h.gasUsed, 8),
    uintChunk(h.timestamp, 8),
    byteListRoot(h.extraData, MAX_EXTRA_DATA_BYTES),
    uintChunk(h.baseFeePerGas, 32),
    h.blockHash,
    h.transactionsRoot,
    h.withdrawalsRoot,
  ];
  if (h.blobGasUsed !== undefined || h.excessBlobGas !== undefined)
    fields.push(uintChunk(h.blobGasUsed ?? 0n, 8), uintChunk(h.excessBlobGas ?? 0n, 8));
  return merkleize(fields);
}

/** compute_fork_data_root: ForkData(current_version, genesis_validators_root). */
export function forkDataRoot(version: Uint8Array, genesisValidatorsRoot: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(32);
  chunk.set(version);
  return merkleize([chunk, genesisValidatorsRoot]);
}

/** compute_signing_root: SigningData(object_root, domain). */
export function signingRoot(objectRoot: Uint8Array, domain: Uint8Array): Uint8Array {
  return merkleize([objectRoot, domain]);
}
