/**
 * `isthmus clients create|update|status`: a tendermint client created on a
 * host from the source's latest header (checked first: the header is the
 * source's, its validator set is the one it commits to, and more than 2/3
 * of it signed) — or, of an EVM ledger, an attested evm client from its
 * committee file (evm-client.ts) — a client brought to the source's latest height with every
 * header verified first (the refresher's update), and each path end's
 * client's height, time left in its trusting period, and state.
 */
import type { Command } from 'commander';
import { createTendermintClientMsg } from '../../../adapters/devnet/index.js';
import type { Ledger } from '../../../adapters/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import {
  decodeIcs07Header,
  isExpired,
  validateSignedHeader,
  validatorSetHash,
  verifyCommitLight,
} from '../../../light-clients/tendermint/index.js';
import { v1 } from '../../../proto/index.js';
import { clientTiming, trackedClient } from '../../delivery/index.js';
import { refreshClient } from '../../roles/refresher/index.js';
import { workerRoutes } from '../../service/index.js';
import {
  action,
  common,
  EXIT_OK,
  EXIT_REFUSED,
  withOperator,
  type CommonOptions,
  type Operator,
} from './context.js';
import { attestedClientCreation } from './evm-client.js';

export const OPERATOR_CLIENT_REFUSED = 'OPERATOR_CLIENT_REFUSED';

interface CreateOptions extends CommonOptions {
  readonly host: string;
  readonly of: string;
  readonly evmCommittee?: string;
}
interface UpdateOptions extends CommonOptions {
  readonly host: string;
  readonly client: string;
}
interface StatusOptions extends CommonOptions {
  readonly host?: string;
}

const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;
/** A fraction this small makes any live client due: `clients update` updates now. */
const UPDATE_NOW = 1e-9;

/**
 * A tendermint client of `source` from its latest header, checked first: the
 * header is the chain's, its set is the one it commits to, more than 2/3 signed.
 */
async function tendermintCreation(
  source: Ledger,
  chainId: string,
  name: string,
): Promise<{ readonly message: v1.IMsg; readonly height: bigint }> {
  const [message] = (await source.getClientMessage({})).messages;
  const { signedHeader, validatorSet } = decodeIcs07Header(message?.bytes ?? new Uint8Array(0)).lightBlock;
  validateSignedHeader(signedHeader, chainId);
  if (!Buffer.from(validatorSetHash(validatorSet)).equals(Buffer.from(signedHeader.header.validatorsHash))) {
    throw new IsthmusError(
      OPERATOR_CLIENT_REFUSED,
      `${name}'s header does not commit to the validator set it came with`,
      {
        category: 'verification',
        context: { chainId: name },
      },
    );
  }
  verifyCommitLight(chainId, validatorSet, signedHeader.commit);
  return { message: createTendermintClientMsg(signedHeader), height: signedHeader.header.height };
}

