/**
 * Retries, deadlines and message limits of the Ledger client over real
 * loopback gRPC (`startLedgerServer` + `LedgerClient`).
 *
 * The chain behind the server is the FlakyLedger test double
 * (./flaky-ledger.ts): it fails on demand with a transient error and counts
 * the calls that reach it, so each test sees how often the client called.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import {
  LedgerClient,
  startLedgerServer,
  systemRetryRuntime,
  type LedgerClientOptions,
  type RetryRuntime,
  type RunningServer,
} from '../../../adapters/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { fromU64 } from '../../../proto/index.js';
import { FlakyLedger, type LedgerMethod } from './flaky-ledger.js';

const MAX_SERVER_MESSAGE = 4 * 1024;
/** Short waits, so a test with retries stays fast. */
const fastRetry = { maxAttempts: 4, initialBackoffMs: 5, maxBackoffMs: 20, overallTimeoutMs: 10_000 };

async function failure(p: Promise<unknown>): Promise<IsthmusError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof IsthmusError)) throw new Error(`expected an IsthmusError, got ${String(e)}`);
  return e;
}

const reads: [LedgerMethod, (c: LedgerClient) => Promise<unknown>][] = [
  ['getChainInfo', (c) => c.getChainInfo({})],
  ['getLatestHeight', (c) => c.getLatestHeight({})],
  ['getClientMessage', (c) => c.getClientMessage({})],
  ['queryProof', (c) => c.queryProof({ path: 'commitments/channel-0/1' })],
  ['queryClient', (c) => c.queryClient({})],
];

describe('integration: Ledger client retries, deadlines and limits over loopback gRPC', () => {
  const ledger = new FlakyLedger();
  const logger = pino({ level: 'silent' });
  let server: RunningServer;
  const clients: LedgerClient[] = [];
  const client = (options: Partial<LedgerClientOptions> = {}): LedgerClient => {
    const c = new LedgerClient({ address: server.address, retry: fastRetry, ...options });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    server = await startLedgerServer({ ledger, logger, maxMessageBytes: MAX_SERVER_MESSAGE });
  });

  beforeEach(() => ledger.reset());

  afterAll(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  it('behavior: the server binds a free loopback port and reports it', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.address).toBe(`127.0.0.1:${server.port}`);
  });

  it.each(reads)('behavior: %s failing transiently twice is retried and succeeds', async (method, call) => {
    ledger.failNext(method, 2);
    await expect(call(client())).resolves.toBeDefined();
    expect(ledger.calls(method)).toBe(3);
  });

  it('behavior: submit is never retried, even on a transient failure', async () => {
    ledger.failNext('submit', 2);
    const err = await failure(client().submit({ memo: 'once' }));
    expect(err.code).toBe('NODE_SYNCING');
    expect(err.retryable).toBe(true);
    expect(ledger.calls('submit')).toBe(1);
  });

  it('behavior: streamEvents is not retried; its caller resumes it', async () => {
    ledger.failNext('streamEvents', 2);
    const stream = client().streamEvents({});
    const err = await failure(
      (async () => {
        for await (const item of stream) void item;
      })(),
    );
    expect(err.code).toBe('NODE_SYNCING');
    expect(ledger.calls('streamEvents')).toBe(1);
  });

  it('error: a read that fails for good (not_found) is not retried', async () => {
    const err = await failure(client().queryProof({ path: 'missing' }));
    expect(err.code).toBe('PATH_NOT_FOUND');
    expect(ledger.calls('queryProof')).toBe(1);
  });

  it('error: retries stop at maxAttempts and the last failure comes back', async () => {
    ledger.failNext('getChainInfo', 10);
    const err = await failure(client({ retry: { ...fastRetry, maxAttempts: 3 } }).getChainInfo({}));
    expect(err.code).toBe('NODE_SYNCING');
    expect(ledger.calls('getChainInfo')).toBe(3);
  });

  it("behavior: a server's retryAfterMs hint sets the wait", async () => {
    const waits: number[] = [];
    const runtime: RetryRuntime = {
      ...systemRetryRuntime,
      sleep: (ms, signal) => {
        waits.push(ms);
        return systemRetryRuntime.sleep(ms, signal);
      },
    };
    ledger.failNext('getLatestHeight', 2);
    ledger.failureContext = { retryAfterMs: 30 };
    const res = await client({ retryRuntime: runtime }).getLatestHeight({});
    expect(fromU64(res.height?.height)).toBe(7n);
    expect(waits).toEqual([30, 30]);
  });

  it('error: aborting while a read waits to retry ends it with GRPC_CANCELLED', async () => {
    const controller = new AbortController();
    ledger.failNext('getChainInfo', 10);
    // The client would wait 5 s before its second attempt; the caller gives up first.
    const runtime: RetryRuntime = {
      ...systemRetryRuntime,
      sleep: (ms, signal) => {
        const sleeping = systemRetryRuntime.sleep(ms, signal);
        controller.abort();
        return sleeping;
      },
    };
    const slow = client({
      retry: { maxAttempts: 5, initialBackoffMs: 5_000, maxBackoffMs: 5_000 },
      retryRuntime: runtime,
    });
    const err = await failure(slow.getChainInfo({}, { signal: controller.signal }));
    expect(err.code).toBe('GRPC_CANCELLED');
    expect(ledger.calls('getChainInfo')).toBe(1);
  });

  it('error: a deadline shorter than the work is DEADLINE_EXCEEDED and not retried past the overall deadline', async () => {
    ledger.slowLatestHeight = true;
    const c = client({ timeoutMs: 100, retry: { ...fastRetry, maxAttempts: 10, overallTimeoutMs: 350 } });
    const err = await failure(c.getLatestHeight({}));
    expect(err.code).toBe('GRPC_DEADLINE_EXCEEDED');
    expect(err.category).toBe('deadline_exceeded');
    const attempts = ledger.calls('getLatestHeight');
    // Retried (a deadline is transient), but every attempt lies within the
    // 350 ms budget and none but the last is shorter than 100 ms.
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThanOrEqual(4);
    // No attempt is started after the client gave up.
    await new Promise((r) => setTimeout(r, 150));
    expect(ledger.calls('getLatestHeight')).toBe(attempts);
  });

  it('error: a request over the server limit is RESOURCE_EXHAUSTED, never reaches the ledger and is not retried', async () => {
    const err = await failure(client().queryProof({ path: 'x'.repeat(MAX_SERVER_MESSAGE + 1) }));
    expect(err.code).toBe('MESSAGE_TOO_LARGE');
    expect(err.category).toBe('resource_exhausted');
    expect((err.cause as { code: number }).code).toBe(8); // grpc status RESOURCE_EXHAUSTED
    expect(ledger.calls('queryProof')).toBe(0);
  });

  it('error: a request over the client limit is refused before it is sent', async () => {
    const err = await failure(client({ maxMessageBytes: 64 }).queryProof({ path: 'y'.repeat(100) }));
    expect(err.code).toBe('MESSAGE_TOO_LARGE');
    expect(ledger.calls('queryProof')).toBe(0);
  });

  it('error: a response over the client limit is MESSAGE_TOO_LARGE, not retried', async () => {
    ledger.chainId = 'c'.repeat(200);
    const err = await failure(client({ maxMessageBytes: 128 }).getChainInfo({}));
    expect(err.code).toBe('MESSAGE_TOO_LARGE');
    expect(ledger.calls('getChainInfo')).toBe(1);
  });
});
