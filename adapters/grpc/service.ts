/**
 * Binding protobufjs static messages to grpc-js, for any Isthmus service.
 *
 * Messages are decoded by this module rather than by grpc-js: grpc-js turns a
 * deserialisation failure into INTERNAL, while a malformed request is the
 * caller's fault and must come back as INVALID_ARGUMENT with an Isthmus code
 * (`MALFORMED_MESSAGE`). The same holds for a malformed response on the
 * client side.
 */
import {
  Metadata,
  type CallOptions,
  type Client,
  type MethodDefinition,
  type ServerUnaryCall,
  type ServerWritableStream,
  type ServiceDefinition,
  type ServiceError,
  type UntypedServiceImplementation,
  type sendUnaryData,
} from '@grpc/grpc-js';
import type { PeerCertificate } from 'node:tls';
import type { Logger } from 'pino';
import type { Writer } from 'protobufjs';
import { IsthmusError } from '../../light-clients/index.js';
import { fromServiceError, toStatus } from './errors.js';

/** What a generated protobufjs message class offers. */
export interface MessageType<T, P = T> {
  encode(message: P): Writer;
  decode(bytes: Uint8Array): T;
}

export interface MethodSpec<Req, ReqIn, Res, ResIn> {
  readonly path: string;
  readonly name: string;
  readonly requestType: MessageType<Req, ReqIn>;
  readonly responseType: MessageType<Res, ResIn>;
  readonly responseStream: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a table of heterogeneous method specs
export type AnyMethodSpec = MethodSpec<any, any, any, any>;

/** Per-call options an in-process caller can pass as well as a remote one. */
export interface CallContext {
  /** Aborted when the caller cancels or the deadline passes. */
  readonly signal?: AbortSignal;
  /** Server side: who is calling and how — for authentication, authorisation and audit. */
  readonly caller?: CallerInfo;
  /** Server side: what the server's preflight made of the caller (its identity), if it has one. */
  readonly principal?: unknown;
}

export interface ServerHandlerOptions {
  /**
   * Runs for every call before its request is decoded — authentication,
   * rate limits; a throw refuses the call with that error's status. What it
   * returns reaches the implementation as `ctx.principal`.
   */
  readonly preflight?: (caller: CallerInfo) => unknown;
}

/** What a server knows about one call's caller. */
export interface CallerInfo {
  /** `/package.Service/Method`. */
  readonly method: string;
  /** Request metadata (headers), e.g. `authorization`. */
  readonly metadata: Metadata;
  /** The client's certificate when it presented one over TLS (mTLS). */
  readonly peerCertificate?: PeerCertificate;
  /** `ipv4:127.0.0.1:5555` and the like, as grpc-js reports it. */
  readonly peer: string;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function spec<Req, ReqIn, Res, ResIn>(
  service: string,
  name: string,
  requestType: MessageType<Req, ReqIn>,
  responseType: MessageType<Res, ResIn>,
  responseStream: boolean,
): MethodSpec<Req, ReqIn, Res, ResIn> {
  return { path: `/${service}/${name}`, name: lowerFirst(name), requestType, responseType, responseStream };
}

export function unary<Req, ReqIn, Res, ResIn>(
  service: string,
  name: string,
  requestType: MessageType<Req, ReqIn>,
  responseType: MessageType<Res, ResIn>,
): MethodSpec<Req, ReqIn, Res, ResIn> {
  return spec(service, name, requestType, responseType, false);
}

export function serverStream<Req, ReqIn, Res, ResIn>(
  service: string,
  name: string,
  requestType: MessageType<Req, ReqIn>,
  responseType: MessageType<Res, ResIn>,
): MethodSpec<Req, ReqIn, Res, ResIn> {
  return spec(service, name, requestType, responseType, true);
}

const identity = (b: Buffer): Buffer => b;

function decodeOrThrow<T>(type: MessageType<T, unknown>, bytes: Buffer, what: string, path: string): T {
  try {
    return type.decode(bytes);
  } catch (cause) {
    throw new IsthmusError('MALFORMED_MESSAGE', `malformed ${what} for ${path}`, {
      category: 'invalid_argument',
      context: { method: path, bytes: bytes.length },
      cause,
    });
  }
}

/** The grpc-js definition of a service: encoding with protobufjs, decoding left to us. */
export function grpcDefinition(methods: Readonly<Record<string, AnyMethodSpec>>): ServiceDefinition {
  const definition: Record<string, MethodDefinition<unknown, unknown>> = {};
  for (const [key, m] of Object.entries(methods)) {
    definition[key] = {
      path: m.path,
      requestStream: false,
      responseStream: m.responseStream,
      requestSerialize: (msg: unknown) => Buffer.from(m.requestType.encode(msg).finish()),
      requestDeserialize: identity,
      responseSerialize: (msg: unknown) => Buffer.from(m.responseType.encode(msg).finish()),
      responseDeserialize: identity,
      originalName: m.name,
    };
  }
  return definition;
}

function callerOf(
  call: ServerUnaryCall<Buffer, unknown> | ServerWritableStream<Buffer, unknown>,
  method: string,
): CallerInfo {
  const certificate = call.getAuthContext().sslPeerCertificate;
  // Node reports "no certificate" as an empty object rather than undefined.
  const presented = certificate !== undefined && Object.keys(certificate).length > 0;
  return {
    method,
    metadata: call.metadata,
    peer: call.getPeer(),
    ...(presented ? { peerCertificate: certificate } : {}),
  };
}

/** An AbortSignal that fires when the remote caller cancels or its deadline passes. */
function callSignal(call: { on(event: 'cancelled', listener: () => void): unknown }): AbortSignal {
  const controller = new AbortController();
  call.on('cancelled', () =>
    controller.abort(new IsthmusError('CANCELLED', 'call cancelled', { category: 'unavailable' })),
  );
  return controller.signal;
}

type UnaryImpl = (req: unknown, ctx: CallContext) => Promise<unknown>;
type StreamImpl = (req: unknown, ctx: CallContext) => AsyncIterable<unknown>;

/**
 * grpc-js handlers that decode each request, call `impl[method.name]` and
 * map whatever it throws to a status (see ./errors.ts). Unexpected errors
 * are logged here, since the caller only sees INTERNAL.
 */
export function serverHandlers(
  methods: Readonly<Record<string, AnyMethodSpec>>,
  impl: object,
  logger: Logger,
  options: ServerHandlerOptions = {},
): UntypedServiceImplementation {
  const preflight = options.preflight;
  /** Runs the preflight (before decoding, so an unauthenticated caller learns nothing about its request). */
  const contextOf = async (
    call: ServerUnaryCall<Buffer, unknown> | ServerWritableStream<Buffer, unknown>,
    path: string,
  ): Promise<CallContext> => {
    const caller = callerOf(call, path);
    const signal = callSignal(call);
    if (preflight === undefined) return { signal, caller };
    return { signal, caller, principal: await preflight(caller) };
  };
  const handlers: UntypedServiceImplementation = {};
  const fail = (path: string, err: unknown): Partial<ServiceError> => {
    if (!IsthmusError.is(err)) logger.error({ err, method: path }, 'unexpected error in gRPC handler');
    return toStatus(err) as Partial<ServiceError>;
  };
  for (const [key, m] of Object.entries(methods)) {
    const fn = (impl as Record<string, unknown>)[m.name];
    if (typeof fn !== 'function') throw new TypeError(`implementation lacks ${m.name} for ${m.path}`);
    if (m.responseStream) {
      const stream = fn.bind(impl) as StreamImpl;
      handlers[key] = (call: ServerWritableStream<Buffer, unknown>) => {
        void (async () => {
          try {
            const ctx = await contextOf(call, m.path);
            const req = decodeOrThrow(m.requestType, call.request, 'request', m.path);
            for await (const item of stream(req, ctx)) {
              if (call.cancelled) return;
              if (!call.write(item)) await new Promise((resolve) => call.once('drain', resolve));
            }
            call.end();
          } catch (err) {
            if (!call.cancelled) call.emit('error', fail(m.path, err));
          }
        })();
      };
    } else {
      const unaryFn = fn.bind(impl) as UnaryImpl;
      handlers[key] = (call: ServerUnaryCall<Buffer, unknown>, callback: sendUnaryData<unknown>) => {
        void (async () => {
          try {
            const ctx = await contextOf(call, m.path);
            const req = decodeOrThrow(m.requestType, call.request, 'request', m.path);
            callback(null, await unaryFn(req, ctx));
          } catch (err) {
            callback(fail(m.path, err) as ServiceError);
          }
        })();
      };
    }
  }
  return handlers;
}

export interface ClientCallOptions extends CallContext {
  /** Milliseconds from now; overrides the client's default deadline. */
  readonly timeoutMs?: number;
}

function grpcCallOptions(defaultTimeoutMs: number, opts: ClientCallOptions): CallOptions {
  const ms = opts.timeoutMs ?? defaultTimeoutMs;
  return ms > 0 ? { deadline: new Date(Date.now() + ms) } : {};
}

/** One unary call; failures come back as IsthmusError. */
export function callUnary<Req, ReqIn, Res, ResIn>(
  client: Client,
  m: MethodSpec<Req, ReqIn, Res, ResIn>,
  request: ReqIn,
  defaultTimeoutMs: number,
  opts: ClientCallOptions = {},
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const call = client.makeUnaryRequest<ReqIn, Buffer>(
      m.path,
      (msg) => Buffer.from(m.requestType.encode(msg).finish()),
      identity,
      request,
      new Metadata(),
      grpcCallOptions(defaultTimeoutMs, opts),
      (err, bytes) => {
        opts.signal?.removeEventListener('abort', cancel);
        if (err) return reject(fromServiceError(err));
        try {
          resolve(decodeOrThrow(m.responseType, bytes ?? Buffer.alloc(0), 'response', m.path));
        } catch (e) {
          reject(e);
        }
      },
    );
    const cancel = (): void => call.cancel();
    if (opts.signal?.aborted) cancel();
    else opts.signal?.addEventListener('abort', cancel, { once: true });
  });
}

