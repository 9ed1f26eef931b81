/**
 * `isthmus packets pending|show|clear|retry`: clearing's view of each path
 * (what a source committed that its destination has not received, or whose
 * acknowledgement or timeout is not yet back), one packet's status record
 * with what the chains hold, one clearing run that enqueues the missing
 * work, and dead-lettered jobs moved back to their queues.
 */
import type { Command } from 'commander';
import { ackPath, commitmentPath, receiptPath } from '../../../adapters/devnet/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { clearPaths, describePath, type ClearingPath } from '../../clearing/index.js';
import { pathName, type Network } from '../../network/index.js';
import { deliverQueue } from '../../roles/jobs.js';
import { clearingPaths, clearOnce } from '../../service/index.js';
import { parsePacketId } from '../../status/index.js';
import {
  action,
  common,
  EXIT_OK,
  EXIT_REFUSED,
  withOperator,
  type CommonOptions,
  type Operator,
} from './context.js';

export const OPERATOR_UNKNOWN_PATH = 'OPERATOR_UNKNOWN_PATH';

interface PathFilterOptions extends CommonOptions {
  readonly path?: string;
}

interface RetryOptions extends CommonOptions {
  readonly allDead?: boolean;
}

/** Both directions of the network's paths, or of the one `--path` names (`<chain>/<channel>-><chain>/<channel>`). */
function directions(network: Network, path: string | undefined): ClearingPath[] {
  const chosen = path === undefined ? network.paths : network.paths.filter((p) => pathName(p) === path);
  if (chosen.length === 0 && path !== undefined) {
    throw new IsthmusError(OPERATOR_UNKNOWN_PATH, `no path ${path} (see isthmus paths list)`, {
      category: 'invalid_argument',
      context: { path },
    });
  }
  return clearingPaths(chosen);
}

/** The network's chains' Ledger clients, for clearing. */
async function ledgersOf(
  op: Operator,
  network: Network,
): Promise<Map<string, Awaited<ReturnType<Operator['ledger']>>>> {
  return new Map(await Promise.all(network.chains.map(async (c) => [c.id, await op.ledger(c.id)] as const)));
}

