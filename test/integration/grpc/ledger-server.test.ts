/**
 * `startLedgerServer` over real loopback gRPC: binding, and a close that
 * lets calls in flight finish but cuts open streams after its grace period.
 *
 * The chain behind the server is the FlakyLedger test double
 * (./flaky-ledger.ts), which can hold a call open until the test releases it.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { logVerbosity, setLogVerbosity } from '@grpc/grpc-js';
import { pino } from 'pino';
import { LedgerClient, startLedgerServer, type RunningServer } from '../../../adapters/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { FlakyLedger } from './flaky-ledger.js';

const logger = pino({ level: 'silent' });

/** Waits (bounded) for a condition the server side sets asynchronously. */
async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
}

describe('integration: startLedgerServer on loopback', () => {
  const servers: RunningServer[] = [];
  const clients: LedgerClient[] = [];

  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function start(ledger: FlakyLedger, shutdownGraceMs?: number): Promise<RunningServer> {
    const s = await startLedgerServer({
      ledger,
      logger,
      ...(shutdownGraceMs !== undefined && { shutdownGraceMs }),
    });
    servers.push(s);
    return s;
  }

  function connect(address: string): LedgerClient {
    const c = new LedgerClient({ address, retry: { maxAttempts: 1 } });
    clients.push(c);
    return c;
  }

  it('behavior: close lets a call in flight finish before the server stops', async () => {
    const ledger = new FlakyLedger();
    let release = (): void => {};
    ledger.holdChainInfo = new Promise((r) => (release = r));
    const server = await start(ledger);
    const call = connect(server.address).getChainInfo({});
    await until(() => ledger.calls('getChainInfo') === 1);
    const closed = server.close();
    release();
    await expect(call).resolves.toMatchObject({ chainId: 'health-1' });
    await closed;
    const err = await connect(server.address)
      .getChainInfo({})
      .catch((e: unknown) => e);
    expect(IsthmusError.is(err, 'GRPC_UNAVAILABLE')).toBe(true);
  });

  it('behavior: close cuts an open event stream after the grace period', async () => {
    const ledger = new FlakyLedger();
    const server = await start(ledger, 50);
    const stream = connect(server.address).streamEvents({})[Symbol.asyncIterator]();
    await expect(stream.next()).resolves.toMatchObject({ done: false });
    await server.close();
    const end = await stream.next().then(
      (r) => r,
      (e: unknown) => e,
    );
    // The stream's reader learns it was cut (GRPC_CANCELLED or GRPC_UNAVAILABLE
    // depending on what reaches it first), a transient failure it resumes from.
    expect(end).toBeInstanceOf(IsthmusError);
    expect((end as IsthmusError).category).toBe('unavailable');
  });

  it('behavior: close is idempotent', async () => {
    const server = await start(new FlakyLedger());
    await Promise.all([server.close(), server.close()]);
    await expect(server.close()).resolves.toBeUndefined();
  });

  it('error: an address already in use is GRPC_BIND_FAILED', async () => {
    const first = await start(new FlakyLedger());
    // grpc-js also reports the failure on its own console logger; quiet it for this call.
    setLogVerbosity(logVerbosity.NONE);
    const err = await startLedgerServer({ ledger: new FlakyLedger(), logger, address: first.address })
      .catch((e: unknown) => e)
      .finally(() => setLogVerbosity(logVerbosity.ERROR));
    expect(IsthmusError.is(err, 'GRPC_BIND_FAILED')).toBe(true);
    expect((err as IsthmusError).category).toBe('unavailable');
  });
});
