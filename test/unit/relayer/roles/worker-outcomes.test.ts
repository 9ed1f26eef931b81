/**
 * The worker's pure parts: a delivery outcome as a queue outcome (with the
 * code first in the reason a dead letter keeps), the counts it feeds, the
 * packet status it reports, job data decoded into a step, and the alert
 * sinks.
 */
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { IsthmusError } from '../../../../light-clients/index.js';
import { toU64, v1 } from '../../../../proto/index.js';
import type { DeliveryOutcome, DeliveryReport, DeliveryStep } from '../../../../relayer/delivery/index.js';
import { LoggerAlerts, MemoryAlerts } from '../../../../relayer/roles/alerts.js';
import { deliverJob } from '../../../../relayer/roles/jobs.js';
import { WorkerCounters } from '../../../../relayer/roles/worker/counters.js';
import { DELIVERY_FAILED, jobOutcome } from '../../../../relayer/roles/worker/job-outcome.js';
import { badJobError, deliveryStep, WORKER_BAD_JOB } from '../../../../relayer/roles/worker/job-step.js';
import { statusTransition } from '../../../../relayer/roles/worker/status-update.js';

const packet: v1.IPacket = {
  sequence: toU64(7n),
  sourceChain: 'health-1',
  sourceChannel: 'channel-0',
  destChain: 'mainchain-1',
  destChannel: 'channel-0',
  app: 'records',
  payload: new TextEncoder().encode('vaccinated'),
};
const id = 'health-1/channel-0/7';
const step: DeliveryStep = { packetId: id, step: 'recv', packet };
const outcome = (o: Partial<DeliveryOutcome>): DeliveryOutcome => ({
  packetId: id,
  step: 'recv',
  kind: 'done',
  ...o,
});
const report: DeliveryReport = {
  outcomes: [],
  txId: 'AB12',
  height: 42n,
  counts: { done: 1, redundant: 0, retry: 0, permanent: 0, updates: 1, packets: 1 },
};

describe('jobOutcome', () => {
  it('behavior: done (redundant or not) completes the job', () => {
    expect(jobOutcome(outcome({}), 'mainchain-1')).toEqual({ kind: 'done' });
    expect(jobOutcome(outcome({ redundant: true }), 'mainchain-1')).toEqual({ kind: 'done' });
  });

  it('behavior: retry and permanent carry an IsthmusError whose message starts with the code', () => {
    const retried = jobOutcome(outcome({ kind: 'retry', code: 'UNAVAILABLE', message: 'down' }), 'm');
    expect(retried.kind).toBe('retry');
    const err = retried.kind === 'retry' ? retried.error : undefined;
    expect(IsthmusError.is(err, 'UNAVAILABLE')).toBe(true);
    expect(err?.message).toBe('UNAVAILABLE: down');
    expect((err as IsthmusError).retryable).toBe(true);

    const refused = jobOutcome(outcome({ kind: 'permanent', code: 'PROOF_INVALID', message: 'bad' }), 'm');
    const perr = refused.kind === 'permanent' ? refused.error : undefined;
    expect(IsthmusError.is(perr, 'PROOF_INVALID')).toBe(true);
    expect((perr as IsthmusError).retryable).toBe(false);
    expect((perr as IsthmusError).context).toEqual({ destChain: 'm', packetId: id, step: 'recv' });
  });

  it('args: an outcome without a code is DELIVERY_FAILED', () => {
    const o = jobOutcome(outcome({ kind: 'permanent' }), 'm');
    expect(o.kind === 'permanent' && IsthmusError.is(o.error, DELIVERY_FAILED)).toBe(true);
  });
});

describe('WorkerCounters', () => {
  it('behavior: counts delivered, redundant, retried and permanent apart', () => {
    const counters = new WorkerCounters();
    for (const o of [
      outcome({}),
      outcome({}),
      outcome({ redundant: true }),
      outcome({ kind: 'retry' }),
      outcome({ kind: 'permanent' }),
    ])
      counters.count(o);
    expect(counters.snapshot()).toEqual({ delivered: 2, redundant: 1, retried: 1, permanent: 1 });
  });
});

