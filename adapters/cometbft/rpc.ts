/**
 * CometBFT JSON-RPC over HTTP, URI form (https://docs.cometbft.com/v0.38/rpc/):
 * `GET <endpoint>/<method>?<arg>=<value>`, with strings quoted as JSON, bytes
 * as `0x` hex, integers and booleans bare — the forms CometBFT's URI handler
 * parses (rpc/jsonrpc/server/http_uri_handler.go). Every call has a timeout
 * (AbortSignal.timeout) and honours the caller's signal.
 *
 * Failures, all IsthmusErrors: RPC_UNAVAILABLE (no connection, HTTP 5xx,
 * 408, 429; retryable), RPC_TIMEOUT (deadline_exceeded; retryable),
 * RPC_CANCELLED (the caller aborted), RPC_MALFORMED (not JSON-RPC 2.0 with
 * a result), RPC_RESPONSE_TOO_LARGE (a body past the configured limit: an
 * untrusted node must not make us buffer without bound), and a JSON-RPC
 * error object mapped by `rpcErrorOf`.
 */
import type { Logger } from 'pino';
import { IsthmusError } from '../../light-clients/index.js';
import { CometBftErrorCode, cometError, malformedAnswer } from './errors.js';

/** Arguments of one call; undefined ones are left out. */
export type RpcArgs = Readonly<Record<string, string | Uint8Array | bigint | boolean | undefined>>;

export interface RpcTransportOptions {
  /** Base URL of the node's RPC, e.g. `http://127.0.0.1:26657`. */
  readonly endpoint: string;
  /** Per-call timeout in milliseconds; default 10 s. */
  readonly timeoutMs?: number;
  /** Largest answer body read, in bytes; default 32 MiB. */
  readonly maxResponseBytes?: number;
  readonly logger: Logger;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** One argument as CometBFT's URI handler reads it. */
function argText(value: string | Uint8Array | bigint | boolean): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Uint8Array) return `0x${Buffer.from(value).toString('hex')}`;
  return String(value);
}

/**
 * A JSON-RPC error object as a typed error. CometBFT reports most domain
 * failures as -32603 "Internal error" with the reason in `data`; the two
 * height failures a relayer must tell apart (not yet produced vs pruned)
 * are recognised by their text.
 */
export function rpcErrorOf(method: string, error: unknown): IsthmusError {
  const e = error !== null && typeof error === 'object' ? (error as Record<string, unknown>) : {};
  const code = typeof e.code === 'number' ? e.code : undefined;
  const message = typeof e.message === 'string' ? e.message : 'JSON-RPC error';
  const data = typeof e.data === 'string' ? e.data : '';
  const context = { method, rpcCode: code, rpcMessage: message, rpcData: data };
  const text = data ? `${message}: ${data}` : message;
  if (/must be less than or equal to the current blockchain height/i.test(data))
    return cometError(CometBftErrorCode.HeightNotYetAvailable, 'unavailable', `${method}: ${text}`, context);
  if (/is not available, lowest height is/i.test(data))
    return cometError(CometBftErrorCode.HeightPruned, 'not_found', `${method}: ${text}`, context);
  const category =
    code === -32601
      ? 'failed_precondition'
      : code === -32600 || code === -32602 || code === -32700
        ? 'invalid_argument'
        : 'unavailable';
  return cometError(CometBftErrorCode.RpcError, category, `${method}: ${text}`, context);
}

export class CometRpc {
  readonly endpoint: string;
  private readonly timeoutMs: number;
  private readonly maxResponseBytes: number;
  private readonly log: Logger;

