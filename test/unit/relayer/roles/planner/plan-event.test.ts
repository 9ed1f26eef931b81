/** The planner's pure part: which jobs and status change each chain event asks for, and the filters. */
import { describe, expect, it } from '@jest/globals';
import { toU64, v1 } from '../../../../../proto/index.js';
import { planEvent } from '../../../../../relayer/roles/planner/index.js';
import { decodeDeliverJob } from '../../../../../relayer/roles/jobs.js';

const packet = (extra: Partial<v1.IPacket> = {}): v1.IPacket => ({
  sequence: toU64(7n),
  sourceChain: 'health',
  sourceChannel: 'channel-0',
  destChain: 'mainchain',
  destChannel: 'channel-3',
  app: 'records',
  payload: new Uint8Array([1, 2]),
  timeoutHeight: { revision: toU64(1n), height: toU64(900n) },
  ...extra,
});

const event = (kind: v1.EventKind, chainId: string, extra: Partial<v1.IChainEvent> = {}): v1.ChainEvent =>
  v1.ChainEvent.create({
    chainId,
    kind,
    cursor: { height: { revision: toU64(1n), height: toU64(42n) }, txIndex: 0, eventIndex: 1 },
    txId: 'ab',
    timeNs: toU64(5n),
    packet: packet(),
    ...extra,
  });

const { EVENT_KIND_SEND_PACKET: SEND, EVENT_KIND_WRITE_ACK: WRITE_ACK } = v1.EventKind;

describe('planEvent', () => {
  it('behavior: SEND_PACKET gives a recv job on the destination, proven at the event height, and status sent', () => {
    const plan = planEvent(event(SEND, 'health'), 0);
    expect(plan.jobs.map((j) => [j.queue, j.jobId, j.delayMs])).toEqual([
      ['deliver:mainchain', 'health/channel-0/7/recv', 0],
    ]);
    const data = decodeDeliverJob(plan.jobs[0]!.data);
    expect([data.step, data.packetId, data.proofHeight, data.packet.destChannel]).toEqual([
      'recv',
      'health/channel-0/7',
      42n,
      'channel-3',
    ]);
    expect(plan.transition?.status).toBe('sent');
    expect(plan.transition?.hop).toEqual({
      chainId: 'health',
      step: 'send',
      height: 42n,
      txId: 'ab',
      timeNs: 5n,
    });
  });

  it('behavior: a timeout timestamp adds a timeout job on the source, delayed until the deadline', () => {
    const withDeadline = event(SEND, 'health', {
      packet: packet({ timeoutTimestampNs: toU64(9_000_000_000n) }),
    });
    const plan = planEvent(withDeadline, 4_000);
    expect(plan.jobs.map((j) => [j.queue, j.jobId, j.delayMs])).toEqual([
      ['deliver:mainchain', 'health/channel-0/7/recv', 0],
      ['deliver:health', 'health/channel-0/7/timeout', 5_000],
    ]);
    expect(planEvent(withDeadline, 20_000).jobs[1]?.delayMs).toBe(0);
  });

  it('behavior: WRITE_ACK gives an ack job on the source carrying the acknowledgement', () => {
    const ack = { result: new Uint8Array([9]) };
    const plan = planEvent(event(WRITE_ACK, 'mainchain', { acknowledgement: ack }), 0);
    expect(plan.jobs.map((j) => [j.queue, j.jobId])).toEqual([['deliver:health', 'health/channel-0/7/ack']]);
    expect(decodeDeliverJob(plan.jobs[0]!.data).acknowledgement?.result).toEqual(new Uint8Array([9]));
    expect(plan.transition).toBeUndefined();
  });

  it('behavior: recv, acknowledge and timeout events change the status only', () => {
    const kinds = [
      [v1.EventKind.EVENT_KIND_RECV_PACKET, 'received'],
      [v1.EventKind.EVENT_KIND_ACKNOWLEDGE_PACKET, 'acknowledged'],
      [v1.EventKind.EVENT_KIND_TIMEOUT_PACKET, 'timed-out'],
    ] as const;
    for (const [kind, status] of kinds) {
      const plan = planEvent(event(kind, 'mainchain'), 0);
      expect([plan.jobs.length, plan.transition?.status]).toEqual([0, status]);
    }
    expect(planEvent(event(v1.EventKind.EVENT_KIND_CLIENT_UPDATED, 'health', { packet: null }), 0)).toEqual({
      jobs: [],
    });
  });

  it('error: a packet without a source chain cannot be planned', () => {
    expect(() => planEvent(event(SEND, 'health', { packet: packet({ sourceChain: '' }) }), 0)).toThrow(
      expect.objectContaining({ code: 'INVALID_PACKET_ID' }),
    );
  });
});
