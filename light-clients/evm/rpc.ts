/**
 * Ethereum JSON-RPC shapes (execution-apis: `eth_getProof`,
 * `eth_getTransactionReceipt`) decoded into this client's types. Untrusted
 * input: every field is checked, and a wrong shape is MALFORMED_PROOF.
 */
import { hexToBytes } from '@noble/hashes/utils.js';
import type { AccountProof, StorageProof } from './account-proof.js';
import { slotKey } from './account-proof.js';
import { evmError } from './errors.js';
import type { EvmLog, EvmReceipt } from './receipt.js';

const quantity = /^0x[0-9a-f]+$/i;
const data = /^0x([0-9a-f]{2})*$/i;

function malformed(message: string): never {
  throw evmError('MALFORMED_PROOF', message);
}

function record(value: unknown, what: string): Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return malformed(`${what} is an object`);
  return value as Record<string, unknown>;
}

function toQuantity(value: unknown, what: string): bigint {
  if (typeof value !== 'string' || !quantity.test(value)) return malformed(`${what} is a hex quantity`);
  return BigInt(value);
}

function toData(value: unknown, what: string, length?: number): Uint8Array {
  if (typeof value !== 'string' || !data.test(value)) return malformed(`${what} is hex data`);
  const bytes = hexToBytes(value.slice(2));
  if (length !== undefined && bytes.length !== length) return malformed(`${what} is ${length} bytes`);
  return bytes;
}

function toList<T>(value: unknown, what: string, item: (v: unknown, i: number) => T): T[] {
  if (!Array.isArray(value)) return malformed(`${what} is a list`);
  return value.map(item);
}

function storageProofFromRpc(value: unknown, i: number): StorageProof {
  const entry = record(value, `storageProof[${i}]`);
  return {
    // Nodes report the key as given (a short quantity or a full word); the trie is keyed by the word.
    key: slotKey(toQuantity(entry.key, `storageProof[${i}].key`)),
    value: toQuantity(entry.value, `storageProof[${i}].value`),
    proof: toList(entry.proof, `storageProof[${i}].proof`, (n, j) =>
      toData(n, `storageProof[${i}].proof[${j}]`),
    ),
  };
}

/** An `eth_getProof` result object (EIP-1186). */
export function accountProofFromRpc(json: unknown): AccountProof {
  const result = record(json, 'an eth_getProof result');
  return {
    address: toData(result.address, 'address', 20),
    nonce: toQuantity(result.nonce, 'nonce'),
    balance: toQuantity(result.balance, 'balance'),
    storageHash: toData(result.storageHash, 'storageHash', 32),
    codeHash: toData(result.codeHash, 'codeHash', 32),
    accountProof: toList(result.accountProof, 'accountProof', (n, j) => toData(n, `accountProof[${j}]`)),
    storageProof: toList(result.storageProof, 'storageProof', storageProofFromRpc),
  };
}

export function logFromRpc(json: unknown): EvmLog {
  const log = record(json, 'a log');
  return {
    address: toData(log.address, 'log address', 20),
    topics: toList(log.topics, 'log topics', (t, i) => toData(t, `topic ${i}`, 32)),
    data: toData(log.data, 'log data'),
  };
}

/** A receipt object as `eth_getTransactionReceipt` / `eth_getBlockReceipts` return it. */
export function receiptFromRpc(json: unknown): EvmReceipt {
  const receipt = record(json, 'a receipt');
  const type = receipt.type === undefined ? 0n : toQuantity(receipt.type, 'type');
  if (type > 0x7fn) return malformed('an EIP-2718 type is below 0x80');
  return {
    type: Number(type),
    status:
      receipt.status === undefined ? toData(receipt.root, 'root', 32) : toQuantity(receipt.status, 'status'),
    cumulativeGasUsed: toQuantity(receipt.cumulativeGasUsed, 'cumulativeGasUsed'),
    logsBloom: toData(receipt.logsBloom, 'logsBloom', 256),
    logs: toList(receipt.logs, 'logs', logFromRpc),
  };
}
