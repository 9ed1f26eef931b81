/**
 * The HTTP endpoints on a loopback port: `/healthz` answers while the
 * server runs, `/metrics` serves the registry's text, `/readyz` is 200 only
 * when every check passes within its bound and otherwise names the failed
 * ones. Readiness checks are fakes here (a dependency that answers, fails
 * or never answers); the real ones run in the integration suite.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import {
  OBSERVABILITY_TIMEOUT,
  RelayerMetrics,
  startHttpServer,
  type HttpServer,
  type ReadinessCheck,
} from '../../../relayer/observability/index.js';
import { parseExposition, valueOf } from './prom-text.js';

const logger = pino({ level: 'silent' });
let server: HttpServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(
  checks: () => readonly ReadinessCheck[],
): Promise<{ url: string; metrics: RelayerMetrics }> {
  const metrics = new RelayerMetrics({ logger, processMetrics: false });
  server = await startHttpServer({
    listen: '127.0.0.1:0',
    metrics,
    readiness: checks,
    readyTimeoutMs: 100,
    logger,
  });
  return { url: `http://${server.address}`, metrics };
}

describe('startHttpServer', () => {
  it('behavior: /healthz is 200 and /metrics serves the Prometheus text', async () => {
    const { url, metrics } = await serve(() => []);
    metrics.submissionError('main-1', 'UNAVAILABLE');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const res = await fetch(`${url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const parsed = parseExposition(await res.text());
    expect(valueOf(parsed, 'isthmus_submission_errors_total', { chain: 'main-1', code: 'UNAVAILABLE' })).toBe(
      1,
    );
  });

  it('behavior: /readyz is 200 when every check answers, 503 naming each that fails or does not answer in time', async () => {
    let down = false;
    const { url } = await serve(() => [
      { name: 'ledger main-1', check: () => Promise.resolve(1n) },
      {
        name: 'ledger health-1',
        check: () => (down ? Promise.reject(new Error('connection refused')) : Promise.resolve(1n)),
      },
      { name: 'nats', check: () => (down ? new Promise(() => undefined) : Promise.resolve(0n)) },
    ]);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, failed: [] });
    down = true;
    const notReady = await fetch(`${url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(notReady.headers.get('content-type')).toBe('application/json');
    const body = (await notReady.json()) as { ready: boolean; failed: { check: string; code: string }[] };
    expect(body.ready).toBe(false);
    expect(body.failed.map((f) => f.check)).toEqual(['ledger health-1', 'nats']);
    expect(body.failed[1]?.code).toBe(OBSERVABILITY_TIMEOUT);
  });

  it('error: an unknown path is 404, another method 405', async () => {
    const { url } = await serve(() => []);
    expect((await fetch(`${url}/nothing`)).status).toBe(404);
    expect((await fetch(`${url}/metrics`, { method: 'POST' })).status).toBe(405);
  });
});
