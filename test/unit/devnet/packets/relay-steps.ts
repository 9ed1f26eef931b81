/**
 * The relayer's steps done by hand between two devnets, through the
 * `Ledger` interface only: an in-process `DevnetLedger` in unit tests, a
 * gRPC `LedgerClient` in integration tests. Both chains read one clock that
 * advances a second per block, so neither's headers are ever from the
 * other's future.
 */
import { pino } from 'pino';
import {
  DevnetChain,
  encodeClientState,
  encodeConsensusState,
  makeGenesis,
  packetModule,
  type PacketApp,
} from '../../../../adapters/devnet/index.js';
import type { Ledger } from '../../../../adapters/ledger/ledger.js';
import {
  consensusStateOf,
  decodeIcs07Header,
  DEFAULT_TRUST_LEVEL,
} from '../../../../light-clients/tendermint/index.js';
import { fromU64, toU64, v1 } from '../../../../proto/index.js';

export const SECOND = 1_000_000_000n;
export const GENESIS_TIME = 1_764_000_000_000_000_000n;
export const {
  RESULT_CODE_OK: OK,
  RESULT_CODE_REJECTED: REJECTED,
  RESULT_CODE_ALREADY_DONE: ALREADY_DONE,
} = v1.ResultCode;

const utf8 = new TextDecoder();
const logger = pino({ level: 'silent' });

/** Two chains on one clock, each running the packet module with `apps` (default: the `records` app). */
export function chainPair(
  a: string,
  b: string,
  apps?: readonly PacketApp[],
): readonly [DevnetChain, DevnetChain] {
  let now = GENESIS_TIME;
  const clock = (): bigint => (now += SECOND);
  const make = (chainId: string): DevnetChain =>
    new DevnetChain({
      genesis: makeGenesis({ chainId, genesisTimeNs: GENESIS_TIME }),
      logger,
      clock,
      modules: [packetModule(apps ? { apps } : {})],
    });
  return [make(a), make(b)];
}

export const height = (revision: bigint, h: bigint): v1.IHeight => ({
  revision: toU64(revision),
  height: toU64(h),
});

/** Submits messages and returns their results (the block is produced at once: no timer runs). */
export async function submit(ledger: Ledger, ...messages: v1.IMsg[]): Promise<v1.IMsgResult[]> {
  return (await ledger.submit({ messages })).results;
}

/** The only result of a one-message submission, OK or the test fails with its error. */
export async function submitOk(ledger: Ledger, message: v1.IMsg): Promise<v1.IMsgResult> {
  const [result] = await submit(ledger, message);
  if (result?.code !== OK) throw new Error(`${result?.errorCode}: ${result?.message}`);
  return result;
}

export function text(bytes: Uint8Array | null | undefined): string {
  return utf8.decode(bytes ?? new Uint8Array(0));
}

/**
 * Opens on `on` an unordered `records` channel end towards `counterpartyChannel` of `counterparty`
 * over `clientId`; throws unless the chain assigns `expected`.
 */
export async function openRecordsChannel(
  on: Ledger,
  counterparty: string,
  clientId: string,
  expected = 'channel-0',
  counterpartyChannel = 'channel-0',
): Promise<void> {
  const [result] = await submit(on, {
    openChannel: {
      app: 'records',
      counterpartyChainId: counterparty,
      counterpartyChannelId: counterpartyChannel,
      clientId,
      ordering: v1.Ordering.ORDERING_UNORDERED,
    },
  });
  if (text(result?.data) !== expected) {
    throw new Error(`channel not opened on the way expected: ${result?.errorCode} ${result?.message}`);
  }
}

/** Creates on `host` a tendermint client of `counterparty` at its latest header; returns the client id. */
export async function createClient(host: Ledger, counterparty: Ledger): Promise<string> {
  const info = await counterparty.getChainInfo({});
  const [message] = (await counterparty.getClientMessage({})).messages;
  const { signedHeader } = decodeIcs07Header(message?.bytes ?? new Uint8Array(0)).lightBlock;
  const result = await submitOk(host, {
    createClient: {
      clientType: 'tendermint',
      clientState: encodeClientState({
        chainId: info.chainId,
        trustLevel: DEFAULT_TRUST_LEVEL,
        trustingPeriod: 3600n * SECOND,
        unbondingPeriod: 7200n * SECOND,
        maxClockDrift: 10n * SECOND,
        latestHeight: signedHeader.header.height,
        frozenHeight: 0n,
      }),
      consensusState: encodeConsensusState(consensusStateOf(signedHeader)),
    },
  });
  return text(result.data);
}

/** Moves `host`'s client of `counterparty` to `target` (default its latest height); returns that height. */
export async function updateClient(
  host: Ledger,
  clientId: string,
  counterparty: Ledger,
  target?: v1.IHeight,
): Promise<bigint> {
  const client = await host.queryClient({ clientId });
  const res = await counterparty.getClientMessage({
    trustedHeight: client.clientState?.latestHeight ?? null,
    ...(target ? { targetHeight: target } : {}),
  });
  const results = await submit(
    host,
    ...res.messages.map((message) => ({ updateClient: { clientId, message } })),
  );
  for (const r of results) if (r.code !== OK) throw new Error(`${r.errorCode}: ${r.message}`);
  return fromU64(res.height?.height);
}

/**
 * The proof of `path` in the state after block `stateHeight` of `counterparty`
 * (default: its latest provable state), with `host`'s client moved to the
 * proof height first, as a relayer does.
 */
export async function provenOn(
  host: Ledger,
  clientId: string,
  counterparty: Ledger,
  path: string,
  stateHeight?: v1.IHeight,
): Promise<v1.QueryProofResponse> {
  const proof = await counterparty.queryProof({ path, ...(stateHeight ? { height: stateHeight } : {}) });
  const client = await host.queryClient({ clientId });
  if (fromU64(client.clientState?.latestHeight?.height) < fromU64(proof.proof?.height?.height)) {
    await updateClient(host, clientId, counterparty, proof.proof?.height ?? undefined);
  }
  return proof;
}

/** The events of `kinds` that `ledger` emitted, from its first block. */
export async function eventsOf(ledger: Ledger, ...kinds: v1.EventKind[]): Promise<v1.IChainEvent[]> {
  const events: v1.IChainEvent[] = [];
  for await (const item of ledger.streamEvents({ kinds })) if (item.event) events.push(item.event);
  return events;
}
