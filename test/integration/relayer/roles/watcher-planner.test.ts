/**
 * Watchers and the planner end to end: two devnets with the packet module
 * served over real gRPC on loopback, a watcher per chain publishing to the
 * bus, planners turning events into deliver jobs. Run on the harness's real
 * Redis and NATS (BullMQ + JetStream), and the main scenario once more on
 * the in-process drivers. Blocks are produced by submitting (no timer).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { commitmentPath, DevnetLedger, type DevnetChain } from '../../../../adapters/devnet/index.js';
import {
  LedgerClient,
  startLedgerServer,
  type Ledger,
  type RunningServer,
} from '../../../../adapters/index.js';
import { IsthmusError } from '../../../../light-clients/index.js';
import { toU64, v1 } from '../../../../proto/index.js';
import {
  BullMqQueue,
  JetStreamBus,
  MemoryBus,
  MemoryQueue,
  type Bus,
  type Job,
  type Queue,
} from '../../../../relayer/drivers/index.js';
import { createLogger } from '../../../../relayer/logger.js';
import { decodeDeliverJob, deliverQueue, type DeliverJobData } from '../../../../relayer/roles/jobs.js';
import type { PacketFilter } from '../../../../relayer/filter/index.js';
import { startPlanner, type Planner } from '../../../../relayer/roles/planner/index.js';
import { ChainLease, startWatcher, type Watcher } from '../../../../relayer/roles/watcher/index.js';
import { InMemoryStatusStore } from '../../../../relayer/status/index.js';
import { testServers, uniqueName } from '../../../support/env.js';
import {
  chainPair,
  createClient,
  provenOn,
  submit,
  submitOk,
  text,
} from '../../../unit/devnet/packets/relay-steps.js';
import { waitUntil } from '../drivers/wait.js';

const logger = createLogger({ level: 'silent' });
type Drivers = { readonly queue: Queue; readonly bus: Bus };

/** Two chains (main, health), clients both ways, two `records` channel pairs; everything to tear down. */
class Scenario {
  readonly main: string;
  readonly health: string;
  readonly topology = { stream: uniqueName('events'), prefix: uniqueName('t') };
  readonly cursorsBucket = uniqueName('cursors');
  readonly leasesBucket = uniqueName('leases');
  readonly status = new InMemoryStatusStore();
  readonly #stops: (() => Promise<void> | void)[] = [];
  chains!: { readonly main: DevnetChain; readonly health: DevnetChain };
  ledgers!: { readonly main: LedgerClient; readonly health: LedgerClient };
  clientOnMain = '';

  constructor(readonly drivers: Drivers) {
    const tag = uniqueName('c').slice(2);
    // A trailing `-<n>` is the chain's revision (ICS style): keep it 1, as the timeouts assume.
    this.main = `main-${tag}-1`;
    this.health = `health-${tag}-1`;
  }

