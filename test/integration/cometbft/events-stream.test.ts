/**
 * StreamEvents over `/block_results` and `/block`: the node here is
 * synthetic (the tendermint-rs captures hold no IBC transactions). Its
 * events have the types and attributes ibc-go emits; a v0.34 node sends
 * attribute keys and values base64-encoded, a v0.38 node as text, and the
 * adapter picks the form from the version `/status` reports.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { CometBftLedger } from '../../../adapters/cometbft/index.js';
import { parseRfc3339 } from '../../../light-clients/tendermint/index.js';
import { fromU64, toU64, v1 } from '../../../proto/index.js';
import { jsonRpcError, jsonRpcResult, startFakeNode, type FakeNode } from './fake-node.js';

const silent = pino({ level: 'silent' });
const Kind = v1.EventKind;

const packetAttrs = (sequence: string): [string, string][] => [
  ['packet_data_hex', Buffer.from('record #1').toString('hex')],
  ['packet_timeout_height', '1-500'],
  ['packet_timeout_timestamp', '1700000000000000000'],
  ['packet_sequence', sequence],
  ['packet_src_port', 'records'],
  ['packet_src_channel', 'channel-0'],
  ['packet_dst_port', 'records'],
  ['packet_dst_channel', 'channel-7'],
  ['packet_channel_ordering', 'ORDER_UNORDERED'],
];

const blocks: Record<
  string,
  { time: string; txs: string[]; results: [number, [string, [string, string][]][]][] }
> = {
  '1': { time: '2024-01-01T00:00:01.000000001Z', txs: [], results: [] },
  '2': {
    time: '2024-01-01T00:00:02.5Z',
    txs: ['dHgtZmFpbGVk', 'dHgtb2s='],
    results: [
      // A failed transaction: its events are not reported.
      [5, [['send_packet', packetAttrs('9')]]],
      [
        0,
        [
          ['message', [['action', '/ibc.core.channel.v1.MsgRecvPacket']]],
          ['send_packet', packetAttrs('1')],
          [
            'write_acknowledgement',
            [...packetAttrs('1'), ['packet_ack_hex', Buffer.from('{"result":"AQI="}').toString('hex')]],
          ],
          // Recognised but lacking its sequence: skipped, not guessed at.
          ['acknowledge_packet', packetAttrs('1').filter(([k]) => k !== 'packet_sequence')],
        ],
      ],
    ],
  },
  '3': {
    time: '2024-01-01T00:00:03Z',
    txs: ['dHgtMw=='],
    results: [
      [
        0,
        [
          ['recv_packet', packetAttrs('4')],
          [
            'update_client',
            [
              ['client_id', '07-tendermint-0'],
              ['client_type', '07-tendermint'],
              ['consensus_height', '2-41'],
              ['header', 'c0ffee'],
            ],
          ],
        ],
      ],
    ],
  },
  '4': { time: '2024-01-01T00:00:04Z', txs: [], results: [] },
};

function blockResults(height: string, base64: boolean): string {
  const enc = (s: string): string => (base64 ? Buffer.from(s).toString('base64') : s);
  const block = blocks[height];
  return jsonRpcResult({
    height,
    txs_results: block?.results.length
      ? block.results.map(([code, events]) => ({
          code,
          events: events.map(([type, attrs]) => ({
            type,
            attributes: attrs.map(([key, value]) => ({ key: enc(key), value: enc(value), index: true })),
          })),
        }))
      : null,
    begin_block_events: null,
    end_block_events: null,
  });
}

const txId = (b64: string): string =>
  createHash('sha256').update(Buffer.from(b64, 'base64')).digest('hex').toUpperCase();

describe.each(['0.34.29', '0.38.12'])('integration: CometBFT %s event stream', (version) => {
  let node: FakeNode;
  let ledger: CometBftLedger;
  let latest = 3;

  beforeAll(async () => {
    node = await startFakeNode({
      status: () => ({
        body: jsonRpcResult({
          node_info: { network: 'sector-health-2', version },
          sync_info: {
            latest_block_height: String(latest),
            latest_block_time: blocks[String(latest)]?.time,
            earliest_block_height: '1',
          },
        }),
      }),
      block_results: (args) => {
        const h = args.get('height') ?? '';
        return blocks[h]
          ? { body: blockResults(h, version.startsWith('0.34')) }
          : jsonRpcError(-32603, 'Internal error', 'no block');
      },
      block: (args) => {
        const h = args.get('height') ?? '';
        const block = blocks[h];
        return block
          ? {
              body: jsonRpcResult({
                block: { header: { height: h, time: block.time }, data: { txs: block.txs } },
              }),
            }
          : jsonRpcError(-32603, 'Internal error', 'no block');
      },
    });
    ledger = new CometBftLedger({ endpoint: node.url, logger: silent, timeoutMs: 5_000, pollIntervalMs: 10 });
  });
  afterAll(() => node.close());

  async function collect(req: v1.IStreamEventsRequest, limit = 50): Promise<v1.StreamEventsResponse[]> {
    const items: v1.StreamEventsResponse[] = [];
    for await (const item of ledger.streamEvents(req)) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }

  const summary = (items: readonly v1.StreamEventsResponse[]): string[] =>
    items.map((i) =>
      i.event
        ? `${Kind[i.event.kind ?? Kind.EVENT_KIND_UNSPECIFIED]}@${fromU64(i.event.cursor?.height?.height)}/${i.event.cursor?.txIndex}/${i.event.cursor?.eventIndex}`
        : `checkpoint ${fromU64(i.checkpoint?.height)}`,
    );

  it('behavior: ibc-go events become ChainEvents in block order, with a checkpoint after each height', async () => {
    const items = await collect({ fromHeight: { height: toU64(1n) } });
    expect(summary(items)).toEqual([
      'checkpoint 1',
      'EVENT_KIND_SEND_PACKET@2/1/1',
      'EVENT_KIND_WRITE_ACK@2/1/2',
      'checkpoint 2',
      'EVENT_KIND_RECV_PACKET@3/0/0',
      'EVENT_KIND_CLIENT_UPDATED@3/0/1',
      'checkpoint 3',
    ]);
    const send = items[1]?.event;
    expect(send?.chainId).toBe('sector-health-2');
    expect(fromU64(send?.cursor?.height?.revision)).toBe(2n);
    expect(send?.txId).toBe(txId('dHgtb2s='));
    expect(fromU64(send?.timeNs)).toBe(parseRfc3339('2024-01-01T00:00:02.5Z'));
    expect(send?.packet).toMatchObject({
      sourceChain: 'sector-health-2',
      sourceChannel: 'channel-0',
      destChain: '',
      destChannel: 'channel-7',
      app: 'records',
      timeoutTimestampNs: toU64(1_700_000_000_000_000_000n),
    });
    expect(fromU64(send?.packet?.sequence)).toBe(1n);
    expect(Buffer.from(send?.packet?.payload ?? []).toString()).toBe('record #1');
    expect([
      fromU64(send?.packet?.timeoutHeight?.revision),
      fromU64(send?.packet?.timeoutHeight?.height),
    ]).toEqual([1n, 500n]);
    expect(Array.from(items[2]?.event?.acknowledgement?.result ?? [])).toEqual([1, 2]);
    const recv = items[4]?.event;
    expect(recv?.packet).toMatchObject({ sourceChain: '', destChain: 'sector-health-2' });
    expect(fromU64(recv?.packet?.sequence)).toBe(4n);
    const update = items[5]?.event?.client;
    expect(update).toMatchObject({ clientId: '07-tendermint-0', clientType: '07-tendermint' });
    expect([fromU64(update?.consensusHeight?.revision), fromU64(update?.consensusHeight?.height)]).toEqual([
      2n,
      41n,
    ]);
    expect(Buffer.from(update?.message?.bytes ?? []).toString('hex')).toBe('c0ffee');
    // Blocks without events cost no /block call.
    expect(node.requests.filter((r) => r.startsWith('block?'))).not.toContain('block?height=1');
  });

  it('behavior: resuming after a cursor skips what was already seen', async () => {
    const items = await collect({
      after: { height: { height: toU64(2n) }, txIndex: 1, eventIndex: 1 },
    });
    expect(summary(items).slice(0, 3)).toEqual([
      'EVENT_KIND_WRITE_ACK@2/1/2',
      'checkpoint 2',
      'EVENT_KIND_RECV_PACKET@3/0/0',
    ]);
  });

  it('behavior: kinds filter the events, not the checkpoints', async () => {
    const items = await collect({ fromHeight: { height: toU64(2n) }, kinds: [Kind.EVENT_KIND_RECV_PACKET] });
    expect(summary(items)).toEqual(['checkpoint 2', 'EVENT_KIND_RECV_PACKET@3/0/0', 'checkpoint 3']);
  });

  it('behavior: follow reports new blocks as the node produces them, until the caller stops', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const item of ledger.streamEvents(
      { fromHeight: { height: toU64(3n) }, follow: true },
      { signal: controller.signal },
    )) {
      seen.push(summary([item])[0] ?? '');
      if (item.checkpoint && fromU64(item.checkpoint.height) === 3n) latest = 4;
      if (item.checkpoint && fromU64(item.checkpoint.height) === 4n) controller.abort();
      if (seen.length > 20) break;
    }
    latest = 3;
    expect(seen).toEqual([
      'EVENT_KIND_RECV_PACKET@3/0/0',
      'EVENT_KIND_CLIENT_UPDATED@3/0/1',
      'checkpoint 3',
      'checkpoint 4',
    ]);
  });
});
