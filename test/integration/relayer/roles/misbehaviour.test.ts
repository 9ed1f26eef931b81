/**
 * The misbehaviour watcher end to end: a host devnet (mainchain-1) keeps a
 * tendermint client of health-1; the watcher role follows the host's
 * events and publishes its CLIENT_UPDATED events on the bus; the
 * misbehaviour watcher compares each update with the witnesses. A primary
 * serving a fork of health-1 (same validators, another state) against an
 * honest witness ends in evidence, a frozen client and one alert; the
 * honest case ends in none. All chains are served over gRPC on loopback;
 * the bus is the harness's real NATS (JetStream) and the in-process bus.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import {
  decodeClientState,
  DevnetLedger,
  encodeClientState,
  encodeConsensusState,
  type DevnetChain,
} from '../../../../adapters/devnet/index.js';
import type { Ledger } from '../../../../adapters/index.js';
import { IsthmusError } from '../../../../light-clients/index.js';
import { consensusStateOf, DEFAULT_TRUST_LEVEL } from '../../../../light-clients/tendermint/index.js';
import { v1 } from '../../../../proto/index.js';
import { JetStreamBus, MemoryBus, type Bus } from '../../../../relayer/drivers/index.js';
import { MemoryAlerts } from '../../../../relayer/roles/alerts.js';
import { encodeEvent, eventSubject } from '../../../../relayer/roles/events.js';
import {
  MISBEHAVIOUR_DETECTED,
  startMisbehaviourWatcher,
  type MisbehaviourWatcher,
} from '../../../../relayer/roles/misbehaviour/index.js';
import { startWatcher } from '../../../../relayer/roles/watcher/index.js';
import { testServers, uniqueName } from '../../../support/env.js';
import { serveLedger } from '../../../support/ledger-server.js';
import { eventsOf, height, submitOk, text, updateClient } from '../../../unit/devnet/packets/relay-steps.js';
import { devnet, SECOND } from '../../devnet/clients/devnet-server.js';
import { countingLedger, wrapLedger } from '../delivery/ledger-wrappers.js';
import { waitUntil } from '../drivers/wait.js';

const logger = pino({ level: 'silent' });
const GENESIS = 1_764_000_000_000_000_000n;
const MAIN = 'mainchain-1';
const HEALTH = 'health-1';

/** The host, the honest source and its fork, served; the bus names of this test. */
class Scenario {
  readonly health = devnet(HEALTH, GENESIS);
  readonly fork = devnet(HEALTH, GENESIS, { value: 'forked record' });
  readonly main = devnet(MAIN, GENESIS + 600n * SECOND);
  readonly topology = { stream: uniqueName('events'), prefix: uniqueName('t') };
  readonly cursorsBucket = uniqueName('cursors');
  readonly leasesBucket = uniqueName('leases');
  readonly durable = uniqueName('misbehaviour');
  readonly alerts = new MemoryAlerts();
  readonly #stops: (() => Promise<void> | void)[] = [];
  ledgers!: { readonly main: Ledger; readonly health: Ledger; readonly fork: Ledger };
  clientId = '';

  constructor(readonly bus: Bus) {}

  async open(): Promise<void> {
    for (const chain of [this.health, this.fork]) for (let i = 0; i < 5; i += 1) chain.produceBlock();
    this.ledgers = {
      main: await this.#serve(this.main),
      health: await this.#serve(this.health),
      fork: await this.#serve(this.fork),
    };
    const created = await submitOk(this.ledgers.main, {
      createClient: {
        clientType: 'tendermint',
        clientState: encodeClientState({
          chainId: HEALTH,
          trustLevel: DEFAULT_TRUST_LEVEL,
          trustingPeriod: 3600n * SECOND,
          unbondingPeriod: 7200n * SECOND,
          maxClockDrift: 10n * SECOND,
          latestHeight: 2n,
          frozenHeight: 0n,
        }),
        consensusState: encodeConsensusState(consensusStateOf(this.health.block(2n).signedHeader)),
      },
    });
    this.clientId = text(created.data);
  }

  /** The watcher role on the host and the misbehaviour watcher with `witnesses` for the client. */
  async start(
    primary: Ledger,
    witnesses: Ledger[],
    host: Ledger = this.ledgers.main,
  ): Promise<MisbehaviourWatcher> {
    const watcher = await startWatcher({
      chainId: MAIN,
      ledger: this.ledgers.main,
      bus: this.bus,
      logger,
      leaseTtlMs: 3_000,
      renewEveryMs: 100,
      backoff: { delayMs: 10, jitter: 0 },
      topology: this.topology,
      cursorsBucket: this.cursorsBucket,
      leasesBucket: this.leasesBucket,
    });
    this.#stops.push(() => watcher.stop());
    const checker = await startMisbehaviourWatcher({
      bus: this.bus,
      topology: this.topology,
      durable: this.durable,
      hosts: [
        {
          hostChainId: MAIN,
          host,
          clients: new Map([[this.clientId, { sourceChainId: HEALTH, primary, witnesses }]]),
        },
      ],
      alerts: this.alerts,
      logger,
      retryDelayMs: 50,
    });
    this.#stops.push(() => checker.stop());
    return checker;
  }

