/**
 * Clearing between two devnets over real gRPC (health-1 -> mainchain-1):
 * packets sent while no relayer ran are found as recv jobs in sequence
 * order; after some are delivered by hand (with the jobs' own packets, so
 * the chain checks them against the commitments) clearing finds exactly
 * the rest, and the received ones as ack jobs whose acknowledgement the
 * source accepts; ordered channels too; a packet past its timeout is
 * planned as timeout; a destination answering UNAVAILABLE gives a typed,
 * retryable error and leaves the other paths cleared.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import type { LedgerClient, Ledger } from '../../../../adapters/index.js';
import { DevnetLedger, type DevnetChain } from '../../../../adapters/devnet/index.js';
import {
  ackPath,
  commitmentPath,
  decodeU64,
  nextSequenceRecvPath,
  receiptPath,
} from '../../../../adapters/devnet/packets/index.js';
import { IsthmusError } from '../../../../light-clients/index.js';
import { fromU64, toU64, v1 } from '../../../../proto/index.js';
import {
  clearPath,
  clearPaths,
  type ClearingPath,
  type RelayJob,
} from '../../../../relayer/clearing/index.js';
import {
  chainPair,
  createClient,
  height,
  OK,
  provenOn,
  SECOND,
  submit,
  submitOk,
  text,
} from '../../../unit/devnet/packets/relay-steps.js';
import { serveLedger } from '../../../support/ledger-server.js';

const logger = pino({ level: 'silent' });
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

interface Served {
  readonly client: LedgerClient;
  close(): Promise<void>;
}

/** `ledger` on a loopback gRPC port; the client does not retry, so a failure shows at once. */
async function serve(ledger: Ledger): Promise<Served> {
  return serveLedger(ledger, { retry: { maxAttempts: 1 } });
}

/** A chain whose proofs cannot be read: its node answers UNAVAILABLE. */
function unavailableProofs(chain: DevnetChain): Ledger {
  const inner = new DevnetLedger(chain);
  return {
    getChainInfo: inner.getChainInfo.bind(inner),
    getLatestHeight: inner.getLatestHeight.bind(inner),
    getClientMessage: inner.getClientMessage.bind(inner),
    streamEvents: inner.streamEvents.bind(inner),
    submit: inner.submit.bind(inner),
    queryClient: inner.queryClient.bind(inner),
    queryProof: () =>
      Promise.reject(
        new IsthmusError('NODE_UNAVAILABLE', 'the node is restarting', { category: 'unavailable' }),
      ),
  };
}

