/** EIP-1186 account and storage proofs: mainnet proofs tampered field by field, and test-built states. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import { VerificationError } from '../../../light-clients/index.js';
import {
  EMPTY_ACCOUNT,
  EMPTY_TRIE_ROOT,
  accountProofFromRpc,
  headerFromRpc,
  slotKey,
  verifyAccountProof,
  verifyGetProof,
  verifyStorageProof,
  type AccountProof,
  type EvmAccount,
} from '../../../light-clients/evm/index.js';
import { encodeRlp, encodeScalar } from '../../../light-clients/evm/rlp.js';
import { buildTrie } from './trie-builder.js';
import { expectCode } from './expect-code.js';

const address = (n: number): Uint8Array => new Uint8Array(20).fill(n);
const encodeAccount = (a: EvmAccount): Uint8Array =>
  encodeRlp([encodeScalar(a.nonce), encodeScalar(a.balance), a.storageRoot, a.codeHash]);

/** A state with one contract (two storage slots) and one plain account. */
function testState() {
  const storage = buildTrie([
    [keccak_256(slotKey(0n)), encodeRlp(encodeScalar(42n))],
    [keccak_256(slotKey(7n)), encodeRlp(encodeScalar(2n ** 200n))],
  ]);
  const contract = {
    nonce: 1n,
    balance: 10n,
    storageRoot: storage.root,
    codeHash: keccak_256(Uint8Array.of(0x60)),
  };
  const state = buildTrie([
    [keccak_256(address(1)), encodeAccount(contract)],
    [keccak_256(address(2)), encodeAccount({ ...EMPTY_ACCOUNT, nonce: 3n })],
  ]);
  const getProof = (who: Uint8Array, slots: bigint[], claimed: EvmAccount = contract): AccountProof => ({
    address: who,
    nonce: claimed.nonce,
    balance: claimed.balance,
    storageHash: claimed.storageRoot,
    codeHash: claimed.codeHash,
    accountProof: state.prove(keccak_256(who)),
    storageProof: slots.map((s) => ({
      key: slotKey(s),
      value: s === 0n ? 42n : s === 7n ? 2n ** 200n : 0n,
      proof: storage.prove(keccak_256(slotKey(s))),
    })),
  });
  return { state, storage, contract, getProof };
}

describe('evm account proofs (test-built state)', () => {
  const { state, storage, contract, getProof } = testState();

  it('behavior: an account and its slots verify, an unset slot reads 0', () => {
    expect(verifyGetProof(state.root, getProof(address(1), [0n, 7n, 3n]))).toEqual(contract);
    expect(verifyStorageProof(storage.root, slotKey(3n), storage.prove(keccak_256(slotKey(3n))))).toBe(0n);
  });

  it('behavior: an absent account is proven absent and states as the empty account', () => {
    expect(verifyAccountProof(state.root, address(9), state.prove(keccak_256(address(9))))).toBeUndefined();
    expect(verifyGetProof(state.root, getProof(address(9), [], EMPTY_ACCOUNT))).toEqual(EMPTY_ACCOUNT);
  });

  it('behavior: an account with no storage has the empty root and every slot reads 0 with an empty proof', () => {
    expect(verifyStorageProof(EMPTY_TRIE_ROOT, slotKey(1n), [])).toBe(0n);
  });

  it('error: an absent account stated with a balance is ACCOUNT_MISMATCH', () => {
    expectCode(
      () => verifyGetProof(state.root, getProof(address(9), [], { ...EMPTY_ACCOUNT, balance: 1n })),
      'ACCOUNT_MISMATCH',
    );
  });

  it('error: a stored zero (zero is absence) is MALFORMED_PROOF', () => {
    const zero = buildTrie([[keccak_256(slotKey(1n)), encodeRlp(new Uint8Array(0))]]);
    expectCode(
      () => verifyStorageProof(zero.root, slotKey(1n), zero.prove(keccak_256(slotKey(1n)))),
      'MALFORMED_PROOF',
    );
  });

  it('error: an account value that is not a 4-item list is MALFORMED_PROOF', () => {
    const bad = buildTrie([[keccak_256(address(1)), encodeRlp([Uint8Array.of(1), Uint8Array.of(2)])]]);
    expectCode(
      () => verifyAccountProof(bad.root, address(1), bad.prove(keccak_256(address(1)))),
      'MALFORMED_PROOF',
    );
  });

  it.each([
    ['a 19-byte address', () => verifyAccountProof(state.root, new Uint8Array(19), [])],
    ['a 31-byte slot', () => verifyStorageProof(storage.root, new Uint8Array(31), [])],
    ['a slot of 2^256', () => slotKey(2n ** 256n)],
  ])('error: %s is MALFORMED_PROOF', (_what, run) => {
    expectCode(run, 'MALFORMED_PROOF');
  });

  it('behavior: random mutations of the stated account or its proofs are always rejected', () => {
    const valid = getProof(address(1), [0n, 7n]);
    const field = fc.constantFrom(
      'nonce',
      'balance',
      'storageHash',
      'codeHash',
      'accountNode',
      'storageNode',
      'value',
    );
    fc.assert(
      fc.property(field, fc.nat(), fc.integer({ min: 0, max: 7 }), (which, at, bit) => {
        const flip = (b: Uint8Array): Uint8Array => {
          const c = new Uint8Array(b);
          c[at % c.length] = (c[at % c.length] ?? 0) ^ (1 << bit);
          return c;
        };
        const s0 = valid.storageProof[0];
        if (s0 === undefined) throw new Error('fixture has a storage proof');
        const mutated: AccountProof = {
          ...valid,
          ...(which === 'nonce' ? { nonce: valid.nonce ^ (1n << BigInt(bit)) } : {}),
          ...(which === 'balance' ? { balance: valid.balance + BigInt(at) + 1n } : {}),
          ...(which === 'storageHash' ? { storageHash: flip(valid.storageHash) } : {}),
          ...(which === 'codeHash' ? { codeHash: flip(valid.codeHash) } : {}),
          ...(which === 'accountNode'
            ? {
                accountProof: valid.accountProof.map((n, i) =>
                  i === at % valid.accountProof.length ? flip(n) : n,
                ),
              }
            : {}),
          ...(which === 'storageNode' || which === 'value'
            ? {
                storageProof: [
                  which === 'value'
                    ? { ...s0, value: s0.value + BigInt(at) + 1n }
                    : { ...s0, proof: s0.proof.map((n, i) => (i === at % s0.proof.length ? flip(n) : n)) },
                  ...valid.storageProof.slice(1),
                ],
              }
            : {}),
        };
        expect(() => verifyGetProof(state.root, mutated)).toThrow(VerificationError);
      }),
      { numRuns: 300 },
    );
  });
});

