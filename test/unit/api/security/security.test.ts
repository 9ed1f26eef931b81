/**
 * createSecurity in process: the principal a wrapped method trusts, closing,
 * and the audit lines of refused calls. The implementation is a recording
 * stand-in for the Relay service (the real one is being built in
 * relayer/api), so "nothing changed" means "not called".
 */
import { describe, expect, it } from '@jest/globals';
import { Metadata } from '@grpc/grpc-js';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { CallerInfo } from '../../../../adapters/grpc/service.js';
import { IsthmusError } from '../../../../light-clients/index.js';
import { v1 } from '../../../../proto/index.js';
import { createSecurity, hashToken, policyFrom } from '../../../../relayer/api/security/index.js';
import { RecordingRelay } from '../../../integration/api/security/recording-relay.js';

const TOKEN = 'unit-token-9a8b7c6d5e4f30211203f4e5d6c7b8a9';

function caller(method: string, token?: string): CallerInfo {
  const metadata = new Metadata();
  if (token !== undefined) metadata.set('authorization', `Bearer ${token}`);
  return { method: `/isthmus.v1.Relay/${method}`, metadata, peer: 'ipv4:127.0.0.1:1' };
}

async function errorOf(p: Promise<unknown>): Promise<IsthmusError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!IsthmusError.is(err)) throw new Error(`expected an IsthmusError, got ${String(err)}`);
  return err;
}

async function setup(rateLimit = { perSecond: 1_000, burst: 1_000 }) {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const l of chunk.toString('utf8').split('\n').filter(Boolean))
          lines.push(JSON.parse(l) as Record<string, unknown>);
        done();
      },
    }),
  );
  const policy = policyFrom({
    identities: [
      {
        name: 'notary',
        tokens: [await hashToken(TOKEN)],
        allow: [{ methods: ['Notarize', 'WatchMessages'], chains: ['n-1'] }],
      },
    ],
  });
  const security = createSecurity({ policy, rateLimit, logger });
  const relay = new RecordingRelay();
  return { security, relay, wrapped: security.wrap(relay), lines };
}

const notarize = (chainId: string): v1.NotarizeRequest =>
  v1.NotarizeRequest.create({ chainId, documentHash: Buffer.alloc(32, 7), idempotencyKey: 'k-1' });

describe('unit: Relay API security layer', () => {
  it('behavior: a call with the preflight’s principal reaches the implementation and is audited', async () => {
    const { security, relay, wrapped, lines } = await setup();
    const principal = await security.preflight(caller('Notarize', TOKEN));
    await wrapped.notarize(notarize('n-1'), { principal });
    expect(relay.calls.map((c) => c.method)).toEqual(['notarize']);
    expect(lines).toEqual([
      expect.objectContaining({
        audit: true,
        identity: 'notary',
        via: 'token',
        method: 'Notarize',
        chain: 'n-1',
        idempotencyKey: 'k-1',
        outcome: 'ok',
      }),
    ]);
  });

  it('error: a principal the preflight did not issue is UNAUTHENTICATED, and nothing is called', async () => {
    const { relay, wrapped } = await setup();
    const forged = { name: 'notary', via: 'token' };
    expect((await errorOf(wrapped.notarize(notarize('n-1'), { principal: forged }))).code).toBe(
      'CREDENTIALS_MISSING',
    );
    expect((await errorOf(wrapped.notarize(notarize('n-1'), {}))).category).toBe('unauthenticated');
    expect(relay.calls).toEqual([]);
  });

  it('error: a stream is refused before the implementation runs', async () => {
    const { security, relay, wrapped } = await setup();
    const principal = await security.preflight(caller('WatchMessages', TOKEN));
    const stream = wrapped.watchMessages(v1.WatchMessagesRequest.create({ chainId: 'other-1' }), {
      principal,
    });
    const err = await errorOf(
      (async () => {
        for await (const _ of stream) void _;
      })(),
    );
    expect(err.code).toBe('PERMISSION_DENIED');
    expect(relay.calls).toEqual([]);
  });

  it('audit: a mutating call refused in the preflight is audited without an identity or the token', async () => {
    const { security, lines } = await setup();
    await errorOf(security.preflight(caller('Notarize', `${TOKEN}-wrong`)));
    // Reads refused in the preflight are not audited.
    await errorOf(security.preflight(caller('ListChains')));
    expect(lines).toEqual([
      expect.objectContaining({ audit: true, identity: null, method: 'Notarize', outcome: 'TOKEN_UNKNOWN' }),
    ]);
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });

  it('error: over the rate limit is RESOURCE_EXHAUSTED with retryAfterMs', async () => {
    const { security } = await setup({ perSecond: 0.5, burst: 1 });
    await security.preflight(caller('Notarize', TOKEN));
    const err = await errorOf(security.preflight(caller('Notarize', TOKEN)));
    expect(err.code).toBe('RATE_LIMITED');
    expect(err.category).toBe('resource_exhausted');
    expect(err.context.retryAfterMs).toBeGreaterThan(0);
  });

  it('behavior: after close, calls are refused as UNAVAILABLE', async () => {
    const { security } = await setup();
    await security.close();
    const err = await errorOf(security.preflight(caller('Notarize', TOKEN)));
    expect(err.code).toBe('API_CLOSING');
    expect(err.retryable).toBe(true);
  });
});
