/**
 * The dashboard's HTTP surface without a browser, on a loopback port: the
 * page and assets with their content types and Content-Security-Policy,
 * the JSON endpoints over fake chains, clients and queues and a real
 * in-memory bus and status store, ids and limits refused with a 400 JSON
 * error, and the `/events` stream framed as Server-Sent Events (a
 * `snapshot`, then a `packet` for a status change published meanwhile).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import type { Ledger } from '../../../adapters/index.js';
import { toU64 } from '../../../proto/index.js';
import { MemoryBus, type QueueCounts } from '../../../relayer/drivers/index.js';
import {
  Dashboard,
  RelayerMetrics,
  startHttpServer,
  type HttpServer,
} from '../../../relayer/observability/index.js';
import { CONTENT_SECURITY_POLICY } from '../../../relayer/observability/dashboard/index.js';
import type { Alert } from '../../../relayer/roles/alerts.js';
import {
  ensurePacketsStream,
  InMemoryStatusStore,
  PACKETS_STREAM,
  PublishingStatusStore,
  type StatusTransition,
} from '../../../relayer/status/index.js';

const logger = pino({ level: 'silent' });
const NOW_MS = 1_800_000_000_000;
const nowNs = BigInt(NOW_MS) * 1_000_000n;
const PATH = 'main-1/channel-0->health-1/channel-0';

const stops: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const stop of stops.reverse()) await stop();
  stops.length = 0;
});

const counts = (dead: number): QueueCounts => ({ waiting: 0, active: 0, delayed: 0, failed: 0, dead });

function sent(sequence: number): StatusTransition {
  return {
    id: `main-1/channel-0/${sequence}`,
    status: 'sent',
    hop: {
      chainId: 'main-1',
      step: 'send',
      height: 5n,
      txId: `tx-${sequence}`,
      timeNs: nowNs - 4_000_000_000n,
    },
    packet: {
      sourceChain: 'main-1',
      sourceChannel: 'channel-0',
      destChain: 'health-1',
      destChannel: 'channel-0',
      sequence: toU64(BigInt(sequence)),
      app: 'records',
    },
  };
}

function received(sequence: number): StatusTransition {
  return {
    id: `main-1/channel-0/${sequence}`,
    status: 'received',
    hop: { chainId: 'health-1', step: 'recv', height: 9n, txId: 'tx-recv', timeNs: nowNs - 1_000_000_000n },
  };
}

async function serve(): Promise<{ url: string; status: PublishingStatusStore }> {
  const bus = new MemoryBus({ logger });
  stops.push(() => bus.close());
  await ensurePacketsStream(bus);
  const status = new PublishingStatusStore(new InMemoryStatusStore(), bus, logger);
  await status.apply(sent(1));
  await status.apply(received(1));
  const ledger = {
    getLatestHeight: () => Promise.resolve({ height: { revision: toU64(0n), height: toU64(42n) } }),
  } as unknown as Ledger;
  const unreadable = {
    queryClient: () => Promise.reject(new Error('no such client')),
  } as unknown as Ledger;
  const raised: Alert[] = [
    {
      code: 'PROOF_INVALID',
      message: '<script>alert(1)</script>',
      context: { chain: 'health-1', height: 3n },
    },
  ];
  const dashboard = await Dashboard.start({
    sources: {
      chains: () => [
        { id: 'main-1', ledger },
        { id: 'health-1', ledger: undefined },
      ],
      paths: () => [
        {
          source: { chain: 'main-1', channel: 'channel-0' },
          dest: { chain: 'health-1', channel: 'channel-0' },
        },
      ],
      clients: () => [
        { hostChainId: 'main-1', clientId: '07-a', sourceChainId: 'health-1', host: unreadable },
      ],
      pendingPackets: () => status.list({ statuses: ['sent', 'proven', 'received'] }),
      queues: () => ['deliver-health-1'],
      queueCounts: () => Promise.resolve(counts(2)),
      status,
      bus,
      packetsStream: PACKETS_STREAM,
      alerts: () => raised,
    },
    logger,
    now: () => NOW_MS,
  });
  const server: HttpServer = await startHttpServer({
    listen: '127.0.0.1:0',
    metrics: new RelayerMetrics({ logger, processMetrics: false }),
    readiness: () => [],
    dashboard,
    logger,
  });
  stops.push(() => server.close());
  return { url: `http://${server.address}`, status };
}

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return { status: res.status, body: await res.json() };
}

/** Reads SSE events until `count` have arrived (the stream stays open). */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  count: number,
  between: () => Promise<void>,
): Promise<{ raw: string; events: { event: string; data: unknown }[] }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let raw = '';
  let called = false;
  for (;;) {
    const frames = raw.split('\n\n').slice(0, -1);
    if (frames.length >= 1 && !called) {
      called = true;
      await between();
    }
    if (frames.length >= count) {
      await reader.cancel();
      const events = frames.map((frame) => {
        const lines = frame.split('\n');
        expect(lines).toHaveLength(2);
        expect(lines[0]).toMatch(/^event: [a-z]+$/);
        expect(lines[1]).toMatch(/^data: /);
        return { event: (lines[0] ?? '').slice(7), data: JSON.parse((lines[1] ?? '').slice(6)) as unknown };
      });
      return { raw, events };
    }
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended after ${frames.length} events`);
    raw += decoder.decode(value, { stream: true });
  }
}

describe('dashboard', () => {
  it('behavior: serves the page, style and script with their types and a strict Content-Security-Policy', async () => {
    const { url } = await serve();
    for (const [path, type] of [
      ['/', 'text/html; charset=utf-8'],
      ['/assets/dashboard.css', 'text/css; charset=utf-8'],
      ['/assets/dashboard.js', 'text/javascript; charset=utf-8'],
    ] as const) {
      const res = await fetch(`${url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await res.text()).length).toBeGreaterThan(100);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    const page = await (await fetch(url)).text();
    expect(page).not.toMatch(/https?:\/\//);
    const script = await (await fetch(`${url}/assets/dashboard.js`)).text();
    expect(script).not.toContain('innerHTML');
    expect((await fetch(`${url}/`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/nothing`)).status).toBe(404);
  });

  it('behavior: /api/chains, /api/paths and /api/alerts summarise chains, clients, backlog and alerts', async () => {
    const { url } = await serve();
    expect((await getJson(`${url}/api/chains`)).body).toEqual({
      chains: [
        {
          id: 'main-1',
          latestHeight: '42',
          clients: [
            {
              clientId: '07-a',
              tracks: 'health-1',
              status: 'unreadable',
              latestHeight: null,
              expiresInSeconds: null,
              error: 'no such client',
            },
          ],
        },
        { id: 'health-1', latestHeight: null, error: 'not running', clients: [] },
      ],
    });
    const paths = (await getJson(`${url}/api/paths`)).body as { paths: Record<string, unknown>[] };
    expect(paths.paths).toEqual([
      { path: PATH, backlog: 1, oldestAgeSeconds: 4, throughput: new Array(20).fill(0), bucketSeconds: 30 },
    ]);
    const alerts = (await getJson(`${url}/api/alerts`)).body;
    expect(alerts).toEqual({
      alerts: [
        {
          kind: 'dead-letters',
          message: '2 dead-letter jobs in deliver-health-1',
          context: { queue: 'deliver-health-1' },
        },
        {
          kind: 'raised',
          message: 'PROOF_INVALID: <script>alert(1)</script>',
          context: { chain: 'health-1', height: '3' },
        },
      ],
    });
  });

  it('behavior: /api/packets lists recent packets and /api/packets/<id> gives the hops', async () => {
    const { url } = await serve();
    const list = (await getJson(`${url}/api/packets?limit=5`)).body;
    expect(list).toEqual({
      packets: [
        {
          id: 'main-1/channel-0/1',
          status: 'received',
          path: PATH,
          updatedMs: NOW_MS - 1_000,
          sentMs: NOW_MS - 4_000,
        },
      ],
    });
    // Each part may come percent-encoded (`%2D` is `-`).
    for (const path of ['main-1/channel-0/1', 'main%2D1/channel%2D0/1']) {
      const one = await getJson(`${url}/api/packets/${path}`);
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({
        packet: {
          id: 'main-1/channel-0/1',
          hops: [
            { chainId: 'main-1', step: 'send', height: '5', txId: 'tx-1', timeMs: NOW_MS - 4_000 },
            { chainId: 'health-1', step: 'recv', height: '9', txId: 'tx-recv', timeMs: NOW_MS - 1_000 },
          ],
        },
      });
    }
    expect((await getJson(`${url}/api/packets/main-1/channel-0/2`)).status).toBe(404);
    expect((await getJson(`${url}/api/unknown`)).status).toBe(404);
  });

  it('error: malformed ids and limits are 400 with a JSON error', async () => {
    const { url } = await serve();
    for (const [path, code] of [
      ['/api/packets?limit=0', 'DASHBOARD_BAD_REQUEST'],
      ['/api/packets?limit=201', 'DASHBOARD_BAD_REQUEST'],
      ['/api/packets?limit=abc', 'DASHBOARD_BAD_REQUEST'],
      ['/api/packets/main-1/channel-0/0', 'INVALID_PACKET_ID'],
      ['/api/packets/main-1/channel-0', 'INVALID_PACKET_ID'],
      ['/api/packets/a%2Fb/channel-0/1', 'INVALID_PACKET_ID'],
      ['/api/packets/%E0%A4%A/c/1', 'DASHBOARD_BAD_REQUEST'],
      [`/api/packets/${'x'.repeat(300)}/c/1`, 'DASHBOARD_BAD_REQUEST'],
    ] as const) {
      const res = await getJson(`${url}${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body).toMatchObject({ error: { code } });
    }
  });

  it('behavior: /events sends a snapshot, then each status change as a packet event', async () => {
    const { url, status } = await serve();
    const res = await fetch(`${url}/events`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    if (!res.body) throw new Error('no body');
    const { raw, events } = await readEvents(res.body, 2, async () => {
      await status.apply(sent(2));
    });
    expect(raw.startsWith('event: snapshot\ndata: {')).toBe(true);
    const [snapshot, packet] = events;
    expect(snapshot?.event).toBe('snapshot');
    expect(snapshot?.data).toMatchObject({
      chains: [{ id: 'main-1' }, { id: 'health-1' }],
      paths: [{ path: PATH }],
      packets: [{ id: 'main-1/channel-0/1', status: 'received' }],
    });
    expect(packet).toEqual({
      event: 'packet',
      data: {
        id: 'main-1/channel-0/2',
        status: 'sent',
        path: PATH,
        updatedMs: NOW_MS - 4_000,
        sentMs: NOW_MS - 4_000,
      },
    });
  });
});
