/**
 * The worker role against two devnets (health-1 -> mainchain-1, the packet
 * module with no block timer) served over gRPC on loopback, consuming
 * `deliver:<chain>` on BullMQ (the harness's real redis-server) and, for
 * the main scenario, on the in-process queue: recv jobs added by hand in
 * the planner's job shape are delivered in ONE batch and acknowledged back
 * by a second worker; re-adding a job id is a no-op; a lying source ends in
 * permanent dead letters with the light client's code, an alert and no
 * submission; an unavailable source is retried until it works; two workers
 * (on one queue, or two relayers on two queues) execute each packet once
 * on chain and count the other's work as redundant, never as a failure.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { DevnetLedger, receiptPath, type DevnetChain } from '../../../../adapters/devnet/index.js';
import type { LedgerClient } from '../../../../adapters/index.js';
import { type Ledger } from '../../../../adapters/index.js';
import { IsthmusError } from '../../../../light-clients/index.js';
import { fromU64, toU64, v1 } from '../../../../proto/index.js';
import { relayJobId, type ClearingStep } from '../../../../relayer/clearing/index.js';
import { BullMqQueue, MemoryQueue, type Queue } from '../../../../relayer/drivers/index.js';
import { MemoryAlerts } from '../../../../relayer/roles/alerts.js';
import { deliverJob, deliverQueue } from '../../../../relayer/roles/jobs.js';
import { startWorker, type Worker, type WorkerCounts } from '../../../../relayer/roles/worker/index.js';
import { InMemoryStatusStore } from '../../../../relayer/status/index.js';
import { testServers, uniqueName } from '../../../support/env.js';
import {
  chainPair,
  createClient,
  eventsOf,
  SECOND,
  submitOk,
  text,
} from '../../../unit/devnet/packets/relay-steps.js';
import { countingLedger, wrapLedger } from '../delivery/ledger-wrappers.js';
import { waitUntil } from '../drivers/wait.js';
import { serveLedger, type ServedLedger } from '../../../support/ledger-server.js';

const logger = pino({ level: 'silent' });
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const MAIN = 'mainchain-1';
const HEALTH = 'health-1';

/** The proof with its last byte flipped: the bytes no longer hash to the root. */
function flipLastByte(res: v1.QueryProofResponse): v1.QueryProofResponse {
  const bytes = Uint8Array.from(res.proof?.bytes ?? []);
  bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
  return v1.QueryProofResponse.create({ ...res, proof: { ...res.proof, bytes } });
}

/**
 * A queue of its own: BullMQ under a per-test key prefix (queue names are
 * fixed by chain id; two drivers on one prefix are two processes sharing a
 * queue), or in memory.
 */
type QueueKind = 'bullmq' | 'memory';
function openQueue(kind: QueueKind, prefix = uniqueName('isthmus-worker')): Queue {
  if (kind === 'memory') return new MemoryQueue({ logger });
  return new BullMqQueue({ url: testServers().redisUrl, logger, prefix, blockMs: 50 });
}

