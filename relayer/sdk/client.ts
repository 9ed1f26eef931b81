/**
 * `RelayClient`: the typed TypeScript client of the Relay service
 * (proto/isthmus/v1/relay.proto), one method per RPC.
 *
 * Deadlines: every unary attempt has one (default 10 s, `timeoutMs` per
 * call overrides it); WatchMessages has none, it is meant to stay open.
 *
 * Retries (full-jitter backoff, ../../adapters/grpc/retry.ts) only where a
 * second attempt cannot do something twice:
 * - the reads — GetMessage, QueryState, ListChains, ListPaths, GetClient,
 *   Catalog, GetEvidenceReceipt — always;
 * - SendMessage and Notarize only when they carry an idempotency key, which
 *   the Relay uses to answer a repeat with the first result. By default the
 *   client generates a key (a random UUID) for every call that has none, so
 *   a send whose answer was lost is retried safely; pass your own key to be
 *   safe across processes too, or `idempotencyKey: ''` to send without one
 *   (then the call is tried once).
 * - RegisterSchema never: each registration makes a new version.
 * Only transient failures (unavailable, deadline exceeded, resource
 * exhausted) are retried; everything else comes back at once as the
 * server's IsthmusError, code, category and context intact.
 *
 * Credentials: TLS or mTLS from PEM bytes or files (`tls`), and/or a bearer
 * token (`token`) sent as `authorization: Bearer …` metadata on every call.
 * A token is refused at construction on a plaintext channel to a host that
 * is not loopback, where anyone on the path could read it.
 */
import { randomUUID } from 'node:crypto';
import {
  Client,
  credentials as grpcCredentials,
  type ChannelCredentials,
  type Metadata,
} from '@grpc/grpc-js';
import type { Logger } from 'pino';
import {
  clientCredentials,
  DEFAULT_RETRY_POLICY,
  type ClientTlsOptions,
  type RetryPolicy,
  type RetryRuntime,
  type TransportOptions,
} from '../../adapters/index.js';
import { clientChannelOptions } from '../../adapters/grpc/channel-options.js';
import { checkRetryPolicy, withRetry } from '../../adapters/grpc/retry.js';
import type { MethodSpec } from '../../adapters/grpc/service.js';
import { IsthmusError } from '../../light-clients/index.js';
import { toU64, type v1 } from '../../proto/index.js';
import { relayMethods as m } from '../api/relay-definition.js';
import { SdkErrorCode } from './errors.js';
import {
  messageStatus,
  messageStatusName,
  parseMessageId,
  statusVerdict,
  type MessageStatusName,
} from './messages.js';
import { bearerMetadata, streamCall, unaryCall } from './transport.js';
import { DEFAULT_RESUME_POLICY, MessageWatch, type OpenWatchStream, type ResumePolicy } from './watch.js';

/** A bearer token, or a function giving the current one (called before every call). */
export type TokenSource = string | (() => string | Promise<string>);

export interface RelayClientOptions extends TransportOptions {
  /** `host:port` of the Relay API. */
  readonly address: string;
  /** TLS, or mTLS with `cert` and `key`; plaintext when neither this nor `credentials` is given. */
  readonly tls?: ClientTlsOptions;
  /** Ready-made channel credentials instead of `tls`. */
  readonly credentials?: ChannelCredentials;
  /** Sent as `authorization: Bearer <token>` on every call. */
  readonly token?: TokenSource;
  /** Deadline of each unary attempt, in ms (default 10 s; 0 for none). */
  readonly timeoutMs?: number;
  /** Retries of idempotent calls; `{ maxAttempts: 1 }` turns them off. */
  readonly retry?: Partial<RetryPolicy>;
  /** Reconnects of a watch after a transient stream failure. */
  readonly resume?: Partial<ResumePolicy>;
  /** Clock, sleep and randomness of retries and reconnects (tests inject their own). */
  readonly retryRuntime?: RetryRuntime;
  /**
   * `generate` (default): SendMessage and Notarize without a key get a
   * random one, and are retried. `caller`: only the caller's keys are sent.
   */
  readonly idempotencyKeys?: 'generate' | 'caller';
  /** Told about each retry and reconnect (debug level). */
  readonly logger?: Logger;
}