  async open(): Promise<void> {
    const [main, health] = chainPair(this.main, this.health);
    this.chains = { main, health };
    main.produceBlock();
    health.produceBlock();
    const serve = async (chain: DevnetChain): Promise<LedgerClient> => {
      const server: RunningServer = await startLedgerServer({ ledger: new DevnetLedger(chain), logger });
      const client = new LedgerClient({ address: server.address });
      this.#stops.push(
        () => server.close(),
        () => client.close(),
      );
      return client;
    };
    this.ledgers = { main: await serve(main), health: await serve(health) };
    const { main: lm, health: lh } = this.ledgers;
    this.clientOnMain = await createClient(lm, lh);
    const clientOnHealth = await createClient(lh, lm);
    for (const channel of ['channel-0', 'channel-1']) {
      const open = (ledger: LedgerClient, counterparty: string, clientId: string): Promise<v1.IMsgResult> =>
        submitOk(ledger, {
          openChannel: {
            app: 'records',
            counterpartyChainId: counterparty,
            counterpartyChannelId: channel,
            clientId,
            ordering: v1.Ordering.ORDERING_UNORDERED,
          },
        });
      expect(text((await open(lh, this.main, clientOnHealth)).data)).toBe(channel);
      expect(text((await open(lm, this.health, this.clientOnMain)).data)).toBe(channel);
    }
  }

  /** Sends a record on health over `channel`; returns its sequence. */
  async send(channel = 'channel-0', payload = 'consent'): Promise<bigint> {
    const result = await submitOk(this.ledgers.health, {
      sendPacket: {
        sourceChannel: channel,
        app: 'records',
        payload: new TextEncoder().encode(payload),
        timeoutHeight: { revision: toU64(1n), height: toU64(1_000_000n) },
      },
    });
    return BigInt(text(result.data));
  }

  watcher(chainId: string, owner: string, leaseTtlMs = 3_000, through?: Ledger): Promise<Watcher> {
    const ledger = through ?? (chainId === this.main ? this.ledgers.main : this.ledgers.health);
    return this.#track(
      startWatcher({
        chainId,
        ledger,
        bus: this.drivers.bus,
        logger,
        owner,
        leaseTtlMs,
        backoff: { delayMs: 10, jitter: 0 },
        renewEveryMs: 50,
        topology: this.topology,
        cursorsBucket: this.cursorsBucket,
        leasesBucket: this.leasesBucket,
      }),
    );
  }

  planner(filter?: PacketFilter): Promise<Planner> {
    return this.#track(
      startPlanner({
        bus: this.drivers.bus,
        queue: this.drivers.queue,
        status: this.status,
        logger,
        topology: this.topology,
        ...(filter ? { filter } : {}),
      }),
    );
  }

  waiting(chainId: string): Promise<number> {
    return this.drivers.queue.counts(deliverQueue(chainId)).then((c) => c.waiting + c.delayed);
  }

  /** Takes every ready job of `chainId`'s queue (marking them done) and returns them. */
  async drain(chainId: string, expected: number): Promise<Job<DeliverJobData>[]> {
    const seen: Job<DeliverJobData>[] = [];
    const processor = this.drivers.queue.process<DeliverJobData>(
      deliverQueue(chainId),
      async (jobs) => {
        seen.push(...jobs);
        return jobs.map(() => ({ kind: 'done' }) as const);
      },
      { concurrency: 1, batchSize: 10, batchDelayMs: 0 },
    );
    await waitUntil('jobs drained', () => seen.length >= expected);
    await processor.close();
    return seen.sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async close(): Promise<void> {
    for (const stop of this.#stops.reverse()) await stop();
    const { queue, bus } = this.drivers;
    await queue.obliterate(deliverQueue(this.main));
    await queue.obliterate(deliverQueue(this.health));
    await bus.deleteStream(this.topology.stream);
    await bus.deleteKv(this.cursorsBucket);
    await bus.deleteKv(this.leasesBucket);
    await queue.close();
    await bus.close();
  }

  async #track<T extends { stop(): Promise<void> }>(started: Promise<T>): Promise<T> {
    const role = await started;
    this.#stops.push(() => role.stop());
    return role;
  }
}

async function distributed(): Promise<Drivers> {
  const { redisUrl, natsUrl } = testServers();
  return {
    queue: new BullMqQueue({ url: redisUrl, logger, prefix: uniqueName('q') }),
    bus: await JetStreamBus.connect({ servers: [natsUrl], logger }),
  };
}

function embedded(): Drivers {
  return { queue: new MemoryQueue({ logger }), bus: new MemoryBus({ logger }) };
}

let scenario: Scenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

async function begin(drivers: Drivers): Promise<Scenario> {
  scenario = new Scenario(drivers);
  await scenario.open();
  return scenario;
}

