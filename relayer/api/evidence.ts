/**
 * What the Relay API needs from the notarization and evidence receipt
 * service; the API only delegates to it, and refuses both methods without
 * one.
 */
import type { CallContext } from '../../adapters/grpc/service.js';
import type { v1 } from '../../proto/index.js';

export interface EvidenceService {
  notarize(req: v1.NotarizeRequest, ctx: CallContext): Promise<v1.INotarizeResponse>;
  receipt(req: v1.GetEvidenceReceiptRequest, ctx: CallContext): Promise<v1.IEvidenceReceipt>;
}
