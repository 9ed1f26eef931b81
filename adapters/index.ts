/** Public surface of the adapters: the Ledger contract and its gRPC forms. */
export type { Ledger } from './ledger/ledger.js';
export { LedgerClient } from './ledger/grpc-client.js';
export type { LedgerClientOptions } from './ledger/grpc-client.js';
export { addLedgerService } from './ledger/grpc-server.js';
export { ledgerMethods } from './ledger/grpc-definition.js';
export { fromServiceError, grpcStatusFor, toStatus } from './grpc/errors.js';
export type { CallContext, ClientCallOptions } from './grpc/service.js';
export { startLedgerServer } from './ledger/grpc-server.js';
export type { LedgerServerOptions } from './ledger/grpc-server.js';
export { startGrpcServer, DEFAULT_SERVER_ADDRESS, DEFAULT_SHUTDOWN_GRACE_MS } from './grpc/server.js';
export type { GrpcServerOptions, RunningServer } from './grpc/server.js';
export { clientCredentials, serverCredentials } from './grpc/tls.js';
export type { ClientTlsOptions, ServerTlsOptions } from './grpc/tls.js';
export type { PemSource } from './grpc/pem.js';
export {
  CLIENT_KEEPALIVE_DEFAULTS,
  DEFAULT_MAX_MESSAGE_BYTES,
  SERVER_KEEPALIVE_DEFAULTS,
} from './grpc/channel-options.js';
export type { KeepaliveOptions, TransportOptions } from './grpc/channel-options.js';
export { DEFAULT_RETRY_POLICY, isRetryable, systemRetryRuntime } from './grpc/retry.js';
export type { RetryPolicy, RetryRuntime } from './grpc/retry.js';
export { MESSAGE_TOO_LARGE, TLS_HANDSHAKE_FAILED } from './grpc/errors.js';
