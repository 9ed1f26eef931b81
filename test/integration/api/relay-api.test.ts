/**
 * The Relay API end to end, over loopback gRPC, on two devnets and an
 * embedded relayer running every role (relay-fixture.ts): SendMessage →
 * received → acknowledged as GetMessage and WatchMessages show it,
 * resuming a watch from a cursor, idempotency keys, QueryState with the
 * trusted client's verdict, schemas, and field-named refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { receiptPath } from '../../../adapters/devnet/index.js';
import { toU64, v1 } from '../../../proto/index.js';
import { waitUntil } from '../relayer/drivers/wait.js';
import { CHANNEL, RelayDeployment } from './relay-fixture.js';

const {
  MESSAGE_STATUS_SENT: SENT,
  MESSAGE_STATUS_RECEIVED: RECEIVED,
  MESSAGE_STATUS_ACKNOWLEDGED: ACKNOWLEDGED,
} = v1.MessageStatus;
const utf8 = new TextEncoder();

let d: RelayDeployment;

beforeAll(async () => {
  d = new RelayDeployment();
  await d.open();
}, 30_000);

afterAll(async () => {
  await d?.close();
});

function sendRequest(payload: string, extra: Partial<v1.ISendMessageRequest> = {}): v1.ISendMessageRequest {
  return {
    sourceChain: d.health,
    sourceChannel: CHANNEL,
    app: 'records',
    payload: utf8.encode(payload),
    timeoutHeight: { revision: toU64(1n), height: toU64(1_000_000n) },
    ...extra,
  };
}

/** Statuses in the order seen, consecutive repeats folded ("proven" shows as SENT). */
function folded(statuses: readonly v1.MessageStatus[]): v1.MessageStatus[] {
  return statuses.filter((s, i) => i === 0 || statuses[i - 1] !== s);
}

describe('Relay API end to end', () => {
  it('behavior: SendMessage is received and acknowledged; GetMessage has every hop; a watch shows each step in order and resumes from a cursor', async () => {
    const watched: v1.WatchMessagesResponse[] = [];
    const controller = new AbortController();
    const watching = (async () => {
      for await (const update of d.watch({ chainId: d.health }, { signal: controller.signal }))
        watched.push(update);
    })().catch(() => undefined);
    // The watch lists current records first; give it its subscription before sending.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sent = await d.call('sendMessage', sendRequest('consent-e2e'));
    expect(sent.messageId).toBe(`${d.health}/${CHANNEL}/${sent.packet?.sequence?.toString()}`);
    expect(sent.packet).toMatchObject({
      sourceChain: d.health,
      destChain: d.main,
      destChannel: CHANNEL,
      app: 'records',
    });
    expect(sent.txId).not.toBe('');
    const mine = (): v1.WatchMessagesResponse[] =>
      watched.filter((u) => u.message?.messageId === sent.messageId);
    await waitUntil(
      'the watch shows the acknowledgement',
      () => mine().some((u) => u.message?.status === ACKNOWLEDGED),
      20_000,
    );
    controller.abort();
    await watching;
    expect(folded(mine().map((u) => u.message?.status ?? 0))).toEqual([SENT, RECEIVED, ACKNOWLEDGED]);

    const message = await d.call('getMessage', { messageId: sent.messageId });
    expect(message.status).toBe(ACKNOWLEDGED);
    expect(message.hops[0]).toMatchObject({ chainId: d.health, step: 'send', txId: sent.txId });
    expect(message.hops.some((h) => h.chainId === d.main)).toBe(true);
    expect(message.acknowledgement).toBeTruthy();

    // Resuming after the "received" update gives only what came later.
    const received = mine().find((u) => u.message?.status === RECEIVED);
    const resumed: v1.MessageStatus[] = [];
    const again = new AbortController();
    for await (const update of d.watch(
      { chainId: d.health, cursor: received?.cursor ?? '' },
      { signal: again.signal },
    )) {
      if (update.message?.messageId !== sent.messageId) continue;
      resumed.push(update.message.status ?? v1.MessageStatus.MESSAGE_STATUS_UNSPECIFIED);
      if (update.message.status === ACKNOWLEDGED) break;
    }
    expect(resumed).toEqual([ACKNOWLEDGED]);
    await expect(d.call('getMessage', { messageId: `${d.health}/${CHANNEL}/999999` })).rejects.toMatchObject({
      code: 'MESSAGE_NOT_FOUND',
      category: 'not_found',
    });
  }, 40_000);

  it('behavior: QueryState proves a receipt present and another absent, with the verdict of the client health keeps of main', async () => {
    const sent = await d.call('sendMessage', sendRequest('consent-query'));
    const sequence = BigInt(sent.packet?.sequence?.toString() ?? '0');
    await waitUntil(
      'acknowledged',
      async () => (await d.call('getMessage', { messageId: sent.messageId })).status === ACKNOWLEDGED,
      20_000,
    );
    const present = await d.call('queryState', { chainId: d.main, path: receiptPath(CHANNEL, sequence) });
    expect(present.exists).toBe(true);
    expect(present.value.length).toBeGreaterThan(0);
    expect(present.verdict).toMatchObject({
      clientId: d.clientOnHealth,
      clientType: 'tendermint',
      verified: true,
    });
    expect(present.proof?.height?.height?.toString()).toBe(
      present.verdict?.consensusHeight?.height?.toString(),
    );
    const absent = await d.call('queryState', { chainId: d.main, path: receiptPath(CHANNEL, 999_999n) });
    expect(absent.exists).toBe(false);
    expect(absent.value.length).toBe(0);
    expect(absent.verdict?.verified).toBe(true);
  }, 40_000);
});

