/**
 * Ethereum block headers of every fork: the RLP field list, the keccak-256
 * block hash, and conversion from JSON-RPC block objects.
 *
 * Field order (Yellow Paper §4.3, then each fork's EIP appending fields):
 *   15 frontier fields; + baseFeePerGas (EIP-1559, London); + withdrawalsRoot
 *   (EIP-4895, Shanghai); + blobGasUsed, excessBlobGas (EIP-4844) and
 *   parentBeaconBlockRoot (EIP-4788), Cancun; + requestsHash (EIP-7685, Prague).
 * A header carries a prefix of that list, so the lengths 15, 16, 17, 20 and 21
 * are the only valid ones; the fork is implied by the length.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { evmError } from './errors.js';
import { decodeRlp, decodeScalar, encodeRlp, encodeScalar, isBytes, isList, type RlpItem } from './rlp.js';

export interface EvmHeader {
  readonly parentHash: Uint8Array;
  readonly ommersHash: Uint8Array;
  readonly beneficiary: Uint8Array;
  readonly stateRoot: Uint8Array;
  readonly transactionsRoot: Uint8Array;
  readonly receiptsRoot: Uint8Array;
  readonly logsBloom: Uint8Array;
  readonly difficulty: bigint;
  readonly number: bigint;
  readonly gasLimit: bigint;
  readonly gasUsed: bigint;
  /** Seconds since the Unix epoch, as the chain writes it. */
  readonly timestamp: bigint;
  readonly extraData: Uint8Array;
  readonly mixHash: Uint8Array;
  readonly nonce: Uint8Array;
  readonly baseFeePerGas?: bigint;
  readonly withdrawalsRoot?: Uint8Array;
  readonly blobGasUsed?: bigint;
  readonly excessBlobGas?: bigint;
  readonly parentBeaconBlockRoot?: Uint8Array;
  readonly requestsHash?: Uint8Array;
}

type FieldKind = { readonly bytes: number | 'any' } | 'scalar';
type FieldName = keyof EvmHeader;

const hash32: FieldKind = { bytes: 32 };

/** Every field in RLP order, with its JSON-RPC name and its shape. */
export const headerFields: ReadonlyArray<{
  readonly name: FieldName;
  readonly rpc: string;
  readonly kind: FieldKind;
}> = [
  { name: 'parentHash', rpc: 'parentHash', kind: hash32 },
  { name: 'ommersHash', rpc: 'sha3Uncles', kind: hash32 },
  { name: 'beneficiary', rpc: 'miner', kind: { bytes: 20 } },
  { name: 'stateRoot', rpc: 'stateRoot', kind: hash32 },
  { name: 'transactionsRoot', rpc: 'transactionsRoot', kind: hash32 },
  { name: 'receiptsRoot', rpc: 'receiptsRoot', kind: hash32 },
  { name: 'logsBloom', rpc: 'logsBloom', kind: { bytes: 256 } },
  { name: 'difficulty', rpc: 'difficulty', kind: 'scalar' },
  { name: 'number', rpc: 'number', kind: 'scalar' },
  { name: 'gasLimit', rpc: 'gasLimit', kind: 'scalar' },
  { name: 'gasUsed', rpc: 'gasUsed', kind: 'scalar' },
  { name: 'timestamp', rpc: 'timestamp', kind: 'scalar' },
  { name: 'extraData', rpc: 'extraData', kind: { bytes: 'any' } },
  { name: 'mixHash', rpc: 'mixHash', kind: hash32 },
  { name: 'nonce', rpc: 'nonce', kind: { bytes: 8 } },
  { name: 'baseFeePerGas', rpc: 'baseFeePerGas', kind: 'scalar' },
  { name: 'withdrawalsRoot', rpc: 'withdrawalsRoot', kind: hash32 },
  { name: 'blobGasUsed', rpc: 'blobGasUsed', kind: 'scalar' },
  { name: 'excessBlobGas', rpc: 'excessBlobGas', kind: 'scalar' },
  { name: 'parentBeaconBlockRoot', rpc: 'parentBeaconBlockRoot', kind: hash32 },
  { name: 'requestsHash', rpc: 'requestsHash', kind: hash32 },
];

/** Field counts of the forks: frontier, London, Shanghai, Cancun, Prague. */
const validFieldCounts: ReadonlySet<number> = new Set([15, 16, 17, 20, 21]);

function malformed(message: string, context: Record<string, unknown> = {}): never {
  throw evmError('MALFORMED_HEADER', message, context);
}