describe('statusTransition', () => {
  it('behavior: an applied step reports its status with the destination height and tx id', () => {
    expect(statusTransition(step, outcome({}), report, 'mainchain-1', 5n)).toEqual({
      id,
      status: 'received',
      hop: { chainId: 'mainchain-1', step: 'recv', height: 42n, txId: 'AB12', timeNs: 5n },
      packet,
    });
    const ack: DeliveryStep = { ...step, step: 'ack', acknowledgement: { result: new Uint8Array([1]) } };
    expect(statusTransition(ack, outcome({ step: 'ack' }), report, 'health-1', 5n)).toMatchObject({
      status: 'acknowledged',
      hop: { step: 'acknowledge' },
      acknowledgement: { result: new Uint8Array([1]) },
    });
    expect(
      statusTransition({ ...step, step: 'timeout' }, outcome({ step: 'timeout' }), report, 'h', 5n)?.status,
    ).toBe('timed-out');
  });

  it('behavior: a permanent failure reports failed with its code; retries and redundant steps report nothing', () => {
    const failed = statusTransition(
      step,
      outcome({ kind: 'permanent', code: 'PROOF_INVALID', message: 'bad proof' }),
      undefined,
      'mainchain-1',
      5n,
    );
    expect(failed).toMatchObject({
      status: 'failed',
      hop: { height: 0n, txId: '', error: 'PROOF_INVALID: bad proof' },
    });
    expect(statusTransition(step, outcome({ kind: 'retry' }), report, 'm', 5n)).toBeUndefined();
    expect(statusTransition(step, outcome({ redundant: true }), report, 'm', 5n)).toBeUndefined();
  });
});

describe('deliveryStep', () => {
  it('behavior: the planner job shape decodes into the step it describes', () => {
    const { data } = deliverJob({ jobId: `${id}/recv`, step: 'recv', packet }, 12n);
    const decoded = deliveryStep(JSON.parse(JSON.stringify(data)));
    expect(decoded).toMatchObject({ packetId: id, step: 'recv', proofHeight: 12n });
    expect(v1.Packet.create(decoded.packet)).toEqual(v1.Packet.create(packet));
    const unknownHeight = deliveryStep(
      deliverJob({ jobId: `${id}/timeout`, step: 'timeout', packet }, 0n).data,
    );
    expect(unknownHeight.proofHeight).toBeUndefined();
  });

  it('error: data that does not decode throws; badJobError names WORKER_BAD_JOB', () => {
    expect(() => deliveryStep(null as never)).toThrow(TypeError);
    expect(() => deliveryStep({ step: 'recv', packetId: id, packet: 'AA', proofHeight: 'x' })).toThrow(
      IsthmusError,
    );
    const err = badJobError('j1', 'mainchain-1', new Error('x'));
    expect(err.code).toBe(WORKER_BAD_JOB);
    expect(err.message.startsWith(`${WORKER_BAD_JOB}: `)).toBe(true);
    expect(err.retryable).toBe(false);
  });
});

describe('alert sinks', () => {
  it('behavior: MemoryAlerts keeps alerts in order; LoggerAlerts writes one error line each', async () => {
    const memory = new MemoryAlerts();
    await memory.raise({ code: 'A', message: 'first', context: {} });
    await memory.raise({ code: 'B', message: 'second', context: { chain: 'x' } });
    expect(memory.alerts.map((a) => a.code)).toEqual(['A', 'B']);

    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    await new LoggerAlerts(logger).raise({
      code: 'PROOF_INVALID',
      message: 'forged',
      context: { chain: 'x' },
    });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      level: 50,
      alert: true,
      code: 'PROOF_INVALID',
      chain: 'x',
      msg: 'forged',
    });
  });
});
