/**
 * A `Ledger` over gRPC. Failed calls reject with the `IsthmusError` the
 * server raised (same code, category and context), or with a `GRPC_*` code
 * for transport failures (`TLS_HANDSHAKE_FAILED` when the TLS handshake is
 * what failed).
 *
 * Reads that change nothing — GetChainInfo, GetLatestHeight,
 * GetClientMessage, QueryProof, QueryClient — are retried on transient
 * failures (../grpc/retry.ts). Submit never is: a submission whose answer
 * was lost may have been applied, and only its caller can check that.
 * StreamEvents is not retried either; its caller resumes it from the last
 * height it saw.
 */
import { Client, credentials as grpcCredentials, type ChannelCredentials } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { IsthmusError } from '../../light-clients/index.js';
import type { v1 } from '../../proto/index.js';
import { clientChannelOptions, type TransportOptions } from '../grpc/channel-options.js';
import {
  DEFAULT_RETRY_POLICY,
  checkRetryPolicy,
  withRetry,
  type RetryPolicy,
  type RetryRuntime,
} from '../grpc/retry.js';
import { callServerStream, callUnary, type ClientCallOptions, type MethodSpec } from '../grpc/service.js';
import { clientCredentials, type ClientTlsOptions } from '../grpc/tls.js';
import { ledgerMethods as m } from './grpc-definition.js';
import type { Ledger } from './ledger.js';

export interface LedgerClientOptions extends TransportOptions {
  /** `host:port`. */
  readonly address: string;
  /** TLS, or mTLS with `cert` and `key`; without it (and without `credentials`) the channel is plaintext. */
  readonly tls?: ClientTlsOptions;
  /** Ready-made credentials instead of `tls`; plaintext (loopback and tests only) when neither is given. */
  readonly credentials?: ChannelCredentials;
  /**
   * Deadline of each unary attempt, in ms (default 10 s; 0 for none). A read's
   * attempts are also bounded by the retry policy's overall budget. Streams
   * have no deadline unless a call sets one.
   */
  readonly timeoutMs?: number;
  /** Retries of idempotent reads; `{ maxAttempts: 1 }` turns them off. */
  readonly retry?: Partial<RetryPolicy>;
  /** Clock, sleep and randomness of the retries (tests inject their own). */
  readonly retryRuntime?: RetryRuntime;
  /** Told about each retry (debug level). */
  readonly logger?: Logger;
}

const DEFAULT_TIMEOUT_MS = 10_000;

function channelCredentials(options: LedgerClientOptions): ChannelCredentials {
  if (options.tls && options.credentials) {
    throw new IsthmusError('TLS_OPTIONS_INVALID', 'give either tls or credentials, not both', {
      category: 'invalid_argument',
    });
  }
  if (options.tls) return clientCredentials(options.tls);
  return options.credentials ?? grpcCredentials.createInsecure();
}

export class LedgerClient implements Ledger {
  readonly #client: Client;
  readonly #timeoutMs: number;
  readonly #retry: RetryPolicy;
  readonly #runtime: RetryRuntime | undefined;
  readonly #logger: Logger | undefined;

  constructor(options: LedgerClientOptions) {
    this.#retry = checkRetryPolicy({ ...DEFAULT_RETRY_POLICY, ...options.retry });
    this.#client = new Client(
      options.address,
      channelCredentials(options),
      clientChannelOptions({
        ...options,
        ...(options.tls?.serverNameOverride !== undefined && {
          serverNameOverride: options.tls.serverNameOverride,
        }),
      }),
    );
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#runtime = options.retryRuntime;
    this.#logger = options.logger?.child({ component: 'ledger-client', address: options.address });
  }

  /** A unary read, retried on transient failures within the policy's bounds. */
  #read<Req, ReqIn, Res, ResIn>(
    method: MethodSpec<Req, ReqIn, Res, ResIn>,
    req: ReqIn,
    opts: ClientCallOptions = {},
  ): Promise<Res> {
    return withRetry((timeoutMs) => callUnary(this.#client, method, req, timeoutMs, { ...opts, timeoutMs }), {
      policy: this.#retry,
      attemptTimeoutMs: opts.timeoutMs ?? this.#timeoutMs,
      signal: opts.signal,
      ...(this.#runtime && { runtime: this.#runtime }),
      onRetry: ({ attempt, waitMs, error }) =>
        this.#logger?.debug({ method: method.path, attempt, waitMs, code: error.code }, 'retrying a read'),
    });
  }

  getChainInfo(req: v1.IGetChainInfoRequest, opts?: ClientCallOptions): Promise<v1.GetChainInfoResponse> {
    return this.#read(m.getChainInfo, req, opts);
  }

  getLatestHeight(
    req: v1.IGetLatestHeightRequest,
    opts?: ClientCallOptions,
  ): Promise<v1.GetLatestHeightResponse> {
    return this.#read(m.getLatestHeight, req, opts);
  }

  getClientMessage(
    req: v1.IGetClientMessageRequest,
    opts?: ClientCallOptions,
  ): Promise<v1.GetClientMessageResponse> {
    return this.#read(m.getClientMessage, req, opts);
  }

  streamEvents(
    req: v1.IStreamEventsRequest,
    opts?: ClientCallOptions,
  ): AsyncIterable<v1.StreamEventsResponse> {
    return callServerStream(this.#client, m.streamEvents, req, 0, opts);
  }

  queryProof(req: v1.IQueryProofRequest, opts?: ClientCallOptions): Promise<v1.QueryProofResponse> {
    return this.#read(m.queryProof, req, opts);
  }

  submit(req: v1.ISubmitRequest, opts?: ClientCallOptions): Promise<v1.SubmitResponse> {
    return callUnary(this.#client, m.submit, req, this.#timeoutMs, opts);
  }

  queryClient(req: v1.IQueryClientRequest, opts?: ClientCallOptions): Promise<v1.QueryClientResponse> {
    return this.#read(m.queryClient, req, opts);
  }

  close(): void {
    this.#client.close();
  }
}
