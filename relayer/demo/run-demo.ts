/**
 * The one-command demo (embedded mode: no Redis, no NATS): devnet chains in
 * this process, each serving the `Ledger` gRPC service on loopback, and one
 * record relayed along the configured path through that gRPC API only —
 * clients created each way, `records` channels opened, the record sent on
 * the source, the destination's client updated and the packet received with
 * its commitment proof, the acknowledgement proven back and acknowledged.
 *
 * Before each submission the demo verifies, with the same light clients the
 * chains run, the headers it submits (`updateClient`) and the proof it
 * submits (`verifyMembership`) — a relayer fails fast rather than pay for a
 * transaction the chain will refuse. The queue-driven relayer (watchers,
 * planner, workers, clearing) replaces these hand steps.
 */
import type { Logger } from 'pino';
import {
  ackCommitment,
  ackPath,
  commitmentPath,
  decodeClientState,
  createTendermintClientMsg,
  decodeConsensusState,
  DevnetChain,
  DevnetLedger,
  makeGenesis,
  packetCommitment,
  packetModule,
  RECORDS_APP,
  recordPath,
} from '../../adapters/devnet/index.js';
import { packetFromProto } from '../../adapters/devnet/packets/index.js';
import { LedgerClient, startLedgerServer, type Ledger } from '../../adapters/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import {
  decodeIcs07Header,
  DEFAULT_TRUST_LEVEL,
  updateClient,
  verifyMembership,
  type ConsensusState,
} from '../../light-clients/tendermint/index.js';
import { tendermintSpec } from '../../light-clients/ics23/index.js';
import { fromU64, toU64, v1 } from '../../proto/index.js';
import type { RelayerConfig } from '../config/schema.js';

const SECOND = 1_000_000_000n;
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
 * The update messages that bring `host`'s client of `counterparty` to at
 * least `height`, each header verified locally first, and the consensus
 * state it will then hold at that height.
 */
async function verifiedUpdate(
  host: Endpoint,
  clientId: string,
  counterparty: Endpoint,
  height: v1.IHeight,
): Promise<{ messages: v1.IMsg[]; consensus: ConsensusState }> {
  const queried = await host.ledger.queryClient({ clientId });
  let client = decodeClientState(queried.clientState?.state ?? new Uint8Array(0));
  const states = new Map<bigint, ConsensusState>([
    [client.latestHeight, decodeConsensusState(queried.consensusState?.state ?? new Uint8Array(0))],
  ]);
  const res = await counterparty.ledger.getClientMessage({
    trustedHeight: queried.clientState?.latestHeight ?? null,
    targetHeight: height,
  });
  for (const message of res.messages) {
    const header = decodeIcs07Header(message.bytes ?? new Uint8Array(0));
    if (!header.trusted)
      throw new IsthmusError('DEMO_STEP_FAILED', 'an update header without a trusted height');
    const result = updateClient(
      client,
      (h) => states.get(h),
      {
        signedHeader: header.lightBlock.signedHeader,
        validatorSet: header.lightBlock.validatorSet,
        trustedHeight: header.trusted.height,
        trustedValidators: header.trusted.validators,
      },
      nowNs(),
    );
    if (result.kind === 'frozen')
      throw new IsthmusError('DEMO_STEP_FAILED', 'the update would freeze the client');
    client = result.clientState;
    if (result.kind === 'updated') states.set(result.height, result.consensusState);
  }
  const consensus = states.get(fromU64(height.height));
  if (!consensus) throw new IsthmusError('DEMO_STEP_FAILED', `no header at height ${fromU64(height.height)}`);
  return { messages: res.messages.map((message) => ({ updateClient: { clientId, message } })), consensus };
}

/** Relays the proof of `path` = `value` from `source` to `dest`: update + the message `build` makes. */
async function relay(
  dest: Endpoint,
  clientId: string,
  source: Endpoint,
  path: string,
  stateHeight: v1.IHeight | null | undefined,
  value: Uint8Array,
  build: (proof: v1.IProof) => v1.IMsg,
  what: string,
  say: (line: string) => void,
): Promise<v1.SubmitResponse> {
  // The state of the block that wrote the value; QueryProof waits (retries) until its next header exists.
  const proven = await source.ledger.queryProof({ path, height: stateHeight ?? null });
  const proofHeight = proven.proof?.height ?? {};
  const { messages, consensus } = await verifiedUpdate(dest, clientId, source, proofHeight);
  verifyMembership(
    {
      client: {
        chainId: source.chainId,
        trustLevel: DEFAULT_TRUST_LEVEL,
        trustingPeriod: 14n * 86_400n * SECOND,
        unbondingPeriod: 21n * 86_400n * SECOND,
        maxClockDrift: 10n * SECOND,
        latestHeight: fromU64(proofHeight.height),
        frozenHeight: 0n,
      },
      consensusStates: (h) => (h === fromU64(proofHeight.height) ? consensus : undefined),
      proofHeight: fromU64(proofHeight.height),
      proof: proven.proof?.bytes ?? new Uint8Array(0),
      path: [utf8.encode(path)],
      specs: [tendermintSpec],
      now: nowNs(),
    },
    value,
  );
  say(
    `  verified locally: ${messages.length} header(s) of ${source.chainId} up to ${fromU64(proofHeight.height)}, proof of ${path}`,
  );
  const res = await submitOk(dest.ledger, [...messages, build(proven.proof ?? {})], what);
  say(`  ${what}: ${dest.chainId} height ${fromU64(res.height?.height)}, tx ${res.txId.slice(0, 16)}…`);
  return res;
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
    const received = await relay(
      dest,
      clientOfSource,
      source,
      commitmentPath(sourceChannel, sequence),
      sent.height,
      packetCommitment(packetFromProto(packet)),
      (proof) => ({ recvPacket: { packet, proofCommitment: proof } }),
      `receive on ${dest.chainId}`,
      say,
    );
    const ack = v1.Acknowledgement.decode(received.results.at(-1)?.data ?? new Uint8Array(0));
    say(
      `  acknowledgement written on ${dest.chainId}: ${ack.result ? `record hash ${Buffer.from(ack.result).toString('hex').slice(0, 16)}…` : `error ${ack.error}`}`,
    );

    await relay(
      source,
      clientOfDest,
      dest,
      ackPath(destChannel, sequence),
      received.height,
      ackCommitment(ack),
      (proof) => ({ acknowledgePacket: { packet, acknowledgement: ack, proofAcked: proof } }),
      `acknowledge on ${source.chainId}`,
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