/** Three packets on health become exactly three recv jobs; a watcher restart publishes nothing new. */
async function threePacketsThenRestart(s: Scenario): Promise<void> {
  const first = await s.watcher(s.health, 'a');
  await s.planner();
  for (let i = 0; i < 3; i += 1) await s.send('channel-0', `consent-${i}`);
  await waitUntil('3 recv jobs', async () => (await s.waiting(s.main)) === 3);
  await waitUntil('statuses', async () => (await s.status.list({ statuses: ['sent'] })).length === 3);

  await first.stop();
  const restarted = await s.watcher(s.health, 'b');
  await waitUntil('restarted watcher leads', () => restarted.leading);
  await s.send('channel-0', 'after-restart');
  await waitUntil('4th job', async () => (await s.waiting(s.main)) === 4);
  expect(restarted.stats).toEqual({ published: 1, duplicates: 0 });

  const jobs = await s.drain(s.main, 4);
  expect(jobs.map((j) => j.id)).toEqual([1, 2, 3, 4].map((n) => `${s.health}/channel-0/${n}/recv`));
  const decoded = jobs.map((j) => decodeDeliverJob(j.data));
  expect(decoded.map((d) => [d.step, d.packetId, text(d.packet.payload), d.packet.destChain])).toEqual([
    ['recv', `${s.health}/channel-0/1`, 'consent-0', s.main],
    ['recv', `${s.health}/channel-0/2`, 'consent-1', s.main],
    ['recv', `${s.health}/channel-0/3`, 'consent-2', s.main],
    ['recv', `${s.health}/channel-0/4`, 'after-restart', s.main],
  ]);
  for (const d of decoded) expect(d.proofHeight).toBeGreaterThan(0n);
}

