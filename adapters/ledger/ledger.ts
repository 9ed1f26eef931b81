/**
 * The `Ledger` contract in-process: the shape of `proto/isthmus/v1/ledger.proto`
 * (service `isthmus.v1.Ledger`). Every chain is reached through it, whether
 * the implementation runs in this process or behind the gRPC client.
 *
 * Requests are the generated `I…` property types (every field optional, as
 * on the wire); responses are decoded message classes (every field present,
 * defaults filled), so callers see the same thing in either form.
 */
import type { v1 } from '../../proto/index.js';
import type { CallContext } from '../grpc/service.js';

export interface Ledger {
  getChainInfo(req: v1.IGetChainInfoRequest, ctx?: CallContext): Promise<v1.GetChainInfoResponse>;
  getLatestHeight(req: v1.IGetLatestHeightRequest, ctx?: CallContext): Promise<v1.GetLatestHeightResponse>;
  getClientMessage(req: v1.IGetClientMessageRequest, ctx?: CallContext): Promise<v1.GetClientMessageResponse>;
  streamEvents(req: v1.IStreamEventsRequest, ctx?: CallContext): AsyncIterable<v1.StreamEventsResponse>;
  queryProof(req: v1.IQueryProofRequest, ctx?: CallContext): Promise<v1.QueryProofResponse>;
  submit(req: v1.ISubmitRequest, ctx?: CallContext): Promise<v1.SubmitResponse>;
  queryClient(req: v1.IQueryClientRequest, ctx?: CallContext): Promise<v1.QueryClientResponse>;
}
