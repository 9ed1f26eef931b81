/**
 * A main chain (devnet, 100 ms blocks) and an EVM ledger (ganache in
 * process, a block per transaction) with the IsthmusPackets contract, each
 * behind a loopback gRPC endpoint whose calls a test may replace
 * (`front.evm.over.submit = …`), bridged by one unordered `records`
 * channel pair:
 *
 * - on main, an `attested` evm client of the ledger (committee of three,
 *   threshold two, proving the contract's slots);
 * - on the EVM adapter, the committee's tendermint client of main.
 *
 * The adapter holds `heldKeys` of the three committee keys (default all:
 * one operator signing for the whole test committee).
 */
import { ContractFactory, type Log, type Wallet } from 'ethers';
import type { Logger } from 'pino';
import { DevnetChain, DevnetLedger, makeGenesis, packetModule } from '../../adapters/devnet/index.js';
import type { Ledger } from '../../adapters/index.js';
import { contractErrorCode, packetsArtifact, packetsInterface } from '../../adapters/evm/contract.js';
import { startEvmLedger, type RunningEvmLedger } from '../../adapters/evm/run.js';
import { toU64, v1 } from '../../proto/index.js';
import type { RelayerConfig } from '../../relayer/config/schema.js';
import { createLogger } from '../../relayer/logger.js';
import { uniqueName } from './env.js';
import { startGanache, type Ganache } from './ganache.js';
import { createClient, openRecordsChannel, submit, text } from '../unit/devnet/packets/relay-steps.js';
import { startFront, type Front } from './ledger-front.js';
import { testRelayerSettings } from './relayer-settings.js';

export const CHANNEL = 'channel-0';
const silent = createLogger({ level: 'silent' });
const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;
const utf8 = new TextEncoder();

export interface EvmNetworkOptions {
  /** How many of the three committee keys the adapter holds (threshold 2). */
  readonly heldKeys?: number;
  readonly confirmations?: number;
  /** The adapter's stuck-transaction delay (default 10 s). */
  readonly replaceAfterMs?: number;
  /** The adapter's logger (default silent). */
  readonly logger?: Logger;
}

export class EvmNetwork {
  readonly main: string;
  /** The EVM ledger's Isthmus id: its own per network, as queues and streams are named by chain. */
  readonly ledgerId: string;
  readonly chain: DevnetChain;
  readonly mainLedger: DevnetLedger;
  ganache!: Ganache;
  evm!: RunningEvmLedger;
  contract = '';
  front!: { main: Front; evm: Front };
  clientOnMain = '';
  clientOnEvm = '';
  readonly #stops: (() => Promise<void> | void)[] = [];

  constructor() {
    const tag = uniqueName('e').slice(2);
    this.main = `main-${tag}-1`;
    // No "-digits" ending: that would read as a revision, and an EVM ledger's heights are revision 0.
    this.ledgerId = `agency-evm.${tag}`;
    this.chain = new DevnetChain({
      genesis: makeGenesis({ chainId: this.main, genesisTimeNs: nowNs() }),
      logger: silent,
      modules: [packetModule()],
    });
    this.mainLedger = new DevnetLedger(this.chain);
  }

  get evmLedger(): Ledger {
    return this.evm.ledger;
  }

  /** The wallet of ganache account `i` (0: the adapter's sender and the contract's admin). */
  wallet(i: number): Wallet {
    return this.ganache.wallet(i);
  }

