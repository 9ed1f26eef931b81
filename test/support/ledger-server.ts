/**
 * A `Ledger` served on a loopback gRPC port (`startLedgerServer`, port 0)
 * with a `LedgerClient` that reaches it: how integration tests put a chain
 * behind the real wire.
 */
import { pino } from 'pino';
import {
  LedgerClient,
  startLedgerServer,
  type Ledger,
  type LedgerClientOptions,
} from '../../adapters/index.js';

export interface ServedLedger {
  readonly client: LedgerClient;
  readonly address: string;
  /** Closes the client, then the server. */
  close(): Promise<void>;
}

const silent = pino({ level: 'silent' });

export async function serveLedger(
  ledger: Ledger,
  clientOptions: Omit<LedgerClientOptions, 'address'> = {},
): Promise<ServedLedger> {
  const server = await startLedgerServer({ ledger, logger: silent });
  const client = new LedgerClient({ ...clientOptions, address: server.address });
  return {
    client,
    address: server.address,
    close: async () => {
      client.close();
      await server.close();
    },
  };
}
