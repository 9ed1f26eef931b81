/**
 * Errors across gRPC: an `IsthmusError` leaves a server as the gRPC status
 * its category maps to, with its code and context in trailing metadata, and
 * comes back out of a client as an `IsthmusError` with the same code,
 * category and context (the `ServiceError` as its cause).
 */
import { Metadata, status as GrpcStatus, type ServiceError, type StatusObject } from '@grpc/grpc-js';
import { IsthmusError, errorCategories, type ErrorCategory } from '../../light-clients/index.js';

export const ERROR_CODE_KEY = 'isthmus-error-code';
export const ERROR_CATEGORY_KEY = 'isthmus-error-category';
/** Binary (`-bin`) so that any UTF-8 in the context survives the headers. */
export const ERROR_CONTEXT_KEY = 'isthmus-error-context-bin';

/** The code of a call that failed because the TLS handshake did (bad or missing certificate). */
export const TLS_HANDSHAKE_FAILED = 'TLS_HANDSHAKE_FAILED';
/** The code of a call refused because a message exceeded a side's size limit. */
export const MESSAGE_TOO_LARGE = 'MESSAGE_TOO_LARGE';

const statusByCategory: Readonly<Record<ErrorCategory, GrpcStatus>> = {
  invalid_argument: GrpcStatus.INVALID_ARGUMENT,
  not_found: GrpcStatus.NOT_FOUND,
  already_exists: GrpcStatus.ALREADY_EXISTS,
  failed_precondition: GrpcStatus.FAILED_PRECONDITION,
  permission_denied: GrpcStatus.PERMISSION_DENIED,
  unauthenticated: GrpcStatus.UNAUTHENTICATED,
  resource_exhausted: GrpcStatus.RESOURCE_EXHAUSTED,
  unavailable: GrpcStatus.UNAVAILABLE,
  deadline_exceeded: GrpcStatus.DEADLINE_EXCEEDED,
  // A failed proof or signature is the caller's bad input, not a server fault.
  verification: GrpcStatus.INVALID_ARGUMENT,
  unimplemented: GrpcStatus.UNIMPLEMENTED,
  internal: GrpcStatus.INTERNAL,
};

/** For statuses that arrive without Isthmus metadata (another server, the transport). */
const categoryByStatus: Readonly<Partial<Record<GrpcStatus, ErrorCategory>>> = {
  [GrpcStatus.INVALID_ARGUMENT]: 'invalid_argument',
  [GrpcStatus.OUT_OF_RANGE]: 'invalid_argument',
  [GrpcStatus.NOT_FOUND]: 'not_found',
  [GrpcStatus.ALREADY_EXISTS]: 'already_exists',
  [GrpcStatus.FAILED_PRECONDITION]: 'failed_precondition',
  [GrpcStatus.ABORTED]: 'unavailable',
  [GrpcStatus.PERMISSION_DENIED]: 'permission_denied',
  [GrpcStatus.UNAUTHENTICATED]: 'unauthenticated',
  [GrpcStatus.RESOURCE_EXHAUSTED]: 'resource_exhausted',
  [GrpcStatus.UNAVAILABLE]: 'unavailable',
  [GrpcStatus.DEADLINE_EXCEEDED]: 'deadline_exceeded',
  [GrpcStatus.CANCELLED]: 'unavailable',
  [GrpcStatus.UNIMPLEMENTED]: 'unimplemented',
};

export function grpcStatusFor(category: ErrorCategory): GrpcStatus {
  return statusByCategory[category];
}

/**
 * The status a server sends for `err`. Errors that are not IsthmusErrors are
 * programming faults: the caller gets INTERNAL without their message, which
 * may hold internals; the server logs them.
 */
export function toStatus(err: unknown): Partial<StatusObject> {
  const e = IsthmusError.is(err)
    ? err
    : new IsthmusError('INTERNAL', 'internal error', { category: 'internal' });
  const metadata = new Metadata();
  metadata.set(ERROR_CODE_KEY, e.code);
  metadata.set(ERROR_CATEGORY_KEY, e.category);
  metadata.set(ERROR_CONTEXT_KEY, Buffer.from(JSON.stringify(e.toJSON().context)));
  return { code: grpcStatusFor(e.category), details: e.message, metadata };
}

function isCategory(value: unknown): value is ErrorCategory {
  return typeof value === 'string' && (errorCategories as readonly string[]).includes(value);
}

function parseContext(raw: unknown): Record<string, unknown> {
  if (!Buffer.isBuffer(raw)) return {};
  try {
    const parsed: unknown = JSON.parse(raw.toString('utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/**
 * grpc-js reports a failed handshake as UNAVAILABLE with the OpenSSL or Node
 * reason in the details ("SSL routines", "certificate required",
 * "self-signed certificate", ERR_TLS_CERT_ALTNAME_INVALID). A server that
 * drops the connection over a client certificate it does not trust may leave
 * only "Failed to connect", which stays GRPC_UNAVAILABLE.
 */
const tlsFailure = /SSL routines|certificate|ERR_TLS_/i;

/**
 * grpc-js refuses a message over `grpc.max_{send,receive}_message_length`,
 * on either side, with RESOURCE_EXHAUSTED and these details.
 */
const sizeLimit = /larger than max|size larger than/i;

/** The IsthmusError a client raises for a failed call. */
export function fromServiceError(err: ServiceError): IsthmusError {
  const metadata = err.metadata ?? new Metadata();
  const code = metadata.get(ERROR_CODE_KEY)[0];
  const category = metadata.get(ERROR_CATEGORY_KEY)[0];
  if (typeof code === 'string' && isCategory(category)) {
    return new IsthmusError(code, err.details, {
      category,
      context: parseContext(metadata.get(ERROR_CONTEXT_KEY)[0]),
      cause: err,
    });
  }
  const name = GrpcStatus[err.code] ?? 'UNKNOWN';
  const details = err.details || err.message;
  // Two transport failures are worth their own codes: retrying cannot fix them.
  const transportCode =
    err.code === GrpcStatus.UNAVAILABLE && tlsFailure.test(details)
      ? TLS_HANDSHAKE_FAILED
      : err.code === GrpcStatus.RESOURCE_EXHAUSTED && sizeLimit.test(details)
        ? MESSAGE_TOO_LARGE
        : `GRPC_${name}`;
  return new IsthmusError(transportCode, details, {
    category: categoryByStatus[err.code] ?? 'internal',
    context: { grpcStatus: err.code },
    cause: err,
  });
}