export function addPacketCommands(program: Command, setExitCode: (code: number) => void): void {
  const packets = program
    .command('packets')
    .description('packets in flight, their status, clearing and retries');

  common(
    packets
      .command('pending')
      .description("what each path has committed and not yet relayed (clearing's view)"),
  )
    .option('--path <name>', 'only this path (<chain>/<channel>-><chain>/<channel>)')
    .action(
      action<PathFilterOptions>(setExitCode, (opts, out) =>
        withOperator(opts, async (op) => {
          const network = await op.network();
          const ledgers = await ledgersOf(op, network);
          const results = await clearPaths({
            paths: directions(network, opts.path),
            ledgerOf: (id) => ledgers.get(id),
            filter: op.config.filters,
          });
          const rows = results.map((r) => ({
            path: describePath(r.path),
            ...('error' in r
              ? { error: { code: r.error.code, message: r.error.message }, pending: null, jobs: [] }
              : {
                  pending: r.jobs.length,
                  jobs: r.jobs.map((j) => ({ step: j.step, sequence: j.packet.sequence?.toString() ?? '' })),
                }),
          }));
          out.result({ paths: rows, total: rows.reduce((n, r) => n + (r.pending ?? 0), 0) }, () =>
            rows.map((r) =>
              r.pending === null
                ? `${r.path}: unreadable (${r.error?.code})`
                : `${r.path}: ${r.pending} pending ${r.jobs.map((j) => `${j.step}#${j.sequence}`).join(' ')}`,
            ),
          );
          return rows.some((r) => r.pending === null) ? EXIT_REFUSED : EXIT_OK;
        }),
      ),
    );

  common(
    packets
      .command('show')
      .description("a packet's status record and what the chains hold")
      .argument('<id>', '<source chain>/<channel>/<sequence>'),
  ).action(
    action<CommonOptions>(setExitCode, (opts, out, [id = '']) =>
      withOperator(opts, async (op) => {
        const key = parsePacketId(id);
        const record = await (await op.status()).get(id);
        const network = await op.network();
        const path = network.paths.find(
          (p) =>
            (p.source.chain === key.sourceChain && p.source.channel === key.sourceChannel) ||
            (p.dest.chain === key.sourceChain && p.dest.channel === key.sourceChannel),
        );
        const dest =
          path === undefined ? undefined : path.source.chain === key.sourceChain ? path.dest : path.source;
        const exists = async (chainId: string, proofPath: string): Promise<boolean | null> => {
          try {
            return (await (await op.ledger(chainId)).queryProof({ path: proofPath })).exists;
          } catch {
            return null;
          }
        };
        const chain = {
          commitment: await exists(key.sourceChain, commitmentPath(key.sourceChannel, key.sequence)),
          receipt:
            dest === undefined ? null : await exists(dest.chain, receiptPath(dest.channel, key.sequence)),
          acknowledgement:
            dest === undefined ? null : await exists(dest.chain, ackPath(dest.channel, key.sequence)),
        };
        const doc = {
          id,
          status: record?.status ?? null,
          hops: record?.hops ?? [],
          ...(dest === undefined ? {} : { dest: `${dest.chain}/${dest.channel}` }),
          chain,
        };
        out.result(doc, () => [
          `${id}: ${doc.status ?? 'no status record'}`,
          ...doc.hops.map((h) => `  ${h.step} on ${h.chainId} at ${h.height}`),
          `  commitment on source: ${chain.commitment}  receipt: ${chain.receipt}  ack written: ${chain.acknowledgement}`,
        ]);
        return record === undefined && chain.commitment !== true ? EXIT_REFUSED : EXIT_OK;
      }),
    ),
  );

  common(packets.command('clear').description('run clearing once and enqueue the missing work'))
    .option('--path <name>', 'only this path (<chain>/<channel>-><chain>/<channel>)')
    .action(
      action<PathFilterOptions>(setExitCode, (opts, out) =>
        withOperator(opts, async (op) => {
          const network = await op.network();
          const ledgers = await ledgersOf(op, network);
          const { queue } = await op.drivers('enqueueing jobs');
          const chosen = directions(network, opts.path);
          const rows: {
            path: string;
            found: number;
            added: number;
            error?: { code: string; message: string };
          }[] = [];
          for (const [i, path] of chosen.entries()) {
            out.progress(`clearing ${describePath(path)} (${i + 1}/${chosen.length})`);
            const [cleared] = await clearOnce({
              paths: [path],
              ledgerOf: (id) => ledgers.get(id),
              filter: op.config.filters,
              queue,
              logger: op.logger,
            });
            rows.push({
              path: describePath(path),
              found: cleared?.jobs.length ?? 0,
              added: cleared?.added ?? 0,
              ...(cleared?.error === undefined
                ? {}
                : { error: { code: cleared.error.code, message: cleared.error.message } }),
            });
          }
          out.result({ paths: rows, added: rows.reduce((n, r) => n + r.added, 0) }, () =>
            rows.map(
              (r) =>
                `${r.path}: ${r.found} found, ${r.added} enqueued${'error' in r ? ` (${r.error?.code})` : ''}`,
            ),
          );
          return rows.some((r) => 'error' in r) ? EXIT_REFUSED : EXIT_OK;
        }),
      ),
    );

  common(
    packets
      .command('retry')
      .description('move dead-lettered jobs back to their queue')
      .argument('[job id]', '<src>/<channel>/<sequence>/<step>'),
  )
    .option('--all-dead', "every dead-lettered job of every chain's queue")
    .action(
      action<RetryOptions>(setExitCode, (opts, out, [jobId]) =>
        withOperator(opts, async (op) => {
          if ((jobId === undefined) === (opts.allDead !== true)) {
            throw new IsthmusError('OPERATOR_BAD_USAGE', 'give a job id or --all-dead (not both)', {
              category: 'invalid_argument',
            });
          }
          const { queue } = await op.drivers('retrying jobs');
          const chains = (await op.network()).chains;
          const retried: { queue: string; id: string }[] = [];
          for (const [i, chain] of chains.entries()) {
            const name = deliverQueue(chain.id);
            out.progress(`retrying in ${name} (${i + 1}/${chains.length})`);
            const ids = await queue.retryDead(name, jobId === undefined ? undefined : [jobId]);
            retried.push(...ids.map((id) => ({ queue: name, id })));
          }
          out.result({ retried }, () =>
            retried.length === 0
              ? ['no dead-lettered job to retry']
              : retried.map((r) => `retried ${r.id} on ${r.queue}`),
          );
          return jobId !== undefined && retried.length === 0 ? EXIT_REFUSED : EXIT_OK;
        }),
      ),
    );
}
