/**
 * `isthmus status`: the network at a glance — each chain's latest height,
 * each path end's client, each path's backlog (clearing's pending count),
 * each chain's queue counts, and as alerts the jobs dead-lettered as
 * permanent (a forged proof or header, a refused submission), which no
 * retry fixes. Alerts a relayer logs are in its own log; these are the ones
 * every process can read.
 */
import type { Command } from 'commander';
import { fromU64 } from '../../../proto/index.js';
import { clearPaths, describePath } from '../../clearing/index.js';
import type { QueueCounts } from '../../drivers/index.js';
import { deliverQueue } from '../../roles/jobs.js';
import { clearingPaths } from '../../service/index.js';
import { clientStatuses } from './clients.js';
import { action, common, EXIT_OK, EXIT_REFUSED, withOperator, type CommonOptions } from './context.js';

export function addStatusCommand(program: Command, setExitCode: (code: number) => void): void {
  common(program.command('status').description('chains, clients, path backlogs, queues and alerts')).action(
    action<CommonOptions>(setExitCode, (opts, out) =>
      withOperator(opts, async (op) => {
        const network = await op.network();
        const chains = await Promise.all(
          network.chains.map(async (c) => {
            try {
              const ledger = await op.ledger(c.id);
              return { id: c.id, latestHeight: fromU64((await ledger.getLatestHeight({})).height?.height) };
            } catch (err) {
              return { id: c.id, latestHeight: null, error: (err as Error).message };
            }
          }),
        );
        const clients = await clientStatuses(op);
        const ledgers = new Map(
          await Promise.all(network.chains.map(async (c) => [c.id, await op.ledger(c.id)] as const)),
        );
        const cleared = await clearPaths({
          paths: clearingPaths(network.paths),
          ledgerOf: (id) => ledgers.get(id),
          filter: op.config.filters,
        });
        const paths = cleared.map((r) => ({
          path: describePath(r.path),
          pending: 'error' in r ? null : r.jobs.length,
          ...('error' in r ? { error: r.error.code } : {}),
        }));
        const queues: ({ queue: string } & QueueCounts)[] = [];
        const alerts: { queue: string; jobId: string; reason: string; failedAtMs: number }[] = [];
        if (op.distributed) {
          const { queue } = await op.drivers('queue counts');
          for (const c of network.chains) {
            const name = deliverQueue(c.id);
            queues.push({ queue: name, ...(await queue.counts(name)) });
            for (const letter of await queue.deadLetters(name)) {
              if (letter.permanent)
                alerts.push({
                  queue: name,
                  jobId: letter.id,
                  reason: letter.reason,
                  failedAtMs: letter.failedAtMs,
                });
            }
          }
        }
        const healthy =
          chains.every((c) => c.latestHeight !== null) &&
          clients.every((c) => c.state === 'active') &&
          paths.every((p) => p.pending !== null);
        out.result({ healthy, revision: network.revision, chains, clients, paths, queues, alerts }, () => [
          `network revision ${network.revision}: ${healthy ? 'healthy' : 'NEEDS ATTENTION'}`,
          ...chains.map((c) => `chain ${c.id}: ${c.latestHeight ?? 'unreachable'}`),
          ...clients.map((c) => `client ${c.clientId} on ${c.host} of ${c.of}: ${c.state}`),
          ...paths.map((p) => `path ${p.path}: ${p.pending ?? 'unreadable'} pending`),
          ...queues.map(
            (q) =>
              `queue ${q.queue}: ${q.waiting} waiting, ${q.active} active, ${q.delayed} delayed, ${q.dead} dead`,
          ),
          ...alerts.map((a) => `alert ${a.jobId} on ${a.queue}: ${a.reason}`),
        ]);
        return healthy ? EXIT_OK : EXIT_REFUSED;
      }),
    ),
  );
}
