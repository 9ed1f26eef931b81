/** Worker routes and clearing directions derived from the configured paths. */
import { describe, expect, it } from '@jest/globals';
import { IsthmusError } from '../../../../light-clients/index.js';
import type { PathConfig } from '../../../../relayer/config/schema.js';
import {
  clearingPaths,
  SERVICE_CLIENT_ID_CONFLICT,
  SERVICE_CLIENT_ID_MISSING,
  workerRoutes,
} from '../../../../relayer/service/index.js';

const path = (srcClient?: string, destClient?: string, dest = 'main-1'): PathConfig => ({
  source: { chain: 'health-1', channel: 'channel-0', ...(srcClient ? { clientId: srcClient } : {}) },
  dest: { chain: dest, channel: 'channel-0', ...(destClient ? { clientId: destClient } : {}) },
  ordering: 'unordered',
});

function refused(run: () => unknown): IsthmusError {
  try {
    run();
  } catch (err) {
    if (IsthmusError.is(err)) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('workerRoutes', () => {
  it('behavior: each end is a destination proving the other end with its own client', () => {
    const routes = workerRoutes([path('07-main', '07-health'), path('07-edu', '07-health-e', 'edu-1')]);
    expect(routes.map((r) => [r.destChainId, [...r.clientIds]])).toEqual([
      [
        'health-1',
        [
          ['main-1', '07-main'],
          ['edu-1', '07-edu'],
        ],
      ],
      ['main-1', [['health-1', '07-health']]],
      ['edu-1', [['health-1', '07-health-e']]],
    ]);
  });

  it('behavior: two paths naming the same client for a pair of chains agree', () => {
    expect(workerRoutes([path('a', 'b'), path('a', 'b')])).toHaveLength(2);
  });

  it('error: a path end without a client id is refused with its path', () => {
    const err = refused(() => workerRoutes([path('a', undefined)]));
    expect(err.code).toBe(SERVICE_CLIENT_ID_MISSING);
    expect(err.message).toContain('paths.0.dest.clientId');
  });

  it('error: two paths naming different clients for the same pair are refused', () => {
    const err = refused(() => workerRoutes([path('a', 'b'), path('a', 'c')]));
    expect(err.code).toBe(SERVICE_CLIENT_ID_CONFLICT);
    expect(err.message).toContain('paths.1.dest.clientId');
  });
});

describe('clearingPaths', () => {
  it('behavior: both directions of every path', () => {
    const [forth, back] = clearingPaths([path('a', 'b')]);
    expect(forth?.source.chain).toBe('health-1');
    expect(forth?.dest.chain).toBe('main-1');
    expect(back?.source.chain).toBe('main-1');
    expect(back?.dest.chain).toBe('health-1');
  });
});
