/**
 * Exposes any `Ledger` implementation as the gRPC service `isthmus.v1.Ledger`:
 * `addLedgerService` on a server the caller owns, or `startLedgerServer` for
 * a server of its own (address, TLS/mTLS, limits and keepalive from
 * ../grpc/server.ts).
 */
import type { Server } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { startGrpcServer, type GrpcServerOptions, type RunningServer } from '../grpc/server.js';
import { serverHandlers } from '../grpc/service.js';
import { ledgerMethods, ledgerServiceDefinition } from './grpc-definition.js';
import type { Ledger } from './ledger.js';

export function addLedgerService(server: Server, ledger: Ledger, logger: Logger): void {
  server.addService(
    ledgerServiceDefinition,
    serverHandlers(ledgerMethods, ledger, logger.child({ service: 'isthmus.v1.Ledger' })),
  );
}

export interface LedgerServerOptions extends GrpcServerOptions {
  readonly ledger: Ledger;
}

/**
 * Serves `ledger` on its own server. A request larger than
 * `maxMessageBytes` is refused by grpc-js with RESOURCE_EXHAUSTED before the
 * implementation sees it.
 */
export function startLedgerServer(options: LedgerServerOptions): Promise<RunningServer> {
  const { ledger, ...serverOptions } = options;
  return startGrpcServer((server) => addLedgerService(server, ledger, options.logger), serverOptions);
}
