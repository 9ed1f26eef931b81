/**
 * The relayer's HTTP endpoints (node:http): `GET /metrics` (Prometheus
 * text), `GET /healthz` (liveness: 200 while the process serves) and
 * `GET /readyz` (200 when every readiness check passes, else 503 with a
 * JSON body naming the failed ones). With a dashboard, its page, assets,
 * `/api/` and `/events` are served too (dashboard/). Anything else is 404,
 * other methods 405.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IsthmusError } from '../../light-clients/index.js';
import type { Logger } from '../logger.js';
import type { Dashboard } from './dashboard/index.js';
import type { RelayerMetrics } from './metrics.js';
import { checkReadiness, type ReadinessCheck } from './readiness.js';

export const HTTP_LISTEN_FAILED = 'HTTP_LISTEN_FAILED';

export interface HttpServerOptions {
  /** `host:port` (`[v6]:port`); port 0 picks a free one. */
  readonly listen: string;
  readonly metrics: RelayerMetrics;
  /** Read when `/readyz` is asked, so it covers the chains running then. */
  readonly readiness: () => readonly ReadinessCheck[];
  /** Bound on each readiness check (default 2 s). */
  readonly readyTimeoutMs?: number;
  /** Serves the dashboard's paths; closed with the server. */
  readonly dashboard?: Dashboard;
  readonly logger: Logger;
}

export interface HttpServer {
  /** `host:port` it listens on (the port chosen, when 0 was asked). */
  readonly address: string;
  close(): Promise<void>;
}

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const log = options.logger.child({ module: 'http' });
  const { host, port } = splitHostPort(options.listen);
  const server = createServer((req, res) => {
    route(req, res, options).catch((err: unknown) => {
      log.error({ err, url: req.url }, 'http request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (cause) =>
      reject(
        new IsthmusError(HTTP_LISTEN_FAILED, `cannot listen on ${options.listen}`, {
          category: 'unavailable',
          context: { listen: options.listen },
          cause,
        }),
      ),
    );
    server.listen(port, host, () => resolve());
  });
  const bound = server.address() as AddressInfo;
  const address =
    bound.family === 'IPv6' ? `[${bound.address}]:${bound.port}` : `${bound.address}:${bound.port}`;
  log.info({ address }, 'http endpoints listening');
  return {
    address,
    close: async () => {
      await options.dashboard?.close();
      await new Promise<void>((resolve) => {
        // Scrapers and event streams keep connections open: close them, or close() waits for their timeout.
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

async function route(req: IncomingMessage, res: ServerResponse, options: HttpServerOptions): Promise<void> {
  if (options.dashboard && (await options.dashboard.handle(req, res))) return;
  const path = (req.url ?? '/').split('?')[0];
  if (path !== '/metrics' && path !== '/healthz' && path !== '/readyz') {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { 'content-type': 'text/plain', allow: 'GET, HEAD' }).end('method not allowed\n');
    return;
  }
  if (path === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
    return;
  }
  if (path === '/metrics') {
    const text = await options.metrics.text();
    res.writeHead(200, { 'content-type': options.metrics.contentType }).end(text);
    return;
  }
  const readiness = await checkReadiness(options.readiness(), options.readyTimeoutMs ?? 2_000);
  res
    .writeHead(readiness.ready ? 200 : 503, { 'content-type': 'application/json' })
    .end(`${JSON.stringify(readiness)}\n`);
}

function splitHostPort(listen: string): { host: string; port: number } {
  const at = listen.lastIndexOf(':');
  const host = listen.slice(0, at).replace(/^\[(.*)\]$/, '$1');
  return { host, port: Number(listen.slice(at + 1)) };
}