export interface RelayCallOptions {
  /** Deadline of each attempt, in ms from its start; overrides the client's. */
  readonly timeoutMs?: number;
  /** Aborting it cancels the call and any retry. */
  readonly signal?: AbortSignal;
}

/** A chain height, `bigint` on this side of the wire. */
export interface Height {
  readonly revision: bigint;
  readonly height: bigint;
}

export interface SendMessageInput {
  readonly sourceChain: string;
  readonly sourceChannel: string;
  readonly app: string;
  readonly payload: Uint8Array;
  readonly timeoutHeight?: Height;
  readonly timeoutTimestampNs?: bigint;
  /** A repeat with the same key returns the first result; `''` sends without a key. */
  readonly idempotencyKey?: string;
}

export interface NotarizeInput {
  readonly chainId: string;
  readonly documentHash: Uint8Array;
  /** Default `sha256`. */
  readonly hashAlgorithm?: string;
  readonly label?: string;
  /** As for `SendMessageInput`. */
  readonly idempotencyKey?: string;
}

export interface QueryStateInput {
  readonly chainId: string;
  readonly path: string;
  /** Absent: the latest height the light client trusts. */
  readonly height?: Height;
}

/** Empty filters match everything. */
export interface WatchFilter {
  readonly chainId?: string;
  readonly channel?: string;
  readonly app?: string;
  readonly statuses?: readonly MessageStatusName[];
  /** Resume after the update this cursor came with. */
  readonly cursor?: string;
}

export interface WatchOptions {
  /** Aborting it ends the watch, as `cancel()` does. */
  readonly signal?: AbortSignal;
}

export interface WaitForStatusOptions {
  /** How long to wait in all, in ms (default 60 s). */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /**
   * How often the status is read again while waiting, in ms (default 5 s):
   * an update made between the watch's start and the first read would
   * otherwise be seen only with the next one.
   */
  readonly recheckMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_WAIT_MS = 60_000;
const DEFAULT_RECHECK_MS = 5_000;
const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\]|::1)$/i;

function optionsError(message: string): IsthmusError {
  return new IsthmusError(SdkErrorCode.OptionsInvalid, message, { category: 'invalid_argument' });
}

function hostOf(address: string): string {
  const plain = address.replace(/^(dns|ipv4|ipv6):(\/\/\/)?/, '');
  const i = plain.lastIndexOf(':');
  return i > 0 && !plain.endsWith(']') ? plain.slice(0, i) : plain;
}

function channelCredentials(options: RelayClientOptions): ChannelCredentials {
  if (options.tls && options.credentials) throw optionsError('give either tls or credentials, not both');
  const creds = options.tls
    ? clientCredentials(options.tls)
    : (options.credentials ?? grpcCredentials.createInsecure());
  if (options.token !== undefined && !creds._isSecure() && !LOOPBACK.test(hostOf(options.address))) {
    throw new IsthmusError(
      SdkErrorCode.TokenRequiresTls,
      'a bearer token needs TLS unless the server is on loopback',
      {
        category: 'invalid_argument',
        context: { address: options.address },
      },
    );
  }
  return creds;
}

function heightToProto(h: Height): v1.IHeight {
  return { revision: toU64(h.revision), height: toU64(h.height) };
}

export class RelayClient {
  readonly #client: Client;
  readonly #token: TokenSource | undefined;
  readonly #timeoutMs: number;
  readonly #retry: RetryPolicy;
  readonly #resume: ResumePolicy;
  readonly #runtime: RetryRuntime | undefined;
  readonly #generateKeys: boolean;
  readonly #logger: Logger | undefined;