describe('worker role between two devnets over gRPC', () => {
  const [health, main] = chainPair(HEALTH, MAIN);
  const served: ServedLedger[] = [];
  let h: LedgerClient;
  let m: LedgerClient;
  let clientOfHealth = '';
  let clientOfMain = '';

  async function serve(chain: DevnetChain): Promise<LedgerClient> {
    const s = await serveLedger(new DevnetLedger(chain), { retry: { maxAttempts: 1 } });
    served.push(s);
    return s.client;
  }

  /** A time both chains' headers are in the past of (one shared clock, a second per block). */
  const now = (): bigint => {
    const a = health.latestBlock?.timeNs ?? 0n;
    const b = main.latestBlock?.timeNs ?? 0n;
    return (a > b ? a : b) + SECOND;
  };

  /** Sends `payloads` on health's channel-0 and commits them under a header; the SEND_PACKET events. */
  async function send(...payloads: string[]): Promise<v1.IChainEvent[]> {
    const sequences: bigint[] = [];
    for (const payload of payloads) {
      const res = await submitOk(h, {
        sendPacket: {
          sourceChannel: 'channel-0',
          app: 'records',
          payload: utf8(payload),
          timeoutTimestampNs: toU64((health.latestBlock?.timeNs ?? 0n) + 3600n * SECOND),
        },
      });
      sequences.push(BigInt(text(res.data)));
    }
    health.produceBlock();
    const events = await eventsOf(h, v1.EventKind.EVENT_KIND_SEND_PACKET);
    return sequences.map((seq) => {
      const event = events.find((e) => fromU64(e.packet?.sequence) === seq);
      if (!event) throw new Error(`no SEND_PACKET of sequence ${seq}`);
      return event;
    });
  }

  /** mainchain's WRITE_ACK events of `sent`, committed under a header. */
  async function written(sent: v1.IChainEvent[]): Promise<v1.IChainEvent[]> {
    main.produceBlock();
    const events = await eventsOf(m, v1.EventKind.EVENT_KIND_WRITE_ACK);
    return sent.map((s) => {
      const event = events.find((e) => fromU64(e.packet?.sequence) === fromU64(s.packet?.sequence));
      if (!event) throw new Error(`no WRITE_ACK of sequence ${fromU64(s.packet?.sequence)}`);
      return event;
    });
  }

  /** Adds the `step` job of each event in the planner's shape; whether each was new. */
  async function enqueue(queue: Queue, step: ClearingStep, events: v1.IChainEvent[]): Promise<boolean[]> {
    const added: boolean[] = [];
    for (const event of events) {
      const packet = event.packet ?? {};
      const job = deliverJob(
        {
          jobId: relayJobId(packet, step),
          step,
          packet,
          ...(event.acknowledgement ? { acknowledgement: event.acknowledgement } : {}),
        },
        fromU64(event.cursor?.height?.height),
      );
      const res = await queue.add(job.queue, step, job.data, {
        jobId: job.jobId,
        attempts: 4,
        backoff: { delayMs: 20, jitter: 0.5 },
      });
      added.push(res.added);
    }
    return added;
  }

  interface Opened {
    readonly worker: Worker;
    readonly submissions: v1.ISubmitRequest[];
    readonly alerts: MemoryAlerts;
  }

  /** A worker submitting to mainchain, proven by `source` (default health's honest endpoint). */
  function mainWorker(queue: Queue, source: Ledger = h, status?: InMemoryStatusStore): Opened {
    const counted = countingLedger(m);
    const alerts = new MemoryAlerts();
    const worker = startWorker({
      queue,
      destChainId: MAIN,
      dest: counted.ledger,
      sources: new Map([[HEALTH, source]]),
      clientIds: new Map([[HEALTH, clientOfHealth]]),
      concurrency: 2,
      batchSize: 10,
      batchDelayMs: 100,
      alerts,
      ...(status ? { statusStore: status } : {}),
      logger,
      now,
    });
    return { worker, submissions: counted.submissions, alerts };
  }

  /** A worker submitting acks and timeouts to health, proven by mainchain. */
  function healthWorker(queue: Queue, status?: InMemoryStatusStore): Opened {
    const counted = countingLedger(h);
    const alerts = new MemoryAlerts();
    const worker = startWorker({
      queue,
      destChainId: HEALTH,
      dest: counted.ledger,
      sources: new Map([[MAIN, m]]),
      clientIds: new Map([[MAIN, clientOfMain]]),
      concurrency: 1,
      batchSize: 10,
      batchDelayMs: 100,
      alerts,
      ...(status ? { statusStore: status } : {}),
      logger,
      now,
    });
    return { worker, submissions: counted.submissions, alerts };
  }

  /** Closes the workers, empties the queues and closes them: every test's cleanup. */
  async function cleanup(workers: Opened[], queues: Queue[]): Promise<void> {
    await Promise.all(workers.map((w) => w.worker.close()));
    for (const queue of queues) {
      await queue.obliterate(deliverQueue(MAIN));
      await queue.obliterate(deliverQueue(HEALTH));
      await queue.close();
    }
  }

  /** RECV_PACKET events mainchain emitted for `sent`: one per packet executed. */
  async function recvEventsOf(sent: v1.IChainEvent[]): Promise<number[]> {
    const recvs = await eventsOf(m, v1.EventKind.EVENT_KIND_RECV_PACKET);
    return sent.map(
      (s) =>
        recvs.filter(
          (r) =>
            r.packet?.sourceChain === HEALTH && fromU64(r.packet.sequence) === fromU64(s.packet?.sequence),
        ).length,
    );
  }

  const recvMessages = (req: v1.ISubmitRequest | undefined): number =>
    (req?.messages ?? []).filter((msg) => msg.recvPacket).length;

  beforeAll(async () => {
    h = await serve(health);
    m = await serve(main);
    for (let i = 0; i < 2; i++) {
      health.produceBlock();
      main.produceBlock();
    }
    clientOfHealth = await createClient(m, h);
    clientOfMain = await createClient(h, m);
    const open = async (api: Ledger, counterparty: string, clientId: string): Promise<string> =>
      text(
        (
          await submitOk(api, {
            openChannel: {
              app: 'records',
              counterpartyChainId: counterparty,
              counterpartyChannelId: 'channel-0',
              clientId,
              ordering: v1.Ordering.ORDERING_UNORDERED,
            },
          })
        ).data,
      );
    expect([await open(h, MAIN, clientOfMain), await open(m, HEALTH, clientOfHealth)]).toEqual([
      'channel-0',
      'channel-0',
    ]);
  });

  afterAll(async () => {
    await Promise.all(served.map((s) => s.close()));
  });

  const deliversAndAcks = async (kind: QueueKind): Promise<void> => {
    const queue = openQueue(kind);
    const status = new InMemoryStatusStore();
    const opened: Opened[] = [];
    try {
      const sent = await send('blood type O+', 'allergy: penicillin', 'vaccinated');
      expect(await enqueue(queue, 'recv', sent)).toEqual([true, true, true]);
      const toMain = mainWorker(queue, h, status);
      opened.push(toMain);
      await waitUntil('3 delivered on mainchain', () => toMain.worker.counts().delivered === 3);
      expect(toMain.submissions).toHaveLength(1);
      expect(recvMessages(toMain.submissions[0])).toBe(3);
      expect(await recvEventsOf(sent)).toEqual([1, 1, 1]);
      for (const s of sent) {
        const record = await status.get(`${HEALTH}/channel-0/${fromU64(s.packet?.sequence)}`);
        expect(record?.status).toBe('received');
        expect(record?.hops.at(-1)).toMatchObject({ chainId: MAIN, step: 'recv' });
        expect(record?.hops.at(-1)?.txId).toMatch(/^[0-9A-Fa-f]+$/);
      }

      const toHealth = healthWorker(queue, status);
      opened.push(toHealth);
      expect(await enqueue(queue, 'ack', await written(sent))).toEqual([true, true, true]);
      await waitUntil('3 acks on health', () => toHealth.worker.counts().delivered === 3);
      expect(toHealth.submissions).toHaveLength(1);
      for (const s of sent) {
        const record = await status.get(`${HEALTH}/channel-0/${fromU64(s.packet?.sequence)}`);
        expect(record?.status).toBe('acknowledged');
      }

      // The same job ids again: the queue holds them (done), nothing is added or run.
      expect(await enqueue(queue, 'recv', sent)).toEqual([false, false, false]);
      expect(await queue.counts(deliverQueue(MAIN))).toMatchObject({ waiting: 0, active: 0, delayed: 0 });
      expect(toMain.worker.counts()).toEqual({ delivered: 3, redundant: 0, retried: 0, permanent: 0 });
      expect(toHealth.worker.counts()).toEqual({ delivered: 3, redundant: 0, retried: 0, permanent: 0 });
      expect([...toMain.alerts.alerts, ...toHealth.alerts.alerts]).toEqual([]);
    } finally {
      await cleanup(opened, [queue]);
    }
  };

  it('behavior: on BullMQ, 3 recv jobs are delivered in ONE submission, acked back by a second worker, and re-adding them is a no-op', async () => {
    await deliversAndAcks('bullmq');
  });

  it('behavior: on the in-process queue, the same scenario', async () => {
    await deliversAndAcks('memory');
  });

  it('error: a source that forges proofs dead-letters the jobs as permanent with PROOF_INVALID, raises alerts, submits nothing', async () => {
    const queue = openQueue('bullmq');
    const status = new InMemoryStatusStore();
    const opened: Opened[] = [];
    try {
      const sent = await send('genuine record a', 'genuine record b');
      const forging = wrapLedger(h, {
        queryProof: async (req, ctx) => flipLastByte(await h.queryProof(req, ctx)),
      });
      await enqueue(queue, 'recv', sent);
      const lied = mainWorker(queue, forging, status);
      opened.push(lied);
      await waitUntil(
        '2 dead letters',
        async () => (await queue.deadLetters(deliverQueue(MAIN))).length === 2,
      );
      const dead = await queue.deadLetters(deliverQueue(MAIN));
      expect(dead.map((d) => [d.permanent, d.attemptsMade])).toEqual([
        [true, 1],
        [true, 1],
      ]);
      for (const d of dead) expect(d.reason).toMatch(/^PROOF_INVALID: /);
      expect(lied.alerts.alerts.map((a) => a.code)).toEqual(['PROOF_INVALID', 'PROOF_INVALID']);
      expect(lied.alerts.alerts[0]?.context).toMatchObject({ destChain: MAIN, step: 'recv' });
      expect(lied.submissions).toHaveLength(0);
      expect(lied.worker.counts()).toEqual({ delivered: 0, redundant: 0, retried: 0, permanent: 2 });
      for (const s of sent) {
        const seq = fromU64(s.packet?.sequence);
        expect((await m.queryProof({ path: receiptPath('channel-0', seq) })).exists).toBe(false);
        expect((await status.get(`${HEALTH}/channel-0/${seq}`))?.status).toBe('failed');
      }
    } finally {
      await cleanup(opened, [queue]);
    }
  });

  it('error: a job whose data does not decode is dead-lettered as WORKER_BAD_JOB with an alert; the rest of its batch is delivered', async () => {
    const queue = openQueue('bullmq');
    const opened: Opened[] = [];
    try {
      const sent = await send('good record');
      await queue.add(
        deliverQueue(MAIN),
        'recv',
        { step: 'recv', packetId: 'x/y/1', packet: '!', proofHeight: 'no' },
        {
          jobId: 'health-1/channel-0/999999/recv',
        },
      );
      await enqueue(queue, 'recv', sent);
      const worker = mainWorker(queue);
      opened.push(worker);
      await waitUntil('1 delivered, 1 dead', () => {
        const c = worker.worker.counts();
        return c.delivered === 1 && c.permanent === 1;
      });
      const [dead] = await queue.deadLetters(deliverQueue(MAIN));
      expect(dead).toMatchObject({ id: 'health-1/channel-0/999999/recv', permanent: true });
      expect(dead?.reason).toMatch(/^WORKER_BAD_JOB: /);
      expect(worker.alerts.alerts.map((a) => a.code)).toEqual(['WORKER_BAD_JOB']);
      expect(await recvEventsOf(sent)).toEqual([1]);
    } finally {
      await cleanup(opened, [queue]);
    }
  });

  it('error: a source that answers UNAVAILABLE twice is retried with backoff, then the job is delivered', async () => {
    const queue = openQueue('bullmq');
    const opened: Opened[] = [];
    try {
      const sent = await send('retry me');
      let failures = 0;
      const flaky = wrapLedger(h, {
        queryProof: (req, ctx) => {
          if (failures < 2) {
            failures += 1;
            return Promise.reject(
              new IsthmusError('UNAVAILABLE', 'endpoint down', { category: 'unavailable' }),
            );
          }
          return h.queryProof(req, ctx);
        },
      });
      await enqueue(queue, 'recv', sent);
      const worker = mainWorker(queue, flaky);
      opened.push(worker);
      await waitUntil('delivered after retries', () => worker.worker.counts().delivered === 1);
      expect(worker.worker.counts()).toEqual({ delivered: 1, redundant: 0, retried: 2, permanent: 0 });
      expect(worker.submissions).toHaveLength(1);
      expect(await queue.deadLetters(deliverQueue(MAIN))).toEqual([]);
      expect(worker.alerts.alerts).toEqual([]);
      expect(await recvEventsOf(sent)).toEqual([1]);
    } finally {
      await cleanup(opened, [queue]);
    }
  });

  it('behavior: two workers on one queue deliver each packet once on chain', async () => {
    // Two processes: two drivers, each with its own connections, on one Redis key prefix.
    const prefix = uniqueName('isthmus-worker');
    const queues = [openQueue('bullmq', prefix), openQueue('bullmq', prefix)];
    const [first, second] = queues as [Queue, Queue];
    const opened: Opened[] = [];
    try {
      const sent = await send('consent 1', 'consent 2', 'consent 3', 'consent 4');
      await enqueue(first, 'recv', sent);
      opened.push(mainWorker(first), mainWorker(second));
      const total = (key: keyof WorkerCounts): number =>
        opened.reduce((n, w) => n + w.worker.counts()[key], 0);
      await waitUntil('4 done', () => total('delivered') + total('redundant') === 4);
      expect(total('delivered')).toBe(4);
      expect(total('permanent')).toBe(0);
      expect(await recvEventsOf(sent)).toEqual([1, 1, 1, 1]);
      expect(await first.deadLetters(deliverQueue(MAIN))).toEqual([]);
    } finally {
      await cleanup(opened, queues);
    }
  });

  it('behavior: two relayers with the same jobs on two queues execute each packet once; the other answer counts as redundant', async () => {
    const queues = [openQueue('bullmq'), openQueue('bullmq')];
    const opened: Opened[] = [];
    try {
      const sent = await send('verification 1', 'verification 2', 'verification 3');
      for (const queue of queues) expect(await enqueue(queue, 'recv', sent)).toEqual([true, true, true]);
      for (const queue of queues) opened.push(mainWorker(queue));
      const total = (key: keyof WorkerCounts): number =>
        opened.reduce((n, w) => n + w.worker.counts()[key], 0);
      await waitUntil('both relayers done', () => total('delivered') + total('redundant') === 6);
      expect(total('delivered')).toBe(3);
      expect(total('redundant')).toBe(3);
      expect(total('permanent')).toBe(0);
      expect(await recvEventsOf(sent)).toEqual([1, 1, 1]);
      for (const queue of queues) expect(await queue.deadLetters(deliverQueue(MAIN))).toEqual([]);
      expect(opened.flatMap((w) => w.alerts.alerts)).toEqual([]);
    } finally {
      await cleanup(opened, queues);
    }
  });
});
