/**
 * What each side refuses, step by step (no relayer: the test relays by
 * hand, as a dishonest or broken relayer might):
 *
 * - the contract refuses a RecvPacket replayed through the adapter
 *   (ALREADY_DONE, AlreadyReceived) and the same transaction replayed by
 *   anyone else;
 * - an adapter holding one committee key of a 2-of-3 committee gets its
 *   RecvPacket refused by the contract (BELOW_THRESHOLD) and its header
 *   refused by the main chain's client (INSUFFICIENT_SIGNER_WEIGHT);
 * - the main chain refuses a forged EIP-1186 storage proof, then accepts
 *   the genuine one;
 * - the adapter signs nothing for a forged ICS-23 proof of main's state;
 * - with a confirmation depth, events and proofs wait for blocks on top;
 * - a transaction stuck while the EVM chain stops mining is replaced with a
 *   higher fee and the submission completes once mining resumes.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { commitmentPath, receiptPath } from '../../../adapters/devnet/index.js';
import { decodeEvmAccountProof, encodeEvmAccountProof } from '../../../adapters/devnet/clients/evm-state.js';
import { pino } from 'pino';
import { v1 } from '../../../proto/index.js';
import { eventsOf, provenOn, submit, updateClient } from '../../unit/devnet/packets/relay-steps.js';
import { CHANNEL, EvmNetwork, type EvmNetworkOptions } from '../../support/evm-network.js';

const {
  RESULT_CODE_OK: OK,
  RESULT_CODE_REJECTED: REJECTED,
  RESULT_CODE_ALREADY_DONE: ALREADY_DONE,
} = v1.ResultCode;

let network: EvmNetwork | undefined;

afterEach(async () => {
  await network?.close();
  network = undefined;
}, 30_000);

async function open(options: EvmNetworkOptions = {}): Promise<EvmNetwork> {
  const n = new EvmNetwork();
  network = n;
  await n.open(options);
  return n;
}

/** The packet of the SEND_PACKET event of `sequence` on `ledger`. */
async function sentPacket(n: EvmNetwork, from: 'evm' | 'main', sequence: bigint): Promise<v1.IPacket> {
  const ledger = from === 'evm' ? n.evmLedger : n.mainLedger;
  const events = await eventsOf(ledger, v1.EventKind.EVENT_KIND_SEND_PACKET);
  const event = events.find((e) => e.packet?.sequence?.toString() === sequence.toString());
  if (!event?.packet) throw new Error(`no SEND_PACKET ${sequence}`);
  return event.packet;
}

/** Sends one record on main and returns the RecvPacket for the EVM ledger, its proof checked by nobody yet. */
async function recvFromMain(n: EvmNetwork, payload: string): Promise<v1.IMsg> {
  const [sequence = 0n] = await n.send('main', [payload]);
  await n.chain.waitForHeight(n.chain.latestHeight + 2n);
  const packet = await sentPacket(n, 'main', sequence);
  const proof = await provenOn(n.evmLedger, n.clientOnEvm, n.mainLedger, commitmentPath(CHANNEL, sequence));
  return { recvPacket: { packet, proofCommitment: proof.proof ?? null } };
}

