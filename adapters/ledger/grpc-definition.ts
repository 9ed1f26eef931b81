/**
 * The methods of `service isthmus.v1.Ledger` bound to their generated message
 * types. `test/unit/proto/service-tables.test.ts` checks this table against
 * the `.proto` file, so a method added there and not here fails the tests.
 */
import { v1 } from '../../proto/index.js';
import { grpcDefinition, serverStream, unary } from '../grpc/service.js';

const SERVICE = 'isthmus.v1.Ledger';

export const ledgerMethods = {
  getChainInfo: unary(SERVICE, 'GetChainInfo', v1.GetChainInfoRequest, v1.GetChainInfoResponse),
  getLatestHeight: unary(SERVICE, 'GetLatestHeight', v1.GetLatestHeightRequest, v1.GetLatestHeightResponse),
  getClientMessage: unary(
    SERVICE,
    'GetClientMessage',
    v1.GetClientMessageRequest,
    v1.GetClientMessageResponse,
  ),
  streamEvents: serverStream(SERVICE, 'StreamEvents', v1.StreamEventsRequest, v1.StreamEventsResponse),
  queryProof: unary(SERVICE, 'QueryProof', v1.QueryProofRequest, v1.QueryProofResponse),
  submit: unary(SERVICE, 'Submit', v1.SubmitRequest, v1.SubmitResponse),
  queryClient: unary(SERVICE, 'QueryClient', v1.QueryClientRequest, v1.QueryClientResponse),
} as const;

export const ledgerServiceDefinition = grpcDefinition(ledgerMethods);
