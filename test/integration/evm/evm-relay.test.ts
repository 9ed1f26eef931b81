/**
 * Packets between an EVM ledger (ganache in process, the IsthmusPackets
 * contract, the EVM Ledger adapter over loopback gRPC) and a main chain
 * (devnet), relayed by the whole relayer (every role, in process) on the
 * harness's real Redis and NATS:
 *
 * - EVM → main: the main chain's attested evm client follows the
 *   committee's headers and checks each commitment's EIP-1186 storage
 *   proof; the acknowledgement goes back to the contract on committee
 *   signatures;
 * - main → EVM: the contract receives on committee signatures made after
 *   the adapter's own tendermint client verified main's header and proof;
 *   the acknowledgement is proven to main from the contract's storage;
 * - timeouts both ways, when the destination refuses every RecvPacket:
 *   the source's commitment is cleared and its outcome is "timed out".
 *
 * Each end's state is read from the ledgers themselves.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { Contract } from 'ethers';
import { commitmentPath, receiptPath, recordPath, sentRecordPath } from '../../../adapters/devnet/index.js';
import { packetsArtifact } from '../../../adapters/evm/contract.js';
import { IsthmusError } from '../../../light-clients/index.js';
import type { Ledger } from '../../../adapters/index.js';
import { toU64 } from '../../../proto/index.js';
import { createLogger } from '../../../relayer/logger.js';
import { relayerRoles, startRelayer, type Relayer } from '../../../relayer/service/index.js';
import { testServers } from '../../support/env.js';
import { text } from '../../unit/devnet/packets/relay-steps.js';
import { waitUntil } from '../relayer/drivers/wait.js';
import { faultNames, type FaultNames } from '../relayer/faults/chains.js';
import { removeRelayerState } from '../relayer/faults/cleanup.js';
import { CHANNEL, EvmNetwork } from '../../support/evm-network.js';

const logger = createLogger({ level: (process.env.ISTHMUS_TEST_LOG as 'warn' | undefined) ?? 'silent' });
const OUTCOME = { delivered: 1n, refused: 2n, timedOut: 3n } as const;

let network: EvmNetwork | undefined;
let names: FaultNames | undefined;
let relayer: Relayer | undefined;

afterEach(async () => {
  await relayer?.close();
  relayer = undefined;
  if (network && names) {
    await removeRelayerState({ ids: [network.main, network.ledgerId] }, names, testServers());
  }
  await network?.close();
  network = undefined;
  names = undefined;
}, 30_000);

async function setUp(): Promise<{ n: EvmNetwork; contract: Contract; start: () => Promise<Relayer> }> {
  const n = new EvmNetwork();
  network = n;
  await n.open();
  const contract = new Contract(n.contract, packetsArtifact.abi, n.ganache.provider);
  const start = async (): Promise<Relayer> => {
    names = faultNames();
    relayer = await startRelayer({
      config: n.config(testServers(), names),
      roles: new Set(relayerRoles),
      logger,
      stopTimeoutMs: 5_000,
    });
    return relayer;
  };
  return { n, contract, start };
}

/** The contract's outcome of a record it sent: 1 delivered, 2 refused, 3 timed out. */
async function outcomeOnEvm(contract: Contract, sequence: bigint | undefined): Promise<bigint> {
  return (await contract.getFunction('recordOutcome')(CHANNEL, sequence ?? 0n)) as bigint;
}

async function mainHas(n: EvmNetwork, path: string): Promise<Uint8Array | undefined> {
  const res = await n.mainLedger.queryProof({ path });
  return res.exists ? res.value : undefined;
}

async function evmHas(n: EvmNetwork, path: string): Promise<boolean> {
  return (await n.evmLedger.queryProof({ path })).exists;
}

