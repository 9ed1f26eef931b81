/**
 * When a hosted tendermint client needs an update (ICS-07: a client whose
 * latest consensus state is older than the trusting period is expired and
 * verifies nothing until an operator recovers it). The refresher updates a
 * client once `trustingPeriod x refreshFraction` has passed since the
 * source header it trusts last — well before expiry, so one missed check or
 * a slow chain does not lose the client.
 *
 * Pure: the clock is a parameter; every time is nanoseconds since the epoch.
 */
import { IsthmusError } from '../../../light-clients/index.js';
import { isExpired } from '../../../light-clients/tendermint/index.js';

export type Freshness = 'frozen' | 'expired' | 'due' | 'fresh';

export const REFRESHER_BAD_FRACTION = 'REFRESHER_BAD_FRACTION';

/** Parts per million: the fraction as an exact bigint scale, so the threshold needs no float of a u64. */
const PPM = 1_000_000n;

/** Throws REFRESHER_BAD_FRACTION unless 0 < fraction < 1 (at 1 the client would expire first). */
export function checkRefreshFraction(fraction: number): void {
  if (!(fraction > 0 && fraction < 1)) {
    throw new IsthmusError(REFRESHER_BAD_FRACTION, `refresh fraction must lie in (0, 1), not ${fraction}`, {
      category: 'invalid_argument',
      context: { fraction },
    });
  }
}

/** `trustingPeriod x fraction`, rounded down. */
export function refreshAfter(trustingPeriod: bigint, fraction: number): bigint {
  checkRefreshFraction(fraction);
  return (trustingPeriod * BigInt(Math.round(fraction * 1_000_000))) / PPM;
}

export interface ClientClock {
  /** 0 while the client is active. */
  readonly frozenHeight: bigint;
  readonly trustingPeriod: bigint;
  /** Time of the source header behind the client's latest consensus state. */
  readonly latestTimestamp: bigint;
}

/** Frozen wins over expired (ICS-02 status); a client past `refreshAfter` is due. */
export function clientFreshness(client: ClientClock, now: bigint, fraction: number): Freshness {
  if (client.frozenHeight !== 0n) return 'frozen';
  if (isExpired(client.latestTimestamp, client.trustingPeriod, now)) return 'expired';
  const age = now - client.latestTimestamp;
  return age >= refreshAfter(client.trustingPeriod, fraction) ? 'due' : 'fresh';
}
