/**
 * `IsthmusPackets` (docs/evm.md) on an in-process EVM (ganache, shanghai):
 * commitments byte-identical to the devnets' at the documented storage
 * slot, proven with `eth_getProof`; receipts, acknowledgements and timeouts
 * accepted on k-of-n committee signatures and refused without them;
 * committee rotation; batches that report each call. Every revert is
 * decoded by `contractErrorCode`, whose codes the adapter reports.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AbiCoder,
  computeAddress,
  ContractFactory,
  getBytes,
  hexlify,
  isCallException,
  JsonRpcProvider,
  SigningKey,
  toBeHex,
  toQuantity,
  Wallet,
  ZeroAddress,
  type BaseContract,
  type ContractTransactionResponse,
  type LogDescription,
  type TransactionReceipt,
} from 'ethers';
import {
  ackCommitment,
  ackPath,
  commitmentPath,
  packetCommitment,
  packetFromProto,
  receiptPath,
  recordPath,
} from '../../../adapters/devnet/packets/index.js';
import {
  ackDigest,
  contractErrorCode,
  contractRevertError,
  packetFromLog,
  packetsArtifact,
  packetsInterface,
  packetTuple,
  provableKey,
  provableSlot,
  RecordOutcome,
  recvDigest,
  rotateDigest,
  signDigest,
  timeoutDigest,
  type ContractErrorCode,
  type DigestDomain,
} from '../../../adapters/evm/contract.js';
import { accountProofFromRpc, verifyGetProof } from '../../../light-clients/evm/index.js';
import { sha256 } from '../../../light-clients/index.js';
import { fromU64, toU64, type v1 } from '../../../proto/index.js';
import { startGanache, testKey, type Ganache } from '../../support/ganache.js';

const EVM_CHAIN = 'evm-1';
const MAIN_CHAIN = 'main-1';
const MAIN_CHANNEL = 'channel-7';
const CHANNEL = 'channel-0';
const RECEIPT = toBeHex(1n, 32);
const ZERO = toBeHex(0n, 32);
/** Each test deploys a contract and mines a few blocks on an in-process EVM; the largest payloads take seconds. */
const CHAIN_TEST_MS = 30_000;

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const hex = (b: Uint8Array): string => hexlify(b);