describe('what the EVM ledger and the main chain refuse', () => {
  it('error: a replayed RecvPacket is ALREADY_DONE (AlreadyReceived), through the adapter and as a raw transaction', async () => {
    const n = await open();
    const recv = await recvFromMain(n, 'once');
    const [first] = await submit(n.evmLedger, recv);
    expect(first?.code).toBe(OK);
    const [again] = await submit(n.evmLedger, recv);
    expect({ code: again?.code, errorCode: again?.errorCode }).toEqual({
      code: ALREADY_DONE,
      errorCode: 'ALREADY_RECEIVED',
    });

    // The signed call itself, replayed by another account straight to the contract.
    const block = await n.ganache.provider.send('eth_getBlockByNumber', ['latest', true]);
    const tx = (block.transactions as { input: string; to: string }[]).find((t) => t.to === n.contract);
    if (!tx) throw new Error('no transaction to the contract in the latest block');
    const stranger = n.wallet(4);
    const receipt = await (
      await stranger.sendTransaction({ to: n.contract, data: tx.input, gasLimit: 2_000_000n })
    ).wait();
    const results = receipt?.logs.filter((l) => l.topics[0] === n.batchResultTopic()) ?? [];
    expect(results.map((l) => n.decodeBatchResult(l))).toEqual([{ ok: false, code: 'ALREADY_RECEIVED' }]);
  }, 60_000);

  it('error: one key of a 2-of-3 committee is BELOW_THRESHOLD on the contract and INSUFFICIENT_SIGNER_WEIGHT on main', async () => {
    const n = await open({ heldKeys: 1 });
    const recv = await recvFromMain(n, 'one signature');
    const [refused] = await submit(n.evmLedger, recv);
    expect({ code: refused?.code, errorCode: refused?.errorCode }).toEqual({
      code: REJECTED,
      errorCode: 'BELOW_THRESHOLD',
    });
    const packet = recv.recvPacket?.packet ?? {};
    expect(
      (await n.evmLedger.queryProof({ path: receiptPath(CHANNEL, BigInt(String(packet.sequence))) })).exists,
    ).toBe(false);

    await n.send('evm', ['a block to attest']);
    const before = await n.mainLedger.queryClient({ clientId: n.clientOnMain });
    await expect(updateClient(n.mainLedger, n.clientOnMain, n.evmLedger)).rejects.toThrow(
      /INSUFFICIENT_SIGNER_WEIGHT/,
    );
    const after = await n.mainLedger.queryClient({ clientId: n.clientOnMain });
    expect(after.clientState?.latestHeight).toEqual(before.clientState?.latestHeight);
  }, 60_000);

  it('error: main refuses a forged storage proof of an EVM commitment and accepts the genuine one', async () => {
    const n = await open();
    const [sequence = 0n] = await n.send('evm', ['proven from storage']);
    const packet = await sentPacket(n, 'evm', sequence);
    const genuine = await provenOn(
      n.mainLedger,
      n.clientOnMain,
      n.evmLedger,
      commitmentPath(CHANNEL, sequence),
    );
    const account = decodeEvmAccountProof(genuine.proof?.bytes ?? new Uint8Array(0));
    const [slot] = account.storageProof;
    if (!slot) throw new Error('no storage proof');
    const lastNode = slot.proof[slot.proof.length - 1] ?? new Uint8Array(0);
    const forgedNode = Uint8Array.from(lastNode); // a copy: decoded bytes are Buffer views, whose slice() shares memory
    forgedNode[forgedNode.length - 1] = (forgedNode[forgedNode.length - 1] ?? 0) ^ 0x01;
    const forgeries = [
      // Another value than the slot holds, with the genuine trie nodes.
      { ...account, storageProof: [{ ...slot, value: slot.value + 1n }] },
      // The genuine value, with a trie node altered.
      { ...account, storageProof: [{ ...slot, proof: [...slot.proof.slice(0, -1), forgedNode] }] },
    ];
    for (const forged of forgeries) {
      const proof = { ...genuine.proof, bytes: encodeEvmAccountProof(forged) };
      const [result] = await submit(n.mainLedger, { recvPacket: { packet, proofCommitment: proof } });
      expect(result?.code).toBe(REJECTED);
      expect(['PROOF_INVALID', 'STORAGE_VALUE_MISMATCH']).toContain(result?.errorCode);
    }
    expect((await n.mainLedger.queryProof({ path: receiptPath(CHANNEL, sequence) })).exists).toBe(false);
    const [accepted] = await submit(n.mainLedger, {
      recvPacket: { packet, proofCommitment: genuine.proof ?? null },
    });
    expect({ code: accepted?.code, errorCode: accepted?.errorCode, message: accepted?.message }).toEqual({
      code: OK,
      errorCode: '',
      message: '',
    });
  }, 60_000);

  it('error: the adapter signs nothing for a forged proof of main state: no transaction is sent', async () => {
    const n = await open();
    const recv = await recvFromMain(n, 'forged on the way');
    const proof = recv.recvPacket?.proofCommitment ?? {};
    const bytes = Uint8Array.from(proof.bytes ?? new Uint8Array(0));
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
    const head = await n.ganache.provider.getBlockNumber();
    const [result] = await submit(n.evmLedger, {
      recvPacket: { ...recv.recvPacket, proofCommitment: { ...proof, bytes } },
    });
    expect(result?.code).toBe(REJECTED);
    expect(result?.errorCode).toMatch(/PROOF|MALFORMED/);
    expect(await n.ganache.provider.getBlockNumber()).toBe(head);
  }, 60_000);

  it('behavior: with a confirmation depth of 2, a send is reported and provable only two blocks later', async () => {
    const n = await open({ confirmations: 2 });
    const [sequence = 0n] = await n.send('evm', ['needs two blocks on top']);
    const path = commitmentPath(CHANNEL, sequence);
    const sends = async (): Promise<number> =>
      (await eventsOf(n.evmLedger, v1.EventKind.EVENT_KIND_SEND_PACKET)).length;
    expect((await n.evmLedger.queryProof({ path })).exists).toBe(false);
    expect(await sends()).toBe(0);
    await n.ganache.provider.send('evm_mine', []);
    expect((await n.evmLedger.queryProof({ path })).exists).toBe(false);
    await n.ganache.provider.send('evm_mine', []);
    const proven = await n.evmLedger.queryProof({ path });
    expect(proven.exists).toBe(true);
    expect(proven.height?.height?.toString()).toBe(String((await n.ganache.provider.getBlockNumber()) - 2));
    expect(await sends()).toBe(1);
  }, 60_000);

  it('behavior: a transaction stuck while the chain stops mining is replaced with a higher fee and completes', async () => {
    const lines: { msg?: string }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const n = await open({ replaceAfterMs: 300, logger });
    await n.ganache.provider.send('miner_stop', []);
    const sending = n.send('evm', ['stuck for a while']);
    await new Promise((r) => setTimeout(r, 1_200));
    await n.ganache.provider.send('miner_start', []);
    const [sequence] = await sending;
    expect(sequence).toBeDefined();
    const [next] = await n.send('evm', ['after the stuck one']);
    expect(next).toBe((sequence ?? 0n) + 1n);
    const events = await eventsOf(n.evmLedger, v1.EventKind.EVENT_KIND_SEND_PACKET);
    expect(events.map((e) => e.packet?.sequence?.toString())).toEqual([String(sequence), String(next)]);
    expect(lines.some((l) => l.msg === 'transaction replaced with higher fees')).toBe(true);
  }, 60_000);
});
