/**
 * Two block-producing devnets for the fault tests (100 ms blocks), `health`
 * sending records to `main` over one unordered `records` channel pair, each
 * with a tendermint client of the other. The relayer reaches each chain only
 * through a loopback gRPC server in front of it, whose calls a test may
 * replace (`front.main.over.submit = …`) to make the endpoint fail, stall or
 * lie; the test itself reads the chains in process, around the front.
 *
 * `expectExactlyOnce` is the fault suite's verdict on a set of sent records,
 * from the chains' own state: each was received once (receipt, stored
 * record, one RECV_PACKET event and one successful RecvPacket), acknowledged
 * once (commitment gone, "delivered" outcome, one ACKNOWLEDGE_PACKET event),
 * and nothing else was received.
 */
import { expect } from '@jest/globals';
import {
  ackPath,
  commitmentPath,
  DevnetChain,
  DevnetLedger,
  makeGenesis,
  packetModule,
  receiptPath,
  recordPath,
  sentRecordPath,
} from '../../../../adapters/devnet/index.js';
import type { Ledger } from '../../../../adapters/index.js';
import { fromU64, toU64, v1 } from '../../../../proto/index.js';
import type { RelayerConfig } from '../../../../relayer/config/schema.js';
import { createLogger } from '../../../../relayer/logger.js';
import { uniqueName } from '../../../support/env.js';
import { startFront, type Front } from '../../../support/ledger-front.js';
import { testRelayerSettings } from '../../../support/relayer-settings.js';

export type { Front } from '../../../support/ledger-front.js';
import { createClient, openRecordsChannel, submit, text } from '../../../unit/devnet/packets/relay-steps.js';
import { waitUntil } from '../drivers/wait.js';

export const CHANNEL = 'channel-0';
const silent = createLogger({ level: 'silent' });
const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;
const utf8 = new TextEncoder();

/** A sent record: its sequence on the channel and its payload. */
export interface Sent {
  readonly sequence: bigint;
  readonly payload: string;
}

export class FaultChains {
  readonly main: string;
  readonly health: string;
  readonly chain: { main: DevnetChain; health: DevnetChain };
  /** The chains in process (no gRPC, no faults): what the test reads and sends with. */
  readonly ledger: { main: DevnetLedger; health: DevnetLedger };
  front!: { main: Front; health: Front };
  clientOnMain = '';
  clientOnHealth = '';
  readonly #stops: (() => Promise<void> | void)[] = [];

  constructor() {
    const tag = uniqueName('f').slice(2);
    this.main = `main-${tag}-1`;
    this.health = `health-${tag}-1`;
    const make = (id: string): DevnetChain =>
      new DevnetChain({
        genesis: makeGenesis({ chainId: id, genesisTimeNs: nowNs() }),
        logger: silent,
        modules: [packetModule()],
      });
    this.chain = { main: make(this.main), health: make(this.health) };
    this.ledger = { main: new DevnetLedger(this.chain.main), health: new DevnetLedger(this.chain.health) };
  }

  async open(): Promise<void> {
    for (const chain of [this.chain.main, this.chain.health]) {
      chain.start(100);
      this.#stops.push(() => chain.stop());
      await chain.waitForHeight(1n);
    }
    this.front = { main: await this.#front(this.ledger.main), health: await this.#front(this.ledger.health) };
    this.clientOnMain = await createClient(this.ledger.main, this.ledger.health);
    this.clientOnHealth = await createClient(this.ledger.health, this.ledger.main);
    await openRecordsChannel(this.ledger.health, this.main, this.clientOnHealth);
    await openRecordsChannel(this.ledger.main, this.health, this.clientOnMain);
  }

  async #front(inner: Ledger): Promise<Front> {
    const front = await startFront(inner);
    this.#stops.push(() => front.close());
    return front;
  }

