/**
 * The security layer of the Relay API, in two halves that the gRPC binding
 * runs at different moments:
 *
 * - `preflight(caller)` runs before a request is decoded: it identifies the
 *   caller (./authenticate.ts), then spends one token of that identity's
 *   rate limit — so a caller over its budget costs no decoding, and an
 *   unidentified one spends nobody's budget. Its result is the call's
 *   `ctx.principal`.
 * - `wrap(impl)` returns the Relay implementation with every method guarded:
 *   the principal must be one this preflight issued, the request's chains
 *   and channels (./scope.ts) must be allowed to that identity
 *   (./authorize.ts), and only then is the implementation called. Calls that
 *   change something are audited (./audit.ts) whatever their outcome.
 */
import type { Logger } from 'pino';
import type { CallContext, CallerInfo } from '../../../adapters/grpc/service.js';
import { IsthmusError } from '../../../light-clients/index.js';
import type { RedisConnection } from '../../drivers/redis-connection.js';
import { relayMethods } from '../relay-definition.js';
import { MUTATING_METHODS, auditLog, type Audit } from './audit.js';
import { authenticator, type Identity } from './authenticate.js';
import { authorize } from './authorize.js';
import type { Policy, PolicyIdentity } from './policy.js';
import { memoryRateLimiter, type RateLimitOptions, type RateLimiter } from './rate-limit.js';
import { redisRateLimiter } from './redis-rate-limit.js';
import { scopeOf, type RelayMethodKey, type RequestOf } from './scope.js';

export interface SecurityOptions {
  readonly policy: Policy;
  readonly rateLimit: RateLimitOptions;
  /** Shares rate limits between processes; in memory (this process only) without it. Not closed here. */
  readonly redis?: RedisConnection;
  /** The audit trail goes to its child `{ audit: true }`. */
  readonly logger: Logger;
}

/** The Relay methods as an implementation offers them to `serverHandlers`. */
export type RelayHandlers = {
  readonly [K in RelayMethodKey]: K extends 'watchMessages'
    ? (req: RequestOf<K>, ctx: CallContext) => AsyncIterable<unknown>
    : (req: RequestOf<K>, ctx: CallContext) => Promise<unknown>;
};

export interface Security {
  preflight(caller: CallerInfo): Promise<Identity>;
  /** The same Relay methods, each authorised (and audited) before `impl`'s runs. */
  wrap<T extends RelayHandlers>(impl: T): Pick<T, RelayMethodKey>;
  /** Refuses new calls (UNAVAILABLE) and waits for rate-limit checks in flight, so Redis can close after. */
  close(): Promise<void>;
}

function methodName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function idempotencyKeyOf(req: unknown): string | undefined {
  const key = (req as { idempotencyKey?: unknown }).idempotencyKey;
  return typeof key === 'string' ? key : undefined;
}

