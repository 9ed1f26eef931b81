/** The packet status transition: forward only, idempotent, chain facts override "failed". */
import { describe, expect, it } from '@jest/globals';
import {
  applyTransition,
  canTransition,
  packetStatuses,
  type Hop,
  type PacketRecord,
  type PacketStatus,
  type StatusTransition,
} from '../../../../relayer/status/index.js';

const ID = 'health-1/channel-0/7';
const hop = (step: string, height: bigint, chainId = 'health-1'): Hop => ({
  chainId,
  step,
  height,
  txId: `tx-${step}-${height}`,
  timeNs: 1_000n * height,
});
const t = (status: PacketStatus, h: Hop): StatusTransition => ({ id: ID, status, hop: h });

function run(...transitions: StatusTransition[]): { record: PacketRecord | undefined; changes: boolean[] } {
  let record: PacketRecord | undefined;
  const changes: boolean[] = [];
  for (const transition of transitions) {
    const result = applyTransition(record, transition);
    record = result.record;
    changes.push(result.changed);
  }
  return { record, changes };
}

describe('applyTransition', () => {
  it('behavior: the full path sent -> proven -> received -> acknowledged keeps every hop in order', () => {
    const { record, changes } = run(
      t('sent', hop('send', 5n)),
      t('proven', hop('update_client', 3n, 'mainchain-1')),
      t('received', hop('recv', 4n, 'mainchain-1')),
      t('acknowledged', hop('acknowledge', 9n)),
    );
    expect(changes).toEqual([true, true, true, true]);
    expect(record?.status).toBe('acknowledged');
    expect(record?.hops.map((h) => [h.chainId, h.step, h.height, h.txId])).toEqual([
      ['health-1', 'send', 5n, 'tx-send-5'],
      ['mainchain-1', 'update_client', 3n, 'tx-update_client-3'],
      ['mainchain-1', 'recv', 4n, 'tx-recv-4'],
      ['health-1', 'acknowledge', 9n, 'tx-acknowledge-9'],
    ]);
  });

  it('behavior: a late "sent" after "received" is ignored and the record is unchanged', () => {
    const { record, changes } = run(
      t('received', hop('recv', 4n, 'mainchain-1')),
      t('sent', hop('send', 5n)),
    );
    expect(changes).toEqual([true, false]);
    expect(record?.status).toBe('received');
    expect(record?.hops).toHaveLength(1);
  });

  it('behavior: applying the same transition again is a no-op returning the same record', () => {
    const sent = t('sent', hop('send', 5n));
    const first = applyTransition(undefined, sent);
    const again = applyTransition(first.record, sent);
    expect(again.changed).toBe(false);
    expect(again.record).toBe(first.record);
  });

  it('behavior: statuses may be skipped forward (a packet first seen received)', () => {
    const { record } = run(t('received', hop('recv', 4n, 'mainchain-1')));
    expect(record?.status).toBe('received');
  });

  it('behavior: a received packet cannot time out', () => {
    const { record, changes } = run(
      t('received', hop('recv', 4n, 'mainchain-1')),
      t('timed-out', hop('timeout', 10n)),
    );
    expect(changes).toEqual([true, false]);
    expect(record?.status).toBe('received');
  });

  it('behavior: acknowledged and timed-out exclude each other; the first outcome stays', () => {
    const acked = run(t('acknowledged', hop('acknowledge', 9n)), t('timed-out', hop('timeout', 10n)));
    expect(acked.changes).toEqual([true, false]);
    expect(acked.record?.status).toBe('acknowledged');
    const timedOut = run(t('timed-out', hop('timeout', 10n)), t('acknowledged', hop('acknowledge', 9n)));
    expect(timedOut.record?.status).toBe('timed-out');
  });

  it('behavior: a chain fact (received, acknowledged, timed-out) replaces "failed"; "sent" and "proven" do not', () => {
    const failed = t('failed', { ...hop('recv', 4n, 'mainchain-1'), error: 'PROOF_INVALID' });
    expect(run(failed, t('proven', hop('update_client', 6n))).record?.status).toBe('failed');
    expect(run(failed, t('sent', hop('send', 6n))).record?.status).toBe('failed');
    const healed = run(failed, t('received', hop('recv', 7n, 'mainchain-1')));
    expect(healed.record?.status).toBe('received');
    expect(healed.record?.hops.map((h) => h.error)).toEqual(['PROOF_INVALID', undefined]);
  });

  it('behavior: a failed packet reported again with a status it had before failing does not change (no cycle)', () => {
    const received = t('received', hop('recv', 4n, 'mainchain-1'));
    const ackFailed = t('failed', { ...hop('acknowledge', 8n), error: 'PROOF_INVALID' });
    const { record, changes } = run(
      received,
      ackFailed,
      received,
      t('received', hop('recv', 9n, 'mainchain-1')),
    );
    expect(changes).toEqual([true, true, false, false]);
    expect(record?.status).toBe('failed');
    expect(record?.hops).toHaveLength(2);
    // What it had not reached yet still replaces "failed".
    const acked = applyTransition(record, t('acknowledged', hop('acknowledge', 10n)));
    expect(acked.changed).toBe(true);
    expect(acked.record.status).toBe('acknowledged');
  });

  it('behavior: the packet and acknowledgement are kept from the transition that carried them', () => {
    const packet = { sequence: 7, sourceChain: 'health-1', app: 'records' };
    const acknowledgement = { result: Uint8Array.of(1) };
    const { record } = run(
      { ...t('sent', hop('send', 5n)), packet },
      { ...t('acknowledged', hop('acknowledge', 9n)), acknowledgement },
    );
    expect(record?.packet).toBe(packet);
    expect(record?.acknowledgement).toBe(acknowledgement);
  });

  it('args: canTransition answers for every pair of statuses', () => {
    const allowed = packetStatuses.flatMap((from) =>
      packetStatuses.filter((to) => canTransition(from, to)).map((to) => `${from}->${to}`),
    );
    expect(allowed).toEqual([
      'sent->proven',
      'sent->received',
      'sent->acknowledged',
      'sent->timed-out',
      'sent->failed',
      'proven->received',
      'proven->acknowledged',
      'proven->timed-out',
      'proven->failed',
      'received->acknowledged',
      'received->failed',
      'failed->received',
      'failed->acknowledged',
      'failed->timed-out',
    ]);
    expect(packetStatuses.every((s) => canTransition(undefined, s))).toBe(true);
  });

  it('error: a transition for another packet is refused', () => {
    const { record } = run(t('sent', hop('send', 5n)));
    expect(() =>
      applyTransition(record, { ...t('received', hop('recv', 4n)), id: 'health-1/channel-0/8' }),
    ).toThrow(RangeError);
  });
});