  constructor(options: RpcTransportOptions) {
    let url: URL;
    try {
      url = new URL(options.endpoint);
    } catch (cause) {
      throw cometError(
        CometBftErrorCode.InvalidRequest,
        'invalid_argument',
        `not a URL: ${options.endpoint}`,
        { endpoint: options.endpoint },
        cause,
      );
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw cometError(CometBftErrorCode.InvalidRequest, 'invalid_argument', 'the endpoint must be http(s)', {
        endpoint: options.endpoint,
      });
    this.endpoint = url.href.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.log = options.logger;
  }

  /** The `result` of `method`, unchecked beyond being present. */
  async call(method: string, args: RpcArgs = {}, signal?: AbortSignal): Promise<unknown> {
    const query = Object.entries(args)
      .filter((entry): entry is [string, string | Uint8Array | bigint | boolean] => entry[1] !== undefined)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(argText(v))}`)
      .join('&');
    const url = `${this.endpoint}/${method}${query ? `?${query}` : ''}`;
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    this.log.debug({ method, args: query }, 'cometbft rpc call');

    let status: number;
    let body: string;
    try {
      const response = await fetch(url, { signal: combined, headers: { accept: 'application/json' } });
      status = response.status;
      body = await this.readBody(method, response);
    } catch (cause) {
      if (IsthmusError.is(cause)) throw cause;
      throw this.transportError(method, cause, signal, timeout);
    }
    return this.resultOf(method, status, body);
  }

  /** The body as text, refusing it once it passes `maxResponseBytes`. */
  private async readBody(method: string, response: Response): Promise<string> {
    const tooLarge = (): IsthmusError =>
      cometError(
        CometBftErrorCode.RpcResponseTooLarge,
        'failed_precondition',
        `${method}: the answer is larger than ${this.maxResponseBytes} bytes`,
        { method, endpoint: this.endpoint, maxResponseBytes: this.maxResponseBytes },
      );
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > this.maxResponseBytes) {
      await response.body?.cancel();
      throw tooLarge();
    }
    if (!response.body) return '';
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    // Ends with the body: every chunk is counted, and the read stops past the limit.
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > this.maxResponseBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  private transportError(
    method: string,
    cause: unknown,
    signal: AbortSignal | undefined,
    timeout: AbortSignal,
  ): IsthmusError {
    const context = { method, endpoint: this.endpoint };
    if (signal?.aborted)
      return cometError(
        CometBftErrorCode.RpcCancelled,
        'unavailable',
        `${method}: cancelled`,
        context,
        cause,
      );
    if (timeout.aborted)
      return cometError(
        CometBftErrorCode.RpcTimeout,
        'deadline_exceeded',
        `${method}: no answer within ${this.timeoutMs} ms`,
        { ...context, timeoutMs: this.timeoutMs },
        cause,
      );
    this.log.warn({ method, endpoint: this.endpoint, err: cause }, 'cometbft rpc unreachable');
    return cometError(
      CometBftErrorCode.RpcUnavailable,
      'unavailable',
      `${method}: ${this.endpoint} unreachable`,
      context,
      cause,
    );
  }

  private resultOf(method: string, status: number, body: string): unknown {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (cause) {
      if (status >= 200 && status < 300) throw malformedAnswer(method, 'body', 'not JSON', cause);
      parsed = undefined;
    }
    const envelope =
      parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : undefined;
    // CometBFT answers JSON-RPC errors with HTTP 500 as well: the error object says more than the status.
    if (envelope?.error !== undefined && envelope.error !== null) throw rpcErrorOf(method, envelope.error);
    if (status < 200 || status >= 300) {
      const retryable = status >= 500 || status === 408 || status === 429;
      throw cometError(
        retryable ? CometBftErrorCode.RpcUnavailable : CometBftErrorCode.RpcError,
        retryable ? 'unavailable' : 'failed_precondition',
        `${method}: HTTP ${status} from ${this.endpoint}`,
        { method, endpoint: this.endpoint, status },
      );
    }
    if (envelope === undefined) throw malformedAnswer(method, 'body', 'not a JSON-RPC object');
    if (envelope.jsonrpc !== '2.0') throw malformedAnswer(method, 'jsonrpc', 'expected "2.0"');
    if (envelope.result === undefined || envelope.result === null)
      throw malformedAnswer(method, 'result', 'missing');
    return envelope.result;
  }
}
