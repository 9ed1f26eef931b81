/**
 * The one-command demo (embedded mode: no Redis, no NATS): devnet chains in
 * this process, each serving the `Ledger` gRPC service on loopback, and one
 * record relayed along the configured path through that gRPC API only —
 * clients created each way, `records` channels opened, the record sent on
 * the source, the destination's client updated and the packet received with
 * its commitment proof, the acknowledgement proven back and acknowledged.
 *
 * Each step goes through the worker core (`relayer/delivery`): one client
 * update and one submission, every header and proof verified locally with
 * the same light clients the chains run before anything is submitted — a
 * relayer fails fast rather than pay for a transaction the chain will
 * refuse. The queue-driven roles (watchers, planner, workers, clearing)
 * replace the demo's fixed sequence of steps.
 */
import type { Logger } from 'pino';
import {
  createTendermintClientMsg,
  DevnetChain,
  DevnetLedger,
  makeGenesis,
  packetModule,
  RECORDS_APP,
  recordPath,
} from '../../adapters/devnet/index.js';
import { LedgerClient, startLedgerServer, type Ledger } from '../../adapters/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import { decodeIcs07Header } from '../../light-clients/tendermint/index.js';
import { fromU64, toU64, v1 } from '../../proto/index.js';
import type { RelayerConfig } from '../config/schema.js';
import { deliverBatch, type DeliveryStep } from '../delivery/index.js';

const utf8 = new TextEncoder();
const text = (b: Uint8Array | null | undefined): string => new TextDecoder().decode(b ?? new Uint8Array(0));
const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;

export interface DemoOptions {
  readonly config: RelayerConfig;
  readonly logger: Logger;
  /** One line of the demo's narrative. */
  readonly say: (line: string) => void;
}

interface Endpoint {
  readonly chainId: string;
  readonly ledger: LedgerClient;
  readonly address: string;
  close(): Promise<void>;
}

async function submitOk(ledger: Ledger, messages: v1.IMsg[], what: string): Promise<v1.SubmitResponse> {
  const res = await ledger.submit({ messages });
  for (const r of res.results) {
    if (r.code !== v1.ResultCode.RESULT_CODE_OK) {
      throw new IsthmusError('DEMO_STEP_FAILED', `${what}: ${r.errorCode} ${r.message}`, {
        context: { step: what, code: r.errorCode },
      });
    }
  }
  return res;
}

/** Creates on `host` a tendermint client of `counterparty` from its latest header. */
async function createClient(host: Endpoint, counterparty: Endpoint): Promise<string> {
  const [message] = (await counterparty.ledger.getClientMessage({})).messages;
  const { signedHeader } = decodeIcs07Header(message?.bytes ?? new Uint8Array(0)).lightBlock;
  const res = await submitOk(
    host.ledger,
    [createTendermintClientMsg(signedHeader)],
    `create a client of ${counterparty.chainId} on ${host.chainId}`,
  );
  return text(res.results[0]?.data);
}

/**
 * Delivers one packet step on `dest` with the worker core: one client update
 * and one submission, every header and proof verified locally first.
 */
async function deliver(
  dest: Endpoint,
  source: Endpoint,
  clientId: string,
  step: DeliveryStep,
  logger: Logger,
  say: (line: string) => void,
): Promise<bigint> {
  const report = await deliverBatch({
    destChainId: dest.chainId,
    dest: dest.ledger,
    sources: new Map([[source.chainId, source.ledger]]),
    clientIds: new Map([[source.chainId, clientId]]),
    steps: [step],
    now: nowNs(),
    logger,
  });
  const [outcome] = report.outcomes;
  if (outcome?.kind !== 'done' || report.height === undefined) {
    throw new IsthmusError(
      'DEMO_STEP_FAILED',
      `${step.step} on ${dest.chainId}: ${outcome?.code} ${outcome?.message}`,
      {
        context: { step: step.step, code: outcome?.code },
      },
    );
  }
  say(
    `  ${step.step} on ${dest.chainId}: ${report.counts.updates} verified header(s) of ${source.chainId} + proof, height ${report.height}, tx ${report.txId?.slice(0, 16)}…`,
  );
  return report.height;
}

async function serve(chainId: string, logger: Logger): Promise<Endpoint> {
  const chain = new DevnetChain({
    genesis: makeGenesis({ chainId, genesisTimeNs: nowNs() }),
    logger: logger.child({ chain: chainId }),
    modules: [packetModule()],
  });
  // Blocks every 100 ms, as a chain does: the state written in block h is
  // provable once header h+1 exists.
  chain.start(100);
  await chain.waitForHeight(1n);
  const server = await startLedgerServer({ ledger: new DevnetLedger(chain), logger });
  const ledger = new LedgerClient({ address: server.address });
  return {
    chainId,
    ledger,
    address: server.address,
    close: async () => {
      chain.stop();
      ledger.close();
      await server.close();
    },
  };
}

