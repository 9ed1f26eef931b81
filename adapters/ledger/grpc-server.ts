/** Exposes any `Ledger` implementation as the gRPC service `isthmus.v1.Ledger`. */
import type { Server } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { serverHandlers } from '../grpc/service.js';
import { ledgerMethods, ledgerServiceDefinition } from './grpc-definition.js';
import type { Ledger } from './ledger.js';

export function addLedgerService(server: Server, ledger: Ledger, logger: Logger): void {
  server.addService(
    ledgerServiceDefinition,
    serverHandlers(ledgerMethods, ledger, logger.child({ service: 'isthmus.v1.Ledger' })),
  );
}
