/**
 * TLS and mutual TLS between the Ledger client and server over real loopback
 * gRPC, with certificates made for the test by `openssl` (./certs.ts) in a
 * temporary folder.
 *
 * The chain behind the servers is the FlakyLedger test double
 * (./flaky-ledger.ts), used here only to count the calls that get through.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { credentials } from '@grpc/grpc-js';
import { pino } from 'pino';
import {
  LedgerClient,
  startLedgerServer,
  systemRetryRuntime,
  type ClientTlsOptions,
  type RunningServer,
} from '../../../adapters/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { SERVER_NAME, makeTestCertificates, type TestCertificates } from './certs.js';
import { FlakyLedger } from './flaky-ledger.js';

async function failure(p: Promise<unknown>): Promise<IsthmusError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof IsthmusError)) throw new Error(`expected an IsthmusError, got ${String(e)}`);
  return e;
}

describe('integration: Ledger gRPC over TLS and mTLS on loopback', () => {
  const ledger = new FlakyLedger();
  const logger = pino({ level: 'silent' });
  let certs: TestCertificates;
  let tlsServer: RunningServer;
  let mtlsServer: RunningServer;
  const clients: LedgerClient[] = [];
  /** One attempt: a refused handshake must show its own error, not a retried one. */
  const client = (address: string, tls?: ClientTlsOptions): LedgerClient => {
    const c = new LedgerClient({ address, retry: { maxAttempts: 1 }, ...(tls && { tls }) });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    certs = makeTestCertificates();
    tlsServer = await startLedgerServer({
      ledger,
      logger,
      tls: { cert: certs.server.cert, key: certs.server.key },
    });
    // File paths this time: the server reads them itself.
    mtlsServer = await startLedgerServer({
      ledger,
      logger,
      tls: {
        cert: { path: certs.server.certPath },
        key: { path: certs.server.keyPath },
        ca: { path: certs.ca.certPath },
        requireClientCert: true,
      },
    });
  });

  beforeEach(() => ledger.reset());

  afterAll(async () => {
    for (const c of clients) c.close();
    await Promise.all([tlsServer?.close(), mtlsServer?.close()]);
    certs?.remove();
  });

  it('behavior: a client trusting the CA completes a TLS round trip', async () => {
    const info = await client(tlsServer.address, {
      ca: certs.ca.cert,
      serverNameOverride: SERVER_NAME,
    }).getChainInfo({});
    expect(info.chainId).toBe('health-1');
    expect(ledger.calls('getChainInfo')).toBe(1);
  });

  it('behavior: mTLS accepts a client certificate from the trusted CA (PEM from files)', async () => {
    const c = client(mtlsServer.address, {
      ca: { path: certs.ca.certPath },
      cert: { path: certs.client.certPath },
      key: { path: certs.client.keyPath },
      serverNameOverride: SERVER_NAME,
    });
    expect((await c.getChainInfo({})).chainId).toBe('health-1');
  });

  it('error: mTLS rejects a client without a certificate: TLS_HANDSHAKE_FAILED, the ledger never called', async () => {
    const err = await failure(
      client(mtlsServer.address, { ca: certs.ca.cert, serverNameOverride: SERVER_NAME }).getChainInfo({}),
    );
    expect(err.code).toBe('TLS_HANDSHAKE_FAILED');
    expect(err.category).toBe('unavailable');
    expect(ledger.calls('getChainInfo')).toBe(0);
  });

  it('error: mTLS rejects a client certificate from an untrusted CA', async () => {
    const err = await failure(
      client(mtlsServer.address, {
        ca: certs.ca.cert,
        cert: certs.rogueClient.cert,
        key: certs.rogueClient.key,
        serverNameOverride: SERVER_NAME,
      }).getChainInfo({}),
    );
    // The server drops the connection; grpc-js may report only "Failed to
    // connect", which cannot be told from any other refused connection.
    expect(['TLS_HANDSHAKE_FAILED', 'GRPC_UNAVAILABLE']).toContain(err.code);
    expect(err.category).toBe('unavailable');
    expect(ledger.calls('getChainInfo')).toBe(0);
  });

  it('error: a client that does not trust the server certificate fails with TLS_HANDSHAKE_FAILED', async () => {
    const err = await failure(
      client(tlsServer.address, { ca: certs.rogueCa.cert, serverNameOverride: SERVER_NAME }).getChainInfo({}),
    );
    expect(err.code).toBe('TLS_HANDSHAKE_FAILED');
    expect(err.message).toMatch(/certificate/);
    expect(ledger.calls('getChainInfo')).toBe(0);
  });

  it('error: a server certificate for another name fails with TLS_HANDSHAKE_FAILED', async () => {
    const err = await failure(
      client(tlsServer.address, { ca: certs.ca.cert, serverNameOverride: 'other.test' }).getChainInfo({}),
    );
    expect(err.code).toBe('TLS_HANDSHAKE_FAILED');
    expect(ledger.calls('getChainInfo')).toBe(0);
  });

  it('error: a TLS handshake failure is not retried even when retries are on', async () => {
    const waits: number[] = [];
    const c = new LedgerClient({
      address: mtlsServer.address,
      tls: { ca: certs.ca.cert, serverNameOverride: SERVER_NAME },
      retry: { maxAttempts: 5 },
      retryRuntime: {
        ...systemRetryRuntime,
        sleep: (ms, signal) => {
          waits.push(ms);
          return systemRetryRuntime.sleep(ms, signal);
        },
      },
    });
    clients.push(c);
    const err = await failure(c.getChainInfo({}));
    expect(err.code).toBe('TLS_HANDSHAKE_FAILED');
    expect(waits).toEqual([]);
  });

  it('error: a plaintext client cannot call a TLS server', async () => {
    const err = await failure(client(tlsServer.address).getChainInfo({}));
    expect(err.code).toBe('GRPC_UNAVAILABLE');
    expect(ledger.calls('getChainInfo')).toBe(0);
  });

  it('args: tls and ready-made credentials together are TLS_OPTIONS_INVALID', async () => {
    const err = await failure(
      (async () =>
        new LedgerClient({
          address: tlsServer.address,
          tls: { ca: certs.ca.cert },
          credentials: credentials.createInsecure(),
        }))(),
    );
    expect(err.code).toBe('TLS_OPTIONS_INVALID');
    expect(err.category).toBe('invalid_argument');
  });
});
