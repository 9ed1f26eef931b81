/**
 * Mapping `/block_results` to ChainEvents: the ibc-go event types the
 * adapter recognises, their attributes (text in v0.37+, base64 in v0.34),
 * what is left out (failed transactions, other event types) and what is
 * reported as skipped (a recognised event missing a field it needs).
 * The results are synthetic, in the shape CometBFT serves and with the
 * attribute names ibc-go emits.
 */
import { describe, expect, it } from '@jest/globals';
import { acknowledgementOf, blockEventsOf, chainEventOf } from '../../../adapters/cometbft/index.js';
import { fromU64, v1 } from '../../../proto/index.js';

type Attr = [string, string];

const packet: Attr[] = [
  ['packet_data', 'hello'],
  ['packet_timeout_height', '0-0'],
  ['packet_timeout_timestamp', '1700000000000000000'],
  ['packet_sequence', '3'],
  ['packet_src_port', 'transfer'],
  ['packet_src_channel', 'channel-1'],
  ['packet_dst_port', 'transfer'],
  ['packet_dst_channel', 'channel-2'],
];

function results(txs: [number, [string, Attr[]][]][], base64 = false): unknown {
  const enc = (s: string): string => (base64 ? Buffer.from(s).toString('base64') : s);
  return {
    height: '12',
    txs_results: txs.map(([code, events]) => ({
      code,
      events: events.map(([type, attrs]) => ({
        type,
        attributes: attrs.map(([key, value]) => ({ key: enc(key), value: enc(value) })),
      })),
    })),
  };
}