  async open(options: EvmNetworkOptions = {}): Promise<void> {
    this.ganache = await startGanache({ accounts: 5 });
    this.#stops.push(() => this.ganache.stop());
    const committeeKeys = this.ganache.keys.slice(1, 4);
    const held = options.heldKeys ?? 3;
    const members = committeeKeys.map((k, i) =>
      i < held ? { privateKey: k } : { publicKey: this.wallet(i + 1).signingKey.compressedPublicKey },
    );
    const addresses = committeeKeys.map((_, i) => this.wallet(i + 1).address.toLowerCase()).sort();
    const factory = new ContractFactory(packetsArtifact.abi, packetsArtifact.bytecode, this.wallet(0));
    const deployed = await factory.deploy(this.ledgerId, addresses, 2, this.wallet(0).address);
    await deployed.waitForDeployment();
    this.contract = (await deployed.getAddress()).toLowerCase();

    this.evm = await startEvmLedger(
      {
        chainId: this.ledgerId,
        rpcUrl: this.ganache.url,
        evmChainId: this.ganache.chainId,
        contract: this.contract,
        listen: '127.0.0.1:0',
        confirmations: options.confirmations ?? 0,
        pollIntervalMs: 50,
        sender: {
          privateKey: Buffer.from((this.ganache.keys[0] ?? '').slice(2), 'hex'),
          confirmations: 1,
          replaceAfterMs: options.replaceAfterMs ?? 10_000,
          feeBumpPercent: 12.5,
          maxReplacements: 3,
        },
        committee: {
          threshold: 2,
          members: members.map((m) =>
            'privateKey' in m
              ? { privateKey: Buffer.from(m.privateKey.slice(2), 'hex') }
              : { publicKey: Buffer.from(m.publicKey.slice(2), 'hex') },
          ),
        },
      },
      options.logger ?? silent,
    );
    this.#stops.push(() => this.evm.close());

    this.chain.start(100);
    this.#stops.push(() => this.chain.stop());
    await this.chain.waitForHeight(2n);
    this.front = {
      main: await this.#front(this.mainLedger),
      evm: await this.#front(this.evm.ledger),
    };

    const [created] = await submit(this.mainLedger, await this.evm.ledger.createClientMsg());
    if (created?.code !== v1.ResultCode.RESULT_CODE_OK)
      throw new Error(`evm client refused: ${created?.message}`);
    this.clientOnMain = text(created.data);
    this.clientOnEvm = await createClient(this.evm.ledger, this.mainLedger);
    await openRecordsChannel(this.evm.ledger, this.main, this.clientOnEvm);
    await openRecordsChannel(this.mainLedger, this.ledgerId, this.clientOnMain);
  }

  async #front(inner: Ledger): Promise<Front> {
    const front = await startFront(inner);
    this.#stops.push(() => front.close());
    return front;
  }

  /** The topic of the contract's BatchResult event. */
  batchResultTopic(): string {
    return packetsInterface.getEvent('BatchResult')?.topicHash ?? '';
  }

  /** A BatchResult log: whether the call succeeded, and the error code when not. */
  decodeBatchResult(log: Log): { ok: boolean; code?: string } {
    const parsed = packetsInterface.parseLog({ topics: [...log.topics], data: log.data });
    const ok = Boolean(parsed?.args[1]);
    return ok ? { ok } : { ok, code: contractErrorCode(String(parsed?.args[2])).code };
  }

  /** Sends records on `from` in one submission; returns their sequences. */
  async send(
    from: 'evm' | 'main',
    payloads: readonly string[],
    timeout: Pick<v1.ISendPacket, 'timeoutHeight' | 'timeoutTimestampNs'> = {
      timeoutTimestampNs: toU64(nowNs() + 3_600n * 1_000_000_000n),
    },
  ): Promise<bigint[]> {
    const ledger = from === 'evm' ? this.evm.ledger : this.mainLedger;
    const results = await submit(
      ledger,
      ...payloads.map((payload) => ({
        sendPacket: { sourceChannel: CHANNEL, app: 'records', payload: utf8.encode(payload), ...timeout },
      })),
    );
    return results.map((r) => {
      if (r.code !== v1.ResultCode.RESULT_CODE_OK)
        throw new Error(`send refused: ${r.errorCode} ${r.message}`);
      return BigInt(text(r.data));
    });
  }

  /** The relayer config for the two ledgers, distributed on the given servers. */
  config(servers: { redisUrl: string; natsUrl: string }, names: RelayerConfig['names']): RelayerConfig {
    return {
      log: { level: 'info' },
      chains: [
        { id: this.main, endpoint: this.front.main.endpoint, type: 'devnet' as const, witnesses: [] },
        { id: this.ledgerId, endpoint: this.front.evm.endpoint, type: 'evm' as const, witnesses: [] },
      ],
      paths: [
        {
          source: { chain: this.ledgerId, channel: CHANNEL, clientId: this.clientOnEvm },
          dest: { chain: this.main, channel: CHANNEL, clientId: this.clientOnMain },
          ordering: 'unordered',
        },
      ],
      ...testRelayerSettings({
        batchSize: 20,
        batchDelayMs: 20,
        lockDurationMs: 5_000,
        stalledIntervalMs: 2_000,
      }),
      redis: { url: servers.redisUrl },
      nats: { servers: [servers.natsUrl] },
      names,
    };
  }

  async close(): Promise<void> {
    for (const stop of this.#stops.reverse()) await stop();
    this.#stops.length = 0;
  }
}
