/**
 * Record ids: `<chain id>/<hex document hash>` (relay.proto
 * `NotarizeResponse.record_id`). Chain ids hold no `/`, so the id splits
 * at its last one.
 */
import { notaryPath } from '../../../adapters/devnet/index.js';
import { ReceiptErrorCode, receiptError } from './errors.js';

export interface RecordRef {
  readonly chainId: string;
  readonly documentHash: Uint8Array;
  /** The record's state path on the chain. */
  readonly path: string;
}

export function recordIdOf(chainId: string, documentHash: Uint8Array): string {
  return `${chainId}/${Buffer.from(documentHash).toString('hex')}`;
}

/** INVALID_ARGUMENT (field `record_id`) for anything `recordIdOf` does not write. */
export function parseRecordId(recordId: string): RecordRef {
  const m = /^([^/\s]{1,50})\/([0-9a-f]{64})$/.exec(recordId);
  if (!m) {
    throw receiptError(
      ReceiptErrorCode.InvalidArgument,
      `record_id ${JSON.stringify(recordId)} is not <chain id>/<64 lower-case hex digits>`,
      'invalid_argument',
      { field: 'record_id' },
    );
  }
  const documentHash = Uint8Array.from(Buffer.from(m[2] as string, 'hex'));
  return { chainId: m[1] as string, documentHash, path: notaryPath(documentHash) };
}
