/**
 * End-to-end payload encryption through real chains: two devnets (blocks
 * every 100 ms, each serving the Ledger gRPC service on loopback) with
 * tendermint clients of each other and a `records` channel pair, and the
 * relayer embedded in this process (in-process drivers).
 *
 * The health agency seals a record to the main agency's public key and
 * sends it with the Ledger's SendPacket on health; the relayer delivers it.
 * What health committed to, what the relayer carried and what main stored
 * is the envelope: main's record is the ciphertext, health's commitment is
 * the hash of the packet with the ciphertext in it, and only main's private
 * key opens it.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  commitmentPath,
  DevnetChain,
  DevnetLedger,
  makeGenesis,
  packetCommitment,
  packetModule,
  receiptPath,
  recordPath,
} from '../../../adapters/devnet/index.js';
import { LedgerClient, startLedgerServer } from '../../../adapters/index.js';
import { toU64, v1 } from '../../../proto/index.js';
import type { RelayerConfig } from '../../../relayer/config/schema.js';
import { createLogger } from '../../../relayer/logger.js';
import { startRelayer, relayerRoles } from '../../../relayer/service/index.js';
import {
  generatePayloadKeyPair,
  openPayload,
  SdkErrorCode,
  sealPayload,
  type PayloadContext,
} from '../../../relayer/sdk/index.js';
import { uniqueName } from '../../support/env.js';
import { createClient, submitOk, text } from '../../unit/devnet/packets/relay-steps.js';
import { waitUntil } from '../relayer/drivers/wait.js';

const logger = createLogger({ level: 'silent' });
const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;
const CHANNEL = 'channel-0';
const TIMEOUT_HEIGHT = 1_000_000n;

interface Served {
  readonly id: string;
  readonly endpoint: string;
  readonly ledger: LedgerClient;
}

const stops: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

async function serve(id: string): Promise<Served> {
  const chain = new DevnetChain({
    genesis: makeGenesis({ chainId: id, genesisTimeNs: nowNs() }),
    logger,
    modules: [packetModule()],
  });
  chain.start(100);
  stops.push(() => chain.stop());
  await chain.waitForHeight(1n);
  const server = await startLedgerServer({ ledger: new DevnetLedger(chain), logger });
  stops.push(() => server.close());
  const ledger = new LedgerClient({ address: server.address });
  stops.push(() => ledger.close());
  return { id, endpoint: server.address, ledger };
}

async function openRecordsChannel(on: Served, counterparty: string, clientId: string): Promise<void> {
  const result = await submitOk(on.ledger, {
    openChannel: {
      app: 'records',
      counterpartyChainId: counterparty,
      counterpartyChannelId: CHANNEL,
      clientId,
      ordering: v1.Ordering.ORDERING_UNORDERED,
    },
  });
  expect(text(result.data)).toBe(CHANNEL);
}

function embeddedConfig(
  main: Served,
  health: Served,
  clientOnMain: string,
  clientOnHealth: string,
): RelayerConfig {
  return {
    log: { level: 'info' },
    chains: [main, health].map((s) => ({
      id: s.id,
      type: 'devnet' as const,
      endpoint: s.endpoint,
      witnesses: [],
    })),
    paths: [
      {
        source: { chain: health.id, channel: CHANNEL, clientId: clientOnHealth },
        dest: { chain: main.id, channel: CHANNEL, clientId: clientOnMain },
        ordering: 'unordered',
      },
    ],
    workers: { concurrency: 2, batchSize: 10, batchDelayMs: 50 },
    clearing: { intervalMs: 1_000 },
    clients: { refreshFraction: 1 / 3, checkIntervalMs: 30_000 },
    filters: { allow: [], deny: [] },
  };
}

describe('integration: sealed records through two devnets and the relayer', () => {
  it('behavior: main stores the ciphertext health committed to; main opens it, another key cannot', async () => {
    const tag = uniqueName('e').slice(2);
    const main = await serve(`main-${tag}-1`);
    const health = await serve(`health-${tag}-1`);
    const clientOnMain = await createClient(main.ledger, health.ledger);
    const clientOnHealth = await createClient(health.ledger, main.ledger);
    await openRecordsChannel(health, main.id, clientOnHealth);
    await openRecordsChannel(main, health.id, clientOnMain);

    // The main agency publishes its public key; the health agency seals to it.
    const mainAgency = generatePayloadKeyPair();
    const ctx: PayloadContext = { sourceChain: health.id, sourceChannel: CHANNEL, app: 'records' };
    const plaintext = new TextEncoder().encode('{"patient":"synthetic-0042","consent":"granted"}');
    const envelope = sealPayload(plaintext, mainAgency.publicKey, ctx);

    const sent = await submitOk(health.ledger, {
      sendPacket: {
        sourceChannel: CHANNEL,
        app: 'records',
        payload: envelope,
        timeoutHeight: { revision: toU64(1n), height: toU64(TIMEOUT_HEIGHT) },
      },
    });
    const sequence = BigInt(text(sent.data));

    // Health committed to the packet carrying the ciphertext (read before the relayer acknowledges it).
    // (The provable state trails the block that included the send by one block.)
    let commitment = await health.ledger.queryProof({ path: commitmentPath(CHANNEL, sequence) });
    await waitUntil('the commitment provable on health', async () => {
      commitment = await health.ledger.queryProof({ path: commitmentPath(CHANNEL, sequence) });
      return commitment.exists === true;
    });
    const packet = {
      sequence,
      sourceChain: health.id,
      sourceChannel: CHANNEL,
      destChain: main.id,
      destChannel: CHANNEL,
      app: 'records',
      timeoutHeight: { revision: 1n, height: TIMEOUT_HEIGHT },
      timeoutTimestampNs: 0n,
    };
    expect(Buffer.from(commitment.value)).toEqual(
      Buffer.from(packetCommitment({ ...packet, payload: envelope })),
    );
    expect(Buffer.from(commitment.value)).not.toEqual(
      Buffer.from(packetCommitment({ ...packet, payload: plaintext })),
    );

    const relayer = await startRelayer({
      config: embeddedConfig(main, health, clientOnMain, clientOnHealth),
      roles: new Set(relayerRoles),
      logger,
      names: {
        topology: { stream: uniqueName('events'), prefix: uniqueName('t') },
        cursorsBucket: uniqueName('cursors'),
        leasesBucket: uniqueName('leases'),
      },
      stopTimeoutMs: 5_000,
    });
    stops.push(() => relayer.close());
    expect(relayer.drivers.mode).toBe('embedded');
    await waitUntil(
      `sealed record ${sequence} received on main and acknowledged on health`,
      async () =>
        (await main.ledger.queryProof({ path: receiptPath(CHANNEL, sequence) })).exists === true &&
        (await health.ledger.queryProof({ path: commitmentPath(CHANNEL, sequence) })).exists !== true,
      15_000,
    );
    expect(relayer.alerts.alerts).toEqual([]);

    // Main's state holds the envelope byte for byte, and nothing of the plaintext.
    const stored = await main.ledger.queryProof({ path: recordPath(health.id, CHANNEL, sequence) });
    expect(stored.exists).toBe(true);
    expect(Buffer.from(stored.value)).toEqual(Buffer.from(envelope));
    expect(Buffer.from(stored.value).includes(Buffer.from('synthetic-0042'))).toBe(false);

    // The main agency opens it; another key, or the same envelope read as another channel's, does not.
    expect(Buffer.from(openPayload(stored.value, mainAgency.privateKey, ctx))).toEqual(
      Buffer.from(plaintext),
    );
    expect(() => openPayload(stored.value, generatePayloadKeyPair().privateKey, ctx)).toThrow(
      expect.objectContaining({ code: SdkErrorCode.PayloadDecryptFailed }),
    );
    expect(() =>
      openPayload(stored.value, mainAgency.privateKey, { ...ctx, sourceChannel: 'channel-1' }),
    ).toThrow(expect.objectContaining({ code: SdkErrorCode.PayloadDecryptFailed }));
  }, 40_000);
});
