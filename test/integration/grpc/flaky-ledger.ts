/**
 * TEST DOUBLE: an in-memory `Ledger` whose methods can be told to fail with
 * a transient (unavailable) `IsthmusError` the next N times, and which counts
 * every call that reaches it. It stands in for a chain behind the real
 * gRPC server and client, so the tests see exactly how often the client
 * called.
 */
import { IsthmusError } from '../../../light-clients/index.js';
import type { CallContext, Ledger } from '../../../adapters/index.js';
import { toU64, v1 } from '../../../proto/index.js';

export type LedgerMethod = keyof Ledger;

export class FlakyLedger implements Ledger {
  readonly #calls = new Map<LedgerMethod, number>();
  readonly #failuresLeft = new Map<LedgerMethod, number>();
  /** Context of the transient error, e.g. `{ retryAfterMs: 20 }`. */
  failureContext: Record<string, unknown> = {};
  /** The chain id GetChainInfo answers with (long ones make large responses). */
  chainId = 'health-1';
  /** Called on every call, after it is counted. */
  onCall: (method: LedgerMethod) => void = () => {};
  /** GetLatestHeight works until its caller goes away (deadline or cancel), then answers. */
  slowLatestHeight = false;
  /** When set, GetChainInfo answers only once this settles. */
  holdChainInfo: Promise<void> | undefined;

  failNext(method: LedgerMethod, times: number): void {
    this.#failuresLeft.set(method, times);
  }

  calls(method: LedgerMethod): number {
    return this.#calls.get(method) ?? 0;
  }

  reset(): void {
    this.#calls.clear();
    this.#failuresLeft.clear();
    this.failureContext = {};
    this.chainId = 'health-1';
    this.onCall = () => {};
    this.slowLatestHeight = false;
    this.holdChainInfo = undefined;
  }

  #enter(method: LedgerMethod): void {
    this.#calls.set(method, this.calls(method) + 1);
    this.onCall(method);
    const left = this.#failuresLeft.get(method) ?? 0;
    if (left > 0) {
      this.#failuresLeft.set(method, left - 1);
      throw new IsthmusError('NODE_SYNCING', `${method}: node is catching up`, {
        category: 'unavailable',
        context: this.failureContext,
      });
    }
  }

  async getChainInfo(): Promise<v1.GetChainInfoResponse> {
    this.#enter('getChainInfo');
    await this.holdChainInfo;
    return v1.GetChainInfoResponse.create({ chainId: this.chainId, chainType: 'devnet' });
  }

  async getLatestHeight(
    _req: v1.IGetLatestHeightRequest,
    ctx?: CallContext,
  ): Promise<v1.GetLatestHeightResponse> {
    this.#enter('getLatestHeight');
    if (this.slowLatestHeight && ctx?.signal && !ctx.signal.aborted) {
      const signal = ctx.signal;
      await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    }
    return v1.GetLatestHeightResponse.create({ height: { height: toU64(7n) } });
  }

  async getClientMessage(): Promise<v1.GetClientMessageResponse> {
    this.#enter('getClientMessage');
    return v1.GetClientMessageResponse.create({});
  }

  async *streamEvents(
    _req: v1.IStreamEventsRequest,
    ctx?: CallContext,
  ): AsyncIterable<v1.StreamEventsResponse> {
    this.#enter('streamEvents');
    yield v1.StreamEventsResponse.create({ checkpoint: { height: toU64(1n) } });
    // An open stream: nothing more until the caller leaves.
    if (ctx?.signal && !ctx.signal.aborted) {
      const signal = ctx.signal;
      await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    }
  }

  async queryProof(req: v1.IQueryProofRequest): Promise<v1.QueryProofResponse> {
    this.#enter('queryProof');
    if (req.path === 'missing') {
      throw new IsthmusError('PATH_NOT_FOUND', 'no value at missing', { category: 'not_found' });
    }
    return v1.QueryProofResponse.create({});
  }

  async submit(): Promise<v1.SubmitResponse> {
    this.#enter('submit');
    return v1.SubmitResponse.create({});
  }

  async queryClient(): Promise<v1.QueryClientResponse> {
    this.#enter('queryClient');
    return v1.QueryClientResponse.create({});
  }
}