export function addClientCommands(program: Command, setExitCode: (code: number) => void): void {
  const clients = program.command('clients').description('the light clients each chain keeps of the others');

  common(clients.command('create').description("create on --host a client of --of from --of's latest header"))
    .requiredOption('--host <chain>', 'the chain that keeps the client')
    .requiredOption('--of <chain>', 'the chain it tracks')
    .option('--evm-committee <file>', 'of an EVM ledger: its committee, contract and EVM chain id (YAML)')
    .action(
      action<CreateOptions>(setExitCode, (opts, out) =>
        withOperator(opts, async (op) => {
          const source = await op.ledger(opts.of);
          const host = await op.ledger(opts.host);
          const info = await source.getChainInfo({});
          let created: { readonly message: v1.IMsg; readonly height: bigint };
          if (info.clientType === 'evm') {
            if (opts.evmCommittee === undefined) {
              throw new IsthmusError(
                OPERATOR_CLIENT_REFUSED,
                `${opts.of} is an EVM ledger: its committee and contract come from --evm-committee <file>`,
                { category: 'invalid_argument', context: { chainId: opts.of } },
              );
            }
            created = await attestedClientCreation(source, info.chainId, opts.evmCommittee);
          } else {
            created = await tendermintCreation(source, info.chainId, opts.of);
          }
          const res = await host.submit({ messages: [created.message] });
          const [result] = res.results;
          if (result?.code !== v1.ResultCode.RESULT_CODE_OK) {
            throw new IsthmusError(
              OPERATOR_CLIENT_REFUSED,
              `${opts.host} refused the client: ${result?.message ?? 'no result'}`,
              {
                category: 'failed_precondition',
                context: { host: opts.host, code: result?.errorCode ?? '' },
              },
            );
          }
          const clientId = new TextDecoder().decode(result.data ?? new Uint8Array(0));
          const height = created.height;
          out.result({ host: opts.host, of: opts.of, clientId, height }, () => [
            `created ${clientId} on ${opts.host} tracking ${opts.of} from height ${height}`,
          ]);
          return EXIT_OK;
        }),
      ),
    );

  common(
    clients
      .command('update')
      .description("bring a client to its source's latest height (headers verified first)"),
  )
    .requiredOption('--host <chain>', 'the chain that keeps the client')
    .requiredOption('--client <id>', 'the client id')
    .action(
      action<UpdateOptions>(setExitCode, (opts, out) =>
        withOperator(opts, async (op) => {
          const host = await op.ledger(opts.host);
          const of = (await host.queryClient({ clientId: opts.client })).clientState?.chainId ?? '';
          const result = await refreshClient(
            {
              hostChainId: opts.host,
              host,
              clientId: opts.client,
              sourceChainId: of,
              source: await op.ledger(of),
            },
            nowNs,
            UPDATE_NOW,
          );
          const { error: _error, alert: _alert, ...doc } = result;
          out.result({ ...doc, of }, () => [
            `${opts.client} on ${opts.host} (of ${of}): ${result.action}${result.height === undefined ? '' : ` at ${result.height}`}${result.message ? ` — ${result.message}` : ''}`,
          ]);
          return result.action === 'updated' ? EXIT_OK : EXIT_REFUSED;
        }),
      ),
    );

  common(clients.command('status').description("each path end's client: height, trusting period left, state"))
    .option('--host <chain>', 'only the clients this chain keeps')
    .action(
      action<StatusOptions>(setExitCode, (opts, out) =>
        withOperator(opts, async (op) => {
          const rows = await clientStatuses(op, opts.host);
          out.result({ clients: rows }, () =>
            rows.map(
              (r) =>
                `${r.host} ${r.clientId} of ${r.of}: ${r.state}${r.latestHeight === null ? '' : ` at ${r.latestHeight}, ${Math.round((r.trustingPeriodLeftMs ?? 0) / 1000)} s left`}`,
            ),
          );
          return rows.some((r) => r.state !== 'active') ? EXIT_REFUSED : EXIT_OK;
        }),
      ),
    );
}

export interface ClientStatus {
  readonly host: string;
  readonly clientId: string;
  readonly of: string;
  readonly state: 'active' | 'frozen' | 'expired' | 'unreadable';
  readonly latestHeight: bigint | null;
  readonly trustingPeriodLeftMs: number | null;
  readonly error?: string;
}

/** Every path end's client (of `host` only, when given), read from its host. */
export async function clientStatuses(op: Operator, host?: string): Promise<ClientStatus[]> {
  const network = await op.network();
  const routes = workerRoutes(network.paths.filter((p) => p.source.clientId && p.dest.clientId));
  const hosted = routes
    .filter((r) => host === undefined || r.destChainId === host)
    .flatMap((r) => [...r.clientIds].map(([of, clientId]) => ({ host: r.destChainId, of, clientId })));
  return Promise.all(
    hosted.map(async (c): Promise<ClientStatus> => {
      try {
        const tracked = await trackedClient(await op.ledger(c.host), c.clientId, c.of);
        const timing = clientTiming(tracked);
        const timestamp = timing.latestTimeNs;
        const now = nowNs();
        const state = timing.frozen
          ? 'frozen'
          : isExpired(timestamp, timing.trustingPeriodNs, now)
            ? 'expired'
            : 'active';
        const leftNs = timestamp + timing.trustingPeriodNs - now;
        return {
          ...c,
          state,
          latestHeight: tracked.latestHeight,
          trustingPeriodLeftMs: leftNs > 0n ? Number(leftNs / 1_000_000n) : 0,
        };
      } catch (err) {
        return {
          ...c,
          state: 'unreadable',
          latestHeight: null,
          trustingPeriodLeftMs: null,
          error: (err as Error).message,
        };
      }
    }),
  );
}
