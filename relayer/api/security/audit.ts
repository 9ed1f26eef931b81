/**
 * The audit trail of calls that change something (SendMessage,
 * RegisterSchema, Notarize): one structured line per call, refused or not —
 * who (identity, credential kind), what (method, chain, channel, idempotency
 * key), the outcome (`ok` or the error code) and how long it took. Payloads,
 * documents, tokens and metadata are never passed here, so they cannot be
 * logged.
 */
import type { Logger } from 'pino';
import { IsthmusError } from '../../../light-clients/index.js';
import type { Identity } from './authenticate.js';

export const MUTATING_METHODS: ReadonlySet<string> = new Set(['SendMessage', 'RegisterSchema', 'Notarize']);

export interface AuditEntry {
  /** Null when the caller was not identified. */
  readonly identity: Identity | null;
  readonly method: string;
  readonly chain?: string | null;
  readonly channel?: string | null;
  readonly idempotencyKey?: string;
  readonly startedAt: number;
  readonly error?: unknown;
}

export type Audit = (entry: AuditEntry) => void;

/** `logger` is the audit child (`audit: true`); `now` is the clock durations are measured with. */
export function auditLog(logger: Logger, now: () => number = () => performance.now()): Audit {
  return (entry) => {
    const ok = entry.error === undefined;
    logger.info(
      {
        identity: entry.identity?.name ?? null,
        via: entry.identity?.via ?? null,
        method: entry.method,
        ...(entry.chain === undefined ? {} : { chain: entry.chain }),
        ...(entry.channel === undefined ? {} : { channel: entry.channel }),
        ...(entry.idempotencyKey ? { idempotencyKey: entry.idempotencyKey } : {}),
        outcome: ok ? 'ok' : IsthmusError.is(entry.error) ? entry.error.code : 'INTERNAL',
        durationMs: Math.round((now() - entry.startedAt) * 1000) / 1000,
      },
      ok ? 'relay call' : 'relay call refused or failed',
    );
  };
}