describe('SendMessage idempotency', () => {
  const nextSequence = async (): Promise<bigint> =>
    BigInt((await d.call('sendMessage', sendRequest('probe'))).packet?.sequence?.toString() ?? '0');

  it('behavior: the same key twice returns the first response and sends one packet', async () => {
    const key = `retry-${Date.now()}`;
    const first = await d.call('sendMessage', sendRequest('once', { idempotencyKey: key }));
    const second = await d.call('sendMessage', sendRequest('once', { idempotencyKey: key }));
    expect(second.messageId).toBe(first.messageId);
    expect(second.txId).toBe(first.txId);
    expect(await nextSequence()).toBe(BigInt(first.packet?.sequence?.toString() ?? '0') + 1n);
  }, 20_000);

  it('behavior: concurrent calls with one key send one packet', async () => {
    const key = `race-${Date.now()}`;
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => d.call('sendMessage', sendRequest('race', { idempotencyKey: key }))),
    );
    expect(new Set(responses.map((r) => r.messageId)).size).toBe(1);
    const sequence = BigInt(responses[0]?.packet?.sequence?.toString() ?? '0');
    expect(await nextSequence()).toBe(sequence + 1n);
  }, 20_000);

  it('error: the same key with another request is IDEMPOTENCY_KEY_REUSED', async () => {
    const key = `reuse-${Date.now()}`;
    await d.call('sendMessage', sendRequest('first', { idempotencyKey: key }));
    await expect(d.call('sendMessage', sendRequest('second', { idempotencyKey: key }))).rejects.toMatchObject(
      {
        code: 'IDEMPOTENCY_KEY_REUSED',
        category: 'failed_precondition',
      },
    );
  }, 20_000);
});

describe('payload schemas', () => {
  it('behavior: a registered JSON Schema refuses a payload (naming it) and accepts one that fits; Catalog lists it', async () => {
    const schema = {
      chainId: d.main,
      channel: CHANNEL,
      name: 'consent-record',
      format: v1.SchemaFormat.SCHEMA_FORMAT_JSON_SCHEMA,
      definition: utf8.encode(
        JSON.stringify({
          type: 'object',
          required: ['patient'],
          properties: { patient: { type: 'string' } },
        }),
      ),
    };
    const first = await d.call('registerSchema', { schema });
    expect(first.schema).toMatchObject({ version: 1, registeredBy: 'anonymous', name: 'consent-record' });
    const second = await d.call('registerSchema', { schema });
    expect(second.schema?.version).toBe(2);
    const request = (payload: unknown): v1.ISendMessageRequest => ({
      ...sendRequest(JSON.stringify(payload)),
      sourceChain: d.main,
    });
    await expect(d.call('sendMessage', request({ patient: 7 }))).rejects.toMatchObject({
      code: 'PAYLOAD_SCHEMA_MISMATCH',
      category: 'invalid_argument',
      context: expect.objectContaining({ field: 'payload' }),
    });
    const accepted = await d.call('sendMessage', request({ patient: 'p-1' }));
    expect(accepted.messageId.startsWith(`${d.main}/${CHANNEL}/`)).toBe(true);
    const catalog = await d.call('catalog', {});
    expect(catalog.schemas).toEqual([
      expect.objectContaining({ chainId: d.main, channel: CHANNEL, version: 2 }),
    ]);
    expect(catalog.paths).toHaveLength(1);
    expect(catalog.chains.map((c) => c.chainId).sort()).toEqual([d.health, d.main].sort());
  }, 20_000);

  it('error: an invalid schema is refused with the field at fault', async () => {
    const base = {
      chainId: d.main,
      channel: CHANNEL,
      name: 'bad',
      format: v1.SchemaFormat.SCHEMA_FORMAT_JSON_SCHEMA,
    };
    const cases: [v1.IPayloadSchema, string][] = [
      [{ ...base, definition: utf8.encode('{"type":"nope"}') }, 'schema.definition'],
      [{ ...base, definition: utf8.encode('not json') }, 'schema.definition'],
      [{ ...base, chainId: 'nowhere-1', definition: utf8.encode('{}') }, 'schema.chain_id'],
      [{ ...base, channel: 'channel-9', definition: utf8.encode('{}') }, 'schema.channel'],
      [
        { ...base, format: v1.SchemaFormat.SCHEMA_FORMAT_UNSPECIFIED, definition: utf8.encode('{}') },
        'schema.format',
      ],
      [
        {
          ...base,
          format: v1.SchemaFormat.SCHEMA_FORMAT_PROTOBUF,
          definition: utf8.encode('syntax = "proto3"; message A { string x = 1; }'),
          messageType: 'B',
        },
        'schema.message_type',
      ],
    ];
    for (const [schema, field] of cases) {
      await expect(d.call('registerSchema', { schema })).rejects.toMatchObject({
        code: 'INVALID_FIELD',
        category: 'invalid_argument',
        context: expect.objectContaining({ field }),
      });
    }
  }, 20_000);
});

