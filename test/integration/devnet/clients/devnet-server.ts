/**
 * A devnet served over real loopback gRPC, and the Ledger client that
 * reaches it: the host chain of the client-registry integration tests. Not
 * a test file itself.
 */
import { pino } from 'pino';
import type { LedgerClient } from '../../../../adapters/index.js';
import { DevnetChain, DevnetLedger, makeGenesis } from '../../../../adapters/devnet/index.js';
import { toU64, v1 } from '../../../../proto/index.js';
import { serveLedger } from '../../../support/ledger-server.js';

export const SECOND = 1_000_000_000n;
export const logger = pino({ level: 'silent' });
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
export const { RESULT_CODE_OK: OK, RESULT_CODE_REJECTED: REJECTED } = v1.ResultCode;

/** A devnet whose block times start at `clockStart` and advance one second a block. */
export function devnet(
  chainId: string,
  clockStart: bigint,
  options: { seed?: string; value?: string } = {},
): DevnetChain {
  let now = clockStart;
  return new DevnetChain({
    genesis: makeGenesis({
      chainId,
      genesisTimeNs: clockStart,
      ...(options.seed ? { seed: options.seed } : {}),
      appState: [{ key: 'records/r1', value: utf8(options.value ?? 'health record') }],
    }),
    ...(options.seed ? { seed: options.seed } : {}),
    logger,
    clock: () => (now += SECOND),
  });
}

export interface Served {
  readonly client: LedgerClient;
  close(): Promise<void>;
}

export async function serve(chain: DevnetChain): Promise<Served> {
  return serveLedger(new DevnetLedger(chain), { timeoutMs: 5_000 });
}

/** Submits one message as its own transaction and commits it in a block; returns its result. */
export async function submitOne(api: Served, chain: DevnetChain, msg: v1.IMsg): Promise<v1.IMsgResult> {
  const res = await api.client.submit({ messages: [msg] });
  chain.produceBlock();
  const [result] = res.results;
  if (!result) throw new Error('a submission of one message has one result');
  return result;
}

/** The events of `kind` from height 1 to the latest. */
export async function eventsOf(
  api: Served,
  chain: DevnetChain,
  kind: v1.EventKind,
): Promise<v1.IChainEvent[]> {
  const events: v1.IChainEvent[] = [];
  for await (const item of api.client.streamEvents({
    fromHeight: { revision: toU64(chain.revision), height: toU64(1n) },
    kinds: [kind],
  })) {
    if (item.event) events.push(item.event);
  }
  return events;
}