  /** Sends `count` records on health in one transaction; `tag` makes their payloads unique. */
  async send(count: number, tag: string): Promise<Sent[]> {
    const payloads = Array.from({ length: count }, (_, i) => `${tag}-${i}`);
    const results = await submit(
      this.ledger.health,
      ...payloads.map((payload) => ({
        sendPacket: {
          sourceChannel: CHANNEL,
          app: 'records',
          payload: utf8.encode(payload),
          timeoutHeight: { revision: toU64(1n), height: toU64(1_000_000n) },
        },
      })),
    );
    return results.map((result, i) => {
      expect(result.code).toBe(v1.ResultCode.RESULT_CODE_OK);
      return { sequence: BigInt(text(result.data)), payload: payloads[i] ?? '' };
    });
  }

  /** How many of `sent` are received on main and acknowledged on health (latest state, read in process). */
  settled(sent: readonly Sent[]): number {
    const { main, health } = this.chain;
    return sent.filter(
      ({ sequence }) =>
        main.getAt(main.latestHeight, utf8.encode(receiptPath(CHANNEL, sequence))) !== undefined &&
        health.getAt(health.latestHeight, utf8.encode(commitmentPath(CHANNEL, sequence))) === undefined,
    ).length;
  }

  /** How many of `sent` have a receipt on main. */
  received(sent: readonly Sent[]): number {
    const { main } = this.chain;
    return sent.filter(
      ({ sequence }) =>
        main.getAt(main.latestHeight, utf8.encode(receiptPath(CHANNEL, sequence))) !== undefined,
    ).length;
  }

  async waitSettled(sent: readonly Sent[], timeoutMs: number): Promise<void> {
    await waitUntil(
      `${sent.length} records received on main and acknowledged on health`,
      () => this.settled(sent) === sent.length,
      timeoutMs,
    );
  }

  /** The height of main's client of health, as main keeps it. */
  async clientHeightOnMain(): Promise<bigint> {
    const client = await this.ledger.main.queryClient({ clientId: this.clientOnMain });
    return fromU64(client.clientState?.latestHeight?.height);
  }

  /** Every packet message `chain` executed of one kind, with the sequence and result code of each. */
  packetResults(
    chain: DevnetChain,
    kind: 'recvPacket' | 'acknowledgePacket',
  ): { sequence: bigint; code: v1.ResultCode }[] {
    const found: { sequence: bigint; code: v1.ResultCode }[] = [];
    for (let h = 1n; h <= chain.latestHeight; h += 1n) {
      for (const tx of chain.block(h).txs) {
        v1.SubmitRequest.decode(tx.tx).messages.forEach((message, i) => {
          const packet = message[kind]?.packet;
          if (!packet) return;
          const code = tx.response.results[i]?.code ?? v1.ResultCode.RESULT_CODE_UNSPECIFIED;
          found.push({ sequence: fromU64(packet.sequence), code });
        });
      }
    }
    return found;
  }

  /** Sequences of the packet events of `kind` that `chain` emitted, from its first block. */
  eventSequences(chain: DevnetChain, kind: v1.EventKind): bigint[] {
    const found: bigint[] = [];
    for (let h = 1n; h <= chain.latestHeight; h += 1n) {
      for (const event of chain.block(h).events) {
        if (event.kind === kind && event.packet) found.push(fromU64(event.packet.sequence));
      }
    }
    return found;
  }

  /** ALREADY_DONE answers main gave to RecvPacket: redundant submissions it saw. */
  redundantRecvs(): number {
    return this.packetResults(this.chain.main, 'recvPacket').filter(
      (r) => r.code === v1.ResultCode.RESULT_CODE_ALREADY_DONE,
    ).length;
  }

