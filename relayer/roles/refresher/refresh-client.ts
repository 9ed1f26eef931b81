/**
 * One check of one hosted client: read it back from the host (QueryClient),
 * decide from its age whether it needs an update (freshness.ts) and, when
 * it does, bring it to the source's latest height. Every header is verified
 * locally with the tendermint light client before anything is submitted
 * (../../delivery/verified-update.ts), so a source serving a forged header
 * ends in a failed check and no submission.
 *
 * Failures come back as a result, not a throw: the refresher decides what
 * to alert and the next check retries.
 */
import type { Ledger } from '../../../adapters/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { TendermintErrorCode } from '../../../light-clients/tendermint/index.js';
import { v1 } from '../../../proto/index.js';
import { clientTiming, trackedClient, verifiedUpdate, type VerificationSink } from '../../delivery/index.js';
import { clientFreshness } from './freshness.js';

export const REFRESHER_NO_NEW_HEADER = 'REFRESHER_NO_NEW_HEADER';
export const REFRESHER_UNEXPECTED = 'REFRESHER_UNEXPECTED';

/** A tendermint client of `sourceChainId` kept on `hostChainId` as `clientId`. */
export interface RefreshedClient {
  readonly hostChainId: string;
  readonly host: Ledger;
  readonly clientId: string;
  readonly sourceChainId: string;
  readonly source: Ledger;
}

/** `standby`: another process holds this client's lease and refreshes it. */
export type RefreshAction = 'fresh' | 'updated' | 'frozen' | 'expired' | 'failed' | 'standby';

export interface RefreshResult {
  readonly hostChainId: string;
  readonly clientId: string;
  readonly action: RefreshAction;
  /** The client's latest height after the check (the height reached, for `updated`). */
  readonly height?: bigint;
  /** CLIENT_FROZEN, CLIENT_EXPIRED, or the failure's code (a VerificationError's, a Ledger's, a refusal's). */
  readonly code?: string;
  readonly message?: string;
  /** An operator must act: retrying cannot fix it (a bad header, a refusal, a frozen or expired client). */
  readonly alert?: boolean;
  /** The error behind a failure, for the log. */
  readonly error?: unknown;
}

const { RESULT_CODE_OK: OK, RESULT_CODE_ALREADY_DONE: ALREADY_DONE } = v1.ResultCode;

/**
 * Checks `client` and updates it when `refreshFraction` of its trusting
 * period has passed. `now` (ns) is read when each decision is made, after
 * the Ledger calls it depends on.
 */
export async function refreshClient(
  client: RefreshedClient,
  now: () => bigint,
  refreshFraction: number,
  signal?: AbortSignal,
  metrics?: VerificationSink,
): Promise<RefreshResult> {
  const base = { hostChainId: client.hostChainId, clientId: client.clientId };
  const ctx = signal ? { signal } : {};
  try {
    const tracked = await trackedClient(client.host, client.clientId, client.sourceChainId);
    const { latestHeight } = tracked;
    const timing = clientTiming(tracked);
    // An evm client freezes without a height: it is reported frozen at its latest one.
    const frozenHeight =
      tracked.kind === 'tendermint' ? tracked.state.frozenHeight : timing.frozen ? latestHeight : 0n;
    const freshness = clientFreshness(
      {
        frozenHeight,
        trustingPeriod: timing.trustingPeriodNs,
        latestTimestamp: timing.latestTimeNs,
      },
      now(),
      refreshFraction,
    );
    switch (freshness) {
      case 'fresh':
        return { ...base, action: 'fresh', height: latestHeight };
      case 'frozen':
        return {
          ...base,
          action: 'frozen',
          height: latestHeight,
          code: TendermintErrorCode.ClientFrozen,
          message: `client ${client.clientId} of ${client.sourceChainId} on ${client.hostChainId} is frozen at height ${frozenHeight}`,
          alert: true,
        };
      case 'expired':
        return {
          ...base,
          action: 'expired',
          height: latestHeight,
          code: TendermintErrorCode.ClientExpired,
          message: `client ${client.clientId} of ${client.sourceChainId} on ${client.hostChainId} has expired: it needs recovery`,
          alert: true,
        };
      case 'due':
        break;
    }
    const tip = await client.source.getLatestHeight({}, ctx);
    const update = await verifiedUpdate(client.source, tracked, tip.height ?? {}, now(), metrics);
    if (update.messages.length === 0) {
      return {
        ...base,
        action: 'failed',
        height: latestHeight,
        code: REFRESHER_NO_NEW_HEADER,
        message: `${client.sourceChainId} has no header above ${latestHeight} yet`,
      };
    }
    const res = await client.host.submit({ messages: update.messages }, ctx);
    for (const result of res.results) {
      if (result.code === OK || result.code === ALREADY_DONE) continue;
      return {
        ...base,
        action: 'failed',
        height: latestHeight,
        code: result.errorCode || 'RESULT_MISSING',
        message: result.message || `${client.hostChainId} refused the update`,
        // RESULT_CODE_RETRY is the host's "try again"; a refusal of a locally verified header is not.
        alert: result.code === v1.ResultCode.RESULT_CODE_REJECTED,
      };
    }
    return { ...base, action: 'updated', height: update.client.latestHeight };
  } catch (err) {
    if (!IsthmusError.is(err)) {
      const message = err instanceof Error ? err.message : String(err);
      return { ...base, action: 'failed', code: REFRESHER_UNEXPECTED, message, error: err };
    }
    return {
      ...base,
      action: 'failed',
      code: err.code,
      message: err.message,
      alert: !err.retryable,
      error: err,
    };
  }
}
