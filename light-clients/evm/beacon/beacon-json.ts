/**
 * Beacon-API JSON (`/eth/v1/beacon/light_client/*`: `{version, data}`) decoded
 * into the sync protocol's types: decimal strings for integers, 0x-hex for
 * bytes. Untrusted input: a wrong shape is BEACON_MALFORMED.
 */
import { hexToBytes } from '@noble/hashes/utils.js';
import { evmError } from '../errors.js';
import type { BeaconBlockHeader, ExecutionPayloadHeader, SyncCommittee } from './containers.js';
import type {
  LightClientBootstrap,
  LightClientHeader,
  LightClientUpdate,
  SyncAggregate,
} from './sync-protocol.js';

type Json = Readonly<Record<string, unknown>>;

function malformed(what: string): never {
  throw evmError('BEACON_MALFORMED', `${what} is missing or has the wrong shape`);
}

function obj(value: unknown, what: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return malformed(what);
  return value as Json;
}

function uint(value: unknown, what: string): bigint {
  if (typeof value !== 'string' || !/^(0|[1-9][0-9]*)$/.test(value)) return malformed(what);
  return BigInt(value);
}

function bytes(value: unknown, what: string, length?: number): Uint8Array {
  if (typeof value !== 'string' || !/^0x([0-9a-f]{2})*$/i.test(value)) return malformed(what);
  const out = hexToBytes(value.slice(2));
  if (length !== undefined && out.length !== length) return malformed(what);
  return out;
}

function list<T>(value: unknown, what: string, item: (v: unknown) => T): T[] {
  if (!Array.isArray(value)) return malformed(what);
  return value.map(item);
}

const root = (what: string) => (v: unknown) => bytes(v, what, 32);

function beaconHeader(value: unknown): BeaconBlockHeader {
  const h = obj(value, 'beacon header');
  return {
    slot: uint(h.slot, 'slot'),
    proposerIndex: uint(h.proposer_index, 'proposer_index'),
    parentRoot: bytes(h.parent_root, 'parent_root', 32),
    stateRoot: bytes(h.state_root, 'state_root', 32),
    bodyRoot: bytes(h.body_root, 'body_root', 32),
  };
}

function executionHeader(value: unknown): ExecutionPayloadHeader {
  const e = obj(value, 'execution header');
  return {
    parentHash: bytes(e.parent_hash, 'parent_hash', 32),
    feeRecipient: bytes(e.fee_recipient, 'fee_recipient', 20),
    stateRoot: bytes(e.state_root, 'execution state_root', 32),
    receiptsRoot: bytes(e.receipts_root, 'receipts_root', 32),
    logsBloom: bytes(e.logs_bloom, 'logs_bloom', 256),
    prevRandao: bytes(e.prev_randao, 'prev_randao', 32),
    blockNumber: uint(e.block_number, 'block_number'),
    gasLimit: uint(e.gas_limit, 'gas_limit'),
    gasUsed: uint(e.gas_used, 'gas_used'),
    timestamp: uint(e.timestamp, 'timestamp'),
    extraData: bytes(e.extra_data, 'extra_data'),
    baseFeePerGas: uint(e.base_fee_per_gas, 'base_fee_per_gas'),
    blockHash: bytes(e.block_hash, 'block_hash', 32),
    transactionsRoot: bytes(e.transactions_root, 'transactions_root', 32),
    withdrawalsRoot: bytes(e.withdrawals_root, 'withdrawals_root', 32),
    ...(e.blob_gas_used === undefined ? {} : { blobGasUsed: uint(e.blob_gas_used, 'blob_gas_used') }),
    ...(e.excess_blob_gas === undefined ? {} : { excessBlobGas: uint(e.excess_blob_gas, 'excess_blob_gas') }),
  };
}

export function lightClientHeaderFromJson(value: unknown): LightClientHeader {
  const h = obj(value, 'light client header');
  return {
    beacon: beaconHeader(h.beacon),
    ...(h.execution === undefined ? {} : { execution: executionHeader(h.execution) }),
    ...(h.execution_branch === undefined
      ? {}
      : { executionBranch: list(h.execution_branch, 'execution_branch', root('execution_branch')) }),
  };
}

function syncCommittee(value: unknown): SyncCommittee {
  const c = obj(value, 'sync committee');
  return {
    pubkeys: list(c.pubkeys, 'pubkeys', (k) => bytes(k, 'pubkey', 48)),
    aggregatePubkey: bytes(c.aggregate_pubkey, 'aggregate_pubkey', 48),
  };
}

function syncAggregate(value: unknown): SyncAggregate {
  const a = obj(value, 'sync aggregate');
  const bits = bytes(a.sync_committee_bits, 'sync_committee_bits');
  // SSZ bitvectors are little-endian within each byte.
  return {
    bits: Array.from({ length: bits.length * 8 }, (_, i) => (((bits[i >> 3] ?? 0) >> (i & 7)) & 1) === 1),
    signature: bytes(a.sync_committee_signature, 'sync_committee_signature', 96),
  };
}

/** The `data` of a beacon-API response, or the value itself when it has none. */
function dataOf(json: unknown): Json {
  const outer = obj(json, 'response');
  return outer.data === undefined ? outer : obj(outer.data, 'data');
}

export function lightClientBootstrapFromJson(json: unknown): LightClientBootstrap {
  const d = dataOf(json);
  return {
    header: lightClientHeaderFromJson(d.header),
    currentSyncCommittee: syncCommittee(d.current_sync_committee),
    currentSyncCommitteeBranch: list(
      d.current_sync_committee_branch,
      'current_sync_committee_branch',
      root('branch'),
    ),
  };
}

/** A LightClientUpdate, LightClientFinalityUpdate or LightClientOptimisticUpdate. */
export function lightClientUpdateFromJson(json: unknown): LightClientUpdate {
  const d = dataOf(json);
  return {
    attestedHeader: lightClientHeaderFromJson(d.attested_header),
    ...(d.next_sync_committee === undefined
      ? {}
      : {
          nextSyncCommittee: syncCommittee(d.next_sync_committee),
          nextSyncCommitteeBranch: list(
            d.next_sync_committee_branch,
            'next_sync_committee_branch',
            root('branch'),
          ),
        }),
    ...(d.finalized_header === undefined
      ? {}
      : {
          finalizedHeader: lightClientHeaderFromJson(d.finalized_header),
          finalityBranch: list(d.finality_branch, 'finality_branch', root('branch')),
        }),
    syncAggregate: syncAggregate(d.sync_aggregate),
    signatureSlot: uint(d.signature_slot, 'signature_slot'),
  };
}