describeWithFixtures('helios', 'evm account proofs (mainnet block 21925176, tampered)', (dir) => {
  const folder = join(dir, 'execution_mainnet_block_21925176');
  const read = (file: string): Record<string, unknown> =>
    JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>;
  const { stateRoot } = headerFromRpc(read('block.json'));
  const raw = read('proof.json');
  const proof = accountProofFromRpc(raw);
  const entry = proof.storageProof[0];
  if (entry === undefined) throw new Error('proof.json has a storage proof');

  it.each([
    ['nonce', { ...proof, nonce: proof.nonce + 1n }, 'ACCOUNT_MISMATCH'],
    ['balance', { ...proof, balance: proof.balance - 1n }, 'ACCOUNT_MISMATCH'],
    ['codeHash', { ...proof, codeHash: keccak_256(Uint8Array.of(0)) }, 'ACCOUNT_MISMATCH'],
    ['storageHash', { ...proof, storageHash: EMPTY_TRIE_ROOT }, 'STORAGE_HASH_MISMATCH'],
    [
      'storage value',
      { ...proof, storageProof: [{ ...entry, value: entry.value + 1n }] },
      'STORAGE_VALUE_MISMATCH',
    ],
    ['address (the proof of another key)', { ...proof, address: address(0x42) }, 'PROOF_KEY_MISMATCH'],
    [
      'slot (the proof of another key)',
      { ...proof, storageProof: [{ ...entry, key: slotKey(2n) }] },
      'PROOF_KEY_MISMATCH',
    ],
    [
      'account proof without its last node',
      { ...proof, accountProof: proof.accountProof.slice(0, -1) },
      'PROOF_INVALID',
    ],
  ])('error: a tampered %s is rejected', (_what, tampered, code) => {
    expectCode(() => verifyGetProof(stateRoot, tampered as AccountProof), code);
  });

  it.each([
    ['without address', { ...raw, address: undefined }],
    ['with a short storage hash', { ...raw, storageHash: '0x1234' }],
    ['with a non-list account proof', { ...raw, accountProof: '0x' }],
    ['with a storage entry that is not an object', { ...raw, storageProof: [1] }],
    ['as an array', [raw]],
  ])('error: an eth_getProof result %s is MALFORMED_PROOF', (_what, json) => {
    expectCode(() => accountProofFromRpc(json), 'MALFORMED_PROOF');
  });

  it('behavior: a short storage key quantity is read as its 32-byte slot word', () => {
    const short = accountProofFromRpc({ ...raw, storageProof: [{ key: '0x1', value: '0x0', proof: [] }] });
    expect(short.storageProof[0]?.key).toEqual(hexToBytes('00'.repeat(31) + '01'));
  });
});
