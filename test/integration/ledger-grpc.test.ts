/**
 * The Ledger gRPC server and client over real loopback gRPC.
 *
 * The chain behind the server is a small in-memory `Ledger` written for this
 * test (the devnet chain is not needed to exercise the transport): it is the
 * only stand-in here, and it sits behind the real server and client.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  Client,
  Metadata,
  Server,
  ServerCredentials,
  credentials,
  status,
  type ServiceError,
} from '@grpc/grpc-js';
import { pino } from 'pino';
import { LedgerClient, addLedgerService, type CallContext, type Ledger } from '../../adapters/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import { fromU64, toU64, v1 } from '../../proto/index.js';

const LATEST_TIME_NS = 1_764_000_000_123_456_789n; // past 2^53: must survive as a u64

class InMemoryLedger implements Ledger {
  streamAborted = false;
  deadlineAborted = false;

  async getChainInfo(): Promise<v1.GetChainInfoResponse> {
    return v1.GetChainInfoResponse.create({
      chainId: 'health-1',
      chainType: 'devnet',
      clientType: 'tendermint',
      latestHeight: { revision: toU64(1n), height: toU64(42n) },
      latestTimeNs: toU64(LATEST_TIME_NS),
    });
  }
  async getLatestHeight(
    _req: v1.IGetLatestHeightRequest,
    ctx?: CallContext,
  ): Promise<v1.GetLatestHeightResponse> {
    // Never answers by itself: lets the test see its deadline pass.
    await new Promise((resolve) => ctx?.signal?.addEventListener('abort', resolve, { once: true }));
    this.deadlineAborted = true;
    return v1.GetLatestHeightResponse.create({});
  }
  async getClientMessage(): Promise<v1.GetClientMessageResponse> {
    throw new Error('database password is hunter2'); // an unexpected fault, not an IsthmusError
  }
  async *streamEvents(
    req: v1.IStreamEventsRequest,
    ctx?: CallContext,
  ): AsyncIterable<v1.StreamEventsResponse> {
    const from = fromU64(req.fromHeight?.height);
    try {
      for (let h = from; h < from + 1000n; h++) {
        if (ctx?.signal?.aborted) return;
        yield v1.StreamEventsResponse.create({ checkpoint: { height: toU64(h) } });
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      this.streamAborted = ctx?.signal?.aborted ?? false;
    }
  }
  async queryProof(req: v1.IQueryProofRequest): Promise<v1.QueryProofResponse> {
    throw new IsthmusError('PATH_NOT_FOUND', `no value at ${req.path}`, {
      category: 'not_found',
      context: { path: req.path, height: 7n, chain: 'health-1 ✓' },
    });
  }
  async submit(): Promise<v1.SubmitResponse> {
    throw new IsthmusError('NOT_IMPLEMENTED', 'submit is not served here', {
      category: 'failed_precondition',
    });
  }
  async queryClient(): Promise<v1.QueryClientResponse> {
    throw new IsthmusError('NOT_IMPLEMENTED', 'queryClient is not served here', {
      category: 'failed_precondition',
    });
  }
}

/** Waits (bounded) for a condition the server side sets asynchronously. */
async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
}

