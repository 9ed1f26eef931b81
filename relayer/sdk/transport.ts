/**
 * One Relay call on the wire, with request metadata.
 *
 * `adapters/grpc/service.ts` has the same two helpers without metadata;
 * the SDK needs metadata on every call because it sends its bearer token
 * per call rather than as grpc-js call credentials, which grpc-js only
 * accepts on TLS channels (a plaintext loopback server in development and
 * tests must see the token too). Encoding, decoding and error mapping are
 * the same as there: a response that does not decode is MALFORMED_MESSAGE,
 * and a failed call comes back as the server's IsthmusError.
 */
import { Metadata, type Client, type ServiceError } from '@grpc/grpc-js';
import { fromServiceError } from '../../adapters/index.js';
import type { MethodSpec } from '../../adapters/grpc/service.js';
import { IsthmusError } from '../../light-clients/index.js';

const identity = (b: Buffer): Buffer => b;

function decode<Res>(m: MethodSpec<unknown, unknown, Res, unknown>, bytes: Buffer): Res {
  try {
    return m.responseType.decode(bytes);
  } catch (cause) {
    throw new IsthmusError('MALFORMED_MESSAGE', `malformed response for ${m.path}`, {
      category: 'invalid_argument',
      context: { method: m.path, bytes: bytes.length },
      cause,
    });
  }
}

function isServiceError(err: unknown): err is ServiceError {
  return err instanceof Error && typeof (err as Partial<ServiceError>).code === 'number' && 'metadata' in err;
}

/** One unary call with `metadata` and a deadline `timeoutMs` from now (0: none). */
export function unaryCall<Req, ReqIn, Res, ResIn>(
  client: Client,
  m: MethodSpec<Req, ReqIn, Res, ResIn>,
  request: ReqIn,
  metadata: Metadata,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const call = client.makeUnaryRequest<ReqIn, Buffer>(
      m.path,
      (msg) => Buffer.from(m.requestType.encode(msg).finish()),
      identity,
      request,
      metadata,
      timeoutMs > 0 ? { deadline: new Date(Date.now() + timeoutMs) } : {},
      (err, bytes) => {
        signal?.removeEventListener('abort', cancel);
        if (err) return reject(fromServiceError(err));
        try {
          resolve(decode(m, bytes ?? Buffer.alloc(0)));
        } catch (e) {
          reject(e);
        }
      },
    );
    const cancel = (): void => call.cancel();
    if (signal?.aborted) cancel();
    else signal?.addEventListener('abort', cancel, { once: true });
  });
}

/**
 * A server stream with `metadata` and no deadline, as an async iterable;
 * leaving the loop or aborting `signal` cancels the call.
 */
export async function* streamCall<Req, ReqIn, Res, ResIn>(
  client: Client,
  m: MethodSpec<Req, ReqIn, Res, ResIn>,
  request: ReqIn,
  metadata: Metadata,
  signal: AbortSignal,
): AsyncGenerator<Res, void, undefined> {
  const call = client.makeServerStreamRequest<ReqIn, Buffer>(
    m.path,
    (msg) => Buffer.from(m.requestType.encode(msg).finish()),
    identity,
    request,
    metadata,
    {},
  );
  const cancel = (): void => call.cancel();
  if (signal.aborted) cancel();
  else signal.addEventListener('abort', cancel, { once: true });
  try {
    for await (const bytes of call as AsyncIterable<Buffer>) yield decode(m, bytes);
  } catch (err) {
    throw isServiceError(err) ? fromServiceError(err) : err;
  } finally {
    signal.removeEventListener('abort', cancel);
    call.cancel();
  }
}

/** Request metadata carrying `token` as `authorization: Bearer …`, or none. */
export function bearerMetadata(token: string | undefined): Metadata {
  const metadata = new Metadata();
  if (token !== undefined) metadata.set('authorization', `Bearer ${token}`);
  return metadata;
}
