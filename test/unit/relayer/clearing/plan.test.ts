/** The pure clearing plan: recv / ack / timeout per packet, in sequence order, ordered channels respected. */
import { describe, expect, it } from '@jest/globals';
import { toU64, type v1 } from '../../../../proto/index.js';
import {
  planPath,
  relayJobId,
  timeoutPassed,
  type ChainPoint,
  type PathObservation,
} from '../../../../relayer/clearing/index.js';

const AT: ChainPoint = { revision: 1n, height: 100n, timeNs: 5_000n };

function packet(
  seq: number,
  timeout: { height?: bigint; revision?: bigint; timeNs?: bigint } = {},
): v1.IPacket {
  return {
    sequence: toU64(BigInt(seq)),
    sourceChain: 'health-1',
    sourceChannel: 'channel-0',
    destChain: 'mainchain-1',
    destChannel: 'channel-3',
    app: 'records',
    timeoutHeight: { revision: toU64(timeout.revision ?? 1n), height: toU64(timeout.height ?? 0n) },
    timeoutTimestampNs: toU64(timeout.timeNs ?? 1_000_000n),
  };
}

function observe(partial: Partial<PathObservation> & Pick<PathObservation, 'committed'>): PathObservation {
  return { ordered: false, received: () => false, acknowledgements: new Map(), destination: AT, ...partial };
}

const ids = (o: PathObservation): string[] => planPath(o).map((j) => j.jobId);

describe('planPath', () => {
  it('behavior: unreceived packets become recv jobs in sequence order whatever order they came in', () => {
    expect(ids(observe({ committed: [packet(3), packet(1), packet(10), packet(2)] }))).toEqual([
      'health-1/channel-0/1/recv',
      'health-1/channel-0/2/recv',
      'health-1/channel-0/3/recv',
      'health-1/channel-0/10/recv',
    ]);
  });

  it('behavior: received packets with a known acknowledgement become ack jobs carrying it', () => {
    const ack = { result: Uint8Array.of(7) };
    const jobs = planPath(
      observe({
        committed: [packet(1), packet(2), packet(3)],
        received: (s) => s <= 2n,
        acknowledgements: new Map([[1n, ack]]),
      }),
    );
    expect(jobs.map((j) => [j.jobId, j.step])).toEqual([
      ['health-1/channel-0/1/ack', 'ack'],
      ['health-1/channel-0/3/recv', 'recv'],
    ]);
    expect(jobs[0]?.acknowledgement).toBe(ack);
  });

  it('behavior: an unreceived packet past its timeout height or time on the destination becomes timeout', () => {
    const jobs = planPath(
      observe({
        committed: [packet(1, { height: 100n }), packet(2, { timeNs: 5_000n }), packet(3, { height: 101n })],
      }),
    );
    expect(jobs.map((j) => j.step)).toEqual(['timeout', 'timeout', 'recv']);
  });

  it('behavior: on an ordered channel nothing after a timeout is planned as recv', () => {
    const committed = [packet(1), packet(2, { height: 50n }), packet(3), packet(4, { height: 60n })];
    expect(ids(observe({ committed, ordered: true }))).toEqual([
      'health-1/channel-0/1/recv',
      'health-1/channel-0/2/timeout',
      'health-1/channel-0/4/timeout',
    ]);
    expect(ids(observe({ committed }))).toEqual([
      'health-1/channel-0/1/recv',
      'health-1/channel-0/2/timeout',
      'health-1/channel-0/3/recv',
      'health-1/channel-0/4/timeout',
    ]);
  });

  it('behavior: an ordered channel closed by an earlier batch plans no recv; an unordered one ignores the flag', () => {
    const committed = [packet(5), packet(6, { height: 10n })];
    expect(ids(observe({ committed, ordered: true, closedByTimeout: true }))).toEqual([
      'health-1/channel-0/6/timeout',
    ]);
    expect(ids(observe({ committed, closedByTimeout: true }))).toEqual([
      'health-1/channel-0/5/recv',
      'health-1/channel-0/6/timeout',
    ]);
  });

  it('behavior: nothing committed, nothing planned', () => {
    expect(planPath(observe({ committed: [] }))).toEqual([]);
  });
});

describe('timeoutPassed', () => {
  it.each<[string, Parameters<typeof packet>[1], boolean]>([
    ['height reached', { height: 100n }, true],
    ['height not reached', { height: 101n }, false],
    ['an earlier revision', { revision: 0n, height: 1_000n }, true],
    ['a later revision', { revision: 2n, height: 1n }, false],
    ['time reached', { timeNs: 5_000n }, true],
    ['time not reached', { timeNs: 5_001n }, false],
    ['zero height and zero time: no timeout', { height: 0n, timeNs: 0n }, false],
  ])('args: %s', (_, timeout, expected) => {
    expect(timeoutPassed(packet(1, timeout), AT)).toBe(expected);
  });
});

describe('relayJobId', () => {
  it('behavior: <src>/<channel>/<sequence>/<step>', () => {
    expect(relayJobId(packet(42), 'timeout')).toBe('health-1/channel-0/42/timeout');
  });

  it('error: a packet without a source chain has no job id', () => {
    expect(() => relayJobId({ sequence: 1, sourceChannel: 'channel-0' }, 'recv')).toThrow(
      expect.objectContaining({ code: 'INVALID_PACKET_ID' }),
    );
  });
});
