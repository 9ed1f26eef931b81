/**
 * Transaction receipts and their proofs against a header's receiptsRoot.
 *
 * The receipts trie maps RLP(transaction index) to the receipt's consensus
 * encoding: RLP([status or post-state root, cumulativeGasUsed, logsBloom,
 * logs]) for legacy receipts, and since EIP-2718 `type || RLP([...])` for
 * typed ones. A log is RLP([address, [topics], data]) (Yellow Paper §4.3.1,
 * EIP-658 for the status byte).
 */
import { equalBytes } from '@noble/curves/utils.js';
import { evmError } from './errors.js';
import { lookupMptProof, type MptLookup } from './mpt.js';
import { VerificationError } from '../verification-error.js';
import { decodeRlp, decodeScalar, encodeRlp, encodeScalar, isBytes, isList, type RlpItem } from './rlp.js';

export interface EvmLog {
  readonly address: Uint8Array;
  readonly topics: readonly Uint8Array[];
  readonly data: Uint8Array;
}

export interface EvmReceipt {
  /** EIP-2718 type; 0 for a legacy (untyped) receipt. */
  readonly type: number;
  /** EIP-658 status (1 success, 0 failure), or before Byzantium the 32-byte post-transaction state root. */
  readonly status: bigint | Uint8Array;
  readonly cumulativeGasUsed: bigint;
  readonly logsBloom: Uint8Array;
  readonly logs: readonly EvmLog[];
}

function malformed(message: string): never {
  throw evmError('MALFORMED_PROOF', message);
}

/** The receipts-trie key of a transaction index. */
export function receiptKey(index: number): Uint8Array {
  if (!Number.isSafeInteger(index) || index < 0)
    throw evmError('MALFORMED_PROOF', 'a receipt index is a natural');
  return encodeRlp(encodeScalar(BigInt(index)));
}

export function encodeReceipt(receipt: EvmReceipt): Uint8Array {
  const body = encodeRlp([
    typeof receipt.status === 'bigint' ? encodeScalar(receipt.status) : receipt.status,
    encodeScalar(receipt.cumulativeGasUsed),
    receipt.logsBloom,
    receipt.logs.map((log) => [log.address, [...log.topics], log.data]),
  ]);
  if (receipt.type === 0) return body;
  const typed = new Uint8Array(body.length + 1);
  typed[0] = receipt.type;
  typed.set(body, 1);
  return typed;
}

function decodeLog(item: RlpItem): EvmLog {
  if (!isList(item) || item.length !== 3) return malformed('a log is RLP([address, topics, data])');
  const [address, topics, data] = item as readonly [RlpItem, RlpItem, RlpItem];
  if (!isBytes(address) || address.length !== 20) return malformed('a log address is 20 bytes');
  if (!isList(topics) || topics.length > 4) return malformed('a log has a list of at most 4 topics');
  const topicBytes = topics.map((t) =>
    isBytes(t) && t.length === 32 ? t : malformed('a topic is 32 bytes'),
  );
  if (!isBytes(data)) return malformed('log data is a byte string');
  return { address, topics: topicBytes, data };
}

export function decodeReceipt(bytes: Uint8Array): EvmReceipt {
  const first = bytes[0];
  if (first === undefined) return malformed('a receipt is not empty');
  // EIP-2718: a first byte below 0x80 is a type; an RLP list starts at 0xc0.
  const type = first < 0x80 ? first : 0;
  if (first >= 0x80 && first < 0xc0) return malformed('a receipt is a typed envelope or an RLP list');
  const item = decodeRlp(type === 0 ? bytes : bytes.subarray(1));
  if (!isList(item) || item.length !== 4) return malformed('a receipt is RLP([status, gas, bloom, logs])');
  const [statusBytes, gasBytes, logsBloom, logs] = item as readonly [RlpItem, RlpItem, RlpItem, RlpItem];
  if (!isBytes(statusBytes) || !isBytes(gasBytes))
    return malformed('receipt status and gas are byte strings');
  const status = statusBytes.length === 32 ? statusBytes : decodeScalar(statusBytes);
  if (status === undefined || (typeof status === 'bigint' && status > 1n))
    return malformed('a receipt status is 0, 1 or a 32-byte state root');
  const cumulativeGasUsed = decodeScalar(gasBytes);
  if (cumulativeGasUsed === undefined) return malformed('cumulativeGasUsed has a leading zero');
  if (!isBytes(logsBloom) || logsBloom.length !== 256) return malformed('a logs bloom is 256 bytes');
  if (!isList(logs)) return malformed('receipt logs are a list');
  return { type, status, cumulativeGasUsed, logsBloom, logs: logs.map(decodeLog) };
}

/**
 * The receipt of transaction `index` in the block with `receiptsRoot`.
 * A proof whose path does not end at that index (a proof for another
 * transaction, or showing the index absent) is RECEIPT_INDEX_MISMATCH.
 */
export function verifyReceiptProof(
  receiptsRoot: Uint8Array,
  index: number,
  proof: readonly Uint8Array[],
): EvmReceipt {
  let found: MptLookup;
  try {
    found = lookupMptProof(receiptsRoot, receiptKey(index), proof);
  } catch (err) {
    if (err instanceof VerificationError && err.code === 'PROOF_KEY_MISMATCH')
      throw evmError('RECEIPT_INDEX_MISMATCH', `the proof is of another receipt than index ${index}`, {
        ...err.context,
        index,
      });
    throw err;
  }
  if (found.kind !== 'present')
    throw evmError('RECEIPT_INDEX_MISMATCH', `the proof does not reach a receipt at index ${index}`, {
      index,
      ended: found.kind,
    });
  return decodeReceipt(found.value);
}

export function logsEqual(a: EvmLog, b: EvmLog): boolean {
  return (
    equalBytes(a.address, b.address) &&
    equalBytes(a.data, b.data) &&
    a.topics.length === b.topics.length &&
    a.topics.every((t, i) => {
      const other = b.topics[i];
      return other !== undefined && equalBytes(t, other);
    })
  );
}