export async function runDemo({ config, logger, say }: DemoOptions): Promise<void> {
  const path = config.paths[0];
  if (!path)
    throw new IsthmusError('DEMO_NO_PATH', 'the demo configuration names no path', {
      category: 'invalid_argument',
    });
  const endpoints = new Map<string, Endpoint>();
  try {
    for (const chain of config.chains) {
      const endpoint = await serve(chain.id, logger);
      endpoints.set(chain.id, endpoint);
      say(`devnet ${chain.id}: 4 validators, Ledger gRPC on ${endpoint.address}`);
    }
    const source = endpoints.get(path.source.chain);
    const dest = endpoints.get(path.dest.chain);
    if (!source || !dest)
      throw new IsthmusError('DEMO_NO_PATH', 'the path names a chain the demo does not run');

    say(
      `\nclients and channels for ${path.source.chain}/${path.source.channel} -> ${path.dest.chain}/${path.dest.channel}`,
    );
    const clientOfSource = await createClient(dest, source);
    const clientOfDest = await createClient(source, dest);
    say(
      `  ${dest.chainId} tracks ${source.chainId} with ${clientOfSource}; ${source.chainId} tracks ${dest.chainId} with ${clientOfDest}`,
    );
    const open = (
      host: Endpoint,
      counterparty: Endpoint,
      clientId: string,
      counterpartyChannel: string,
    ): Promise<v1.SubmitResponse> =>
      submitOk(
        host.ledger,
        [
          {
            openChannel: {
              app: RECORDS_APP,
              counterpartyChainId: counterparty.chainId,
              counterpartyChannelId: counterpartyChannel,
              clientId,
              ordering:
                path.ordering === 'ordered' ? v1.Ordering.ORDERING_ORDERED : v1.Ordering.ORDERING_UNORDERED,
            },
          },
        ],
        `open a ${RECORDS_APP} channel on ${host.chainId}`,
      );
    const sourceChannel = text((await open(source, dest, clientOfDest, path.dest.channel)).results[0]?.data);
    const destChannel = text((await open(dest, source, clientOfSource, sourceChannel)).results[0]?.data);
    say(
      `  channels: ${source.chainId}/${sourceChannel} <-> ${dest.chainId}/${destChannel} (app ${RECORDS_APP})`,
    );

    const record = JSON.stringify({
      kind: 'vaccination-certificate',
      subject: 'patient-0042',
      issued: '2026-11-28',
    });
    say(`\nsend a record on ${source.chainId}: ${record}`);
    const sent = await submitOk(
      source.ledger,
      [
        {
          sendPacket: {
            sourceChannel,
            app: RECORDS_APP,
            payload: utf8.encode(record),
            // Far enough ahead on the destination that the demo never times out.
            timeoutHeight: { revision: toU64(1n), height: toU64(1_000_000n) },
          },
        },
      ],
      'send the record',
    );
    const sequence = BigInt(text(sent.results[0]?.data));
    say(
      `  packet ${source.chainId}/${sourceChannel}/${sequence} committed at height ${fromU64(sent.height?.height)}`,
    );

    const [sendEvent] = await collect(source.ledger, v1.EventKind.EVENT_KIND_SEND_PACKET);
    if (!sendEvent?.packet) throw new IsthmusError('DEMO_STEP_FAILED', 'no SEND_PACKET event');
    const packet = v1.Packet.create(sendEvent.packet);
    const packetId = `${source.chainId}/${sourceChannel}/${sequence}`;
    const receivedAt = await deliver(
      dest,
      source,
      clientOfSource,
      { packetId, step: 'recv', packet, proofHeight: fromU64(sent.height?.height) },
      logger,
      say,
    );
    const [writeAck] = await collect(dest.ledger, v1.EventKind.EVENT_KIND_WRITE_ACK);
    const ack = v1.Acknowledgement.create(writeAck?.acknowledgement ?? {});
    say(
      `  acknowledgement written on ${dest.chainId}: ${ack.result ? `record hash ${Buffer.from(ack.result).toString('hex').slice(0, 16)}…` : `error ${ack.error}`}`,
    );
    await deliver(
      source,
      dest,
      clientOfDest,
      { packetId, step: 'ack', packet, acknowledgement: ack, proofHeight: receivedAt },
      logger,
      say,
    );
    const stored = await dest.ledger.queryProof({
      path: recordPath(source.chainId, sourceChannel, sequence),
    });
    say(
      `\nthe record is in ${dest.chainId}'s state (provable at height ${fromU64(stored.proof?.height?.height)}): ${text(stored.value)}`,
    );
    say('done: sent, proven, received, acknowledged — every step checked by a light client.');
  } finally {
    await Promise.all([...endpoints.values()].map((e) => e.close()));
  }
}

async function collect(ledger: Ledger, kind: v1.EventKind): Promise<v1.IChainEvent[]> {
  const events: v1.IChainEvent[] = [];
  for await (const item of ledger.streamEvents({ kinds: [kind] })) if (item.event) events.push(item.event);
  return events;
}
