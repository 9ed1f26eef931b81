/**
 * The client refresher against devnets served over gRPC on loopback: a
 * host (mainchain-1) keeps a tendermint client of a source (health-1) with
 * a 20 s trusting period, refreshed at 0.3 of it (6 s). Every chain and the
 * refresher read one simulated clock (a second per block; the test moves
 * it on), so "time passes" without waiting for it. Leases run on the
 * harness's real NATS (JetStream KV) and on the in-process bus.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import {
  createTendermintClientMsg,
  DevnetChain,
  DevnetLedger,
  makeGenesis,
  tendermintClientMessage,
} from '../../../../adapters/devnet/index.js';
import type { Ledger } from '../../../../adapters/index.js';
import { IsthmusError } from '../../../../light-clients/index.js';
import {
  decodeIcs07Header,
  encodeIcs07Header,
  TendermintErrorCode,
} from '../../../../light-clients/tendermint/index.js';
import { fromU64, v1 } from '../../../../proto/index.js';
import { JetStreamBus, MemoryBus, type Bus } from '../../../../relayer/drivers/index.js';
import { MemoryAlerts } from '../../../../relayer/roles/alerts.js';
import {
  startRefresher,
  type RefreshedClient,
  type Refresher,
  type RefresherOptions,
} from '../../../../relayer/roles/refresher/index.js';
import { testServers, uniqueName } from '../../../support/env.js';
import { serveLedger, type ServedLedger } from '../../../support/ledger-server.js';
import { submitOk, text } from '../../../unit/devnet/packets/relay-steps.js';
import { countingLedger, wrapLedger } from '../delivery/ledger-wrappers.js';
import { waitUntil } from '../drivers/wait.js';

const logger = pino({ level: 'silent' });
const SECOND = 1_000_000_000n;
const GENESIS = 1_764_000_000_000_000_000n;
const TRUSTING = 20n * SECOND;
const MAIN = 'mainchain-1';
const HEALTH = 'health-1';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Host, source and a fork of the source (same validators, another state) on one simulated clock. */
class Scenario {
  readonly clock = { ns: GENESIS };
  readonly source = this.#chain(HEALTH, 'health record');
  readonly fork = this.#chain(HEALTH, 'forked record');
  readonly main = this.#chain(MAIN, 'main record');
  readonly alerts = new MemoryAlerts();
  readonly #stops: (() => Promise<void> | void)[] = [];
  host!: Ledger;
  sourceLedger!: Ledger;

  async open(): Promise<void> {
    for (let i = 0; i < 2; i += 1) {
      this.source.produceBlock();
      this.fork.produceBlock();
      this.main.produceBlock();
    }
    this.host = await this.#serve(this.main);
    this.sourceLedger = await this.#serve(this.source);
  }

  /** A new client of the source on the host, trusting the source's latest header. */
  async createClient(): Promise<string> {
    const { signedHeader } = this.source.lightBlock(this.source.latestHeight);
    const created = await submitOk(
      this.host,
      createTendermintClientMsg(signedHeader, {
        trustingPeriod: TRUSTING,
        unbondingPeriod: 2n * TRUSTING,
        maxClockDrift: 10n * SECOND,
      }),
    );
    return text(created.data);
  }

  client(clientId: string, source: Ledger = this.sourceLedger, host: Ledger = this.host): RefreshedClient {
    return { hostChainId: MAIN, host, clientId, sourceChainId: HEALTH, source };
  }

  async refresher(
    clients: RefreshedClient[],
    more: Partial<Omit<RefresherOptions, 'clients'>> = {},
  ): Promise<Refresher> {
    const refresher = await startRefresher({
      clients,
      refreshFraction: 0.3,
      // Only the start's check runs on its own unless a test asks for more.
      checkIntervalMs: 60_000,
      alerts: this.alerts,
      logger,
      now: () => this.clock.ns,
      ...more,
    });
    this.#stops.push(() => refresher.stop());
    return refresher;
  }

  /** Lets `seconds` pass and gives the source a new block to refresh to. */
  pass(seconds: bigint): void {
    this.clock.ns += seconds * SECOND;
    this.source.produceBlock();
  }

  async height(clientId: string): Promise<bigint> {
    const q = await this.host.queryClient({ clientId });
    return fromU64(q.clientState?.latestHeight?.height);
  }

  onStop(stop: () => Promise<void> | void): void {
    this.#stops.push(stop);
  }

