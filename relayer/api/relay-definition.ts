/**
 * The methods of `service isthmus.v1.Relay` bound to their generated message
 * types. `test/unit/proto/service-tables.test.ts` checks this table against
 * the `.proto` file.
 */
import { grpcDefinition, serverStream, unary } from '../../adapters/grpc/service.js';
import { v1 } from '../../proto/index.js';

const SERVICE = 'isthmus.v1.Relay';

export const relayMethods = {
  sendMessage: unary(SERVICE, 'SendMessage', v1.SendMessageRequest, v1.SendMessageResponse),
  getMessage: unary(SERVICE, 'GetMessage', v1.GetMessageRequest, v1.Message),
  watchMessages: serverStream(SERVICE, 'WatchMessages', v1.WatchMessagesRequest, v1.WatchMessagesResponse),
  queryState: unary(SERVICE, 'QueryState', v1.QueryStateRequest, v1.QueryStateResponse),
  listChains: unary(SERVICE, 'ListChains', v1.ListChainsRequest, v1.ListChainsResponse),
  listPaths: unary(SERVICE, 'ListPaths', v1.ListPathsRequest, v1.ListPathsResponse),
  getClient: unary(SERVICE, 'GetClient', v1.GetClientRequest, v1.GetClientResponse),
  catalog: unary(SERVICE, 'Catalog', v1.CatalogRequest, v1.CatalogResponse),
  registerSchema: unary(SERVICE, 'RegisterSchema', v1.RegisterSchemaRequest, v1.RegisterSchemaResponse),
  notarize: unary(SERVICE, 'Notarize', v1.NotarizeRequest, v1.NotarizeResponse),
  getEvidenceReceipt: unary(SERVICE, 'GetEvidenceReceipt', v1.GetEvidenceReceiptRequest, v1.EvidenceReceipt),
} as const;

export const relayServiceDefinition = grpcDefinition(relayMethods);
