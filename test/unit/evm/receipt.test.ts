/** Receipts: consensus encoding (legacy and EIP-2718 typed), proofs by index, and membership of a log. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { VerificationError } from '../../../light-clients/index.js';
import {
  accountProofFromRpc,
  decodeReceipt,
  encodeReceipt,
  receiptFromRpc,
  receiptKey,
  slotKey,
  verifyMembership,
  verifyReceiptProof,
  type EvmConsensusState,
  type EvmLog,
  type EvmReceipt,
} from '../../../light-clients/evm/index.js';
import { encodeRlp, encodeScalar } from '../../../light-clients/evm/rlp.js';
import { clientState, NOW, NOW_S, plainHeader } from './chain-builder.js';
import { buildTrie } from './trie-builder.js';
import { expectCode } from './expect-code.js';

const log = (n: number): EvmLog => ({
  address: new Uint8Array(20).fill(n),
  topics: [keccak_256(Uint8Array.of(n)), keccak_256(Uint8Array.of(n, n))],
  data: Uint8Array.of(n, 1, 2, 3),
});
const receipt = (i: number): EvmReceipt => ({
  type: [0, 1, 2, 3, 4][i % 5] ?? 0,
  status: i % 7 === 3 ? 0n : 1n,
  cumulativeGasUsed: BigInt(21000 * (i + 1)),
  logsBloom: new Uint8Array(256).fill(i),
  logs: i % 7 === 3 ? [] : [log(i), log(i + 1)],
});
// 130 receipts: indices past 127 have two-byte RLP keys (0x8180...).
const receipts = Array.from({ length: 130 }, (_, i) => receipt(i));
const trie = buildTrie(receipts.map((r, i) => [receiptKey(i), encodeReceipt(r)] as const));

describe('evm receipts', () => {
  it('behavior: legacy receipts are a bare RLP list, typed ones start with their type byte', () => {
    expect(encodeReceipt(receipt(0))[0]).toBeGreaterThanOrEqual(0xc0);
    expect(encodeReceipt(receipt(2))[0]).toBe(2);
    expect(decodeReceipt(encodeReceipt(receipt(2)))).toEqual(receipt(2));
  });

  it('behavior: a pre-Byzantium receipt carries its 32-byte post-state root', () => {
    const old = { ...receipt(0), status: keccak_256(Uint8Array.of(5)) };
    expect(decodeReceipt(encodeReceipt(old))).toEqual(old);
  });

  it.each([0, 1, 3, 127, 128, 129])('behavior: the proof of receipt %i gives it back', (i) => {
    expect(verifyReceiptProof(trie.root, i, trie.prove(receiptKey(i)))).toEqual(receipts[i]);
  });

  it('behavior: JSON-RPC receipts read as their consensus fields', () => {
    const rpc = {
      type: '0x2',
      status: '0x1',
      cumulativeGasUsed: '0x5208',
      logsBloom: `0x${'00'.repeat(256)}`,
      logs: [{ address: `0x${'11'.repeat(20)}`, topics: [`0x${'22'.repeat(32)}`], data: '0x' }],
    };
    expect(receiptFromRpc(rpc)).toEqual({
      type: 2,
      status: 1n,
      cumulativeGasUsed: 0x5208n,
      logsBloom: new Uint8Array(256),
      logs: [
        {
          address: new Uint8Array(20).fill(0x11),
          topics: [new Uint8Array(32).fill(0x22)],
          data: new Uint8Array(0),
        },
      ],
    });
  });

  it.each([
    ['the proof of another index', () => verifyReceiptProof(trie.root, 5, trie.prove(receiptKey(6)))],
    ['an index past the last receipt', () => verifyReceiptProof(trie.root, 500, trie.prove(receiptKey(500)))],
  ])('error: %s is RECEIPT_INDEX_MISMATCH', (_what, run) => {
    expectCode(run, 'RECEIPT_INDEX_MISMATCH');
  });

  it.each([
    ['empty bytes', new Uint8Array(0)],
    ['a first byte between 0x80 and 0xbf', Uint8Array.of(0x85, 1, 2, 3, 4, 5)],
    ['a 3-item list', encodeRlp([new Uint8Array(0), new Uint8Array(0), new Uint8Array(0)])],
    ['status 2', encodeRlp([Uint8Array.of(2), new Uint8Array(0), new Uint8Array(256), []])],
    ['a 255-byte bloom', encodeRlp([Uint8Array.of(1), new Uint8Array(0), new Uint8Array(255), []])],
    [
      'a log with a 31-byte topic',
      encodeRlp([
        Uint8Array.of(1),
        new Uint8Array(0),
        new Uint8Array(256),
        [[new Uint8Array(20), [new Uint8Array(31)], new Uint8Array(0)]],
      ]),
    ],
    ['gas with a leading zero', encodeRlp([Uint8Array.of(1), Uint8Array.of(0, 1), new Uint8Array(256), []])],
  ])('error: a receipt of %s is MALFORMED_PROOF', (_what, bytes) => {
    expectCode(() => decodeReceipt(bytes), 'MALFORMED_PROOF');
  });

  it('error: a JSON-RPC receipt with type 0x80 or without logs is MALFORMED_PROOF', () => {
    expectCode(
      () =>
        receiptFromRpc({
          type: '0x80',
          status: '0x1',
          cumulativeGasUsed: '0x0',
          logsBloom: `0x${'00'.repeat(256)}`,
          logs: [],
        }),
      'MALFORMED_PROOF',
    );
    expectCode(
      () => receiptFromRpc({ status: '0x1', cumulativeGasUsed: '0x0', logsBloom: `0x${'00'.repeat(256)}` }),
      'MALFORMED_PROOF',
    );
  });

  it('error: a negative receipt index is MALFORMED_PROOF', () => {
    expectCode(() => receiptKey(-1), 'MALFORMED_PROOF');
  });
});

describe('evm verifyMembership', () => {
  const storage = buildTrie([[keccak_256(slotKey(1n)), encodeRlp(encodeScalar(99n))]]);
  const account = {
    nonce: 0n,
    balance: 0n,
    storageRoot: storage.root,
    codeHash: keccak_256(Uint8Array.of(1)),
  };
  const address = new Uint8Array(20).fill(3);
  const state = buildTrie([
    [
      keccak_256(address),
      encodeRlp([new Uint8Array(0), new Uint8Array(0), account.storageRoot, account.codeHash]),
    ],
  ]);
  const header = plainHeader({
    number: 20n,
    timestamp: NOW_S - 1n,
    stateRoot: state.root,
    receiptsRoot: trie.root,
  });
  const consensus: EvmConsensusState = { header, hash: keccak_256(Uint8Array.of(0)), validators: [] };
  const client = clientState('qbft');
  const hex = (b: Uint8Array): string => `0x${Buffer.from(b).toString('hex')}`;
  const proof = accountProofFromRpc({
    address: hex(address),
    nonce: '0x0',
    balance: '0x0',
    storageHash: hex(storage.root),
    codeHash: hex(account.codeHash),
    accountProof: state.prove(keccak_256(address)).map(hex),
    storageProof: [{ key: '0x1', value: '0x63', proof: storage.prove(keccak_256(slotKey(1n))).map(hex) }],
  });
  const storageClaim = { kind: 'storage' as const, address, slot: slotKey(1n), value: 99n, proof };
  const logClaim = {
    kind: 'log' as const,
    transactionIndex: 128,
    logIndex: 1,
    log: log(129),
    proof: trie.prove(receiptKey(128)),
  };

  it('behavior: a slot value and a receipt log are members of the header they are proven against', () => {
    expect(() => verifyMembership(client, consensus, storageClaim, NOW)).not.toThrow();
    expect(() => verifyMembership(client, consensus, logClaim, NOW)).not.toThrow();
  });

  it.each([
    ['another value', { ...storageClaim, value: 98n }, 'STORAGE_VALUE_MISMATCH'],
    [
      'another address than the proof',
      { ...storageClaim, address: new Uint8Array(20).fill(4) },
      'PROOF_KEY_MISMATCH',
    ],
    ['a slot the proof does not cover', { ...storageClaim, slot: slotKey(2n) }, 'PROOF_KEY_MISMATCH'],
    ['another log', { ...logClaim, log: log(7) }, 'LOG_MISMATCH'],
    ['a log index past the logs', { ...logClaim, logIndex: 2 }, 'LOG_MISMATCH'],
    ['the receipt proof of another index', { ...logClaim, transactionIndex: 127 }, 'RECEIPT_INDEX_MISMATCH'],
  ])('error: a claim with %s is rejected', (_what, claim, code) => {
    expectCode(() => verifyMembership(client, consensus, claim, NOW), code);
  });

  it('error: a frozen client proves nothing (CLIENT_FROZEN)', () => {
    expectCode(
      () => verifyMembership({ ...client, frozen: true }, consensus, storageClaim, NOW),
      'CLIENT_FROZEN',
    );
  });

  it('behavior: random mutations of a receipt proof are always rejected with a VerificationError', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 7 }), (node, at, bit) => {
        const nodes = logClaim.proof.map((n) => new Uint8Array(n));
        const target = nodes[node % nodes.length] as Uint8Array;
        target[at % target.length] = (target[at % target.length] ?? 0) ^ (1 << bit);
        expect(() => verifyMembership(client, consensus, { ...logClaim, proof: nodes }, NOW)).toThrow(
          VerificationError,
        );
      }),
      { numRuns: 200 },
    );
  });
});
