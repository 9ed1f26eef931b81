/**
 * The one base error of Isthmus.
 *
 * Every failure that crosses a module boundary is an `IsthmusError` (or a
 * subclass) with a stable `code` — part of the public API, tested, and
 * carried over gRPC — a transport-neutral `category` that decides how callers
 * react (gRPC status, retry or not), structured `context` (chain id, height,
 * sequence, ...) and the `cause` it wraps.
 *
 * It lives in `light-clients/` because that is the lowest layer: pure code
 * may throw it, and everything above may import it.
 */
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * How a caller should treat an error. The names follow gRPC status codes
 * where one fits; `verification` is a proof, header or signature that failed
 * a light client's checks.
 */
export type ErrorCategory =
  | 'invalid_argument'
  | 'not_found'
  | 'already_exists'
  | 'failed_precondition'
  | 'permission_denied'
  | 'unauthenticated'
  | 'resource_exhausted'
  | 'unavailable'
  | 'deadline_exceeded'
  | 'verification'
  | 'unimplemented'
  | 'internal';

export const errorCategories: readonly ErrorCategory[] = [
  'invalid_argument',
  'not_found',
  'already_exists',
  'failed_precondition',
  'permission_denied',
  'unauthenticated',
  'resource_exhausted',
  'unavailable',
  'deadline_exceeded',
  'verification',
  'unimplemented',
  'internal',
];

/** Categories whose failures may pass on a later attempt. */
const transientCategories: ReadonlySet<ErrorCategory> = new Set([
  'unavailable',
  'deadline_exceeded',
  'resource_exhausted',
]);

export type ErrorContext = Readonly<Record<string, unknown>>;

export interface IsthmusErrorOptions {
  readonly category?: ErrorCategory;
  readonly context?: ErrorContext;
  readonly cause?: unknown;
}

export interface IsthmusErrorJSON {
  readonly name: string;
  readonly code: string;
  readonly category: ErrorCategory;
  readonly message: string;
  readonly context: Record<string, unknown>;
  readonly cause?: IsthmusErrorJSON | { readonly name: string; readonly message: string };
}

export class IsthmusError extends Error {
  override readonly name: string = 'IsthmusError';
  readonly code: string;
  readonly category: ErrorCategory;
  readonly context: ErrorContext;

  constructor(code: string, message: string, options: IsthmusErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.category = options.category ?? 'internal';
    this.context = Object.freeze({ ...options.context });
  }

  /** Whether retrying the same operation later may succeed. */
  get retryable(): boolean {
    return transientCategories.has(this.category);
  }

  toJSON(): IsthmusErrorJSON {
    const cause = this.cause;
    return {
      name: this.name,
      code: this.code,
      category: this.category,
      message: this.message,
      context: jsonSafe(this.context) as Record<string, unknown>,
      ...(cause instanceof IsthmusError
        ? { cause: cause.toJSON() }
        : cause instanceof Error
          ? { cause: { name: cause.name, message: cause.message } }
          : {}),
    };
  }

  /** True when `err` is an IsthmusError, with `code` if one is given. */
  static is(err: unknown, code?: string): err is IsthmusError {
    return err instanceof IsthmusError && (code === undefined || err.code === code);
  }
}

/** Context values as JSON can carry them: bigints and byte arrays become strings. */
function jsonSafe(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return bytesToHex(value);
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v)]));
  }
  return value;
}