  async close(): Promise<void> {
    for (const stop of this.#stops.reverse()) await stop();
  }

  #chain(chainId: string, record: string): DevnetChain {
    return new DevnetChain({
      genesis: makeGenesis({
        chainId,
        genesisTimeNs: GENESIS,
        appState: [{ key: 'records/r1', value: utf8(record) }],
      }),
      logger,
      clock: () => (this.clock.ns += SECOND),
    });
  }

  async #serve(chain: DevnetChain): Promise<Ledger> {
    const served: ServedLedger = await serveLedger(new DevnetLedger(chain), { retry: { maxAttempts: 1 } });
    this.#stops.push(() => served.close());
    return served.client;
  }
}

let scenario: Scenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

async function begin(): Promise<Scenario> {
  scenario = new Scenario();
  await scenario.open();
  return scenario;
}

/** The source's headers with one byte of the app hash changed: the commit no longer signs them. */
function forging(inner: Ledger): Ledger {
  return wrapLedger(inner, {
    getClientMessage: async (req, ctx) => {
      const res = await inner.getClientMessage(req, ctx);
      const messages = res.messages.map((m) => {
        const header = decodeIcs07Header(m.bytes ?? new Uint8Array(0));
        const sh = header.lightBlock.signedHeader;
        const appHash = Uint8Array.from(sh.header.appHash);
        appHash[0] = (appHash[0] ?? 0) ^ 0xff;
        const forged = {
          ...header,
          lightBlock: { ...header.lightBlock, signedHeader: { ...sh, header: { ...sh.header, appHash } } },
        };
        return v1.ClientMessage.create({
          clientType: m.clientType ?? null,
          bytes: encodeIcs07Header(forged),
        });
      });
      return v1.GetClientMessageResponse.create({ ...res, messages });
    },
  });
}

const verificationCodes: readonly string[] = Object.values(TendermintErrorCode);

