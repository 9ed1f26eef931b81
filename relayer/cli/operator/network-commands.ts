/**
 * `isthmus chains list|add|remove` and `isthmus paths list|add|remove`.
 * Lists show the network a relayer with this config runs (config file and
 * registry); `add` and `remove` change the network registry, and every
 * running relayer applies the change without a restart.
 */
import { Option, type Command } from 'commander';
import { fromU64 } from '../../../proto/index.js';
import type { ChainConfig } from '../../config/schema.js';
import { pathName } from '../../network/index.js';
import { workerRoutes } from '../../service/index.js';
import { UnusableInputError } from '../verify/verdict.js';
import { action, common, EXIT_OK, withOperator, type CommonOptions } from './context.js';

interface ChainAddOptions extends CommonOptions {
  readonly id: string;
  readonly type: string;
  readonly endpoint: string;
  readonly tlsCa?: string;
  readonly tlsCert?: string;
  readonly tlsKey?: string;
  readonly tlsServerName?: string;
  readonly submitter?: string;
}

interface PathOptions extends CommonOptions {
  readonly source: string;
  readonly dest: string;
  readonly sourceClient?: string;
  readonly destClient?: string;
  readonly ordering?: string;
}

/** `<chain>/<channel>`, as `--source` and `--dest` take a path end. */
export function parseEnd(text: string, option: string): { chain: string; channel: string } {
  const slash = text.indexOf('/');
  if (slash <= 0 || slash === text.length - 1 || text.indexOf('/', slash + 1) !== -1) {
    throw new UnusableInputError(`${option} ${JSON.stringify(text)} is not <chain>/<channel>`, { option });
  }
  return { chain: text.slice(0, slash), channel: text.slice(slash + 1) };
}

