/**
 * The SDK's transport behaviour over real loopback gRPC: deadlines, which
 * calls are retried and which never are, the bearer token, mTLS, a watch
 * that resumes after the server drops it, waiting for a status, and the
 * examples of docs/sdk.md.
 *
 * The server is a TEST DOUBLE of the Relay service (StubRelay below) behind
 * the real `serverHandlers(relayMethods, …)` and `startGrpcServer`: the
 * real Relay service (relayer/api) is being built alongside and is not
 * what these tests are about — they pin down the client's side of the wire.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { serverHandlers, type CallContext, type CallerInfo } from '../../../adapters/grpc/service.js';
import {
  startGrpcServer,
  type RetryRuntime,
  type RunningServer,
  type ServerTlsOptions,
} from '../../../adapters/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { toU64, v1 } from '../../../proto/index.js';
import { relayMethods, relayServiceDefinition } from '../../../relayer/api/relay-definition.js';
import { RelayClient, SdkErrorCode, type RelayClientOptions } from '../../../relayer/sdk/index.js';
import * as examples from '../../../docs/examples/sdk.js';
import { makeTestCertificates, SERVER_NAME, type TestCertificates } from '../grpc/certs.js';

const logger = pino({ level: 'silent' });
const MESSAGE_ID = 'health-1/channel-0/7';
/** Retries without real waits: the schedule is retry.ts's business, tested there. */
const noWait: RetryRuntime = { now: () => Date.now(), random: () => 0, sleep: () => Promise.resolve() };

const unavailable = (): IsthmusError =>
  new IsthmusError('NODE_SYNCING', 'relay is catching up', { category: 'unavailable' });

function message(status: v1.MessageStatus, messageId = MESSAGE_ID): v1.Message {
  return v1.Message.create({ messageId, status });
}

function untilCancelled(ctx: CallContext): Promise<never> {
  return new Promise((_resolve, reject) =>
    ctx.signal?.addEventListener('abort', () => reject(ctx.signal?.reason)),
  );
}

/** TEST DOUBLE of the Relay service: counts calls, fails or hangs on demand, records what it was sent. */
class StubRelay {
  readonly calls = new Map<string, number>();
  readonly idempotencyKeys: string[] = [];
  readonly watchCursors: string[] = [];
  readonly authorizations: (string | undefined)[] = [];
  readonly peerNames: (string | undefined)[] = [];
  failures = new Map<string, number>();
  hang = new Set<string>();
  /** One script per WatchMessages call: updates, then an error or the stream's end. */
  watchScripts: (readonly (v1.WatchMessagesResponse | IsthmusError | 'hang')[])[] = [];
  messageStatus = v1.MessageStatus.MESSAGE_STATUS_SENT;
  lastPayload: Uint8Array = new Uint8Array(0);

  reset(): void {
    for (const list of [this.idempotencyKeys, this.watchCursors, this.authorizations, this.peerNames]) {
      list.length = 0;
    }
    this.calls.clear();
    this.failures.clear();
    this.hang.clear();
    this.watchScripts = [];
    this.messageStatus = v1.MessageStatus.MESSAGE_STATUS_SENT;
  }

  preflight = (caller: CallerInfo): void => {
    const auth = caller.metadata.get('authorization')[0];
    this.authorizations.push(typeof auth === 'string' ? auth : undefined);
    const cn = caller.peerCertificate?.subject.CN;
    this.peerNames.push(Array.isArray(cn) ? cn.join(',') : cn);
  };

  calledTimes(method: string): number {
    return this.calls.get(method) ?? 0;
  }