describe('watcher and planner on BullMQ and JetStream', () => {
  it('behavior: 3 packets yield exactly 3 recv jobs with the contract ids; a restarted watcher resumes after its cursor', async () => {
    await threePacketsThenRestart(await begin(await distributed()));
  });

  it('behavior: a replay from scratch is de-duplicated by message id and adds no job', async () => {
    const s = await begin(await distributed());
    const first = await s.watcher(s.health, 'a');
    await s.planner();
    for (let i = 0; i < 3; i += 1) await s.send();
    await waitUntil('3 recv jobs', async () => (await s.waiting(s.main)) === 3);
    const firstStats = first.stats;
    await first.stop();
    await s.drivers.bus.deleteKv(s.cursorsBucket);
    const replay = await s.watcher(s.health, 'b');
    await waitUntil('replayed', () => replay.stats.duplicates === firstStats.published);
    expect(replay.stats.published).toBe(0);
    expect(await s.waiting(s.main)).toBe(3);
  });

  it('behavior: a second watcher stays idle while the first holds the lease and takes over when it stops', async () => {
    const s = await begin(await distributed());
    const first = await s.watcher(s.health, 'first');
    await waitUntil('first leads', () => first.leading);
    const second = await s.watcher(s.health, 'second');
    await s.planner();
    await s.send();
    await waitUntil('1 job', async () => (await s.waiting(s.main)) === 1);
    expect(second.leading).toBe(false);
    expect(second.stats).toEqual({ published: 0, duplicates: 0 });

    await first.stop();
    await waitUntil('second leads', () => second.leading);
    await s.send();
    await waitUntil('2 jobs', async () => (await s.waiting(s.main)) === 2);
    expect(second.stats.published).toBe(1);
  });

  it('behavior: a lease whose holder stopped renewing expires and a waiting watcher takes over', async () => {
    const s = await begin(await distributed());
    const leases = await s.drivers.bus.kv(s.leasesBucket, { ttlMs: 600 });
    const dead = new ChainLease(leases, s.health, 'crashed-process');
    expect(await dead.tryAcquire()).toBe(true);
    const waiting = await s.watcher(s.health, 'survivor', 600);
    await s.planner();
    await s.send();
    expect(waiting.leading).toBe(false);
    await waitUntil('lease expired and taken over', () => waiting.leading);
    await waitUntil('1 job', async () => (await s.waiting(s.main)) === 1);
    expect(await dead.renew()).toBe(false);
  });

  it('error: a Ledger stream that fails is reconnected and resumes after the stored cursor', async () => {
    const s = await begin(await distributed());
    await s.planner();
    await s.send();
    const real = s.ledgers.health;
    let calls = 0;
    const flaky: Ledger = {
      getChainInfo: (req, ctx) => real.getChainInfo(req, ctx),
      getLatestHeight: (req, ctx) => real.getLatestHeight(req, ctx),
      getClientMessage: (req, ctx) => real.getClientMessage(req, ctx),
      queryProof: (req, ctx) => real.queryProof(req, ctx),
      submit: (req, ctx) => real.submit(req, ctx),
      queryClient: (req, ctx) => real.queryClient(req, ctx),
      streamEvents: (req, ctx) => {
        calls += 1;
        if (calls > 2) return real.streamEvents(req, ctx);
        return (async function* (): AsyncGenerator<v1.StreamEventsResponse> {
          yield* [];
          throw new IsthmusError('UNAVAILABLE_FOR_TEST', 'endpoint down', { category: 'unavailable' });
        })();
      },
    };
    const watcher = await s.watcher(s.health, 'a', 3_000, flaky);
    await waitUntil('1 job', async () => (await s.waiting(s.main)) === 1);
    await s.send();
    await waitUntil('2 jobs', async () => (await s.waiting(s.main)) === 2);
    expect(calls).toBe(3);
    expect(watcher.stats).toEqual({ published: 2, duplicates: 0 });
  });

  it('behavior: two planners on one durable add each job once', async () => {
    const s = await begin(await distributed());
    await s.watcher(s.health, 'a');
    const planners = [await s.planner(), await s.planner()];
    for (let i = 0; i < 6; i += 1) await s.send();
    await waitUntil('6 jobs', async () => (await s.waiting(s.main)) === 6);
    await waitUntil('all planned', async () => (await s.status.list()).length === 6);
    const added = planners.reduce((sum, p) => sum + p.stats.added, 0);
    expect(added).toBe(6);
  });

  it('behavior: a denied channel yields no job and no status', async () => {
    const s = await begin(await distributed());
    await s.watcher(s.health, 'a');
    const planner = await s.planner({ deny: [{ channel: `${s.health}/channel-1` }] });
    await s.send('channel-1', 'filtered');
    await s.send('channel-0', 'relayed');
    await waitUntil('1 job', async () => (await s.waiting(s.main)) === 1);
    await waitUntil('filtered', () => planner.stats.filtered === 1);
    expect((await s.drain(s.main, 1)).map((j) => j.id)).toEqual([`${s.health}/channel-0/1/recv`]);
    expect((await s.status.list()).map((r) => r.id)).toEqual([`${s.health}/channel-0/1`]);
  });

  it('behavior: a WRITE_ACK on the destination yields the ack job on the source queue', async () => {
    const s = await begin(await distributed());
    await s.watcher(s.health, 'h');
    await s.watcher(s.main, 'm');
    await s.planner();
    const sequence = await s.send('channel-0', 'consent');
    await waitUntil('recv job', async () => (await s.waiting(s.main)) === 1);
    const [recv] = await s.drain(s.main, 1);
    const packet = decodeDeliverJob(recv?.data ?? ({} as DeliverJobData)).packet;
    s.chains.health.produceBlock();
    const proof = await provenOn(
      s.ledgers.main,
      s.clientOnMain,
      s.ledgers.health,
      commitmentPath('channel-0', sequence),
    );
    const [result] = await submit(s.ledgers.main, {
      recvPacket: { packet, proofCommitment: proof.proof ?? null },
    });
    expect(result?.code).toBe(v1.ResultCode.RESULT_CODE_OK);

    await waitUntil('ack job', async () => (await s.waiting(s.health)) === 1);
    const [ackJob] = await s.drain(s.health, 1);
    expect(ackJob?.id).toBe(`${s.health}/channel-0/${sequence}/ack`);
    const decoded = decodeDeliverJob(ackJob?.data ?? ({} as DeliverJobData));
    expect(decoded.acknowledgement?.result?.length).toBeGreaterThan(0);
    expect(decoded.proofHeight).toBeGreaterThan(0n);
    await waitUntil(
      'received',
      async () => (await s.status.get(`${s.health}/channel-0/${sequence}`))?.status === 'received',
    );
  });
});

describe('watcher and planner on the in-process drivers', () => {
  it('behavior: 3 packets yield exactly 3 recv jobs with the contract ids; a restarted watcher resumes after its cursor', async () => {
    await threePacketsThenRestart(await begin(embedded()));
  });
});
