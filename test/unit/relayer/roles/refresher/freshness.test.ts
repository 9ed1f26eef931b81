/**
 * When the refresher updates a client: frozen before expired (ICS-02
 * status), expired at the trusting period, due from `fraction` of it.
 */
import { describe, expect, it } from '@jest/globals';
import {
  clientFreshness,
  REFRESHER_BAD_FRACTION,
  refreshAfter,
} from '../../../../../relayer/roles/refresher/index.js';

const SECOND = 1_000_000_000n;
const T0 = 1_764_000_000n * SECOND;
const client = { frozenHeight: 0n, trustingPeriod: 100n * SECOND, latestTimestamp: T0 };

describe('refresher freshness', () => {
  it('behavior: fresh before the fraction, due from it, expired at the trusting period', () => {
    expect(clientFreshness(client, T0 + 29n * SECOND, 0.3)).toBe('fresh');
    expect(clientFreshness(client, T0 + 30n * SECOND, 0.3)).toBe('due');
    expect(clientFreshness(client, T0 + 100n * SECOND - 1n, 0.3)).toBe('due');
    expect(clientFreshness(client, T0 + 100n * SECOND, 0.3)).toBe('expired');
  });

  it('behavior: a frozen client is frozen whatever its age', () => {
    expect(clientFreshness({ ...client, frozenHeight: 7n }, T0, 0.3)).toBe('frozen');
    expect(clientFreshness({ ...client, frozenHeight: 7n }, T0 + 1_000n * SECOND, 0.3)).toBe('frozen');
  });

  it('args: the threshold is exact for periods beyond 2^53 ns', () => {
    const year = 365n * 86_400n * SECOND;
    expect(refreshAfter(year, 0.5)).toBe(year / 2n);
    expect(refreshAfter(3n * SECOND, 1 / 3)).toBe(999_999_000n);
  });

  it('error: a fraction outside (0, 1) is REFRESHER_BAD_FRACTION', () => {
    for (const fraction of [0, 1, -0.1, 1.5, Number.NaN]) {
      expect(() => refreshAfter(SECOND, fraction)).toThrow(
        expect.objectContaining({ code: REFRESHER_BAD_FRACTION }),
      );
    }
  });
});
