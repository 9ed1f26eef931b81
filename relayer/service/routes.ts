/**
 * What the configured paths ask of workers and clearing. Every path is
 * relayed both ways (packets each way, their acks and timeouts back), so
 * each of its chains is a destination: the worker submitting to a chain
 * proves the other end with the client that chain keeps of it — the path
 * end's `clientId` names the client ON that end's chain tracking the other
 * end. A missing client id, or two paths naming different clients for the
 * same pair of chains, is refused at start.
 */
import { IsthmusError } from '../../light-clients/index.js';
import type { ClearingPath } from '../clearing/index.js';
import type { PathConfig } from '../config/schema.js';

export const SERVICE_CLIENT_ID_MISSING = 'SERVICE_CLIENT_ID_MISSING';
export const SERVICE_CLIENT_ID_CONFLICT = 'SERVICE_CLIENT_ID_CONFLICT';

/** The worker of one destination chain: its client id of each chain it receives proofs from. */
export interface WorkerRoute {
  readonly destChainId: string;
  readonly clientIds: ReadonlyMap<string, string>;
}

/** One worker route per chain that is an end of some path, in first-seen order. */
export function workerRoutes(paths: readonly PathConfig[]): WorkerRoute[] {
  const byDest = new Map<string, Map<string, string>>();
  paths.forEach((path, i) => {
    for (const [end, other] of [
      ['source', 'dest'],
      ['dest', 'source'],
    ] as const) {
      const here = path[end];
      const there = path[other];
      if (here.clientId === undefined) {
        throw new IsthmusError(
          SERVICE_CLIENT_ID_MISSING,
          `paths.${i}.${end}.clientId: the client on ${here.chain} of ${there.chain} is needed to relay`,
          { category: 'invalid_argument', context: { path: `paths.${i}.${end}.clientId` } },
        );
      }
      const clients = byDest.get(here.chain) ?? new Map<string, string>();
      byDest.set(here.chain, clients);
      const known = clients.get(there.chain);
      if (known !== undefined && known !== here.clientId) {
        throw new IsthmusError(
          SERVICE_CLIENT_ID_CONFLICT,
          `paths.${i}.${end}.clientId: ${here.clientId}, but another path names ${known} as ${here.chain}'s client of ${there.chain}`,
          { category: 'invalid_argument', context: { path: `paths.${i}.${end}.clientId` } },
        );
      }
      clients.set(there.chain, here.clientId);
    }
  });
  return [...byDest].map(([destChainId, clientIds]) => ({ destChainId, clientIds }));
}

/** Both directions of every path, as clearing walks them. */
export function clearingPaths(paths: readonly PathConfig[]): ClearingPath[] {
  return paths.flatMap((p) => [
    { source: p.source, dest: p.dest, ordering: p.ordering },
    { source: p.dest, dest: p.source, ordering: p.ordering },
  ]);
}
