/** Public surface of the adapters: the Ledger contract and its gRPC forms. */
export type { Ledger } from './ledger/ledger.js';
export { LedgerClient } from './ledger/grpc-client.js';
export type { LedgerClientOptions } from './ledger/grpc-client.js';
export { addLedgerService } from './ledger/grpc-server.js';
export { ledgerMethods } from './ledger/grpc-definition.js';
export { fromServiceError, grpcStatusFor, toStatus } from './grpc/errors.js';
export type { CallContext, ClientCallOptions } from './grpc/service.js';
