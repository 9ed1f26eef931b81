/** Public surface of notarisation and evidence receipts (relay.proto `Notarize`, `GetEvidenceReceipt`). */
export { buildEvidenceReceipt, DEFAULT_RECEIPT_WAIT } from './build-receipt.js';
export type { BuildReceiptOptions, ReceiptWait } from './build-receipt.js';
export {
  decodeEvidenceReceipt,
  encodeEvidenceReceipt,
  evidenceReceiptFromJson,
  evidenceReceiptToJson,
} from './bundle.js';
export { ReceiptErrorCode } from './errors.js';
export { createEvidenceService } from './evidence-service.js';
export type { EvidenceService, EvidenceServiceOptions } from './evidence-service.js';
export { notarize } from './notarize.js';
export { parseRecordId, recordIdOf } from './record-id.js';
export type { RecordRef } from './record-id.js';
export { parseTrustAnchor, trustAnchorToJson } from './trust-anchor.js';
export type { TrustAnchor } from './trust-anchor.js';
export { EVIDENCE_RECEIPT_VERSION, verifyEvidenceReceipt } from './verify-receipt.js';
export type { VerifiedReceipt } from './verify-receipt.js';