export function addNetworkCommands(program: Command, setExitCode: (code: number) => void): void {
  const chains = program.command('chains').description('the chains the relayer reaches');
  common(
    chains.command('list').description('each chain: type, endpoint, latest height and the clients it keeps'),
  ).action(
    action<CommonOptions>(setExitCode, (opts, out) =>
      withOperator(opts, async (op) => {
        const network = await op.network();
        const routes = workerRoutes(network.paths.filter((p) => p.source.clientId && p.dest.clientId));
        const rows = await Promise.all(
          network.chains.map(async (chain, i) => {
            const row = {
              id: chain.id,
              type: chain.type,
              endpoint: chain.endpoint,
              origin: op.origin('chain', i),
            };
            const clientIds =
              routes.find((r) => r.destChainId === chain.id)?.clientIds ?? new Map<string, string>();
            try {
              const ledger = await op.ledger(chain.id);
              const latestHeight = fromU64((await ledger.getLatestHeight({}, {})).height?.height);
              const clients = await Promise.all(
                [...clientIds].map(async ([of, clientId]) => {
                  const client = await ledger.queryClient({ clientId });
                  return { clientId, of, latestHeight: fromU64(client.clientState?.latestHeight?.height) };
                }),
              );
              return { ...row, latestHeight, clients };
            } catch (err) {
              return { ...row, latestHeight: null, clients: [], error: (err as Error).message };
            }
          }),
        );
        out.result({ revision: network.revision, chains: rows }, () => [
          'ID  TYPE  ENDPOINT  ORIGIN  HEIGHT  CLIENTS',
          ...rows.map(
            (r) =>
              `${r.id}  ${r.type}  ${r.endpoint}  ${r.origin}  ${r.latestHeight ?? `unreachable (${'error' in r ? r.error : ''})`}  ${r.clients
                .map((c) => `${c.clientId}(${c.of}@${c.latestHeight})`)
                .join(' ')}`,
          ),
        ]);
        return EXIT_OK;
      }),
    ),
  );
  common(
    chains
      .command('add')
      .description('add a chain to the network registry')
      .requiredOption('--id <chain id>', 'the chain id')
      .addOption(
        new Option('--type <type>', 'chain family')
          .choices(['devnet', 'cometbft', 'evm', 'external'])
          .default('devnet'),
      )
      .requiredOption('--endpoint <host:port>', 'its Ledger gRPC endpoint')
      .option('--tls-ca <file>', 'CA of the Ledger endpoint (PEM)')
      .option('--tls-cert <file>', 'client certificate for mTLS (PEM)')
      .option('--tls-key <file>', 'client key for mTLS (PEM)')
      .option('--tls-server-name <name>', 'expected server name')
      .option('--submitter <identity>', 'who submits on this chain'),
  ).action(
    action<ChainAddOptions>(setExitCode, (opts, out) =>
      withOperator(opts, async (op) => {
        const tls = {
          ...(opts.tlsCa === undefined ? {} : { ca: opts.tlsCa }),
          ...(opts.tlsCert === undefined ? {} : { cert: opts.tlsCert }),
          ...(opts.tlsKey === undefined ? {} : { key: opts.tlsKey }),
          ...(opts.tlsServerName === undefined ? {} : { serverName: opts.tlsServerName }),
        };
        const chain: Partial<ChainConfig> = {
          id: opts.id,
          type: opts.type as ChainConfig['type'],
          endpoint: opts.endpoint,
          ...(Object.keys(tls).length === 0 ? {} : { tls }),
          ...(opts.submitter === undefined ? {} : { submitter: { identity: opts.submitter } }),
        };
        const registry = await op.registry();
        const changed = await registry.addChain(chain, op.config);
        const added = changed.chains.find((c) => c.id === opts.id);
        out.result({ revision: changed.revision, chain: added }, () => [
          `added chain ${opts.id} (registry revision ${changed.revision})`,
        ]);
        return EXIT_OK;
      }),
    ),
  );
  common(
    chains.command('remove').description('remove a registry chain no path uses').argument('<chain id>'),
  ).action(
    action<CommonOptions>(setExitCode, (opts, out, [id = '']) =>
      withOperator(opts, async (op) => {
        const changed = await (await op.registry()).removeChain(id, op.config);
        out.result({ revision: changed.revision, removed: id }, () => [
          `removed chain ${id} (registry revision ${changed.revision})`,
        ]);
        return EXIT_OK;
      }),
    ),
  );

  const paths = program.command('paths').description('the channel pairs the relayer relays, both ways');
  common(paths.command('list').description('each path: its ends, their clients and ordering')).action(
    action<CommonOptions>(setExitCode, (opts, out) =>
      withOperator(opts, async (op) => {
        const network = await op.network();
        const rows = network.paths.map((p, i) => ({ name: pathName(p), ...p, origin: op.origin('path', i) }));
        out.result({ revision: network.revision, paths: rows, ignored: network.ignored }, () => [
          'PATH  ORDERING  CLIENTS (source, dest)  ORIGIN',
          ...rows.map(
            (r) =>
              `${r.name}  ${r.ordering}  ${r.source.clientId ?? '-'} ${r.dest.clientId ?? '-'}  ${r.origin}`,
          ),
          ...network.ignored.map((x) => `ignored: ${x.entry}: ${x.reason}`),
        ]);
        return EXIT_OK;
      }),
    ),
  );
  const pathEnds = (command: Command): Command =>
    command
      .requiredOption('--source <chain/channel>', 'the source end')
      .requiredOption('--dest <chain/channel>', 'the destination end');
  common(
    pathEnds(paths.command('add').description('add a path to the network registry'))
      .requiredOption('--source-client <id>', "the client on the source's chain of the destination's")
      .requiredOption('--dest-client <id>', "the client on the destination's chain of the source's")
      .addOption(
        new Option('--ordering <ordering>', 'channel ordering')
          .choices(['unordered', 'ordered'])
          .default('unordered'),
      ),
  ).action(
    action<PathOptions>(setExitCode, (opts, out) =>
      withOperator(opts, async (op) => {
        const source = parseEnd(opts.source, '--source');
        const dest = parseEnd(opts.dest, '--dest');
        const path = {
          source: { ...source, clientId: opts.sourceClient },
          dest: { ...dest, clientId: opts.destClient },
          ordering: opts.ordering,
        };
        const changed = await (await op.registry()).addPath(path, op.config);
        const name = `${opts.source}->${opts.dest}`;
        out.result({ revision: changed.revision, path: { name, ...path } }, () => [
          `added path ${name} (registry revision ${changed.revision})`,
        ]);
        return EXIT_OK;
      }),
    ),
  );
  common(pathEnds(paths.command('remove').description('remove a registry path (either direction)'))).action(
    action<PathOptions>(setExitCode, (opts, out) =>
      withOperator(opts, async (op) => {
        const ends = { source: parseEnd(opts.source, '--source'), dest: parseEnd(opts.dest, '--dest') };
        const changed = await (await op.registry()).removePath(ends, op.config);
        const name = `${opts.source}->${opts.dest}`;
        out.result({ revision: changed.revision, removed: name }, () => [
          `removed path ${name} (registry revision ${changed.revision})`,
        ]);
        return EXIT_OK;
      }),
    ),
  );
}