describe('block events', () => {
  it('behavior: each ibc-go packet and client event type maps to its kind', () => {
    const found = blockEventsOf(
      results([
        [
          0,
          [
            ['send_packet', packet],
            ['recv_packet', packet],
            ['write_acknowledgement', [...packet, ['packet_ack', '{"error":"app refused"}']]],
            ['acknowledge_packet', packet],
            ['timeout_packet', packet],
            ['timeout_on_close_packet', packet],
            [
              'update_client',
              [
                ['client_id', '07-tendermint-3'],
                ['client_type', '07-tendermint'],
                ['consensus_height', '1-99'],
              ],
            ],
            [
              'client_misbehaviour',
              [
                ['client_id', '07-tendermint-3'],
                ['client_type', '07-tendermint'],
              ],
            ],
            ['channel_open_init', [['port_id', 'transfer']]],
            ['coin_spent', [['amount', '1uatom']]],
            ['constructor', []],
            ['__proto__', []],
          ],
        ],
      ]),
      false,
    );
    const K = v1.EventKind;
    expect(found.height).toBe(12n);
    expect(found.events.map((e) => e.kind)).toEqual([
      K.EVENT_KIND_SEND_PACKET,
      K.EVENT_KIND_RECV_PACKET,
      K.EVENT_KIND_WRITE_ACK,
      K.EVENT_KIND_ACKNOWLEDGE_PACKET,
      K.EVENT_KIND_TIMEOUT_PACKET,
      K.EVENT_KIND_TIMEOUT_PACKET,
      K.EVENT_KIND_CLIENT_UPDATED,
      K.EVENT_KIND_MISBEHAVIOUR,
    ]);
    expect(found.events.map((e) => e.eventIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(found.events[2]?.acknowledgement).toEqual({ error: 'app refused' });
    expect(found.events[0]?.packet).toMatchObject({
      sequence: 3n,
      app: 'transfer',
      sourceChannel: 'channel-1',
      destChannel: 'channel-2',
      timeoutHeight: 0n,
      timeoutTimestampNs: 1_700_000_000_000_000_000n,
      emittedBy: 'source',
    });
    expect(Buffer.from(found.events[0]?.packet?.payload ?? []).toString()).toBe('hello');
    expect(found.events[1]?.packet?.emittedBy).toBe('destination');
    expect(found.events[6]?.client).toMatchObject({ consensusRevision: 1n, consensusHeight: 99n });
    expect(found.skipped).toEqual([]);
  });

  it('behavior: v0.34 base64 attributes read the same as v0.37+ text', () => {
    const txs: [number, [string, Attr[]][]][] = [[0, [['send_packet', packet]]]];
    expect(blockEventsOf(results(txs, true), true)).toEqual(blockEventsOf(results(txs), false));
  });

  it('behavior: packet_data_hex wins over packet_data', () => {
    const found = blockEventsOf(
      results([[0, [['send_packet', [...packet, ['packet_data_hex', '00ff']]]]]]),
      false,
    );
    expect(Array.from(found.events[0]?.packet?.payload ?? [])).toEqual([0, 255]);
  });

  it('behavior: events of failed transactions are not reported; positions stay those of the block', () => {
    const found = blockEventsOf(
      results([
        [11, [['send_packet', packet]]],
        [
          0,
          [
            ['message', []],
            ['send_packet', packet],
          ],
        ],
      ]),
      false,
    );
    expect(found.events.map((e) => [e.txIndex, e.eventIndex])).toEqual([[1, 1]]);
  });

  it('error: a recognised event lacking a field is skipped with the reason, not guessed at', () => {
    const found = blockEventsOf(
      results([
        [
          0,
          [
            ['send_packet', packet.filter(([k]) => k !== 'packet_src_channel')],
            [
              'recv_packet',
              [...packet.filter(([k]) => k !== 'packet_timeout_height'), ['packet_timeout_height', '12']],
            ],
            ['write_acknowledgement', packet],
            ['update_client', [['client_type', '07-tendermint']]],
          ],
        ],
      ]),
      false,
    );
    expect(found.events).toEqual([]);
    expect(found.skipped.map((s) => [s.type, s.eventIndex, s.reason])).toEqual([
      ['send_packet', 0, 'no packet_src_channel attribute'],
      ['recv_packet', 1, 'packet_timeout_height is not "revision-height"'],
      ['write_acknowledgement', 2, 'no packet_ack_hex attribute'],
      ['update_client', 3, 'no client_id attribute'],
    ]);
  });

  it('error: a block_results answer without a height is RPC_MALFORMED', () => {
    expect(() => blockEventsOf({ txs_results: [] }, false)).toThrow(
      expect.objectContaining({ code: 'RPC_MALFORMED' }),
    );
  });
});

describe('acknowledgements', () => {
  it('behavior: ibc-go envelopes are read; other bytes are the result as they are', () => {
    expect(acknowledgementOf(Buffer.from('{"result":"AQ=="}'))).toEqual({ result: Uint8Array.of(1) });
    expect(acknowledgementOf(Buffer.from('{"error":"nope"}'))).toEqual({ error: 'nope' });
    const other = Buffer.from('{"result":"AQ==","extra":1}');
    expect(acknowledgementOf(other)).toEqual({ result: Uint8Array.from(other) });
    expect(acknowledgementOf(Uint8Array.of(0xff, 0x00))).toEqual({ result: Uint8Array.of(0xff, 0x00) });
  });
});

describe('chain events', () => {
  it('behavior: stamped with chain id, cursor, block time and tx id; 64-bit fields intact', () => {
    const [event] = blockEventsOf(results([[0, [['recv_packet', packet]]]]), false).events;
    if (!event) throw new Error('one event expected');
    const e = chainEventOf(event, {
      chainId: 'edu-3',
      revision: 3n,
      block: { height: 12n, timeNs: 1_764_000_000_123_456_789n, txIds: ['AB'] },
    });
    expect(e.chainId).toBe('edu-3');
    expect(e.txId).toBe('AB');
    expect(fromU64(e.timeNs)).toBe(1_764_000_000_123_456_789n);
    expect([fromU64(e.cursor?.height?.revision), fromU64(e.cursor?.height?.height)]).toEqual([3n, 12n]);
    expect(e.packet).toMatchObject({ sourceChain: '', destChain: 'edu-3' });
    const decoded = v1.ChainEvent.decode(v1.ChainEvent.encode(e).finish());
    expect(fromU64(decoded.packet?.timeoutTimestampNs)).toBe(1_700_000_000_000_000_000n);
  });
});
