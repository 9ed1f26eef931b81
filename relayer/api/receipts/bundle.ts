/**
 * An evidence receipt as a file: the protobuf bytes of `EvidenceReceipt`,
 * or JSON — protobufjs `toObject` with bytes as base64 and 64-bit integers
 * as decimal strings (field names in lowerCamelCase), read back with
 * `fromObject`. Protobuf bytes must be the canonical encoding of what they
 * decode to, so no byte of a bundle goes unread.
 */
import { v1 } from '../../../proto/index.js';
import { ReceiptErrorCode, receiptError } from './errors.js';

export function encodeEvidenceReceipt(receipt: v1.IEvidenceReceipt): Uint8Array {
  return v1.EvidenceReceipt.encode(receipt).finish();
}

function malformed(message: string, cause?: unknown) {
  return receiptError(ReceiptErrorCode.Malformed, message, 'invalid_argument', {}, cause);
}

/** RECEIPT_MALFORMED when the bytes do not decode or are not the canonical encoding. */
export function decodeEvidenceReceipt(bytes: Uint8Array): v1.EvidenceReceipt {
  let receipt: v1.EvidenceReceipt;
  try {
    receipt = v1.EvidenceReceipt.decode(bytes);
  } catch (cause) {
    throw malformed('the bundle is not a protobuf EvidenceReceipt', cause);
  }
  if (!Buffer.from(encodeEvidenceReceipt(receipt)).equals(bytes)) {
    throw malformed('the bundle is not in the canonical protobuf encoding');
  }
  return receipt;
}

export function evidenceReceiptToJson(receipt: v1.IEvidenceReceipt): string {
  const object = v1.EvidenceReceipt.toObject(v1.EvidenceReceipt.create(receipt), {
    bytes: String,
    longs: String,
  });
  return `${JSON.stringify(object, null, 2)}\n`;
}

/** RECEIPT_MALFORMED when the text is not JSON or not an EvidenceReceipt object. */
export function evidenceReceiptFromJson(text: string): v1.EvidenceReceipt {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw malformed('the bundle is not JSON', cause);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw malformed('the bundle is not a JSON object');
  }
  try {
    return v1.EvidenceReceipt.fromObject(raw as Record<string, unknown>);
  } catch (cause) {
    throw malformed('the bundle is not an EvidenceReceipt object', cause);
  }
}