/** A server stream as an async iterable; breaking out of the loop cancels the call. */
export async function* callServerStream<Req, ReqIn, Res, ResIn>(
  client: Client,
  m: MethodSpec<Req, ReqIn, Res, ResIn>,
  request: ReqIn,
  defaultTimeoutMs: number,
  opts: ClientCallOptions = {},
): AsyncGenerator<Res, void, undefined> {
  const call = client.makeServerStreamRequest<ReqIn, Buffer>(
    m.path,
    (msg) => Buffer.from(m.requestType.encode(msg).finish()),
    identity,
    request,
    new Metadata(),
    grpcCallOptions(defaultTimeoutMs, opts),
  );
  const cancel = (): void => call.cancel();
  if (opts.signal?.aborted) cancel();
  else opts.signal?.addEventListener('abort', cancel, { once: true });
  try {
    for await (const bytes of call as AsyncIterable<Buffer>) {
      yield decodeOrThrow(m.responseType, bytes, 'response', m.path);
    }
  } catch (err) {
    throw isServiceError(err) ? fromServiceError(err) : err;
  } finally {
    opts.signal?.removeEventListener('abort', cancel);
    call.cancel();
  }
}

function isServiceError(err: unknown): err is ServiceError {
  return err instanceof Error && typeof (err as Partial<ServiceError>).code === 'number' && 'metadata' in err;
}
