/**
 * A recording stand-in for the Relay service, behind the security wrapper
 * in these tests: the real service is being built in relayer/api. It keeps
 * every call it receives, so "nothing changed" for a refused request means
 * "the implementation was not called", and answers with the least each
 * method's response needs.
 */
import type { CallContext } from '../../../../adapters/grpc/service.js';
import type { RelayHandlers } from '../../../../relayer/api/security/index.js';
import type { v1 } from '../../../../proto/index.js';

export interface RecordedCall {
  readonly method: string;
  readonly request: unknown;
  readonly principal: unknown;
}

export class RecordingRelay implements RelayHandlers {
  readonly calls: RecordedCall[] = [];

  private record(method: string, request: unknown, ctx: CallContext): void {
    this.calls.push({ method, request, principal: ctx.principal });
  }

  sendMessage(req: v1.SendMessageRequest, ctx: CallContext): Promise<v1.SendMessageResponse.$Properties> {
    this.record('sendMessage', req, ctx);
    return Promise.resolve({ messageId: `${req.sourceChain}/${req.sourceChannel}/1`, txId: 'tx-1' });
  }

  getMessage(req: v1.GetMessageRequest, ctx: CallContext): Promise<v1.Message.$Properties> {
    this.record('getMessage', req, ctx);
    return Promise.resolve({ messageId: req.messageId });
  }

  async *watchMessages(
    req: v1.WatchMessagesRequest,
    ctx: CallContext,
  ): AsyncIterable<v1.WatchMessagesResponse.$Properties> {
    this.record('watchMessages', req, ctx);
    yield { cursor: '1' };
  }

  queryState(req: v1.QueryStateRequest, ctx: CallContext): Promise<v1.QueryStateResponse.$Properties> {
    this.record('queryState', req, ctx);
    return Promise.resolve({ exists: false });
  }

  listChains(req: v1.ListChainsRequest, ctx: CallContext): Promise<v1.ListChainsResponse.$Properties> {
    this.record('listChains', req, ctx);
    return Promise.resolve({ chains: [] });
  }

  listPaths(req: v1.ListPathsRequest, ctx: CallContext): Promise<v1.ListPathsResponse.$Properties> {
    this.record('listPaths', req, ctx);
    return Promise.resolve({ paths: [] });
  }

  getClient(req: v1.GetClientRequest, ctx: CallContext): Promise<v1.GetClientResponse.$Properties> {
    this.record('getClient', req, ctx);
    return Promise.resolve({});
  }

  catalog(req: v1.CatalogRequest, ctx: CallContext): Promise<v1.CatalogResponse.$Properties> {
    this.record('catalog', req, ctx);
    return Promise.resolve({});
  }

  registerSchema(
    req: v1.RegisterSchemaRequest,
    ctx: CallContext,
  ): Promise<v1.RegisterSchemaResponse.$Properties> {
    this.record('registerSchema', req, ctx);
    return Promise.resolve({ schema: { ...req.schema, version: 1 } });
  }

  notarize(req: v1.NotarizeRequest, ctx: CallContext): Promise<v1.NotarizeResponse.$Properties> {
    this.record('notarize', req, ctx);
    return Promise.resolve({ chainId: req.chainId, recordId: `${req.chainId}/00` });
  }

  getEvidenceReceipt(
    req: v1.GetEvidenceReceiptRequest,
    ctx: CallContext,
  ): Promise<v1.EvidenceReceipt.$Properties> {
    this.record('getEvidenceReceipt', req, ctx);
    return Promise.resolve({ recordId: req.recordId });
  }
}
