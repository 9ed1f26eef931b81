/**
 * `isthmus messages send|get|watch`: the Relay API through the SDK, as an
 * agency calls it (`--api`, a bearer token, TLS or mTLS). `watch` prints one
 * line per status change (JSON lines with `--json`) until interrupted.
 */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { messageStatusName, RelayClient, type RelayClientOptions } from '../../sdk/index.js';
import type { v1 } from '../../../proto/index.js';
import { UnusableInputError } from '../verify/verdict.js';
import { action, common, EXIT_OK, type Output } from './context.js';

interface ApiOptions {
  readonly api: string;
  readonly token?: string;
  readonly tokenFile?: string;
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
  readonly json?: boolean;
}
interface SendOptions extends ApiOptions {
  readonly chain: string;
  readonly channel: string;
  readonly app: string;
  readonly payload?: string;
  readonly payloadFile?: string;
  readonly timeoutHeight?: string;
  readonly idempotencyKey?: string;
}
interface WatchOptions extends ApiOptions {
  readonly chain?: string;
  readonly channel?: string;
  readonly app?: string;
}

function apiOptions(command: Command): Command {
  return common(command, false)
    .requiredOption('--api <host:port>', 'the Relay API')
    .option('--token <token>', 'bearer token')
    .option('--token-file <file>', 'file holding the bearer token')
    .option('--ca <file>', 'CA of the API (PEM): TLS')
    .option('--cert <file>', 'client certificate (PEM): mTLS')
    .option('--key <file>', 'client key (PEM): mTLS');
}

function clientOf(opts: ApiOptions): RelayClient {
  const token =
    opts.token ?? (opts.tokenFile === undefined ? undefined : readFileSync(opts.tokenFile, 'utf8').trim());
  const tls =
    opts.ca === undefined && opts.cert === undefined
      ? undefined
      : {
          ...(opts.ca === undefined ? {} : { ca: { path: opts.ca } }),
          ...(opts.cert === undefined ? {} : { cert: { path: opts.cert } }),
          ...(opts.key === undefined ? {} : { key: { path: opts.key } }),
        };
  const options: RelayClientOptions = {
    address: opts.api,
    ...(token === undefined ? {} : { token }),
    ...(tls === undefined ? {} : { tls }),
  };
  return new RelayClient(options);
}

/** A message as the commands print it. */
function messageDoc(m: v1.IMessage): Record<string, unknown> {
  return {
    id: m.messageId ?? '',
    status: messageStatusName(m.status) ?? 'unknown',
    sourceChain: m.packet?.sourceChain ?? '',
    destChain: m.packet?.destChain ?? '',
    sequence: m.packet?.sequence?.toString() ?? '',
    hops: (m.hops ?? []).map((h) => ({
      chain: h.chainId ?? '',
      step: h.step ?? '',
      height: h.height?.height?.toString() ?? '',
    })),
  };
}

async function withClient(opts: ApiOptions, body: (client: RelayClient) => Promise<number>): Promise<number> {
  const client = clientOf(opts);
  try {
    return await body(client);
  } finally {
    client.close();
  }
}

export function addMessageCommands(program: Command, setExitCode: (code: number) => void): void {
  const messages = program.command('messages').description('messages through the Relay API');

  apiOptions(messages.command('send').description('send a message (SendPacket on the source chain)'))
    .requiredOption('--chain <chain>', 'source chain')
    .requiredOption('--channel <channel>', 'source channel')
    .requiredOption('--app <app>', 'application on the destination')
    .option('--payload <text>', 'the payload, as UTF-8 text')
    .option('--payload-file <file>', 'the payload, as a file')
    .option('--timeout-height <height>', 'destination height past which the message times out')
    .option('--idempotency-key <key>', 'a repeat with this key returns the first result')
    .action(
      action<SendOptions>(setExitCode, (opts, out) =>
        withClient(opts, async (client) => {
          if ((opts.payload === undefined) === (opts.payloadFile === undefined)) {
            throw new UnusableInputError('give --payload or --payload-file (one of them)', {
              option: '--payload',
            });
          }
          if (opts.timeoutHeight !== undefined && !/^\d+$/.test(opts.timeoutHeight)) {
            throw new UnusableInputError(
              `--timeout-height ${JSON.stringify(opts.timeoutHeight)} is not a height`,
              { option: '--timeout-height' },
            );
          }
          const payload =
            opts.payload === undefined
              ? readFileSync(opts.payloadFile ?? '')
              : new TextEncoder().encode(opts.payload);
          const res = await client.sendMessage({
            sourceChain: opts.chain,
            sourceChannel: opts.channel,
            app: opts.app,
            payload,
            ...(opts.timeoutHeight === undefined
              ? {}
              : { timeoutHeight: { revision: 1n, height: BigInt(opts.timeoutHeight) } }),
            ...(opts.idempotencyKey === undefined ? {} : { idempotencyKey: opts.idempotencyKey }),
          });
          const doc = { id: res.messageId, txId: res.txId, height: res.height?.height?.toString() ?? '' };
          out.result(doc, () => [`sent ${doc.id}`]);
          return EXIT_OK;
        }),
      ),
    );

  apiOptions(
    messages.command('get').description("a message's status and hops").argument('<id>', 'message id'),
  ).action(
    action<ApiOptions>(setExitCode, (opts, out, [id = '']) =>
      withClient(opts, async (client) => {
        const doc = messageDoc(await client.getMessage(id));
        out.result(doc, () => [`${String(doc.id)}: ${String(doc.status)}`]);
        return EXIT_OK;
      }),
    ),
  );

  apiOptions(messages.command('watch').description('follow status changes until interrupted'))
    .option('--chain <chain>', 'only messages from or to this chain')
    .option('--channel <channel>', 'only this channel')
    .option('--app <app>', 'only this app')
    .action(
      action<WatchOptions>(setExitCode, (opts, out) =>
        withClient(opts, async (client) => {
          const stop = new AbortController();
          const onSignal = (): void => stop.abort();
          process.once('SIGINT', onSignal);
          process.once('SIGTERM', onSignal);
          try {
            const watch = client.watchMessages(
              {
                ...(opts.chain === undefined ? {} : { chainId: opts.chain }),
                ...(opts.channel === undefined ? {} : { channel: opts.channel }),
                ...(opts.app === undefined ? {} : { app: opts.app }),
              },
              { signal: stop.signal },
            );
            await printWatch(watch, out);
          } catch (err) {
            if (!stop.signal.aborted) throw err;
          } finally {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
          }
          return EXIT_OK;
        }),
      ),
    );
}

async function printWatch(watch: AsyncIterable<v1.WatchMessagesResponse>, out: Output): Promise<void> {
  for await (const res of watch) {
    if (!res.message) continue;
    const doc = messageDoc(res.message);
    out.line({ ...doc, cursor: res.cursor }, `${String(doc.id)}: ${String(doc.status)}`);
  }
}