describe('client refresher between devnets over gRPC', () => {
  it('behavior: a client with no traffic is updated to the source tip each time 0.3 of its trusting period passes', async () => {
    const s = await begin();
    const clientId = await s.createClient();
    const created = await s.height(clientId);
    const counted = countingLedger(s.host);
    const refresher = await s.refresher([s.client(clientId, s.sourceLedger, counted.ledger)]);

    expect(await refresher.checkNow()).toEqual([
      { hostChainId: MAIN, clientId, action: 'fresh', height: created },
    ]);
    expect(counted.submissions).toHaveLength(0);

    for (let round = 1; round <= 2; round += 1) {
      s.pass(7n);
      const tip = s.source.latestHeight;
      expect(await refresher.checkNow()).toEqual([
        { hostChainId: MAIN, clientId, action: 'updated', height: tip },
      ]);
      expect(await s.height(clientId)).toBe(tip);
      expect(counted.submissions).toHaveLength(round);
    }
    expect(s.alerts.alerts).toEqual([]);
  });

  it('behavior: the periodic check alone keeps the client fresh', async () => {
    const s = await begin();
    const clientId = await s.createClient();
    const created = await s.height(clientId);
    await s.refresher([s.client(clientId)], { checkIntervalMs: 100 });
    s.pass(7n);
    await waitUntil('client refreshed', async () => (await s.height(clientId)) > created);
    expect(await s.height(clientId)).toBe(s.source.latestHeight);
    expect(s.alerts.alerts).toEqual([]);
  });

  it('error: a frozen client gives one CLIENT_FROZEN alert and no submission, however often it is checked', async () => {
    const s = await begin();
    const clientId = await s.createClient();
    const trusted = await s.height(clientId);
    for (let i = 0; i < 2; i += 1) {
      s.source.produceBlock();
      s.fork.produceBlock();
    }
    const target = s.source.latestHeight;
    const header = (chain: DevnetChain): Uint8Array =>
      tendermintClientMessage(chain.lightBlock(target), {
        height: trusted,
        validators: s.source.block(trusted).nextValidatorSet,
        revision: 1n,
      }).bytes;
    await submitOk(s.host, {
      submitMisbehaviour: {
        clientId,
        misbehaviour: {
          clientType: 'tendermint',
          bytes: v1.TendermintMisbehaviour.encode({
            header_1: header(s.source),
            header_2: header(s.fork),
          }).finish(),
        },
      },
    });

    const counted = countingLedger(s.host);
    const refresher = await s.refresher([s.client(clientId, s.sourceLedger, counted.ledger)]);
    s.pass(7n);
    for (let i = 0; i < 2; i += 1) {
      expect(await refresher.checkNow()).toEqual([
        {
          hostChainId: MAIN,
          clientId,
          action: 'frozen',
          height: trusted,
          code: 'CLIENT_FROZEN',
          message: expect.any(String),
          alert: true,
        },
      ]);
    }
    expect(s.alerts.alerts).toEqual([
      {
        code: 'CLIENT_FROZEN',
        message: expect.stringContaining(clientId),
        context: { hostChainId: MAIN, clientId, sourceChainId: HEALTH, height: trusted },
      },
    ]);
    expect(counted.submissions).toHaveLength(0);
  });

  it('error: an expired client gives one CLIENT_EXPIRED alert and is left to an operator', async () => {
    const s = await begin();
    const clientId = await s.createClient();
    const counted = countingLedger(s.host);
    const refresher = await s.refresher([s.client(clientId, s.sourceLedger, counted.ledger)]);
    s.pass(21n);
    for (let i = 0; i < 2; i += 1) {
      const [result] = await refresher.checkNow();
      expect(result?.action).toBe('expired');
    }
    expect(s.alerts.alerts.map((a) => [a.code, a.context.clientId])).toEqual([['CLIENT_EXPIRED', clientId]]);
    expect(counted.submissions).toHaveLength(0);
  });

  it('error: a forged source header is refused locally: one alert with its verification code, nothing submitted', async () => {
    const s = await begin();
    const clientId = await s.createClient();
    const created = await s.height(clientId);
    const counted = countingLedger(s.host);
    const refresher = await s.refresher([s.client(clientId, forging(s.sourceLedger), counted.ledger)]);
    s.pass(7n);
    for (let i = 0; i < 2; i += 1) {
      const [result] = await refresher.checkNow();
      expect(result).toMatchObject({ action: 'failed', alert: true });
      expect(verificationCodes).toContain(result?.code);
    }
    expect(s.alerts.alerts).toHaveLength(1);
    expect(verificationCodes).toContain(s.alerts.alerts[0]?.code);
    expect(s.alerts.alerts[0]?.context).toMatchObject({ hostChainId: MAIN, clientId, sourceChainId: HEALTH });
    expect(counted.submissions).toHaveLength(0);
    expect(await s.height(clientId)).toBe(created);
  });

  it('error: an unavailable source is retried at the next check without an alert', async () => {
    const s = await begin();
    const clientId = await s.createClient();
    let down = true;
    const flaky = wrapLedger(s.sourceLedger, {
      getLatestHeight: async (req, ctx) => {
        if (down) throw new IsthmusError('LEDGER_UNAVAILABLE', 'source down', { category: 'unavailable' });
        return s.sourceLedger.getLatestHeight(req, ctx);
      },
    });
    const refresher = await s.refresher([s.client(clientId, flaky)]);
    s.pass(7n);
    expect(await refresher.checkNow()).toEqual([
      expect.objectContaining({ action: 'failed', code: 'LEDGER_UNAVAILABLE', alert: false }),
    ]);
    down = false;
    expect(await refresher.checkNow()).toEqual([
      { hostChainId: MAIN, clientId, action: 'updated', height: s.source.latestHeight },
    ]);
    expect(s.alerts.alerts).toEqual([]);
  });
});

describe.each([
  [
    'JetStream KV',
    async (): Promise<Bus> => JetStreamBus.connect({ servers: [testServers().natsUrl], logger }),
  ],
  ['the in-process bus', async (): Promise<Bus> => new MemoryBus({ logger })],
])('client refresher leases on %s', (_name, openBus) => {
  it('behavior: one refresher per client acts; the other stands by and takes over when the holder stops', async () => {
    const s = await begin();
    const clientId = await s.createClient();
    const bus = await openBus();
    const leasesBucket = uniqueName('refresher-leases');
    s.onStop(async () => {
      await bus.deleteKv(leasesBucket);
      await bus.close();
    });
    const lease = { bus, leasesBucket, leaseTtlMs: 5_000 };
    const a = await s.refresher([s.client(clientId)], { ...lease, owner: 'a' });
    const b = await s.refresher([s.client(clientId)], { ...lease, owner: 'b' });
    // The checks at start are over before time moves on.
    await Promise.all([a.checkNow(), b.checkNow()]);
    s.pass(7n);
    const [ra] = await a.checkNow();
    const [rb] = await b.checkNow();
    const actions = [ra?.action, rb?.action];
    expect(actions.filter((x) => x === 'standby')).toHaveLength(1);
    expect(actions).toContain('updated');

    const [holder, other] = ra?.action === 'updated' ? [a, b] : [b, a];
    await holder.stop();
    s.pass(7n);
    expect(await other.checkNow()).toEqual([
      { hostChainId: MAIN, clientId, action: 'updated', height: s.source.latestHeight },
    ]);
    expect(s.alerts.alerts).toEqual([]);
  });
});