function checkField(name: string, kind: FieldKind, value: unknown): Uint8Array | bigint {
  if (kind === 'scalar') {
    if (typeof value !== 'bigint' || value < 0n)
      malformed(`${name} must be a non-negative bigint`, { field: name });
    return value;
  }
  if (!(value instanceof Uint8Array)) malformed(`${name} must be bytes`, { field: name });
  if (kind.bytes !== 'any' && value.length !== kind.bytes)
    malformed(`${name} must be ${kind.bytes} bytes, got ${value.length}`, { field: name });
  return value;
}

/** The header's fields in RLP order; throws MALFORMED_HEADER when the present fields are not a fork's list. */
export function headerValues(header: EvmHeader): Array<Uint8Array | bigint> {
  const values: Array<Uint8Array | bigint> = [];
  let ended = false;
  for (const { name, kind } of headerFields) {
    const value = header[name];
    if (value === undefined) {
      ended = true;
      continue;
    }
    if (ended) malformed(`${name} is present but an earlier fork field is missing`, { field: name });
    values.push(checkField(name, kind, value));
  }
  if (!validFieldCounts.has(values.length))
    malformed(`a header has 15, 16, 17, 20 or 21 fields, not ${values.length}`, { fields: values.length });
  return values;
}

export function encodeHeader(header: EvmHeader): Uint8Array {
  return encodeRlp(headerValues(header).map((v) => (typeof v === 'bigint' ? encodeScalar(v) : v)));
}

/** keccak-256 of the header's RLP: the block hash of a chain whose seal is part of the header. */
export function headerHash(header: EvmHeader): Uint8Array {
  return keccak_256(encodeHeader(header));
}

/** A header from its RLP encoding; throws MALFORMED_HEADER for anything but a canonical fork field list. */
export function decodeHeader(bytes: Uint8Array): EvmHeader {
  const item = decodeRlp(bytes);
  if (!isList(item)) malformed('a header is a canonical RLP list');
  return headerFromItems(item);
}

function headerFromItems(items: readonly RlpItem[]): EvmHeader {
  if (!validFieldCounts.has(items.length))
    malformed(`a header has 15, 16, 17, 20 or 21 fields, not ${items.length}`, { fields: items.length });
  const header: Record<string, Uint8Array | bigint> = {};
  items.forEach((item, i) => {
    const field = headerFields[i];
    if (field === undefined || !isBytes(item)) return malformed(`header field ${i} must be a byte string`);
    if (field.kind === 'scalar') {
      const value = decodeScalar(item);
      if (value === undefined) malformed(`${field.name} has a leading zero byte`, { field: field.name });
      header[field.name] = value;
    } else {
      header[field.name] = checkField(field.name, field.kind, item);
    }
  });
  return header as unknown as EvmHeader;
}

/** A JSON-RPC block object (eth_getBlockByNumber): header fields as hex strings; other keys are ignored. */
export type RpcBlock = Readonly<Record<string, unknown>>;

const quantity = /^0x(0|[1-9a-f][0-9a-f]*)$/i;
const data = /^0x([0-9a-f]{2})*$/i;

/**
 * The header of a JSON-RPC block. Quantities must be canonical hex (no
 * leading zeros, as the JSON-RPC spec requires), data fields even-length hex.
 * The block's own `hash`, when present, is not trusted here: see `rpcBlockHash`.
 */
export function headerFromRpc(block: RpcBlock): EvmHeader {
  const header: Record<string, Uint8Array | bigint> = {};
  for (const field of headerFields) {
    const raw = block[field.rpc];
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'string') malformed(`${field.rpc} must be a hex string`, { field: field.rpc });
    if (field.kind === 'scalar') {
      if (!quantity.test(raw)) malformed(`${field.rpc} must be a hex quantity`, { field: field.rpc });
      header[field.name] = BigInt(raw);
    } else {
      if (!data.test(raw)) malformed(`${field.rpc} must be hex data`, { field: field.rpc });
      header[field.name] = checkField(field.rpc, field.kind, hexToBytes(raw.slice(2)));
    }
  }
  const result = header as unknown as EvmHeader;
  headerValues(result);
  return result;
}

/** The `hash` a JSON-RPC block claims for itself, if any (32 bytes). */
export function rpcBlockHash(block: RpcBlock): Uint8Array | undefined {
  const raw = block.hash;
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string' || !data.test(raw) || raw.length !== 66)
    malformed('hash must be 32 bytes of hex', { field: 'hash' });
  return hexToBytes(raw.slice(2));
}

export function hex(bytes: Uint8Array): string {
  return `0x${bytesToHex(bytes)}`;
}