  /** The verdict: every record of `sent` received and acknowledged exactly once, and nothing else received. */
  async expectExactlyOnce(sent: readonly Sent[]): Promise<void> {
    const { main, health } = this.ledger;
    const sorted = (xs: readonly bigint[]): bigint[] => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const sequences = sorted(sent.map((s) => s.sequence));
    // QueryProof reads the latest provable state, a block or so behind the latest block.
    for (const chain of [this.chain.main, this.chain.health])
      await chain.waitForHeight(chain.latestHeight + 2n);
    for (const { sequence, payload } of sent) {
      const record = await main.queryProof({ path: recordPath(this.health, CHANNEL, sequence) });
      expect({ sequence, exists: record.exists, payload: text(record.value) }).toEqual({
        sequence,
        exists: true,
        payload,
      });
      expect((await main.queryProof({ path: receiptPath(CHANNEL, sequence) })).exists).toBe(true);
      expect((await main.queryProof({ path: ackPath(CHANNEL, sequence) })).exists).toBe(true);
      expect((await health.queryProof({ path: commitmentPath(CHANNEL, sequence) })).exists).toBe(false);
      const outcome = await health.queryProof({ path: sentRecordPath(CHANNEL, sequence) });
      expect({ sequence, outcome: text(outcome.value) }).toEqual({ sequence, outcome: 'delivered' });
    }
    const okRecvs = this.packetResults(this.chain.main, 'recvPacket')
      .filter((r) => r.code === v1.ResultCode.RESULT_CODE_OK)
      .map((r) => r.sequence);
    const okAcks = this.packetResults(this.chain.health, 'acknowledgePacket')
      .filter((r) => r.code === v1.ResultCode.RESULT_CODE_OK)
      .map((r) => r.sequence);
    // One app callback each: received once on main, its acknowledgement handled once on health.
    expect(sorted(okRecvs)).toEqual(sequences);
    expect(sorted(this.eventSequences(this.chain.main, v1.EventKind.EVENT_KIND_RECV_PACKET))).toEqual(
      sequences,
    );
    expect(sorted(this.eventSequences(this.chain.main, v1.EventKind.EVENT_KIND_WRITE_ACK))).toEqual(
      sequences,
    );
    expect(sorted(okAcks)).toEqual(sequences);
    expect(
      sorted(this.eventSequences(this.chain.health, v1.EventKind.EVENT_KIND_ACKNOWLEDGE_PACKET)),
    ).toEqual(sequences);
  }

  /** The relayer config for these chains in embedded mode (no Redis, no NATS): one process only. */
  embeddedConfig(): RelayerConfig {
    return {
      log: { level: 'info' },
      chains: [
        { id: this.main, endpoint: this.front.main.endpoint },
        { id: this.health, endpoint: this.front.health.endpoint },
      ].map((c) => ({ ...c, type: 'devnet' as const, witnesses: [] })),
      paths: [
        {
          source: { chain: this.health, channel: CHANNEL, clientId: this.clientOnHealth },
          dest: { chain: this.main, channel: CHANNEL, clientId: this.clientOnMain },
          ordering: 'unordered',
        },
      ],
      ...testRelayerSettings(),
    };
  }

  /** The relayer config for these chains (distributed on the given servers); `names` keep runs apart. */
  config(servers: { redisUrl: string; natsUrl: string }, names: FaultNames): RelayerConfig {
    return {
      ...this.embeddedConfig(),
      redis: { url: servers.redisUrl },
      nats: { servers: [servers.natsUrl] },
      names,
    };
  }

  async close(): Promise<void> {
    for (const stop of this.#stops.reverse()) await stop();
    this.#stops.length = 0;
  }
}

export interface FaultNames {
  readonly eventsStream: string;
  readonly eventsPrefix: string;
  readonly plannerDurable: string;
  readonly cursorsBucket: string;
  readonly leasesBucket: string;
}

/** Bus names no other test uses. */
export function faultNames(): FaultNames {
  return {
    eventsStream: uniqueName('events'),
    eventsPrefix: uniqueName('t'),
    plannerDurable: uniqueName('planner'),
    cursorsBucket: uniqueName('cursors'),
    leasesBucket: uniqueName('leases'),
  };
}
