/** A packet record as stored in a shared bucket: versioned JSON, exact round trip, strict reading. */
import { describe, expect, it } from '@jest/globals';
import { fromU64, v1 } from '../../../../proto/index.js';
import {
  decodePacketRecord,
  encodePacketRecord,
  type PacketRecord,
} from '../../../../relayer/status/index.js';

const big = (1n << 64n) - 1n;
const record: PacketRecord = {
  id: 'evm.1/channel-0/18446744073709551615',
  status: 'proven',
  hops: [
    { chainId: 'evm.1', step: 'send', height: 9_007_199_254_740_993n, txId: '0xab', timeNs: big },
    {
      chainId: 'health-1',
      step: 'update_client',
      height: 0n,
      txId: '',
      timeNs: 1n,
      proofHeight: 12n,
      error: 'PROOF_INVALID: stale',
    },
  ],
  packet: {
    sequence: v1.Packet.decode(v1.Packet.encode({ sequence: 1 }).finish()).sequence,
    sourceChain: 'evm.1',
    sourceChannel: 'channel-0',
    destChain: 'health-1',
    app: 'records',
    payload: Uint8Array.of(0, 1, 255),
    timeoutHeight: { revision: 1, height: 500 },
  },
  acknowledgement: { error: 'app refused' },
};

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const stored = (fields: Record<string, unknown>): Uint8Array =>
  text(JSON.stringify({ v: 1, id: 'a/b/1', status: 'sent', hops: [], ...fields }));

describe('packet record codec', () => {
  it('behavior: a record round-trips exactly: proven, 64-bit heights, optional hop fields', () => {
    const decoded = decodePacketRecord(encodePacketRecord(record), record.id);
    expect(decoded.id).toBe(record.id);
    expect(decoded.status).toBe('proven');
    expect(decoded.hops).toEqual(record.hops);
    expect(decoded.packet?.destChain).toBe('health-1');
    expect(decoded.packet?.payload).toEqual(Uint8Array.of(0, 1, 255));
    expect(fromU64(decoded.packet?.timeoutHeight?.height)).toBe(500n);
    expect(decoded.acknowledgement?.error).toBe('app refused');
    expect(encodePacketRecord(decoded)).toEqual(encodePacketRecord(record));
  });

  it('behavior: the stored form is versioned JSON with decimal heights and base64 protobuf', () => {
    const json = JSON.parse(new TextDecoder().decode(encodePacketRecord(record))) as Record<string, unknown>;
    expect(json).toMatchObject({ v: 1, id: record.id, status: 'proven' });
    expect(json.hops).toEqual([
      { chainId: 'evm.1', step: 'send', height: '9007199254740993', txId: '0xab', timeNs: big.toString() },
      {
        chainId: 'health-1',
        step: 'update_client',
        height: '0',
        txId: '',
        timeNs: '1',
        proofHeight: '12',
        error: 'PROOF_INVALID: stale',
      },
    ]);
    expect(v1.Packet.decode(Buffer.from(String(json.packet), 'base64')).app).toBe('records');
    expect(Object.keys(json)).toEqual(['v', 'id', 'status', 'hops', 'packet', 'acknowledgement']);
  });

  it('behavior: a record without packet or acknowledgement stays without them', () => {
    const bare: PacketRecord = { id: 'a/b/1', status: 'sent', hops: [] };
    const decoded = decodePacketRecord(encodePacketRecord(bare));
    expect(decoded).toEqual(bare);
    expect('packet' in decoded || 'acknowledgement' in decoded).toBe(false);
  });

  it.each<[string, Uint8Array]>([
    ['not UTF-8', Uint8Array.of(0x7b, 0xff, 0x7d)],
    ['not JSON', text('{"v":1,')],
    ['not an object', text('[1]')],
    ['another format version', stored({ v: 2 })],
    ['no version', text(JSON.stringify({ id: 'a/b/1', status: 'sent', hops: [] }))],
    ['an unknown field', stored({ extra: true })],
    ['an unknown status', stored({ status: 'lost' })],
    [
      'a height that is not a decimal',
      stored({ hops: [{ chainId: 'a', step: 's', height: '0x1', txId: '', timeNs: '1' }] }),
    ],
    ['a negative time', stored({ hops: [{ chainId: 'a', step: 's', height: '1', txId: '', timeNs: '-1' }] })],
    ['a hop field missing', stored({ hops: [{ chainId: 'a', step: 's', height: '1', timeNs: '1' }] })],
    ['a packet that is not base64', stored({ packet: 'not base64!' })],
    ['a packet that is not protobuf', stored({ packet: '/////w==' })],
    ['an id that is no packet id', stored({ id: 'a/b' })],
  ])('error: a value with %s is PACKET_STATUS_MALFORMED', (_, bytes) => {
    expect(() => decodePacketRecord(bytes, 'a/b/1')).toThrow(
      expect.objectContaining({
        code: 'PACKET_STATUS_MALFORMED',
        category: 'internal',
        context: expect.objectContaining({ packetId: 'a/b/1' }),
      }),
    );
  });

  it("error: another packet's record is PACKET_STATUS_MALFORMED, with the ids and the given context", () => {
    expect(() => decodePacketRecord(stored({ id: 'a/b/2' }), 'a/b/1', { bucket: 'status' })).toThrow(
      expect.objectContaining({
        code: 'PACKET_STATUS_MALFORMED',
        context: { packetId: 'a/b/1', storedId: 'a/b/2', bucket: 'status' },
      }),
    );
  });

  it('error: a future version says so', () => {
    expect(() => decodePacketRecord(stored({ v: 2 }))).toThrow(
      expect.objectContaining({
        message: expect.stringContaining('format version 2'),
        context: { version: 2 },
      }),
    );
  });
});