describe('integration: Ledger over gRPC on loopback', () => {
  const impl = new InMemoryLedger();
  const server = new Server();
  let address = '';
  let client: LedgerClient;

  beforeAll(async () => {
    addLedgerService(server, impl, pino({ level: 'silent' }));
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) =>
        err ? reject(err) : resolve(p),
      ),
    );
    address = `127.0.0.1:${port}`;
    client = new LedgerClient({ address, timeoutMs: 5_000 });
  });

  afterAll(async () => {
    client.close();
    await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
  });

  it('behavior: answers a call with the generated types, 64-bit fields intact', async () => {
    const info = await client.getChainInfo({});
    expect(info).toBeInstanceOf(v1.GetChainInfoResponse);
    expect(info.chainId).toBe('health-1');
    expect(fromU64(info.latestHeight?.height)).toBe(42n);
    expect(fromU64(info.latestTimeNs)).toBe(LATEST_TIME_NS);
  });

  it('error: an IsthmusError crosses the wire as its gRPC status and comes back typed', async () => {
    const err = await client.queryProof({ path: 'commitments/channel-0/1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IsthmusError);
    const e = err as IsthmusError;
    expect(e.code).toBe('PATH_NOT_FOUND');
    expect(e.category).toBe('not_found');
    expect(e.message).toBe('no value at commitments/channel-0/1');
    expect(e.context).toEqual({ path: 'commitments/channel-0/1', height: '7', chain: 'health-1 ✓' });
    expect((e.cause as ServiceError).code).toBe(status.NOT_FOUND);
  });

  it('error: an unexpected fault is INTERNAL and does not leak its message', async () => {
    const err = (await client.getClientMessage({}).catch((e: unknown) => e)) as IsthmusError;
    expect(err.code).toBe('INTERNAL');
    expect((err.cause as ServiceError).code).toBe(status.INTERNAL);
    expect(err.message).not.toMatch(/hunter2/);
  });

  it('error: malformed protobuf is INVALID_ARGUMENT with code MALFORMED_MESSAGE', async () => {
    // A raw client sends bytes that are not a QueryProofRequest (field 1 is a
    // string whose length runs past the end of the message).
    const raw = new Client(address, credentials.createInsecure());
    const result = await new Promise<ServiceError | null>((resolve) => {
      raw.makeUnaryRequest(
        '/isthmus.v1.Ledger/QueryProof',
        (b: Buffer) => b,
        (b: Buffer) => b,
        Buffer.from([0x0a, 0x7f, 0x61]),
        new Metadata(),
        {},
        (err) => resolve(err),
      );
    });
    raw.close();
    expect(result?.code).toBe(status.INVALID_ARGUMENT);
    expect(result?.metadata.get('isthmus-error-code')).toEqual(['MALFORMED_MESSAGE']);
  });

  it('error: a passed deadline is DEADLINE_EXCEEDED, retryable, and aborts the handler', async () => {
    const err = (await client
      .getLatestHeight({}, { timeoutMs: 100 })
      .catch((e: unknown) => e)) as IsthmusError;
    expect(err.code).toBe('GRPC_DEADLINE_EXCEEDED');
    expect(err.category).toBe('deadline_exceeded');
    expect(err.retryable).toBe(true);
    await until(() => impl.deadlineAborted);
    expect(impl.deadlineAborted).toBe(true);
  });

  it('behavior: a server stream delivers in order; leaving the loop cancels it on the server', async () => {
    const heights: bigint[] = [];
    for await (const item of client.streamEvents({ fromHeight: { height: toU64(5n) } })) {
      heights.push(fromU64(item.checkpoint?.height));
      if (heights.length === 3) break;
    }
    expect(heights).toEqual([5n, 6n, 7n]);
    await until(() => impl.streamAborted);
    expect(impl.streamAborted).toBe(true);
  });

  it('error: a call whose signal is already aborted is cancelled, not sent', async () => {
    const controller = new AbortController();
    controller.abort();
    const err = (await client
      .getChainInfo({}, { signal: controller.signal })
      .catch((e: unknown) => e)) as IsthmusError;
    expect(err.code).toBe('GRPC_CANCELLED');
  });

  it('error: an unreachable server is UNAVAILABLE and retryable', async () => {
    const dead = new LedgerClient({ address: '127.0.0.1:1', timeoutMs: 2_000 });
    const err = (await dead.getChainInfo({}).catch((e: unknown) => e)) as IsthmusError;
    dead.close();
    expect(err.code).toBe('GRPC_UNAVAILABLE');
    expect(err.retryable).toBe(true);
  });
});
