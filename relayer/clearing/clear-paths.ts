/**
 * One clearing run over every configured path. Paths are independent: one
 * whose chain does not answer is reported with its error and the others
 * are still cleared, so a chain that is down delays only its own paths.
 */
import type { Logger } from 'pino';
import type { Ledger } from '../../adapters/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import type { PacketFilter } from '../filter/index.js';
import { clearPath } from './clear-path.js';
import type { RelayJob } from './job.js';
import { describePath, type ClearingPath } from './path.js';

export const CLEARING_UNKNOWN_CHAIN = 'CLEARING_UNKNOWN_CHAIN';
/** A failure that is no IsthmusError (a bug, or an `onJobs` sink throwing a bare error). */
export const CLEARING_FAILED = 'CLEARING_FAILED';

export interface ClearPathsOptions {
  readonly paths: readonly ClearingPath[];
  /** The `Ledger` of a configured chain, undefined for a chain not configured. */
  readonly ledgerOf: (chainId: string) => Ledger | undefined;
  readonly concurrency?: number;
  /** The config's packet filter (clear-path.ts). */
  readonly filter?: PacketFilter;
  /** Told each round of a path's jobs as it is planned (clear-path.ts). */
  readonly onJobs?: (path: ClearingPath, jobs: readonly RelayJob[]) => Promise<void> | void;
  readonly logger?: Logger;
}

export type PathClearing =
  | { readonly path: ClearingPath; readonly jobs: readonly RelayJob[] }
  | { readonly path: ClearingPath; readonly error: IsthmusError };

export async function clearPaths(options: ClearPathsOptions): Promise<PathClearing[]> {
  const results: PathClearing[] = [];
  for (const path of options.paths) {
    try {
      const source = ledger(options, path.source.chain, path);
      const dest = ledger(options, path.dest.chain, path);
      const jobs = await clearPath({
        path,
        source,
        dest,
        ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
        ...(options.filter === undefined ? {} : { filter: options.filter }),
        ...(options.onJobs === undefined
          ? {}
          : { onJobs: (jobs: readonly RelayJob[]) => options.onJobs?.(path, jobs) }),
        ...(options.logger === undefined ? {} : { logger: options.logger }),
      });
      results.push({ path, jobs });
    } catch (err) {
      const error = IsthmusError.is(err)
        ? err
        : new IsthmusError(CLEARING_FAILED, `clearing ${describePath(path)} failed`, { cause: err });
      options.logger?.warn(
        { path: describePath(path), code: error.code, retryable: error.retryable, err: error },
        'clearing a path failed',
      );
      results.push({ path, error });
    }
  }
  return results;
}

function ledger(options: ClearPathsOptions, chainId: string, path: ClearingPath): Ledger {
  const found = options.ledgerOf(chainId);
  if (found === undefined) {
    throw new IsthmusError(
      CLEARING_UNKNOWN_CHAIN,
      `no Ledger for chain ${chainId} of ${describePath(path)}`,
      {
        category: 'failed_precondition',
        context: { chainId },
      },
    );
  }
  return found;
}
