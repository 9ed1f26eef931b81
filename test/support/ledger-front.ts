/**
 * A loopback gRPC endpoint in front of a ledger whose calls a test may
 * replace (`front.over.submit = …`) to make the endpoint fail, stall or lie,
 * while the test itself reads the ledger in process, around the front.
 */
import { startLedgerServer, type Ledger } from '../../adapters/index.js';
import { createLogger } from '../../relayer/logger.js';

export interface Front {
  readonly endpoint: string;
  /** Each call goes to `over[method]` when set, else to the ledger. */
  readonly over: Partial<Ledger>;
  close(): Promise<void>;
}

function frontLedger(inner: Ledger, over: Partial<Ledger>): Ledger {
  const pick = <K extends keyof Ledger>(k: K): Ledger[K] => (over[k] ?? inner[k].bind(inner)) as Ledger[K];
  return {
    getChainInfo: (req, ctx) => pick('getChainInfo')(req, ctx),
    getLatestHeight: (req, ctx) => pick('getLatestHeight')(req, ctx),
    getClientMessage: (req, ctx) => pick('getClientMessage')(req, ctx),
    streamEvents: (req, ctx) => pick('streamEvents')(req, ctx),
    queryProof: (req, ctx) => pick('queryProof')(req, ctx),
    submit: (req, ctx) => pick('submit')(req, ctx),
    queryClient: (req, ctx) => pick('queryClient')(req, ctx),
  };
}

export async function startFront(inner: Ledger): Promise<Front> {
  const over: Partial<Ledger> = {};
  const server = await startLedgerServer({
    ledger: frontLedger(inner, over),
    logger: createLogger({ level: 'silent' }),
  });
  return { endpoint: server.address, over, close: () => server.close() };
}