  async status(): Promise<v1.ClientStatus | null | undefined> {
    return (await this.ledgers.main.queryClient({ clientId: this.clientId })).clientState?.status;
  }

  async close(): Promise<void> {
    for (const stop of this.#stops.reverse()) await stop();
    await this.bus.deleteStream(this.topology.stream);
    await this.bus.deleteKv(this.cursorsBucket);
    await this.bus.deleteKv(this.leasesBucket);
    await this.bus.close();
  }

  async #serve(chain: DevnetChain): Promise<Ledger> {
    const served = await serveLedger(new DevnetLedger(chain), { retry: { maxAttempts: 1 } });
    this.#stops.push(() => served.close());
    return served.client;
  }
}

let scenario: Scenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

async function begin(bus: Bus): Promise<Scenario> {
  scenario = new Scenario(bus);
  await scenario.open();
  return scenario;
}

const unreachable = (inner: Ledger): Ledger =>
  wrapLedger(inner, {
    getClientMessage: async () => {
      throw new IsthmusError('LEDGER_UNAVAILABLE', 'witness down', { category: 'unavailable' });
    },
  });

describe.each([
  ['JetStream', async (): Promise<Bus> => JetStreamBus.connect({ servers: [testServers().natsUrl], logger })],
  ['the in-process bus', async (): Promise<Bus> => new MemoryBus({ logger })],
])('misbehaviour watcher on %s', (_name, openBus) => {
  it('behavior: a primary serving a fork is caught by an honest witness: evidence freezes the client, one alert', async () => {
    const s = await begin(await openBus());
    const host = countingLedger(s.ledgers.main);
    const checker = await s.start(s.ledgers.fork, [s.ledgers.health], host.ledger);

    // A relayer updates the host's client from the lying primary.
    expect(await updateClient(s.ledgers.main, s.clientId, s.ledgers.fork, height(1n, 4n))).toBe(4n);
    await waitUntil('evidence submitted', () => checker.stats.submitted === 1);

    const frozen = (await s.ledgers.main.queryClient({ clientId: s.clientId })).clientState;
    expect(frozen?.status).toBe(v1.ClientStatus.CLIENT_STATUS_FROZEN);
    expect(decodeClientState(frozen?.state ?? new Uint8Array(0)).frozenHeight).toBe(4n);
    expect(checker.stats).toMatchObject({ received: 1, checked: 1, detected: 1, submitted: 1 });
    expect(s.alerts.alerts).toEqual([
      {
        code: MISBEHAVIOUR_DETECTED,
        message: expect.any(String),
        context: {
          hostChainId: MAIN,
          clientId: s.clientId,
          sourceChainId: HEALTH,
          height: 4n,
          witness: 0,
          evidence: 'submitted',
        },
      },
    ]);
    const misbehaviour = await eventsOf(s.ledgers.main, v1.EventKind.EVENT_KIND_MISBEHAVIOUR);
    expect(misbehaviour.map((e) => e.client?.clientId)).toEqual([s.clientId]);

    // The same event again (a redelivery): the client is frozen, nothing more is submitted or alerted.
    const [updated] = await eventsOf(s.ledgers.main, v1.EventKind.EVENT_KIND_CLIENT_UPDATED);
    await s.bus.publish(
      eventSubject(MAIN, v1.EventKind.EVENT_KIND_CLIENT_UPDATED, s.topology),
      encodeEvent(updated ?? {}),
      { msgId: uniqueName('replay') },
    );
    await waitUntil('replay handled', () => checker.stats.received === 2);
    expect(host.submissions).toHaveLength(1);
    expect(s.alerts.alerts).toHaveLength(1);
  });

  it('behavior: an honest primary agreeing with its witness gives no evidence and no alert; a dead witness is skipped', async () => {
    const s = await begin(await openBus());
    const host = countingLedger(s.ledgers.main);
    const checker = await s.start(
      s.ledgers.health,
      [unreachable(s.ledgers.health), s.ledgers.health],
      host.ledger,
    );

    expect(await updateClient(s.ledgers.main, s.clientId, s.ledgers.health, height(1n, 4n))).toBe(4n);
    await waitUntil('update checked', () => checker.stats.checked === 1);

    expect(checker.stats).toEqual({ received: 1, checked: 1, detected: 0, submitted: 0, witnessFailures: 1 });
    expect(s.alerts.alerts).toEqual([]);
    expect(host.submissions).toHaveLength(0);
    expect(await s.status()).toBe(v1.ClientStatus.CLIENT_STATUS_ACTIVE);
  });
});