describe('refusals', () => {
  it('error: each bad SendMessage field is INVALID_ARGUMENT naming it', async () => {
    const cases: [Partial<v1.ISendMessageRequest>, string][] = [
      [{ sourceChain: '' }, 'source_chain'],
      [{ sourceChain: 'nowhere-1' }, 'source_chain'],
      [{ sourceChannel: 'channel-9' }, 'source_channel'],
      [{ app: '' }, 'app'],
      [{ payload: new Uint8Array(1024 * 1024 + 1) }, 'payload'],
      [{ timeoutHeight: null, timeoutTimestampNs: toU64(0n) }, 'timeout_height'],
      [{ idempotencyKey: 'k'.repeat(257) }, 'idempotency_key'],
    ];
    for (const [change, field] of cases) {
      const rejected = d.call('sendMessage', sendRequest('x', change));
      await expect(rejected).rejects.toMatchObject({
        code: 'INVALID_FIELD',
        category: 'invalid_argument',
        context: expect.objectContaining({ field }),
      });
      await expect(rejected).rejects.toThrow(field);
    }
  });

  it('error: other methods name their fields too', async () => {
    await expect(d.call('getMessage', { messageId: 'not-an-id' })).rejects.toMatchObject({
      context: expect.objectContaining({ field: 'message_id' }),
    });
    await expect(d.call('queryState', { chainId: 'nowhere-1', path: 'x' })).rejects.toMatchObject({
      context: expect.objectContaining({ field: 'chain_id' }),
    });
    await expect(d.call('queryState', { chainId: d.main, path: '' })).rejects.toMatchObject({
      context: expect.objectContaining({ field: 'path' }),
    });
    await expect(d.call('getClient', { chainId: d.main, clientId: '' })).rejects.toMatchObject({
      context: expect.objectContaining({ field: 'client_id' }),
    });
    const watch = d.watch({ cursor: 'abc' });
    await expect(watch.next()).rejects.toMatchObject({
      context: expect.objectContaining({ field: 'cursor' }),
    });
  });

  it('error: Notarize and GetEvidenceReceipt without an evidence service are NOT_SERVED (UNIMPLEMENTED)', async () => {
    await expect(d.call('notarize', { chainId: d.main })).rejects.toMatchObject({
      code: 'NOT_SERVED',
      category: 'unimplemented',
    });
    await expect(d.call('getEvidenceReceipt', { recordId: 'x' })).rejects.toMatchObject({
      code: 'NOT_SERVED',
    });
  });
});

describe('chains and paths', () => {
  it('behavior: ListChains reports type, height and the trusted client; ListPaths and GetClient the configuration and client', async () => {
    const { chains } = await d.call('listChains', {});
    const main = chains.find((c) => c.chainId === d.main);
    expect(main).toMatchObject({
      chainType: 'devnet',
      clientId: d.clientOnHealth,
      clientStatus: v1.ClientStatus.CLIENT_STATUS_ACTIVE,
    });
    expect(BigInt(main?.latestHeight?.height?.toString() ?? '0')).toBeGreaterThan(0n);
    // The test clients trust for an hour.
    const remaining = BigInt(main?.trustingPeriodRemainingS?.toString() ?? '0');
    expect(remaining).toBeGreaterThan(0n);
    expect(remaining).toBeLessThanOrEqual(3_600n);
    const { paths } = await d.call('listPaths', {});
    expect(paths).toEqual([
      expect.objectContaining({
        sourceChain: d.health,
        destChain: d.main,
        ordering: v1.Ordering.ORDERING_UNORDERED,
      }),
    ]);
    const client = await d.call('getClient', { chainId: d.health, clientId: d.clientOnHealth });
    expect(client.clientState).toMatchObject({ clientId: d.clientOnHealth, chainId: d.main });
  });
});