  async #enter(method: string, ctx: CallContext): Promise<void> {
    this.calls.set(method, this.calledTimes(method) + 1);
    const left = this.failures.get(method) ?? 0;
    if (left > 0) {
      this.failures.set(method, left - 1);
      throw unavailable();
    }
    if (this.hang.has(method)) await untilCancelled(ctx);
  }

  async sendMessage(req: v1.SendMessageRequest, ctx: CallContext): Promise<v1.ISendMessageResponse> {
    this.idempotencyKeys.push(req.idempotencyKey);
    this.lastPayload = req.payload;
    await this.#enter('sendMessage', ctx);
    return { messageId: `${req.sourceChain}/${req.sourceChannel}/7`, txId: 'tx-1' };
  }

  async getMessage(req: v1.GetMessageRequest, ctx: CallContext): Promise<v1.IMessage> {
    await this.#enter('getMessage', ctx);
    return message(this.messageStatus, req.messageId);
  }

  async *watchMessages(
    req: v1.WatchMessagesRequest,
    ctx: CallContext,
  ): AsyncIterable<v1.IWatchMessagesResponse> {
    this.calls.set('watchMessages', this.calledTimes('watchMessages') + 1);
    this.watchCursors.push(req.cursor);
    for (const step of this.watchScripts.shift() ?? []) {
      if (step === 'hang') await untilCancelled(ctx);
      else if (step instanceof IsthmusError) throw step;
      else yield step;
    }
  }

  async queryState(_req: v1.QueryStateRequest, ctx: CallContext): Promise<v1.IQueryStateResponse> {
    await this.#enter('queryState', ctx);
    return {
      value: new TextEncoder().encode('synthetic'),
      exists: true,
      verdict: { clientId: '07-tendermint-0', verified: true },
    };
  }

  async listChains(_req: v1.ListChainsRequest, ctx: CallContext): Promise<v1.IListChainsResponse> {
    await this.#enter('listChains', ctx);
    return { chains: [{ chainId: 'main-1', latestHeight: { revision: toU64(1n), height: toU64(9n) } }] };
  }

  async listPaths(_req: v1.ListPathsRequest, ctx: CallContext): Promise<v1.IListPathsResponse> {
    await this.#enter('listPaths', ctx);
    return { paths: [] };
  }

  async getClient(req: v1.GetClientRequest, ctx: CallContext): Promise<v1.IGetClientResponse> {
    await this.#enter('getClient', ctx);
    throw new IsthmusError('CLIENT_NOT_FOUND', `no client ${req.clientId}`, {
      category: 'not_found',
      context: { chainId: req.chainId, clientId: req.clientId },
    });
  }

  async catalog(_req: v1.CatalogRequest, ctx: CallContext): Promise<v1.ICatalogResponse> {
    await this.#enter('catalog', ctx);
    return {};
  }

  async registerSchema(req: v1.RegisterSchemaRequest, ctx: CallContext): Promise<v1.IRegisterSchemaResponse> {
    await this.#enter('registerSchema', ctx);
    return { schema: { ...req.schema, version: 1 } };
  }

  async notarize(req: v1.NotarizeRequest, ctx: CallContext): Promise<v1.INotarizeResponse> {
    this.idempotencyKeys.push(req.idempotencyKey);
    await this.#enter('notarize', ctx);
    return {
      recordId: `${req.chainId}/${Buffer.from(req.documentHash).toString('hex')}`,
      chainId: req.chainId,
    };
  }

  async getEvidenceReceipt(
    req: v1.GetEvidenceReceiptRequest,
    ctx: CallContext,
  ): Promise<v1.IEvidenceReceipt> {
    await this.#enter('getEvidenceReceipt', ctx);
    return { version: 1, recordId: req.recordId, value: Uint8Array.of(1) };
  }
}

const update = (cursor: string, status: v1.MessageStatus, messageId = MESSAGE_ID): v1.WatchMessagesResponse =>
  v1.WatchMessagesResponse.create({ message: message(status, messageId), cursor });

async function serve(relay: StubRelay, tls?: ServerTlsOptions): Promise<RunningServer> {
  return startGrpcServer(
    (server) =>
      server.addService(
        relayServiceDefinition,
        serverHandlers(relayMethods, relay, logger, { preflight: relay.preflight }),
      ),
    { logger, shutdownGraceMs: 500, ...(tls && { tls }) },
  );
}

async function failure(p: Promise<unknown>): Promise<IsthmusError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof IsthmusError))
    throw new Error(`expected an IsthmusError, got ${String(e)}`, { cause: e });
  return e;
}

