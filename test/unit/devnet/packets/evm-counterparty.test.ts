/**
 * The main chain's packet module over an `attested` EVM client of the
 * ledger "agency-evm" (docs/evm.md): the channel names the ledger by the
 * client's ledger id; a packet the ledger committed in `IsthmusPackets` is
 * received with an EIP-1186 proof of its commitment slot; a packet sent to
 * the ledger times out against the ledger's time at the proof height
 * (`timeAt` of an evm client) with a proof that its receipt slot is empty.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  commitmentPath,
  DevnetLedger,
  encodeEvmAccountProof,
  encodeEvmClientState,
  encodeEvmConsensusState,
  packetCommitment,
  receiptPath,
  type DevnetChain,
} from '../../../../adapters/devnet/index.js';
import { encodeEvmAttestedHeader } from '../../../../adapters/devnet/clients/evm-state.js';
import { packetFromProto } from '../../../../adapters/devnet/packets/index.js';
import { blockHash, type EvmHeader } from '../../../../light-clients/evm/index.js';
import { fromU64, toU64, v1 } from '../../../../proto/index.js';
import { clientState, plainHeader } from '../../evm/chain-builder.js';
import { committee, LEDGER_ID } from '../../evm/committee-builder.js';
import { packetStoreState, storeAddress, type PacketStoreState } from '../clients/evm-state-builder.js';
import { chainPair, eventsOf, OK, SECOND, submit, submitOk, text } from './relay-steps.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const c = committee();

describe('packet module over an attested evm client', () => {
  let main: DevnetChain;
  let ledger: DevnetLedger;
  let clientId = '';
  let channel = '';
  let last: EvmHeader;
  const seconds = (): bigint => (main.latestBlock?.timeNs ?? 0n) / SECOND;

  /** Moves the client to a header at `number` committing to `state`, `ago` seconds before the main chain's time. */
  async function attest(number: bigint, state: PacketStoreState, ago = 2n): Promise<EvmHeader> {
    // Each header names the one before it, as a chain's do (checked when adjacent).
    const parentHash = blockHash('attested', last);
    const header = plainHeader({ number, timestamp: seconds() - ago, stateRoot: state.root, parentHash });
    await submitOk(ledger, {
      updateClient: {
        clientId,
        message: {
          clientType: 'evm',
          bytes: encodeEvmAttestedHeader({ header, signatures: c.sign(header) }),
        },
      },
    });
    last = header;
    return header;
  }

  const proofAt = (number: bigint, state: PacketStoreState, path: string): v1.IProof => ({
    kind: 'eip1186',
    bytes: encodeEvmAccountProof(state.proofOf(path)),
    height: { revision: toU64(0n), height: toU64(number) },
  });

  beforeAll(async () => {
    [main] = chainPair('mainchain-1', 'health-1');
    ledger = new DevnetLedger(main);
    main.produceBlock();
    const trusted = plainHeader({ number: 100n, timestamp: seconds() - 60n });
    last = trusted;
    const created = await submitOk(ledger, {
      createClient: {
        clientType: 'evm',
        clientState: encodeEvmClientState({
          ...clientState('attested'),
          latestHeight: 100n,
          ledgerId: LEDGER_ID,
          storeAddress,
          signerSet: c.signerSet,
        }),
        consensusState: encodeEvmConsensusState({
          header: trusted,
          hash: blockHash('attested', trusted),
          validators: [],
        }),
      },
    });
    clientId = text(created.data);
    const opened = await submitOk(ledger, {
      openChannel: {
        app: 'records',
        counterpartyChainId: LEDGER_ID,
        counterpartyChannelId: 'channel-0',
        clientId,
        ordering: v1.Ordering.ORDERING_UNORDERED,
      },
    });
    channel = text(opened.data);
  });

  it('behavior: the client reports the ledger id as its chain id, and a channel opens to it', async () => {
    expect(clientId).toBe('evm-0');
    expect((await ledger.queryClient({ clientId })).clientState?.chainId).toBe(LEDGER_ID);
    expect(channel).toBe('channel-0');
  });

  it("behavior: a packet committed in the ledger's IsthmusPackets is received with a storage proof", async () => {
    const packet: v1.IPacket = {
      sequence: toU64(1n),
      sourceChain: LEDGER_ID,
      sourceChannel: 'channel-0',
      destChain: 'mainchain-1',
      destChannel: channel,
      app: 'records',
      payload: utf8('from the evm ledger'),
      timeoutTimestampNs: toU64((seconds() + 3600n) * SECOND),
    };
    const commitment = packetCommitment(packetFromProto(packet));
    const path = commitmentPath('channel-0', 1n);
    const state = packetStoreState([[path, BigInt(`0x${Buffer.from(commitment).toString('hex')}`)]]);
    await attest(105n, state);
    const forged = { ...packet, payload: utf8('not what was sent') };
    const [refused] = await submit(ledger, {
      recvPacket: { packet: forged, proofCommitment: proofAt(105n, state, path) },
    });
    expect(refused?.errorCode).toBe('STORAGE_VALUE_MISMATCH');
    const [received] = await submit(ledger, {
      recvPacket: { packet, proofCommitment: proofAt(105n, state, path) },
    });
    expect(received?.code).toBe(OK);
    expect(await eventsOf(ledger, v1.EventKind.EVENT_KIND_RECV_PACKET)).toHaveLength(1);
  });

  it("behavior: a packet sent to the ledger times out by the ledger's time at the proof height", async () => {
    const timeoutNs = (seconds() + 20n) * SECOND;
    await submitOk(ledger, {
      sendPacket: {
        sourceChannel: channel,
        app: 'records',
        payload: utf8('to the evm ledger'),
        timeoutTimestampNs: toU64(timeoutNs),
      },
    });
    const packet = (await eventsOf(ledger, v1.EventKind.EVENT_KIND_SEND_PACKET)).at(-1)?.packet ?? {};
    const sequence = fromU64(packet.sequence);
    const path = receiptPath('channel-0', sequence);
    const empty = packetStoreState([['commitments/channel-0/1', 7n]]);
    const timeout = (number: bigint): v1.IMsg => ({
      timeoutPacket: { packet, proofUnreceived: proofAt(number, empty, path) },
    });
    // The ledger's header before the timeout: its receipt slot is empty, but time has not come.
    await attest(108n, empty);
    expect((await submit(ledger, timeout(108n)))[0]?.errorCode).toBe('TIMEOUT_NOT_REACHED');
    while (main.latestBlock!.timeNs < timeoutNs + 10n * SECOND) main.produceBlock();
    const late = await attest(112n, empty);
    expect(late.timestamp * SECOND).toBeGreaterThanOrEqual(timeoutNs);
    // A receipt written on the ledger cannot be proven absent.
    const receivedThere = packetStoreState([[path, 1n]]);
    await attest(113n, receivedThere, 1n);
    const [refused] = await submit(ledger, {
      timeoutPacket: { packet, proofUnreceived: proofAt(113n, receivedThere, path) },
    });
    expect(refused?.errorCode).toBe('STORAGE_VALUE_MISMATCH');
    const [timedOut] = await submit(ledger, timeout(112n));
    expect(timedOut?.code).toBe(OK);
    expect(main.getAt(main.latestHeight, utf8(commitmentPath(channel, sequence)))).toBeUndefined();
    expect(await eventsOf(ledger, v1.EventKind.EVENT_KIND_TIMEOUT_PACKET)).toHaveLength(1);
  });
});
