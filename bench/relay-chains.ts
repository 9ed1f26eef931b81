/**
 * The chains of the relay benchmark: two devnets producing blocks on a
 * timer, each serving the `Ledger` gRPC service on loopback, with a
 * tendermint client of each other and a `records` channel pair. Packets are
 * sent on the source in-process, many `SendPacket`s per submission, so the
 * sender costs only the source's commit; deliveries are read from the
 * chains' own blocks (RecvPacket on the destination, AcknowledgePacket on the
 * source), stamped with block times, so the relayer is measured from the
 * outside.
 */
import type { Logger } from 'pino';
import {
  createTendermintClientMsg,
  DevnetChain,
  DevnetLedger,
  makeGenesis,
  packetModule,
  RECORDS_APP,
  type DevnetBlock,
} from '../adapters/devnet/index.js';
import { startLedgerServer } from '../adapters/index.js';
import { decodeIcs07Header } from '../light-clients/tendermint/index.js';
import { fromU64, toU64, v1 } from '../proto/index.js';

const utf8 = new TextDecoder();
const NS_PER_MS = 1_000_000n;

export interface ChainEnd {
  readonly chain: DevnetChain;
  readonly endpoint: string;
  /** This chain's client of the other chain. */
  readonly clientId: string;
  readonly channel: string;
}

export interface ChainPair {
  readonly source: ChainEnd;
  readonly dest: ChainEnd;
  readonly blockTimeMs: number;
  /** Stops block production and the gRPC servers. */
  close(): Promise<void>;
}

async function submitOk(chain: DevnetChain, message: v1.IMsg): Promise<string> {
  const [result] = (await chain.submit({ messages: [message] })).results;
  if (result?.code !== v1.ResultCode.RESULT_CODE_OK) {
    throw new Error(`bench setup on ${chain.chainId}: ${result?.errorCode}: ${result?.message}`);
  }
  return utf8.decode(result.data ?? new Uint8Array(0));
}

/** Creates on `host` a tendermint client of `counterparty` at its latest header. */
async function createClient(host: DevnetChain, counterparty: DevnetChain): Promise<string> {
  const [message] = (await new DevnetLedger(counterparty).getClientMessage({})).messages;
  const { signedHeader } = decodeIcs07Header(message?.bytes ?? new Uint8Array(0)).lightBlock;
  return submitOk(host, createTendermintClientMsg(signedHeader));
}

/**
 * Two chains `<name>-src-1` and `<name>-dst-1` on the system clock. The set-up
 * runs before the timers start, so each submission makes its block at once.
 */
export async function openChainPair(name: string, blockTimeMs: number, logger: Logger): Promise<ChainPair> {
  const make = (chainId: string): DevnetChain =>
    new DevnetChain({
      genesis: makeGenesis({ chainId, genesisTimeNs: BigInt(Date.now()) * NS_PER_MS }),
      logger,
      modules: [packetModule()],
    });
  const source = make(`${name}-src-1`);
  const dest = make(`${name}-dst-1`);
  source.produceBlock();
  dest.produceBlock();
  const clientOnSource = await createClient(source, dest);
  const clientOnDest = await createClient(dest, source);
  const open = (on: DevnetChain, counterparty: DevnetChain, clientId: string): Promise<string> =>
    submitOk(on, {
      openChannel: {
        app: RECORDS_APP,
        counterpartyChainId: counterparty.chainId,
        // Each chain's first channel is channel-0: the pair mirrors itself.
        counterpartyChannelId: 'channel-0',
        clientId,
        ordering: v1.Ordering.ORDERING_UNORDERED,
      },
    });
  const sourceChannel = await open(source, dest, clientOnSource);
  const destChannel = await open(dest, source, clientOnDest);

  const stops: (() => Promise<void> | void)[] = [];
  const serve = async (chain: DevnetChain, clientId: string, channel: string): Promise<ChainEnd> => {
    chain.start(blockTimeMs);
    stops.push(() => chain.stop());
    const server = await startLedgerServer({ ledger: new DevnetLedger(chain), logger });
    stops.push(() => server.close());
    return { chain, endpoint: server.address, clientId, channel };
  };
  try {
    return {
      source: await serve(source, clientOnSource, sourceChannel),
      dest: await serve(dest, clientOnDest, destChannel),
      blockTimeMs,
      close: async () => {
        for (const stop of stops.splice(0).reverse()) await stop();
      },
    };
  } catch (err) {
    for (const stop of stops.splice(0).reverse()) await stop();
    throw err;
  }
}

/**
 * Sends `count` records in one submission on the source; resolves with the
 * number committed once the block holding them is made.
 */
export async function sendRecords(pair: ChainPair, count: number): Promise<number> {
  const { chain, channel } = pair.source;
  const timeoutHeight = { revision: toU64(pair.dest.chain.revision), height: toU64(1_000_000_000n) };
  const response = await chain.submit({
    messages: Array.from({ length: count }, (_, i) => ({
      sendPacket: {
        sourceChannel: channel,
        app: RECORDS_APP,
        payload: Uint8Array.of(i >> 8, i & 0xff, 0x42),
        timeoutHeight,
      },
    })),
  });
  return response.results.filter((r) => r.code === v1.ResultCode.RESULT_CODE_OK).length;
}

/** Block times (ms) of every packet's send, receipt and acknowledgement, by sequence. */
export class DeliveryLog {
  readonly sent = new Map<bigint, number>();
  readonly received = new Map<bigint, number>();
  readonly acknowledged = new Map<bigint, number>();
  /** Block times of the source, for the block interval actually kept. */
  readonly sourceBlocks: number[] = [];
  readonly #stop = new AbortController();
  readonly #running: Promise<void>[];

  /** Follows both chains from their next block on. */
  constructor(pair: ChainPair) {
    this.#running = [
      this.#follow(pair.source.chain, (block) => {
        this.sourceBlocks.push(msOf(block.timeNs));
        this.#record(block, v1.EventKind.EVENT_KIND_SEND_PACKET, this.sent);
        this.#record(block, v1.EventKind.EVENT_KIND_ACKNOWLEDGE_PACKET, this.acknowledged);
      }),
      this.#follow(pair.dest.chain, (block) =>
        this.#record(block, v1.EventKind.EVENT_KIND_RECV_PACKET, this.received),
      ),
    ];
  }

  /** Packets of `map` whose block time is in [fromMs, toMs). */
  static countIn(map: ReadonlyMap<bigint, number>, fromMs: number, toMs: number): number {
    let n = 0;
    for (const t of map.values()) if (t >= fromMs && t < toMs) n++;
    return n;
  }

  async close(): Promise<void> {
    this.#stop.abort();
    await Promise.all(this.#running);
  }

  #record(block: DevnetBlock, kind: v1.EventKind, into: Map<bigint, number>): void {
    for (const event of block.events) {
      if (event.kind === kind && event.packet) into.set(fromU64(event.packet.sequence), msOf(block.timeNs));
    }
  }

  /** Reads each new block once; ends when closed (each wait ends with the next block or the abort). */
  async #follow(chain: DevnetChain, onBlock: (block: DevnetBlock) => void): Promise<void> {
    const signal = this.#stop.signal;
    let height = chain.latestHeight;
    while (!signal.aborted) {
      await chain.waitForHeight(height + 1n, signal);
      while (height < chain.latestHeight) {
        height += 1n;
        onBlock(chain.block(height));
      }
    }
  }
}

function msOf(timeNs: bigint): number {
  return Number(timeNs / NS_PER_MS);
}