export function createSecurity(options: SecurityOptions): Security {
  const { policy } = options;
  const authenticate = authenticator(policy);
  const limiter: RateLimiter =
    options.redis === undefined
      ? memoryRateLimiter(options.rateLimit)
      : redisRateLimiter(options.redis, options.rateLimit);
  const audit: Audit = auditLog(options.logger.child({ audit: true }));
  const logger = options.logger.child({ module: 'api-security' });
  /** Identities this preflight returned: a principal made anywhere else is not trusted. */
  const issued = new WeakSet<object>();
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;

  const spend = async (identity: Identity): Promise<void> => {
    const taking = limiter.take(identity.name);
    inFlight.add(taking);
    let decision;
    try {
      decision = await taking;
    } catch (cause) {
      logger.warn({ err: cause, identity: identity.name }, 'rate limit store unreachable; refusing the call');
      throw new IsthmusError('RATE_LIMIT_UNAVAILABLE', 'the rate limit cannot be checked now', {
        category: 'unavailable',
        cause,
      });
    } finally {
      inFlight.delete(taking);
    }
    if (!decision.allowed) {
      throw new IsthmusError(
        'RATE_LIMITED',
        `${identity.name} is over its rate limit; retry in ${decision.retryAfterMs} ms`,
        {
          category: 'resource_exhausted',
          context: { identity: identity.name, retryAfterMs: decision.retryAfterMs },
        },
      );
    }
  };

  const preflight = async (caller: CallerInfo): Promise<Identity> => {
    const startedAt = performance.now();
    const method = methodName(caller.method);
    let identity: Identity | null = null;
    try {
      if (closed)
        throw new IsthmusError('API_CLOSING', 'the Relay API is shutting down', { category: 'unavailable' });
      identity = await authenticate(caller);
      await spend(identity);
      issued.add(identity);
      return identity;
    } catch (error) {
      if (MUTATING_METHODS.has(method)) audit({ identity, method, startedAt, error });
      throw error;
    }
  };

  /** The identity a call carries, if this preflight issued it. */
  const principalIdentity = (ctx: CallContext): Identity | null =>
    typeof ctx.principal === 'object' && ctx.principal !== null && issued.has(ctx.principal)
      ? (ctx.principal as Identity)
      : null;

  const principalOf = (ctx: CallContext, method: string): { identity: Identity; rules: PolicyIdentity } => {
    const identity = principalIdentity(ctx);
    const rules = identity === null ? undefined : policy.identity(identity.name);
    if (identity === null || rules === undefined) {
      // Fails closed when a server forgot the preflight, or called the wrapper in process.
      throw new IsthmusError('CREDENTIALS_MISSING', 'the call was not authenticated', {
        category: 'unauthenticated',
        context: { method },
      });
    }
    return { identity, rules };
  };

  const wrap = <T extends RelayHandlers>(impl: T): Pick<T, RelayMethodKey> => {
    const wrapped: Record<string, unknown> = {};
    for (const key of Object.keys(relayMethods) as RelayMethodKey[]) {
      const spec = relayMethods[key];
      const method = methodName(spec.path);
      const fn = impl[key] as unknown;
      if (typeof fn !== 'function') throw new TypeError(`implementation lacks ${key} for ${spec.path}`);
      const call = (req: unknown, ctx: CallContext): unknown => fn.call(impl, req, ctx);
      const check = (req: unknown, ctx: CallContext): Identity => {
        const { identity, rules } = principalOf(ctx, method);
        authorize(rules, method, scopeOf(key, req as RequestOf<typeof key>));
        return identity;
      };
      if (spec.responseStream) {
        wrapped[key] = async function* (req: unknown, ctx: CallContext): AsyncGenerator<unknown> {
          check(req, ctx);
          yield* call(req, ctx) as AsyncIterable<unknown>;
        };
      } else if (MUTATING_METHODS.has(method)) {
        wrapped[key] = async (req: unknown, ctx: CallContext): Promise<unknown> => {
          const startedAt = performance.now();
          const scope = scopeOf(key, req as RequestOf<typeof key>);
          const idempotencyKey = idempotencyKeyOf(req);
          const where = {
            method,
            ...(scope === undefined ? {} : { chain: scope.chain }),
            ...(scope?.channel === undefined ? {} : { channel: scope.channel }),
            ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
            startedAt,
          };
          let identity: Identity | null = null;
          try {
            identity = check(req, ctx);
            const result = await call(req, ctx);
            audit({ ...where, identity });
            return result;
          } catch (error) {
            audit({ ...where, identity: identity ?? principalIdentity(ctx), error });
            throw error;
          }
        };
      } else {
        wrapped[key] = async (req: unknown, ctx: CallContext): Promise<unknown> => {
          check(req, ctx);
          return call(req, ctx);
        };
      }
    }
    return wrapped as Pick<T, RelayMethodKey>;
  };

  const close = async (): Promise<void> => {
    closed = true;
    await Promise.allSettled([...inFlight]);
  };

  return { preflight, wrap, close };
}