describe('clearing over gRPC between two devnets', () => {
  const [health, main] = chainPair('health-1', 'mainchain-1');
  let healthApi: Served;
  let mainApi: Served;
  let downApi: Served;
  let h: LedgerClient;
  let m: LedgerClient;
  let clientOfHealth = '';
  let clientOfMain = '';
  let channels = 0;

  /** Opens `channel-n` on both chains towards each other; the path health -> mainchain over it. */
  async function openPath(ordering: 'unordered' | 'ordered'): Promise<ClearingPath> {
    const channel = `channel-${channels++}`;
    const wire = ordering === 'ordered' ? v1.Ordering.ORDERING_ORDERED : v1.Ordering.ORDERING_UNORDERED;
    const open = async (api: LedgerClient, counterparty: string, clientId: string): Promise<string> =>
      text(
        (
          await submitOk(api, {
            openChannel: {
              app: 'records',
              counterpartyChainId: counterparty,
              counterpartyChannelId: channel,
              clientId,
              ordering: wire,
            },
          })
        ).data,
      );
    expect(await open(h, 'mainchain-1', clientOfMain)).toBe(channel);
    expect(await open(m, 'health-1', clientOfHealth)).toBe(channel);
    return { source: { chain: 'health-1', channel }, dest: { chain: 'mainchain-1', channel }, ordering };
  }

  /** Sends records on health ("no relayer ran"); returns their sequences. */
  async function send(path: ClearingPath, count: number, timeout: v1.ISendPacket = {}): Promise<bigint[]> {
    const sequences: bigint[] = [];
    for (let i = 0; i < count; i++) {
      const res = await submitOk(h, {
        sendPacket: {
          sourceChannel: path.source.channel,
          app: 'records',
          payload: utf8(`consent record ${i}`),
          timeoutTimestampNs: toU64((health.latestBlock?.timeNs ?? 0n) + 3600n * SECOND),
          ...timeout,
        },
      });
      sequences.push(BigInt(text(res.data)));
    }
    return sequences;
  }

  const clear = (path: ClearingPath, dest: Ledger = m): Promise<RelayJob[]> =>
    clearPath({ path, source: h, dest, logger });
  const summary = (jobs: readonly RelayJob[]): string[] => jobs.map((j) => j.jobId);

  /** Delivers a recv job by hand, as a worker would; returns the acknowledgement written. */
  async function deliver(job: RelayJob): Promise<v1.Acknowledgement> {
    health.produceBlock();
    const seq = fromU64(job.packet.sequence);
    const proof = await provenOn(m, clientOfHealth, h, commitmentPath(job.packet.sourceChannel ?? '', seq));
    const [result] = await submit(m, {
      recvPacket: { packet: job.packet, proofCommitment: proof.proof ?? null },
    });
    expect(result?.code).toBe(OK);
    // The receipt is provable once the next block commits it, as on a live chain.
    main.produceBlock();
    return v1.Acknowledgement.decode(result?.data ?? new Uint8Array(0));
  }

  /** Proves an ack job's acknowledgement back to health. */
  async function acknowledge(job: RelayJob): Promise<void> {
    main.produceBlock();
    const seq = fromU64(job.packet.sequence);
    const proof = await provenOn(h, clientOfMain, m, ackPath(job.packet.destChannel ?? '', seq));
    const [result] = await submit(h, {
      acknowledgePacket: {
        packet: job.packet,
        acknowledgement: job.acknowledgement ?? null,
        proofAcked: proof.proof ?? null,
      },
    });
    expect(result?.code).toBe(OK);
    health.produceBlock();
  }

  beforeAll(async () => {
    healthApi = await serve(new DevnetLedger(health));
    mainApi = await serve(new DevnetLedger(main));
    downApi = await serve(unavailableProofs(main));
    h = healthApi.client;
    m = mainApi.client;
    for (let i = 0; i < 2; i++) {
      health.produceBlock();
      main.produceBlock();
    }
    clientOfHealth = await createClient(m, h);
    clientOfMain = await createClient(h, m);
  });

  afterAll(async () => {
    await healthApi.close();
    await mainApi.close();
    await downApi.close();
  });

  it('behavior: packets sent while no relayer ran are found as recv jobs in sequence order', async () => {
    const path = await openPath('unordered');
    const sequences = await send(path, 5);
    const jobs = await clear(path);
    expect(summary(jobs)).toEqual(sequences.map((s) => `health-1/${path.source.channel}/${s}/recv`));
    expect(jobs.map((j) => text(j.packet.payload))).toEqual(
      [0, 1, 2, 3, 4].map((i) => `consent record ${i}`),
    );
    expect(jobs.every((j) => j.packet.destChain === 'mainchain-1' && j.acknowledgement === undefined)).toBe(
      true,
    );
  });

  it('behavior: with chunkSize, rounds of jobs reach onJobs in sequence order and add up to the result', async () => {
    const path = await openPath('unordered');
    await send(path, 5);
    const rounds: string[][] = [];
    const jobs = await clearPath({
      path,
      source: h,
      dest: m,
      chunkSize: 2,
      onJobs: (js) => void rounds.push(summary(js)),
    });
    const ch = path.source.channel;
    expect(rounds).toEqual([
      [`health-1/${ch}/1/recv`, `health-1/${ch}/2/recv`],
      [`health-1/${ch}/3/recv`, `health-1/${ch}/4/recv`],
      [`health-1/${ch}/5/recv`],
    ]);
    expect(rounds.flat()).toEqual(summary(jobs));
  });

  it('behavior: packets the config filters out are not planned; the same rules as the planner', async () => {
    const path = await openPath('unordered');
    await send(path, 3);
    const ch = path.source.channel;
    const denied = await clearPath({
      path,
      source: h,
      dest: m,
      filter: { deny: [{ channel: `health-1/${ch}` }] },
    });
    expect(denied).toEqual([]);
    const otherApp = await clearPath({
      path,
      source: h,
      dest: m,
      filter: { allow: [{ app: 'credentials' }] },
    });
    expect(otherApp).toEqual([]);
    const allowed = await clearPath({
      path,
      source: h,
      dest: m,
      filter: { allow: [{ channel: ch, app: 'records' }] },
    });
    expect(summary(allowed)).toEqual([1, 2, 3].map((s) => `health-1/${ch}/${s}/recv`));
  });

  it('behavior: after some are delivered, clearing finds exactly the rest, and the received ones as ack jobs', async () => {
    const path = await openPath('unordered');
    await send(path, 5);
    const first = await clear(path);
    const acks = new Map<string, v1.Acknowledgement>();
    for (const job of [first[0], first[2]]) if (job) acks.set(job.jobId, await deliver(job));

    const second = await clear(path);
    const ch = path.source.channel;
    expect(summary(second)).toEqual([
      `health-1/${ch}/1/ack`,
      `health-1/${ch}/2/recv`,
      `health-1/${ch}/3/ack`,
      `health-1/${ch}/4/recv`,
      `health-1/${ch}/5/recv`,
    ]);
    // The ack jobs carry the acknowledgements the destination wrote, and the source accepts them.
    expect(second[0]?.acknowledgement?.result).toEqual(acks.get(`health-1/${ch}/1/recv`)?.result);
    const ackJob = second[0];
    if (!ackJob) throw new Error('no ack job');
    await acknowledge(ackJob);

    const third = await clear(path);
    expect(summary(third)).toEqual([
      `health-1/${ch}/2/recv`,
      `health-1/${ch}/3/ack`,
      `health-1/${ch}/4/recv`,
      `health-1/${ch}/5/recv`,
    ]);
  });

  it('behavior: an ordered channel is cleared in order, by its nextSequenceRecv', async () => {
    const path = await openPath('ordered');
    await send(path, 3);
    const first = await clear(path);
    const ch = path.source.channel;
    expect(summary(first)).toEqual([1, 2, 3].map((s) => `health-1/${ch}/${s}/recv`));
    if (!first[0]) throw new Error('no job');
    await deliver(first[0]);
    expect(decodeU64((await m.queryProof({ path: nextSequenceRecvPath(ch) })).value, 0n)).toBe(2n);
    expect(summary(await clear(path))).toEqual([
      `health-1/${ch}/1/ack`,
      `health-1/${ch}/2/recv`,
      `health-1/${ch}/3/recv`,
    ]);
  });

  it('behavior: a packet past its timeout height on the destination is planned as timeout, and the source accepts it', async () => {
    const path = await openPath('unordered');
    const timeoutAt = main.latestHeight + 2n;
    const [timedOut] = await send(path, 1, { timeoutHeight: height(1n, timeoutAt), timeoutTimestampNs: 0 });
    const [live] = await send(path, 1);
    const ch = path.source.channel;
    expect(summary(await clear(path))).toEqual([
      `health-1/${ch}/${timedOut}/recv`,
      `health-1/${ch}/${live}/recv`,
    ]);

    for (let i = 0; i < 5 && main.latestHeight <= timeoutAt; i++) main.produceBlock();
    const jobs = await clear(path);
    expect(summary(jobs)).toEqual([`health-1/${ch}/${timedOut}/timeout`, `health-1/${ch}/${live}/recv`]);

    const job = jobs[0];
    if (!job) throw new Error('no timeout job');
    const proof = await provenOn(h, clientOfMain, m, receiptPath(ch, fromU64(job.packet.sequence)));
    expect(proof.exists).toBe(false);
    const [result] = await submit(h, {
      timeoutPacket: { packet: job.packet, proofUnreceived: proof.proof ?? null },
    });
    expect(result?.code).toBe(OK);
    health.produceBlock();
    expect(summary(await clear(path))).toEqual([`health-1/${ch}/${live}/recv`]);
  });

  it('error: a destination answering UNAVAILABLE gives CLEARING_LEDGER_FAILED, retryable; other paths still clear', async () => {
    const path = await openPath('unordered');
    await send(path, 2);
    const failure = await clear(path, downApi.client).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(IsthmusError);
    expect(failure).toMatchObject({
      code: 'CLEARING_LEDGER_FAILED',
      category: 'unavailable',
      retryable: true,
      context: { chainId: 'mainchain-1', operation: 'queryProof', causeCode: 'NODE_UNAVAILABLE' },
    });

    const healthy = await openPath('unordered');
    await send(healthy, 1);
    const results = await clearPaths({
      paths: [path, healthy],
      ledgerOf: (chainId) => (chainId === 'health-1' ? h : downApi.client),
      logger,
    });
    expect(results.map((r) => ('error' in r ? r.error.code : r.jobs.length))).toEqual([
      'CLEARING_LEDGER_FAILED',
      'CLEARING_LEDGER_FAILED',
    ]);
    const mixed = await clearPaths({
      paths: [path, healthy],
      ledgerOf: (chainId) => (chainId === 'health-1' ? h : chainId === 'mainchain-1' ? m : undefined),
      logger,
    });
    expect(mixed.map((r) => ('error' in r ? r.error.code : summary(r.jobs)))).toEqual([
      [`health-1/${path.source.channel}/1/recv`, `health-1/${path.source.channel}/2/recv`],
      [`health-1/${healthy.source.channel}/1/recv`],
    ]);
  });
});