function byAddress(a: SigningKey, b: SigningKey): number {
  const x = BigInt(computeAddress(a));
  const y = BigInt(computeAddress(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Three committee keys (no funds needed: they only sign), ascending by address. */
const committeeKeys = [testKey(10), testKey(11), testKey(12)].map((k) => new SigningKey(k)).sort(byAddress);
const nextKeys = [testKey(13), testKey(14), testKey(15)].map((k) => new SigningKey(k)).sort(byAddress);
const outsider = new SigningKey(testKey(20));
const addressesOf = (keys: readonly SigningKey[]): string[] => keys.map((k) => computeAddress(k));
const [k0, k1, k2] = committeeKeys as [SigningKey, SigningKey, SigningKey];

interface Timeout {
  readonly revision: bigint;
  readonly height: bigint;
  readonly timestampNs: bigint;
}

/** A packet from the main chain's channel-7 to this contract's channel-0. */
function inbound(sequence: bigint, payload: Uint8Array, timeout: Partial<Timeout> = {}): v1.IPacket {
  const t = { revision: 0n, height: 0n, timestampNs: 0n, ...timeout };
  return {
    sequence: toU64(sequence),
    sourceChain: MAIN_CHAIN,
    sourceChannel: MAIN_CHANNEL,
    destChain: EVM_CHAIN,
    destChannel: CHANNEL,
    app: 'records',
    payload,
    timeoutHeight: { revision: toU64(t.revision), height: toU64(t.height) },
    timeoutTimestampNs: toU64(t.timestampNs),
  };
}

const commitmentOf = (p: v1.IPacket): string => hex(packetCommitment(packetFromProto(p)));

describe('IsthmusPackets on ganache', () => {
  let chain: Ganache;
  let admin: Wallet;
  let other: Wallet;
  let provider: JsonRpcProvider;

  beforeAll(async () => {
    chain = await startGanache({ chainId: 31337n });
    // Without the provider's 250 ms request cache: blocks are mined at once, and a cached
    // transaction count would reuse a nonce.
    provider = new JsonRpcProvider(chain.url, undefined, {
      staticNetwork: true,
      pollingInterval: 50,
      cacheTimeout: -1,
    });
    admin = new Wallet(testKey(0), provider);
    other = new Wallet(testKey(1), provider);
  }, CHAIN_TEST_MS);

  afterAll(async () => {
    provider.destroy();
    await chain.stop();
  });

  interface Deployed {
    readonly contract: BaseContract;
    readonly address: string;
    readonly domain: DigestDomain;
  }

  /** A fresh contract with a 2-of-3 committee and channel-0 open towards main-1/channel-7. */
  async function deploy(): Promise<Deployed> {
    const factory = new ContractFactory(packetsInterface, packetsArtifact.bytecode, admin);
    const contract = await factory.deploy(EVM_CHAIN, addressesOf(committeeKeys), 2n, admin.address);
    await contract.waitForDeployment();
    const address = await contract.getAddress();
    await send(contract, 'openChannel', ['records', MAIN_CHAIN, MAIN_CHANNEL]);
    return { contract, address, domain: { evmChainId: chain.chainId, contract: address, epoch: 1n } };
  }

  async function send(
    contract: BaseContract,
    fn: string,
    args: readonly unknown[],
  ): Promise<TransactionReceipt> {
    const tx = (await contract.getFunction(fn).send(...args)) as ContractTransactionResponse;
    const receipt = await tx.wait();
    if (receipt === null) throw new Error(`${fn}: no receipt`);
    return receipt;
  }

  /** The decoded revert of a call that must fail (an `eth_call`: nothing is mined). */
  async function revertOf(
    contract: BaseContract,
    fn: string,
    args: readonly unknown[],
  ): Promise<ContractErrorCode> {
    try {
      await contract.getFunction(fn).staticCall(...args);
    } catch (err) {
      if (isCallException(err)) return contractErrorCode(err.data);
      throw err;
    }
    throw new Error(`${fn} did not revert`);
  }

  function eventsOf(receipt: TransactionReceipt): LogDescription[] {
    return receipt.logs.flatMap((log) => {
      const parsed = packetsInterface.parseLog(log);
      return parsed === null ? [] : [parsed];
    });
  }

  async function provable(contract: BaseContract, path: string): Promise<string> {
    return (await contract.getFunction('provable').staticCall(provableKey(path))) as string;
  }

  function recvArgs(
    d: Deployed,
    packet: v1.IPacket,
    keys: readonly SigningKey[],
    domain: DigestDomain = d.domain,
  ): unknown[] {
    const digest = recvDigest({
      ...domain,
      packetCommitment: commitmentOf(packet),
      proofRevision: 1n,
      proofHeight: 42n,
    });
    return [packetTuple(packet), 1n, 42n, signDigest(digest, keys)];
  }

  /** Sends a record on channel-0 and returns the packet as its PacketSent event carries it. */
  async function sendRecord(
    d: Deployed,
    payload: Uint8Array,
    timeout: Partial<Timeout> = {},
  ): Promise<v1.Packet> {
    const t = { revision: 0n, height: 0n, timestampNs: 0n, ...timeout };
    const receipt = await send(d.contract, 'sendPacket', [
      CHANNEL,
      'records',
      payload,
      t.revision,
      t.height,
      t.timestampNs,
    ]);
    const sent = eventsOf(receipt).find((e) => e.name === 'PacketSent');
    if (sent === undefined) throw new Error('no PacketSent event');
    return packetFromLog(sent.args[0]);
  }

  describe('sendPacket', () => {
    it(
      'behavior: stores the devnet packet commitment at the documented slot, proven by eth_getProof',
      async () => {
        const d = await deploy();
        const payload = utf8('lab result 17');
        const receipt = await send(d.contract, 'sendPacket', [CHANNEL, 'records', payload, 1n, 500n, 0n]);
        const sent = eventsOf(receipt).find((e) => e.name === 'PacketSent');
        expect(sent).toBeDefined();
        const packet = packetFromLog(sent!.args[0]);
        expect(packet).toMatchObject({
          sourceChain: EVM_CHAIN,
          sourceChannel: CHANNEL,
          destChain: MAIN_CHAIN,
          destChannel: MAIN_CHANNEL,
          app: 'records',
        });
        expect(fromU64(packet.sequence)).toBe(1n);
        expect(fromU64(packet.timeoutHeight?.revision)).toBe(1n);
        expect(fromU64(packet.timeoutHeight?.height)).toBe(500n);
        expect(packet.payload).toEqual(payload);

        const expected = commitmentOf(packet);
        expect(sent!.args[1]).toBe(expected);
        const path = commitmentPath(CHANNEL, 1n);
        expect(await provable(d.contract, path)).toBe(expected);

        // The slot of the path, proven against the block's state root as the main chain's client does.
        const slot = provableSlot(path);
        expect(slot).toHaveLength(32);
        const block = toQuantity(receipt.blockNumber);
        expect(await provider.send('eth_getStorageAt', [d.address, hexlify(slot), block])).toBe(expected);
        const proof = accountProofFromRpc(
          await provider.send('eth_getProof', [d.address, [hexlify(slot)], block]),
        );
        const header = (await provider.send('eth_getBlockByNumber', [block, false])) as {
          stateRoot: string;
        };
        verifyGetProof(getBytes(header.stateRoot), proof);
        expect(proof.storageProof).toHaveLength(1);
        expect(proof.storageProof[0]?.key).toEqual(slot);
        expect(proof.storageProof[0]?.value).toBe(BigInt(expected));

        expect(await d.contract.getFunction('nextSequenceSend').staticCall(CHANNEL)).toBe(2n);
        expect((await d.contract.getFunction('channel').staticCall(CHANNEL)).toArray()).toEqual([
          true,
          'records',
          MAIN_CHAIN,
          MAIN_CHANNEL,
        ]);
        expect(await d.contract.getFunction('chainId').staticCall()).toBe(EVM_CHAIN);
      },
      CHAIN_TEST_MS,
    );

    it(
      'error: no timeout, another app, an unknown channel',
      async () => {
        const d = await deploy();
        expect(
          await revertOf(d.contract, 'sendPacket', [CHANNEL, 'records', '0x01', 0n, 0n, 0n]),
        ).toMatchObject({
          code: 'INVALID_TIMEOUT',
          alreadyDone: false,
        });
        expect(
          await revertOf(d.contract, 'sendPacket', [CHANNEL, 'files', '0x01', 0n, 9n, 0n]),
        ).toMatchObject({
          code: 'APP_MISMATCH',
        });
        expect(
          await revertOf(d.contract, 'sendPacket', ['channel-9', 'records', '0x01', 0n, 9n, 0n]),
        ).toMatchObject({
          code: 'CHANNEL_NOT_FOUND',
          category: 'not_found',
          args: ['channel-9'],
        });
      },
      CHAIN_TEST_MS,
    );

    it(
      "error: channels are the admin's to open, for the records app only",
      async () => {
        const d = await deploy();
        const asOther = d.contract.connect(other);
        expect(await revertOf(asOther, 'openChannel', ['records', MAIN_CHAIN, 'channel-8'])).toMatchObject({
          code: 'NOT_ADMIN',
          category: 'permission_denied',
        });
        expect(await revertOf(d.contract, 'openChannel', ['files', MAIN_CHAIN, 'channel-8'])).toMatchObject({
          code: 'UNSUPPORTED_APP',
        });
        expect(await revertOf(d.contract, 'openChannel', ['records', '', 'channel-8'])).toMatchObject({
          code: 'INVALID_CHANNEL',
        });
        const opened = await send(d.contract, 'openChannel', ['records', MAIN_CHAIN, 'channel-8']);
        expect(eventsOf(opened).find((e) => e.name === 'ChannelOpened')?.args[0]).toBe('channel-1');
      },
      CHAIN_TEST_MS,
    );
  });

  describe('recvPacket', () => {
    it(
      'behavior: 2-of-3 signatures receive a record: receipt, devnet ack commitment, record hash',
      async () => {
        const d = await deploy();
        const payload = utf8('x-ray 4411');
        const packet = inbound(1n, payload, { height: 10_000n });
        const receipt = await send(d.contract, 'recvPacket', recvArgs(d, packet, [k0, k2]));

        expect(await provable(d.contract, receiptPath(CHANNEL, 1n))).toBe(RECEIPT);
        const hash = sha256(payload);
        expect(await provable(d.contract, ackPath(CHANNEL, 1n))).toBe(hex(ackCommitment({ result: hash })));
        expect(await provable(d.contract, recordPath(MAIN_CHAIN, MAIN_CHANNEL, 1n))).toBe(hex(hash));

        const events = eventsOf(receipt);
        expect(events.map((e) => e.name)).toEqual(['PacketReceived', 'AcknowledgementWritten']);
        const written = events[1]!;
        expect(packetFromLog(written.args[0])).toEqual(packetFromLog(events[0]!.args[0]));
        expect(commitmentOf(packetFromLog(written.args[0]))).toBe(commitmentOf(packet));
        expect(written.args[1]).toBe(true);
        expect(written.args[2]).toBe(hex(hash));
      },
      CHAIN_TEST_MS,
    );

    it(
      'behavior: an empty or oversized record is acknowledged with the devnet error',
      async () => {
        const d = await deploy();
        await send(
          d.contract,
          'recvPacket',
          recvArgs(d, inbound(1n, new Uint8Array(0), { height: 10_000n }), [k0, k1]),
        );
        expect(await provable(d.contract, ackPath(CHANNEL, 1n))).toBe(
          hex(ackCommitment({ error: 'empty record' })),
        );

        const big = new Uint8Array(65537).fill(7);
        const receipt = await send(
          d.contract,
          'recvPacket',
          recvArgs(d, inbound(2n, big, { height: 10_000n }), [k0, k1]),
        );
        const error = 'record of 65537 bytes, over 65536';
        expect(await provable(d.contract, ackPath(CHANNEL, 2n))).toBe(hex(ackCommitment({ error })));
        const written = eventsOf(receipt).find((e) => e.name === 'AcknowledgementWritten');
        expect(written?.args[1]).toBe(false);
        expect(written?.args[2]).toBe(hex(utf8(error)));
        // Refused records are not stored.
        expect(await provable(d.contract, recordPath(MAIN_CHAIN, MAIN_CHANNEL, 2n))).toBe(ZERO);
        expect(await provable(d.contract, receiptPath(CHANNEL, 2n))).toBe(RECEIPT);
      },
      CHAIN_TEST_MS,
    );

    it(
      'error: a replay is ALREADY_RECEIVED, which is already done',
      async () => {
        const d = await deploy();
        const args = recvArgs(d, inbound(1n, utf8('once'), { height: 10_000n }), [k0, k1]);
        await send(d.contract, 'recvPacket', args);
        expect(await revertOf(d.contract, 'recvPacket', args)).toEqual({
          name: 'AlreadyReceived',
          code: 'ALREADY_RECEIVED',
          alreadyDone: true,
          category: 'already_exists',
          args: [CHANNEL, 1n],
        });
      },
      CHAIN_TEST_MS,
    );

    it(
      'error: signatures below the threshold, duplicated, unsorted, of a non-member, malformed',
      async () => {
        const d = await deploy();
        const packet = inbound(1n, utf8('guarded'), { height: 10_000n });
        const digest = recvDigest({
          ...d.domain,
          packetCommitment: commitmentOf(packet),
          proofRevision: 1n,
          proofHeight: 42n,
        });
        const recvWith = (signatures: readonly string[]): Promise<ContractErrorCode> =>
          revertOf(d.contract, 'recvPacket', [packetTuple(packet), 1n, 42n, signatures]);
        const [s0, s1] = signDigest(digest, [k0, k1]) as [string, string];

        expect(await recvWith([s0])).toMatchObject({
          code: 'BELOW_THRESHOLD',
          args: [1n, 2n],
          category: 'verification',
        });
        expect(await recvWith([])).toMatchObject({ code: 'BELOW_THRESHOLD', args: [0n, 2n] });
        expect(await recvWith([s0, s0])).toMatchObject({ code: 'SIGNERS_NOT_ASCENDING', args: [1n] });
        expect(await recvWith([s1, s0])).toMatchObject({ code: 'SIGNERS_NOT_ASCENDING', args: [1n] });

        const withOutsider = signDigest(digest, [k0, outsider]);
        expect(await recvWith(withOutsider)).toMatchObject({
          code: 'UNKNOWN_SIGNER',
          args: [computeAddress(outsider)],
        });

        expect(await recvWith([s0.slice(0, -2), s1])).toMatchObject({ code: 'BAD_SIGNATURE', args: [0n] });
        const v29 = `${s1.slice(0, -2)}1d`;
        expect(await recvWith([s0, v29])).toMatchObject({ code: 'BAD_SIGNATURE', args: [1n] });
        // The malleable twin (n - s, other v) of a valid signature.
        const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
        const s = BigInt(`0x${s0.slice(66, 130)}`);
        const twin = `${s0.slice(0, 66)}${toBeHex(n - s, 32).slice(2)}${s0.endsWith('1b') ? '1c' : '1b'}`;
        expect(await recvWith([twin, s1])).toMatchObject({ code: 'BAD_SIGNATURE', args: [0n] });
      },
      CHAIN_TEST_MS,
    );

    it(
      'error: signatures for another contract or another epoch do not count',
      async () => {
        const d = await deploy();
        const other = await deploy();
        const packet = inbound(1n, utf8('elsewhere'), { height: 10_000n });
        const forOther = recvArgs(d, packet, [k0, k1], other.domain);
        expect(await revertOf(d.contract, 'recvPacket', forOther)).toMatchObject({ code: 'UNKNOWN_SIGNER' });
        const nextEpoch = recvArgs(d, packet, [k0, k1], { ...d.domain, epoch: 2n });
        expect(await revertOf(d.contract, 'recvPacket', nextEpoch)).toMatchObject({ code: 'UNKNOWN_SIGNER' });
        const otherChain = recvArgs(d, packet, [k0, k1], { ...d.domain, evmChainId: 1n });
        expect(await revertOf(d.contract, 'recvPacket', otherChain)).toMatchObject({
          code: 'UNKNOWN_SIGNER',
        });
      },
      CHAIN_TEST_MS,
    );

    it(
      'error: a packet past its timeout height or time is PACKET_EXPIRED',
      async () => {
        const d = await deploy();
        const byHeight = inbound(1n, utf8('late'), { height: 1n });
        expect(await revertOf(d.contract, 'recvPacket', recvArgs(d, byHeight, [k0, k1]))).toMatchObject({
          code: 'PACKET_EXPIRED',
          alreadyDone: false,
          args: [CHANNEL, 1n],
        });
        const byTime = inbound(2n, utf8('late'), { timestampNs: 1_000_000_000n });
        expect(await revertOf(d.contract, 'recvPacket', recvArgs(d, byTime, [k0, k1]))).toMatchObject({
          code: 'PACKET_EXPIRED',
        });
        // A height of a later revision is never reached by this chain's revision-0 heights.
        const laterRevision = inbound(3n, utf8('on time'), { revision: 1n, height: 1n });
        await send(d.contract, 'recvPacket', recvArgs(d, laterRevision, [k0, k1]));
        expect(await provable(d.contract, receiptPath(CHANNEL, 3n))).toBe(RECEIPT);
      },
      CHAIN_TEST_MS,
    );

    it(
      'error: a packet for another chain or from another counterparty',
      async () => {
        const d = await deploy();
        const wrongChain = { ...inbound(1n, utf8('r'), { height: 10_000n }), destChain: 'evm-2' };
        expect(await revertOf(d.contract, 'recvPacket', recvArgs(d, wrongChain, [k0, k1]))).toMatchObject({
          code: 'WRONG_CHAIN',
          args: ['evm-2'],
        });
        const wrongSource = { ...inbound(1n, utf8('r'), { height: 10_000n }), sourceChannel: 'channel-8' };
        expect(await revertOf(d.contract, 'recvPacket', recvArgs(d, wrongSource, [k0, k1]))).toMatchObject({
          code: 'COUNTERPARTY_MISMATCH',
        });
      },
      CHAIN_TEST_MS,
    );
  });

  describe('acknowledgePacket and timeoutPacket', () => {
    function ackArgs(
      d: Deployed,
      packet: v1.IPacket,
      ack: { result: Uint8Array } | { error: string },
      keys: readonly SigningKey[],
    ): unknown[] {
      const digest = ackDigest({
        ...d.domain,
        packetCommitment: commitmentOf(packet),
        ackCommitment: ackCommitment(ack),
        proofRevision: 1n,
        proofHeight: 77n,
      });
      const response = 'result' in ack ? ack.result : utf8(ack.error);
      return [packetTuple(packet), 'result' in ack, response, 1n, 77n, signDigest(digest, keys)];
    }

    function timeoutArgs(
      d: Deployed,
      packet: v1.IPacket,
      at: Timeout,
      keys: readonly SigningKey[],
    ): unknown[] {
      const digest = timeoutDigest({
        ...d.domain,
        packetCommitment: commitmentOf(packet),
        proofRevision: at.revision,
        proofHeight: at.height,
        proofTimeNs: at.timestampNs,
      });
      return [packetTuple(packet), at.revision, at.height, at.timestampNs, signDigest(digest, keys)];
    }

    const outcome = (d: Deployed, sequence: bigint): Promise<bigint> =>
      d.contract.getFunction('recordOutcome').staticCall(CHANNEL, sequence) as Promise<bigint>;

    it(
      'behavior: an acknowledgement of the record hash is delivered; a second is PACKET_NOT_PENDING',
      async () => {
        const d = await deploy();
        const payload = utf8('discharge letter');
        const packet = await sendRecord(d, payload, { revision: 1n, height: 1000n });
        expect(await outcome(d, 1n)).toBe(RecordOutcome.Pending);

        const args = ackArgs(d, packet, { result: sha256(payload) }, [k1, k2]);
        const receipt = await send(d.contract, 'acknowledgePacket', args);
        const acked = eventsOf(receipt).find((e) => e.name === 'PacketAcknowledged');
        expect(acked?.args[1]).toBe(true);
        expect(await provable(d.contract, commitmentPath(CHANNEL, 1n))).toBe(ZERO);
        expect(await outcome(d, 1n)).toBe(RecordOutcome.Delivered);

        expect(await revertOf(d.contract, 'acknowledgePacket', args)).toMatchObject({
          code: 'PACKET_NOT_PENDING',
          alreadyDone: true,
          args: [CHANNEL, 1n],
        });
      },
      CHAIN_TEST_MS,
    );

    it(
      'behavior: an error acknowledgement, or another hash, leaves the record refused',
      async () => {
        const d = await deploy();
        const first = await sendRecord(d, utf8('a'), { height: 1000n });
        const second = await sendRecord(d, utf8('b'), { height: 1000n });
        await send(d.contract, 'acknowledgePacket', ackArgs(d, first, { error: 'empty record' }, [k0, k1]));
        await send(
          d.contract,
          'acknowledgePacket',
          ackArgs(d, second, { result: sha256(utf8('c')) }, [k0, k1]),
        );
        expect(await outcome(d, 1n)).toBe(RecordOutcome.Refused);
        expect(await outcome(d, 2n)).toBe(RecordOutcome.Refused);
      },
      CHAIN_TEST_MS,
    );

    it(
      'error: a packet other than the committed one is COMMITMENT_MISMATCH; unsigned acks do not count',
      async () => {
        const d = await deploy();
        const packet = await sendRecord(d, utf8('original'), { height: 1000n });
        const forged = { ...packet, payload: utf8('forged') };
        expect(
          await revertOf(
            d.contract,
            'acknowledgePacket',
            ackArgs(d, forged, { result: sha256(utf8('forged')) }, [k0, k1]),
          ),
        ).toMatchObject({ code: 'COMMITMENT_MISMATCH', args: [CHANNEL, 1n] });
        expect(
          await revertOf(
            d.contract,
            'acknowledgePacket',
            ackArgs(d, packet, { result: sha256(utf8('original')) }, [k0]),
          ),
        ).toMatchObject({ code: 'BELOW_THRESHOLD' });
        const never = { ...packet, sequence: toU64(9n) };
        expect(
          await revertOf(d.contract, 'acknowledgePacket', ackArgs(d, never, { error: 'x' }, [k0, k1])),
        ).toMatchObject({ code: 'PACKET_NOT_PENDING' });
      },
      CHAIN_TEST_MS,
    );

    it(
      'behavior: a timeout needs the proof at or past the timeout height, then ends the packet',
      async () => {
        const d = await deploy();
        const packet = await sendRecord(d, utf8('slow'), { revision: 1n, height: 100n });
        expect(
          await revertOf(
            d.contract,
            'timeoutPacket',
            timeoutArgs(d, packet, { revision: 1n, height: 99n, timestampNs: 5n }, [k0, k1]),
          ),
        ).toMatchObject({ code: 'TIMEOUT_NOT_REACHED', alreadyDone: false, category: 'failed_precondition' });
        // A later revision is past any height of an earlier one (ICS-02).
        const args = timeoutArgs(d, packet, { revision: 2n, height: 1n, timestampNs: 5n }, [k0, k1]);
        const receipt = await send(d.contract, 'timeoutPacket', args);
        expect(eventsOf(receipt).map((e) => e.name)).toEqual(['PacketTimedOut']);
        expect(await provable(d.contract, commitmentPath(CHANNEL, 1n))).toBe(ZERO);
        expect(await outcome(d, 1n)).toBe(RecordOutcome.TimedOut);
        expect(await revertOf(d.contract, 'timeoutPacket', args)).toMatchObject({
          code: 'PACKET_NOT_PENDING',
        });
        expect(
          await revertOf(
            d.contract,
            'acknowledgePacket',
            ackArgs(d, packet, { result: sha256(utf8('slow')) }, [k0, k1]),
          ),
        ).toMatchObject({ code: 'PACKET_NOT_PENDING', alreadyDone: true });
      },
      CHAIN_TEST_MS,
    );

    it(
      'behavior: a timeout by time needs the proof time at or past it',
      async () => {
        const d = await deploy();
        const packet = await sendRecord(d, utf8('slow'), { timestampNs: 2_000n });
        expect(
          await revertOf(
            d.contract,
            'timeoutPacket',
            timeoutArgs(d, packet, { revision: 9n, height: 9n, timestampNs: 1_999n }, [k0, k1]),
          ),
        ).toMatchObject({ code: 'TIMEOUT_NOT_REACHED' });
        await send(
          d.contract,
          'timeoutPacket',
          timeoutArgs(d, packet, { revision: 1n, height: 3n, timestampNs: 2_000n }, [k0, k1]),
        );
        expect(await outcome(d, 1n)).toBe(RecordOutcome.TimedOut);
      },
      CHAIN_TEST_MS,
    );
  });

  describe('rotateCommittee', () => {
    function rotateArgs(
      d: Deployed,
      members: readonly string[],
      threshold: bigint,
      keys: readonly SigningKey[],
    ): unknown[] {
      const digest = rotateDigest({ ...d.domain, members, threshold });
      return [members, threshold, signDigest(digest, keys)];
    }

    it(
      'behavior: the new committee signs from the next epoch; the old one stops counting',
      async () => {
        const d = await deploy();
        const members = addressesOf(nextKeys);
        const receipt = await send(d.contract, 'rotateCommittee', rotateArgs(d, members, 2n, [k0, k2]));
        const rotated = eventsOf(receipt).find((e) => e.name === 'CommitteeRotated');
        expect(rotated?.args.toArray().map((a) => (Array.isArray(a) ? [...a] : a))).toEqual([
          2n,
          members,
          2n,
        ]);
        const [current, threshold, epoch] = (
          await d.contract.getFunction('committee').staticCall()
        ).toArray() as [string[], bigint, bigint];
        expect([[...current], threshold, epoch]).toEqual([members, 2n, 2n]);

        const epoch2 = { ...d.domain, epoch: 2n };
        const packet = inbound(1n, utf8('after rotation'), { height: 10_000n });
        for (const domain of [d.domain, epoch2]) {
          expect(
            await revertOf(d.contract, 'recvPacket', recvArgs(d, packet, [k0, k1], domain)),
          ).toMatchObject({
            code: 'UNKNOWN_SIGNER',
          });
        }
        expect(
          await revertOf(d.contract, 'recvPacket', recvArgs(d, packet, nextKeys.slice(0, 1), epoch2)),
        ).toMatchObject({
          code: 'BELOW_THRESHOLD',
        });
        await send(d.contract, 'recvPacket', recvArgs(d, packet, nextKeys.slice(1), epoch2));
        expect(await provable(d.contract, receiptPath(CHANNEL, 1n))).toBe(RECEIPT);
      },
      CHAIN_TEST_MS,
    );

    it(
      'error: a rotation below the threshold, or replayed after it happened',
      async () => {
        const d = await deploy();
        const members = addressesOf(nextKeys);
        expect(await revertOf(d.contract, 'rotateCommittee', rotateArgs(d, members, 2n, [k1]))).toMatchObject(
          {
            code: 'BELOW_THRESHOLD',
            args: [1n, 2n],
          },
        );
        const args = rotateArgs(d, members, 2n, [k0, k1]);
        await send(d.contract, 'rotateCommittee', args);
        // The old committee's signatures, over the old epoch, no longer count.
        expect(await revertOf(d.contract, 'rotateCommittee', args)).toMatchObject({ code: 'UNKNOWN_SIGNER' });
      },
      CHAIN_TEST_MS,
    );

    it(
      'error: committees that are empty, unsorted, with zero, too large or with a bad threshold',
      async () => {
        const d = await deploy();
        const sorted = addressesOf(nextKeys);
        const many = Array.from({ length: 65 }, (_, i) => toBeHex(BigInt(i + 1), 20));
        const invalid: Array<[readonly string[], bigint]> = [
          [[], 1n],
          [sorted, 0n],
          [sorted, 4n],
          [[...sorted].reverse(), 2n],
          [[sorted[0]!, sorted[0]!], 1n],
          [[ZeroAddress, sorted[0]!], 1n],
          [many, 40n],
        ];
        for (const [members, threshold] of invalid) {
          expect(
            await revertOf(d.contract, 'rotateCommittee', rotateArgs(d, members, threshold, [k0, k1])),
          ).toMatchObject({
            code: 'INVALID_COMMITTEE',
          });
        }
      },
      CHAIN_TEST_MS,
    );
  });

  describe('batch', () => {
    it(
      'behavior: one BatchResult per call; a failing call does not undo the others',
      async () => {
        const d = await deploy();
        const data = (fn: string, args: readonly unknown[]): string =>
          packetsInterface.encodeFunctionData(fn, args);
        const underSigned = recvArgs(d, inbound(1n, utf8('r'), { height: 10_000n }), [k0]);
        const received = recvArgs(d, inbound(2n, utf8('r'), { height: 10_000n }), [k0, k1]);
        const calls = [
          data('sendPacket', [CHANNEL, 'records', utf8('one'), 0n, 900n, 0n]),
          data('recvPacket', underSigned),
          data('recvPacket', received),
          data('batch', [[data('sendPacket', [CHANNEL, 'records', utf8('nested'), 0n, 900n, 0n])]]),
          data('sendPacket', [CHANNEL, 'records', utf8('two'), 0n, 900n, 0n]),
          // Delegated, so the caller is still the admin.
          data('openChannel', ['records', MAIN_CHAIN, 'channel-9']),
          '0x12',
        ];
        const receipt = await send(d.contract, 'batch', [calls]);
        const results = eventsOf(receipt).filter((e) => e.name === 'BatchResult');
        expect(results.map((r) => [r.args[0], r.args[1]])).toEqual([
          [0n, true],
          [1n, false],
          [2n, true],
          [3n, false],
          [4n, true],
          [5n, true],
          [6n, false],
        ]);
        const returned = results.map((r) => r.args[2] as string);
        expect(packetsInterface.decodeFunctionResult('sendPacket', returned[0]!)[0]).toBe(1n);
        expect(packetsInterface.decodeFunctionResult('sendPacket', returned[4]!)[0]).toBe(2n);
        expect(contractErrorCode(returned[1])).toMatchObject({ code: 'BELOW_THRESHOLD', args: [1n, 2n] });
        expect(contractErrorCode(returned[3])).toMatchObject({ code: 'NESTED_BATCH', args: [3n] });
        expect(contractErrorCode(returned[6])).toMatchObject({
          code: 'CONTRACT_REVERTED',
          alreadyDone: false,
        });
        expect(packetsInterface.decodeFunctionResult('openChannel', returned[5]!)[0]).toBe('channel-1');

        expect(await provable(d.contract, commitmentPath(CHANNEL, 1n))).not.toBe(ZERO);
        expect(await provable(d.contract, commitmentPath(CHANNEL, 2n))).not.toBe(ZERO);
        expect(await provable(d.contract, commitmentPath(CHANNEL, 3n))).toBe(ZERO);
        expect(await provable(d.contract, receiptPath(CHANNEL, 1n))).toBe(ZERO);
        expect(await provable(d.contract, receiptPath(CHANNEL, 2n))).toBe(RECEIPT);

        // A replay inside a batch reports ALREADY_RECEIVED for that call alone.
        const replay = await send(d.contract, 'batch', [
          [data('recvPacket', received), data('recvPacket', underSigned)],
        ]);
        const again = eventsOf(replay).filter((e) => e.name === 'BatchResult');
        expect(again.map((r) => contractErrorCode(r.args[2] as string).code)).toEqual([
          'ALREADY_RECEIVED',
          'BELOW_THRESHOLD',
        ]);
      },
      CHAIN_TEST_MS,
    );
  });
});

describe('contractErrorCode', () => {
  it('error: data that is none of the contract errors is CONTRACT_REVERTED', () => {
    const errorString = `0x08c379a0${AbiCoder.defaultAbiCoder().encode(['string'], ['nope']).slice(2)}`;
    for (const data of [null, undefined, '0x', '0xdeadbeef', '0x12', errorString]) {
      expect(contractErrorCode(data)).toMatchObject({ code: 'CONTRACT_REVERTED', alreadyDone: false });
    }
    expect(contractErrorCode(errorString).name).toBe('Error');
  });

  it('behavior: every custom error of the ABI has a code', () => {
    const names: string[] = [];
    packetsInterface.forEachError((e) => names.push(e.name));
    expect(names.length).toBeGreaterThanOrEqual(19);
    for (const name of names) {
      const fragment = packetsInterface.getError(name)!;
      const args = fragment.inputs.map((i) =>
        i.type === 'string' ? 'x' : i.type === 'address' ? ZeroAddress : 1n,
      );
      const decoded = contractErrorCode(packetsInterface.encodeErrorResult(fragment, args));
      expect(decoded.name).toBe(name);
      expect(decoded.code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(decoded.code).not.toBe('CONTRACT_REVERTED');
      expect(decoded.alreadyDone).toBe(name === 'AlreadyReceived' || name === 'PacketNotPending');
    }
  });

  it('behavior: contractRevertError carries the code, category and context', () => {
    const data = packetsInterface.encodeErrorResult('BelowThreshold', [1n, 2n]);
    const err = contractRevertError(data, { sequence: 4n });
    expect(err.code).toBe('BELOW_THRESHOLD');
    expect(err.category).toBe('verification');
    expect(err.context).toMatchObject({ sequence: 4n, error: 'BelowThreshold' });
    expect(err.message).toContain('BelowThreshold(1, 2)');
  });
});
