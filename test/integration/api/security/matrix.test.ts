/**
 * The authentication and authorisation matrix of the Relay API over real
 * gRPC on loopback: a TLS server (callers identified by bearer token) and an
 * mTLS server (by client certificate), with certificates made by openssl
 * (./certs.ts) and a second, untrusted CA. Each cell asserts the gRPC status
 * and Isthmus code, and that nothing changed: the implementation behind the
 * security wrapper is a recording stand-in for the Relay service (the real
 * one is being built in relayer/api), so a refused call must leave it
 * uncalled.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { credentials, status as GrpcStatus, type Client } from '@grpc/grpc-js';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { RunningServer } from '../../../../adapters/grpc/server.js';
import { v1 } from '../../../../proto/index.js';
import {
  createSecurity,
  hashToken,
  policyFrom,
  type Security,
} from '../../../../relayer/api/security/index.js';
import { AGENCY_URI, SERVER_NAME, makeRelayCertificates, type RelayCertificates } from './certs.js';
import { RecordingRelay } from './recording-relay.js';
import { callStream, callUnary, relayClient, startGuardedRelay, type CallOutcome } from './relay-harness.js';

const HEALTH_TOKEN = 'health-token-3f9c1e7a5b2d4c6e8f0a1b2c3d4e5f60';
const READER_TOKEN = 'reader-token-0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const MAX_MESSAGE_BYTES = 64 * 1024;
const PAYLOAD_MARKER = 'patient-consent-PAYLOAD-7d1e';

const send = (chain: string, channel: string, payload = PAYLOAD_MARKER): Uint8Array =>
  v1.SendMessageRequest.encode({
    sourceChain: chain,
    sourceChannel: channel,
    app: 'records',
    payload: Buffer.from(payload),
    idempotencyKey: 'idem-42',
  }).finish();

describe('integration: Relay API authentication and authorisation over gRPC', () => {
  const relay = new RecordingRelay();
  const lines: Record<string, unknown>[] = [];
  const logText: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _enc, done) {
        const text = chunk.toString('utf8');
        logText.push(text);
        for (const line of text.split('\n').filter(Boolean))
          lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    }),
  );
  let certs: RelayCertificates;
  let security: Security;
  let tlsServer: RunningServer;
  let mtlsServer: RunningServer;
  const clients: Client[] = [];
  const tlsClient = (): Client => {
    const c = relayClient(tlsServer.address, credentials.createSsl(certs.ca.cert), SERVER_NAME);
    clients.push(c);
    return c;
  };
  const mtlsClient = (pair?: { cert: Buffer; key: Buffer }): Client => {
    const creds = credentials.createSsl(certs.ca.cert, pair?.key ?? null, pair?.cert ?? null);
    const c = relayClient(mtlsServer.address, creds, SERVER_NAME);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    certs = makeRelayCertificates();
    const policy = policyFrom({
      identities: [
        {
          name: 'health-agency',
          certificates: [{ subject: 'CN=health-gateway,O=Health Agency' }, { subject: `URI:${AGENCY_URI}` }],
          tokens: [await hashToken(HEALTH_TOKEN)],
          allow: [
            {
              methods: ['SendMessage', 'GetMessage', 'WatchMessages'],
              chains: ['health-1'],
              channels: ['channel-0'],
            },
            { methods: ['QueryState'], chains: ['health-1'] },
          ],
        },
        { name: 'reader', tokens: [await hashToken(READER_TOKEN)], allow: [{ methods: ['ListChains'] }] },
      ],
    });
    // Generous: this file tests identities and permissions, ./rate-limit.test.ts the limit.
    security = createSecurity({ policy, rateLimit: { perSecond: 1_000, burst: 1_000 }, logger });
    const tls = { cert: certs.server.cert, key: certs.server.key };
    tlsServer = await startGuardedRelay({ security, relay, logger, tls, maxMessageBytes: MAX_MESSAGE_BYTES });
    mtlsServer = await startGuardedRelay({
      security,
      relay,
      logger,
      tls: { ...tls, ca: certs.ca.cert, requireClientCert: true },
    });
  });

  beforeEach(() => {
    relay.calls.length = 0;
    lines.length = 0;
    logText.length = 0;
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    await Promise.all([tlsServer?.close(), mtlsServer?.close()]);
    await security?.close();
    certs?.remove();
  });

  interface Cell {
    readonly name: string;
    readonly call: () => Promise<CallOutcome>;
    readonly status: GrpcStatus;
    /** The Isthmus code; undefined where the transport, not Isthmus, refuses. */
    readonly code?: string | RegExp;
    /** How many calls reach the implementation. */
    readonly reaches: number;
  }

  const cells: Cell[] = [
    {
      name: 'no credentials',
      call: () => callUnary(tlsClient(), 'SendMessage', send('health-1', 'channel-0')),
      status: GrpcStatus.UNAUTHENTICATED,
      code: 'CREDENTIALS_MISSING',
      reaches: 0,
    },
    {
      name: 'client certificate from an untrusted CA (handshake fails)',
      call: () => callUnary(mtlsClient(certs.rogue), 'SendMessage', send('health-1', 'channel-0')),
      status: GrpcStatus.UNAVAILABLE,
      code: /^(TLS_HANDSHAKE_FAILED|GRPC_UNAVAILABLE)$/,
      reaches: 0,
    },
    {
      name: 'no client certificate on the mTLS server (handshake fails)',
      call: () => callUnary(mtlsClient(), 'SendMessage', send('health-1', 'channel-0'), HEALTH_TOKEN),
      status: GrpcStatus.UNAVAILABLE,
      code: /^(TLS_HANDSHAKE_FAILED|GRPC_UNAVAILABLE)$/,
      reaches: 0,
    },
    {
      name: 'bad token',
      call: () => callUnary(tlsClient(), 'SendMessage', send('health-1', 'channel-0'), `${HEALTH_TOKEN}x`),
      status: GrpcStatus.UNAUTHENTICATED,
      code: 'TOKEN_UNKNOWN',
      reaches: 0,
    },
    {
      name: 'good token',
      call: () => callUnary(tlsClient(), 'SendMessage', send('health-1', 'channel-0'), HEALTH_TOKEN),
      status: GrpcStatus.OK,
      reaches: 1,
    },
    {
      name: 'good certificate',
      call: () => callUnary(mtlsClient(certs.agency), 'SendMessage', send('health-1', 'channel-0')),
      status: GrpcStatus.OK,
      reaches: 1,
    },
    {
      name: 'good certificate and the same identity’s token',
      call: () =>
        callUnary(mtlsClient(certs.agency), 'SendMessage', send('health-1', 'channel-0'), HEALTH_TOKEN),
      status: GrpcStatus.OK,
      reaches: 1,
    },
    {
      name: 'good certificate and another identity’s token',
      call: () => callUnary(mtlsClient(certs.agency), 'ListChains', new Uint8Array(), READER_TOKEN),
      status: GrpcStatus.UNAUTHENTICATED,
      code: 'CREDENTIALS_CONFLICT',
      reaches: 0,
    },
    {
      name: 'certificate of the trusted CA that names no identity',
      call: () => callUnary(mtlsClient(certs.unlisted), 'ListChains', new Uint8Array()),
      status: GrpcStatus.UNAUTHENTICATED,
      code: 'CERTIFICATE_UNKNOWN',
      reaches: 0,
    },
    {
      name: 'forbidden chain',
      call: () => callUnary(tlsClient(), 'SendMessage', send('edu-1', 'channel-0'), HEALTH_TOKEN),
      status: GrpcStatus.PERMISSION_DENIED,
      code: 'PERMISSION_DENIED',
      reaches: 0,
    },
    {
      name: 'forbidden channel',
      call: () => callUnary(tlsClient(), 'SendMessage', send('health-1', 'channel-7'), HEALTH_TOKEN),
      status: GrpcStatus.PERMISSION_DENIED,
      code: 'PERMISSION_DENIED',
      reaches: 0,
    },
    {
      name: 'forbidden method',
      call: () =>
        callUnary(
          tlsClient(),
          'Notarize',
          v1.NotarizeRequest.encode({ chainId: 'health-1', documentHash: Buffer.alloc(32, 1) }).finish(),
          HEALTH_TOKEN,
        ),
      status: GrpcStatus.PERMISSION_DENIED,
      code: 'PERMISSION_DENIED',
      reaches: 0,
    },
    {
      name: 'watch without a chain filter by an identity limited to one chain',
      call: () =>
        callStream(tlsClient(), 'WatchMessages', v1.WatchMessagesRequest.encode({}).finish(), HEALTH_TOKEN),
      status: GrpcStatus.PERMISSION_DENIED,
      code: 'PERMISSION_DENIED',
      reaches: 0,
    },
    {
      name: 'watch within the allowed chain and channel',
      call: () =>
        callStream(
          tlsClient(),
          'WatchMessages',
          v1.WatchMessagesRequest.encode({ chainId: 'health-1', channel: 'channel-0' }).finish(),
          HEALTH_TOKEN,
        ),
      status: GrpcStatus.OK,
      reaches: 1,
    },
    {
      name: 'oversize request (over api.maxMessageBytes)',
      call: () =>
        callUnary(
          tlsClient(),
          'SendMessage',
          send('health-1', 'channel-0', 'x'.repeat(MAX_MESSAGE_BYTES + 1)),
          HEALTH_TOKEN,
        ),
      status: GrpcStatus.RESOURCE_EXHAUSTED,
      code: 'MESSAGE_TOO_LARGE',
      reaches: 0,
    },
    {
      name: 'malformed request bytes',
      // Field 1, length-delimited, claiming 127 bytes that never come.
      call: () => callUnary(tlsClient(), 'SendMessage', Uint8Array.from([0x0a, 0x7f, 0x01]), HEALTH_TOKEN),
      status: GrpcStatus.INVALID_ARGUMENT,
      code: 'MALFORMED_MESSAGE',
      reaches: 0,
    },
  ];

  it.each(cells.map((c) => [c.name, c] as const))('matrix: %s', async (_name, cell) => {
    const outcome = await cell.call();
    expect(outcome.status).toBe(cell.status);
    if (cell.code !== undefined) expect(outcome.error?.code).toMatch(cell.code);
    expect(relay.calls).toHaveLength(cell.reaches);
  });

  it('behavior: the implementation receives the identity the credential named', async () => {
    await callUnary(tlsClient(), 'SendMessage', send('health-1', 'channel-0'), HEALTH_TOKEN);
    await callUnary(mtlsClient(certs.agency), 'SendMessage', send('health-1', 'channel-0'));
    expect(relay.calls.map((c) => c.principal)).toEqual([
      { name: 'health-agency', via: 'token' },
      { name: 'health-agency', via: 'certificate' },
    ]);
  });

  it('error: a denial names the method, chain and channel', async () => {
    const outcome = await callUnary(tlsClient(), 'SendMessage', send('health-1', 'channel-7'), HEALTH_TOKEN);
    expect(outcome.error?.category).toBe('permission_denied');
    expect(outcome.error?.context).toEqual({
      identity: 'health-agency',
      method: 'SendMessage',
      chain: 'health-1',
      channel: 'channel-7',
    });
  });

  it('audit: one line per mutating call with the identity, never the token or the payload', async () => {
    await callUnary(tlsClient(), 'SendMessage', send('health-1', 'channel-0'), HEALTH_TOKEN);
    await callUnary(tlsClient(), 'SendMessage', send('edu-1', 'channel-0'), HEALTH_TOKEN);
    await callUnary(tlsClient(), 'SendMessage', send('health-1', 'channel-0'), `${HEALTH_TOKEN}x`);
    // Reads are not audited.
    await callUnary(tlsClient(), 'ListChains', new Uint8Array(), READER_TOKEN);
    const audit = lines.filter((l) => l.audit === true);
    expect(audit).toHaveLength(3);
    expect(audit[0]).toMatchObject({
      identity: 'health-agency',
      via: 'token',
      method: 'SendMessage',
      chain: 'health-1',
      channel: 'channel-0',
      idempotencyKey: 'idem-42',
      outcome: 'ok',
    });
    expect(typeof audit[0]?.durationMs).toBe('number');
    expect(audit[1]).toMatchObject({
      identity: 'health-agency',
      chain: 'edu-1',
      outcome: 'PERMISSION_DENIED',
    });
    expect(audit[2]).toMatchObject({ identity: null, method: 'SendMessage', outcome: 'TOKEN_UNKNOWN' });
    const all = logText.join('');
    for (const secret of [
      HEALTH_TOKEN,
      READER_TOKEN,
      PAYLOAD_MARKER,
      Buffer.from(PAYLOAD_MARKER).toString('base64'),
    ]) {
      expect(all).not.toContain(secret);
    }
    expect(all).not.toMatch(/authorization|Bearer/i);
  });
});