  constructor(options: RelayClientOptions) {
    this.#retry = checkRetryPolicy({ ...DEFAULT_RETRY_POLICY, ...options.retry });
    this.#resume = { ...DEFAULT_RESUME_POLICY, ...options.resume };
    // The same rules as a retry policy's, without an overall budget (a watch has none).
    checkRetryPolicy({ ...this.#resume, overallTimeoutMs: 0 });
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!(this.#timeoutMs >= 0)) throw optionsError('timeoutMs must be >= 0');
    this.#token = options.token;
    this.#runtime = options.retryRuntime;
    this.#generateKeys = (options.idempotencyKeys ?? 'generate') === 'generate';
    this.#logger = options.logger?.child({ component: 'relay-client', address: options.address });
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
  }

  async #metadata(): Promise<Metadata> {
    const token = typeof this.#token === 'function' ? await this.#token() : this.#token;
    return bearerMetadata(token);
  }

  /** One unary call; with `retried`, attempts again on transient failures within the policy. */
  #call<Req, ReqIn, Res, ResIn>(
    method: MethodSpec<Req, ReqIn, Res, ResIn>,
    req: ReqIn,
    opts: RelayCallOptions,
    retried: boolean,
  ): Promise<Res> {
    const attempt = async (timeoutMs: number): Promise<Res> =>
      unaryCall(this.#client, method, req, await this.#metadata(), timeoutMs, opts.signal);
    const attemptTimeoutMs = opts.timeoutMs ?? this.#timeoutMs;
    if (!retried) return attempt(attemptTimeoutMs);
    return withRetry(attempt, {
      policy: this.#retry,
      attemptTimeoutMs,
      signal: opts.signal,
      ...(this.#runtime && { runtime: this.#runtime }),
      onRetry: ({ attempt: n, waitMs, error }) =>
        this.#logger?.debug({ method: method.path, attempt: n, waitMs, code: error.code }, 'retrying a call'),
    });
  }

  #idempotencyKey(given: string | undefined): string {
    return given ?? (this.#generateKeys ? randomUUID() : '');
  }

  /** Sends a packet on the source chain; retried only with an idempotency key. */
  sendMessage(input: SendMessageInput, opts: RelayCallOptions = {}): Promise<v1.SendMessageResponse> {
    const idempotencyKey = this.#idempotencyKey(input.idempotencyKey);
    const req: v1.ISendMessageRequest = {
      sourceChain: input.sourceChain,
      sourceChannel: input.sourceChannel,
      app: input.app,
      payload: input.payload,
      ...(input.timeoutHeight && { timeoutHeight: heightToProto(input.timeoutHeight) }),
      timeoutTimestampNs: toU64(input.timeoutTimestampNs ?? 0n),
      idempotencyKey,
    };
    return this.#call(m.sendMessage, req, opts, idempotencyKey !== '');
  }

  getMessage(messageId: string, opts: RelayCallOptions = {}): Promise<v1.Message> {
    return this.#call(m.getMessage, { messageId }, opts, true);
  }

  /**
   * Message updates matching `filter`, resumed from the last cursor after a
   * transient stream failure. The stream opens when iteration starts.
   */
  watchMessages(filter: WatchFilter = {}, opts: WatchOptions = {}): MessageWatch {
    const open: OpenWatchStream = (request, signal) => {
      const stream = async function* (this: RelayClient): AsyncGenerator<v1.WatchMessagesResponse> {
        yield* streamCall(this.#client, m.watchMessages, request, await this.#metadata(), signal);
      };
      return stream.call(this);
    };
    const request: v1.IWatchMessagesRequest = {
      chainId: filter.chainId ?? '',
      channel: filter.channel ?? '',
      app: filter.app ?? '',
      statuses: (filter.statuses ?? []).map(messageStatus),
      cursor: filter.cursor ?? '',
    };
    return new MessageWatch(open, request, {
      policy: this.#resume,
      signal: opts.signal,
      ...(this.#runtime && { runtime: this.#runtime }),
      onResume: ({ attempt, waitMs, cursor, error }) =>
        this.#logger?.debug({ attempt, waitMs, cursor, code: error.code }, 'resuming a message watch'),
    });
  }

  queryState(input: QueryStateInput, opts: RelayCallOptions = {}): Promise<v1.QueryStateResponse> {
    const req: v1.IQueryStateRequest = {
      chainId: input.chainId,
      path: input.path,
      ...(input.height && { height: heightToProto(input.height) }),
    };
    return this.#call(m.queryState, req, opts, true);
  }

  listChains(opts: RelayCallOptions = {}): Promise<v1.ListChainsResponse> {
    return this.#call(m.listChains, {}, opts, true);
  }

  listPaths(opts: RelayCallOptions = {}): Promise<v1.ListPathsResponse> {
    return this.#call(m.listPaths, {}, opts, true);
  }

  getClient(req: v1.IGetClientRequest, opts: RelayCallOptions = {}): Promise<v1.GetClientResponse> {
    return this.#call(m.getClient, req, opts, true);
  }

  catalog(opts: RelayCallOptions = {}): Promise<v1.CatalogResponse> {
    return this.#call(m.catalog, {}, opts, true);
  }

  /** Registers a channel's payload schema; never retried (each registration is a new version). */
  registerSchema(schema: v1.IPayloadSchema, opts: RelayCallOptions = {}): Promise<v1.RegisterSchemaResponse> {
    return this.#call(m.registerSchema, { schema }, opts, false);
  }

  /** Records a document hash on a sub-network; retried only with an idempotency key. */
  notarize(input: NotarizeInput, opts: RelayCallOptions = {}): Promise<v1.NotarizeResponse> {
    const idempotencyKey = this.#idempotencyKey(input.idempotencyKey);
    const req: v1.INotarizeRequest = {
      chainId: input.chainId,
      documentHash: input.documentHash,
      hashAlgorithm: input.hashAlgorithm ?? 'sha256',
      label: input.label ?? '',
      idempotencyKey,
    };
    return this.#call(m.notarize, req, opts, idempotencyKey !== '');
  }

  getEvidenceReceipt(recordId: string, opts: RelayCallOptions = {}): Promise<v1.EvidenceReceipt> {
    return this.#call(m.getEvidenceReceipt, { recordId }, opts, true);
  }

  /**
   * Resolves with the message once it has reached `status` (`received` is
   * reached by an acknowledged message too); SDK_STATUS_UNREACHABLE when it
   * ends in another final status, SDK_WAIT_TIMEOUT after `timeoutMs`.
   * Watches the message's source channel and reads its status once the
   * watch is open.
   */
  async waitForStatus(
    messageId: string,
    status: MessageStatusName,
    opts: WaitForStatusOptions = {},
  ): Promise<v1.IMessage> {
    const { sourceChain, sourceChannel } = parseMessageId(messageId);
    const timeoutMs = opts.timeoutMs ?? DEFAULT_WAIT_MS;
    const recheckMs = opts.recheckMs ?? DEFAULT_RECHECK_MS;
    const stop = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stop.abort();
    }, timeoutMs);
    const onAbort = (): void => stop.abort();
    if (opts.signal?.aborted) stop.abort();
    else opts.signal?.addEventListener('abort', onAbort, { once: true });
    const watch = this.watchMessages(
      { chainId: sourceChain, channel: sourceChannel },
      { signal: stop.signal },
    );
    const updates = watch[Symbol.asyncIterator]();
    // Asking for the first update opens the stream before the first read.
    let next = updates.next();
    // A failed watch surfaces when awaited; until then it must not count as unhandled.
    next.catch(() => undefined);
    const context = { messageId, status };
    try {
      let current: v1.IMessage = await this.getMessage(messageId, { signal: stop.signal });
      for (;;) {
        const verdict = statusVerdict(messageStatusName(current.status), status);
        if (verdict === 'reached') return current;
        if (verdict === 'unreachable') {
          throw new IsthmusError(
            SdkErrorCode.StatusUnreachable,
            `message ended ${messageStatusName(current.status)}`,
            {
              category: 'failed_precondition',
              context: { ...context, current: messageStatusName(current.status) },
            },
          );
        }
        const recheck = new Promise<'recheck'>((resolve) =>
          setTimeout(() => resolve('recheck'), recheckMs).unref(),
        );
        const won = await Promise.race([next, recheck]);
        if (won === 'recheck') {
          current = await this.getMessage(messageId, { signal: stop.signal });
          continue;
        }
        if (won.done) {
          throw new IsthmusError(SdkErrorCode.WatchEnded, 'the watch ended before the status', {
            category: 'unavailable',
            context,
          });
        }
        next = updates.next();
        next.catch(() => undefined);
        if (won.value.message?.messageId === messageId) current = won.value.message;
      }
    } catch (err) {
      if (opts.signal?.aborted) {
        // Same code and category as any call the caller cancels.
        throw new IsthmusError('GRPC_CANCELLED', 'wait cancelled by the caller', {
          category: 'unavailable',
          context,
          cause: err,
        });
      }
      if (timedOut) {
        throw new IsthmusError(SdkErrorCode.WaitTimeout, `no ${status} status within ${timeoutMs} ms`, {
          category: 'deadline_exceeded',
          context: { ...context, timeoutMs },
          cause: err,
        });
      }
      throw err;
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      watch.cancel();
      await updates.return();
    }
  }

  close(): void {
    this.#client.close();
  }
}