/** The endpoint in front of `inner` refuses every submission holding a RecvPacket, as a destination that is down. */
function refuseRecv(on: Partial<Ledger>, inner: Ledger): void {
  on.submit = (req, ctx) => {
    if ((req.messages ?? []).some((m) => m.recvPacket)) {
      throw new IsthmusError(
        'DESTINATION_DOWN',
        'RecvPacket refused by the endpoint in front of the ledger',
        {
          category: 'unavailable',
        },
      );
    }
    return inner.submit(req, ctx);
  };
}

describe('relaying between an EVM ledger and the main chain', () => {
  it('behavior: records go EVM → main and main → EVM, each received once and acknowledged at its source', async () => {
    const { n, contract, start } = await setUp();
    await start();
    const fromEvm = await n.send('evm', ['evm-a', 'evm-b', 'evm-c']);
    const fromMain = await n.send('main', ['main-a', 'main-b']);

    await waitUntil(
      'records from the EVM ledger delivered and acknowledged',
      async () => {
        const outcomes = await Promise.all(fromEvm.map((s) => outcomeOnEvm(contract, s)));
        return outcomes.every((o) => o === OUTCOME.delivered);
      },
      60_000,
    );
    await waitUntil(
      'records from main delivered and acknowledged',
      async () => {
        const outcomes = await Promise.all(fromMain.map((s) => mainHas(n, sentRecordPath(CHANNEL, s))));
        return outcomes.every((o) => text(o) === 'delivered');
      },
      60_000,
    );

    for (const [i, sequence] of fromEvm.entries()) {
      // Main stored the record (its app), holds the receipt; the contract cleared its commitment.
      expect(text(await mainHas(n, recordPath(n.ledgerId, CHANNEL, sequence)))).toBe(
        ['evm-a', 'evm-b', 'evm-c'][i],
      );
      expect(await mainHas(n, receiptPath(CHANNEL, sequence))).toBeDefined();
      expect(await evmHas(n, commitmentPath(CHANNEL, sequence))).toBe(false);
    }
    for (const sequence of fromMain) {
      expect(await evmHas(n, receiptPath(CHANNEL, sequence))).toBe(true);
      expect(await mainHas(n, commitmentPath(CHANNEL, sequence))).toBeUndefined();
    }
    // Each packet once: one PacketReceived per sequence on the contract.
    const received = await contract.queryFilter(contract.getEvent('PacketReceived'));
    expect(received.map((e) => ('args' in e ? BigInt(e.args[0][0]) : 0n)).sort()).toEqual(
      [...fromMain].sort(),
    );
  }, 120_000);

  it('behavior: packets past their deadline are timed out at the source in both directions', async () => {
    const { n, contract, start } = await setUp();
    refuseRecv(n.front.main.over, n.mainLedger);
    refuseRecv(n.front.evm.over, n.evmLedger);
    await start();
    const deadline = { timeoutTimestampNs: toU64((BigInt(Date.now()) + 2_000n) * 1_000_000n) };
    const [fromEvm] = await n.send('evm', ['late-evm'], deadline);
    const [fromMain] = await n.send('main', ['late-main'], deadline);
    await waitUntil(
      'both packets timed out at their sources',
      async () => {
        // The EVM chain makes blocks only for transactions here: a block now and then, as a live
        // chain would, lets its time (whole seconds) pass the deadline for main to see the timeout.
        await n.ganache.provider.send('evm_mine', []);
        return (
          (await outcomeOnEvm(contract, fromEvm)) === OUTCOME.timedOut &&
          text(await mainHas(n, sentRecordPath(CHANNEL, fromMain ?? 0n))) === 'timed out'
        );
      },
      60_000,
    );
    expect(await evmHas(n, commitmentPath(CHANNEL, fromEvm ?? 0n))).toBe(false);
    expect(await mainHas(n, receiptPath(CHANNEL, fromEvm ?? 0n))).toBeUndefined();
    expect(await evmHas(n, receiptPath(CHANNEL, fromMain ?? 0n))).toBe(false);
  }, 120_000);
});