describe('integration: RelayClient over plaintext loopback', () => {
  const relay = new StubRelay();
  let server: RunningServer;
  const clients: RelayClient[] = [];
  const client = (options: Partial<RelayClientOptions> = {}): RelayClient => {
    const c = new RelayClient({ address: server.address, retryRuntime: noWait, ...options });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    server = await serve(relay);
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
    relay.reset();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('behavior: each RPC has a typed method; server errors come back with their code, category and context', async () => {
    const c = client();
    expect((await c.listChains()).chains[0]?.chainId).toBe('main-1');
    expect((await c.listPaths()).paths).toEqual([]);
    expect(await c.catalog()).toBeInstanceOf(v1.CatalogResponse);
    expect(
      (await c.queryState({ chainId: 'main-1', path: 'records/x', height: { revision: 1n, height: 5n } }))
        .exists,
    ).toBe(true);
    expect((await c.getMessage(MESSAGE_ID)).messageId).toBe(MESSAGE_ID);
    expect((await c.getEvidenceReceipt('notary-1/ab')).recordId).toBe('notary-1/ab');
    const e = await failure(c.getClient({ chainId: 'main-1', clientId: '07-tendermint-9' }));
    expect(e).toMatchObject({
      code: 'CLIENT_NOT_FOUND',
      category: 'not_found',
      context: { chainId: 'main-1', clientId: '07-tendermint-9' },
    });
    expect(relay.calledTimes('getClient')).toBe(1);
  });

  it('error: the default deadline ends a hanging call with a typed DEADLINE_EXCEEDED; a per-call deadline overrides it', async () => {
    relay.hang.add('registerSchema').add('catalog');
    const e = await failure(
      client({ timeoutMs: 250 }).registerSchema({ chainId: 'health-1', channel: 'channel-0' }),
    );
    expect(e).toMatchObject({ code: 'GRPC_DEADLINE_EXCEEDED', category: 'deadline_exceeded' });
    expect(relay.calledTimes('registerSchema')).toBe(1);
    const slow = client({ timeoutMs: 60_000, retry: { maxAttempts: 1 } });
    expect(await failure(slow.catalog({ timeoutMs: 250 }))).toMatchObject({ code: 'GRPC_DEADLINE_EXCEEDED' });
  });

  it('behavior: a read is retried through UNAVAILABLE twice, then succeeds', async () => {
    relay.failures.set('listChains', 2);
    const chains = await client().listChains();
    expect(chains.chains).toHaveLength(1);
    expect(relay.calledTimes('listChains')).toBe(3);
  });

  it('error: a read gives up after maxAttempts with the server error', async () => {
    relay.failures.set('queryState', 5);
    const e = await failure(
      client({ retry: { maxAttempts: 3 } }).queryState({ chainId: 'main-1', path: 'p' }),
    );
    expect(e).toMatchObject({ code: 'NODE_SYNCING', category: 'unavailable' });
    expect(relay.calledTimes('queryState')).toBe(3);
  });

  it('error: SendMessage without an idempotency key is sent once, never retried', async () => {
    relay.failures.set('sendMessage', 1);
    const send = {
      sourceChain: 'health-1',
      sourceChannel: 'channel-0',
      app: 'records',
      payload: Uint8Array.of(1),
    };
    const e = await failure(client().sendMessage({ ...send, idempotencyKey: '' }));
    expect(e.code).toBe('NODE_SYNCING');
    expect(relay.calledTimes('sendMessage')).toBe(1);
    relay.failures.set('sendMessage', 1);
    await failure(client({ idempotencyKeys: 'caller' }).sendMessage(send));
    expect(relay.calledTimes('sendMessage')).toBe(2);
    expect(relay.idempotencyKeys).toEqual(['', '']);
  });

  it('behavior: SendMessage and Notarize with a key (generated or given) are retried with the same key', async () => {
    relay.failures.set('sendMessage', 2);
    const sent = await client().sendMessage({
      sourceChain: 'health-1',
      sourceChannel: 'channel-0',
      app: 'records',
      payload: Uint8Array.of(1),
      timeoutTimestampNs: 1_800_000_000_000_000_000n,
    });
    expect(sent.messageId).toBe(MESSAGE_ID);
    expect(relay.calledTimes('sendMessage')).toBe(3);
    const [generated] = relay.idempotencyKeys;
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect(relay.idempotencyKeys).toEqual([generated, generated, generated]);
    relay.idempotencyKeys.length = 0;
    relay.failures.set('notarize', 1);
    await client().notarize({
      chainId: 'notary-1',
      documentHash: new Uint8Array(32),
      idempotencyKey: 'permit-42',
    });
    expect(relay.idempotencyKeys).toEqual(['permit-42', 'permit-42']);
  });

  it('error: RegisterSchema is never retried', async () => {
    relay.failures.set('registerSchema', 1);
    await failure(client().registerSchema({ chainId: 'health-1', channel: 'channel-0' }));
    expect(relay.calledTimes('registerSchema')).toBe(1);
  });

  it('behavior: the bearer token arrives as authorization metadata on every call, a function token is read each time', async () => {
    await client({ token: 'agency-token-1' }).listPaths();
    let n = 0;
    const rotating = client({ token: () => `rotated-${(n += 1)}` });
    await rotating.listPaths();
    await rotating.catalog();
    await client().listPaths();
    expect(relay.authorizations).toEqual([
      'Bearer agency-token-1',
      'Bearer rotated-1',
      'Bearer rotated-2',
      undefined,
    ]);
  });

  it('error: a token over plaintext to a host that is not loopback is refused at construction', () => {
    expect(() => new RelayClient({ address: 'relay.example.test:443', token: 't' })).toThrow(
      expect.objectContaining({ code: SdkErrorCode.TokenRequiresTls, category: 'invalid_argument' }),
    );
  });

  it('behavior: a watch resumes from the last cursor after the server drops the stream', async () => {
    const { SENT, RECEIVED, ACKNOWLEDGED } = {
      SENT: v1.MessageStatus.MESSAGE_STATUS_SENT,
      RECEIVED: v1.MessageStatus.MESSAGE_STATUS_RECEIVED,
      ACKNOWLEDGED: v1.MessageStatus.MESSAGE_STATUS_ACKNOWLEDGED,
    };
    relay.watchScripts = [
      [update('c1', SENT), update('c2', RECEIVED), unavailable()],
      [update('c3', ACKNOWLEDGED)],
    ];
    const watch = client().watchMessages({ chainId: 'health-1', statuses: ['received', 'acknowledged'] });
    const seen: string[] = [];
    for await (const u of watch) seen.push(u.cursor);
    expect(seen).toEqual(['c1', 'c2', 'c3']);
    expect(relay.watchCursors).toEqual(['', 'c2']);
    expect(watch.cursor).toBe('c3');
  });

  it('behavior: cancel() ends an open watch without an error', async () => {
    relay.watchScripts = [[update('c1', v1.MessageStatus.MESSAGE_STATUS_SENT), 'hang']];
    const watch = client().watchMessages();
    const seen: string[] = [];
    for await (const u of watch) {
      seen.push(u.cursor);
      setTimeout(() => watch.cancel(), 50);
    }
    expect(seen).toEqual(['c1']);
  });

  it('behavior: waitForStatus resolves when the watch shows the status; the current status is read first', async () => {
    relay.watchScripts = [
      [
        update('c1', v1.MessageStatus.MESSAGE_STATUS_ACKNOWLEDGED, 'health-1/channel-0/6'),
        update('c2', v1.MessageStatus.MESSAGE_STATUS_RECEIVED),
        update('c3', v1.MessageStatus.MESSAGE_STATUS_ACKNOWLEDGED),
        'hang',
      ],
    ];
    const done = await client().waitForStatus(MESSAGE_ID, 'acknowledged', { timeoutMs: 10_000 });
    expect(done.status).toBe(v1.MessageStatus.MESSAGE_STATUS_ACKNOWLEDGED);
    expect(relay.calledTimes('getMessage')).toBe(1);
    relay.messageStatus = v1.MessageStatus.MESSAGE_STATUS_RECEIVED;
    expect((await client().waitForStatus(MESSAGE_ID, 'sent')).status).toBe(
      v1.MessageStatus.MESSAGE_STATUS_RECEIVED,
    );
  });

  it('error: waitForStatus is SDK_STATUS_UNREACHABLE at another final status, SDK_WAIT_TIMEOUT when nothing comes', async () => {
    relay.watchScripts = [[update('c1', v1.MessageStatus.MESSAGE_STATUS_TIMED_OUT), 'hang'], ['hang']];
    const c = client();
    expect(await failure(c.waitForStatus(MESSAGE_ID, 'acknowledged'))).toMatchObject({
      code: SdkErrorCode.StatusUnreachable,
      context: { messageId: MESSAGE_ID, current: 'timed_out' },
    });
    expect(await failure(c.waitForStatus(MESSAGE_ID, 'received', { timeoutMs: 300 }))).toMatchObject({
      code: SdkErrorCode.WaitTimeout,
      category: 'deadline_exceeded',
    });
  });

  it('behavior: the examples of docs/sdk.md run against the service', async () => {
    const c = client({ token: 'agency-token' });
    expect(await examples.sendRecord(c, '2025-0042')).toBe(MESSAGE_ID);
    expect(relay.idempotencyKeys).toEqual(['case-2025-0042']);
    const acknowledged = v1.MessageStatus.MESSAGE_STATUS_ACKNOWLEDGED;
    relay.watchScripts = [[update('c1', acknowledged), update('c2', acknowledged), 'hang']];
    expect(await examples.followChannel(c, 2)).toBe('c2');
    relay.messageStatus = acknowledged;
    expect(await examples.untilAcknowledged(c, MESSAGE_ID)).toBe(0);
    expect(new TextDecoder().decode(await examples.readVerified(c, 'records/x'))).toBe('synthetic');
    expect(await examples.registerRecordSchema(c)).toBe(1);
    expect(await examples.notarizeDocument(c, new TextEncoder().encode('synthetic permit'))).toEqual(
      Uint8Array.of(1),
    );
    const keys = examples.makeAgencyKeys();
    expect(await examples.sendSealed(c, keys.publicKey, 'synthetic record')).toBe(MESSAGE_ID);
    expect(examples.openReceived(relay.lastPayload, keys.privateKey)).toBe('synthetic record');
    expect(() => examples.openReceived(relay.lastPayload, examples.makeAgencyKeys().privateKey)).toThrow(
      expect.objectContaining({ code: SdkErrorCode.PayloadDecryptFailed }),
    );
    expect(new Set(relay.authorizations)).toEqual(new Set(['Bearer agency-token']));
  });
});

describe('integration: RelayClient over mTLS', () => {
  const relay = new StubRelay();
  let certs: TestCertificates;
  let server: RunningServer;
  const clients: RelayClient[] = [];

  beforeAll(async () => {
    certs = makeTestCertificates();
    server = await serve(relay, {
      cert: certs.server.cert,
      key: certs.server.key,
      ca: certs.ca.cert,
      requireClientCert: true,
    });
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.close();
    certs?.remove();
  });

  it('behavior: a client with a certificate from the trusted CA (files) calls with its token; the server sees both', async () => {
    const c = new RelayClient({
      address: server.address,
      tls: {
        ca: { path: certs.ca.certPath },
        cert: { path: certs.client.certPath },
        key: { path: certs.client.keyPath },
        serverNameOverride: SERVER_NAME,
      },
      token: 'agency-token',
    });
    clients.push(c);
    expect((await c.listChains()).chains).toHaveLength(1);
    expect(relay.peerNames).toEqual(['relayer']);
    expect(relay.authorizations).toEqual(['Bearer agency-token']);
  });

  it('error: a client without a certificate is refused (TLS_HANDSHAKE_FAILED), not retried into success', async () => {
    const c = new RelayClient({
      address: server.address,
      tls: { ca: certs.ca.cert, serverNameOverride: SERVER_NAME },
      retry: { maxAttempts: 1 },
    });
    clients.push(c);
    const before = relay.calledTimes('listChains');
    expect((await failure(c.listChains())).code).toBe('TLS_HANDSHAKE_FAILED');
    expect(relay.calledTimes('listChains')).toBe(before);
  });
});
