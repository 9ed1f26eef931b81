/**
 * EVM states for the EVM client tests: one contract holding 42 at slot 0,
 * with its `eth_getProof` for slots 0 and 3 (unset); and an
 * `IsthmusPackets` contract holding packet paths. Not a test file.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import {
  EMPTY_ACCOUNT,
  provableSlot,
  slotKey,
  type AccountProof,
  type EvmAccount,
} from '../../../../light-clients/evm/index.js';
import { encodeRlp, encodeScalar } from '../../../../light-clients/evm/rlp.js';
import { buildTrie } from '../../evm/trie-builder.js';

export const contract = new Uint8Array(20).fill(0xab);
const encodeAccount = (a: EvmAccount): Uint8Array =>
  encodeRlp([encodeScalar(a.nonce), encodeScalar(a.balance), a.storageRoot, a.codeHash]);

/** A state where `contract` holds 42 at slot 0; and its eth_getProof for slots 0 and 3. */
export function testState(): { root: Uint8Array; proof: AccountProof } {
  const storage = buildTrie([[keccak_256(slotKey(0n)), encodeRlp(encodeScalar(42n))]]);
  const account = {
    ...EMPTY_ACCOUNT,
    nonce: 1n,
    storageRoot: storage.root,
    codeHash: keccak_256(Uint8Array.of(0x60)),
  };
  const state = buildTrie([[keccak_256(contract), encodeAccount(account)]]);
  return {
    root: state.root,
    proof: {
      address: contract,
      nonce: account.nonce,
      balance: account.balance,
      storageHash: account.storageRoot,
      codeHash: account.codeHash,
      accountProof: state.prove(keccak_256(contract)),
      storageProof: [0n, 3n].map((s) => ({
        key: slotKey(s),
        value: s === 0n ? 42n : 0n,
        proof: storage.prove(keccak_256(slotKey(s))),
      })),
    },
  };
}

/** The registry path of `slot` of the contract: address then slot word. */
export function slotPath(slot: bigint): Uint8Array {
  return new Uint8Array([...contract, ...slotKey(slot)]);
}

/** Where the packet-store tests deploy `IsthmusPackets`. */
export const storeAddress = new Uint8Array(20).fill(0xcd);

export interface PacketStoreState {
  readonly root: Uint8Array;
  /** The eth_getProof of `storeAddress` for the slots of `paths` (absent ones read 0). */
  proofOf(...paths: string[]): AccountProof;
}

/**
 * A state where the contract at `storeAddress` holds `entries` in its
 * `provable` mapping (slot of each path: `provableSlot`), as `IsthmusPackets`
 * stores packet commitments and receipts.
 */
export function packetStoreState(entries: ReadonlyArray<readonly [string, bigint]>): PacketStoreState {
  const slotOf = (path: string): Uint8Array => provableSlot(new TextEncoder().encode(path));
  const values = new Map(entries);
  const storage = buildTrie(
    entries.map(([path, value]) => [keccak_256(slotOf(path)), encodeRlp(encodeScalar(value))] as const),
  );
  const account = {
    ...EMPTY_ACCOUNT,
    nonce: 1n,
    storageRoot: storage.root,
    codeHash: keccak_256(Uint8Array.of(0x60)),
  };
  const state = buildTrie([[keccak_256(storeAddress), encodeAccount(account)]]);
  return {
    root: state.root,
    proofOf: (...paths) => ({
      address: storeAddress,
      nonce: account.nonce,
      balance: account.balance,
      storageHash: account.storageRoot,
      codeHash: account.codeHash,
      accountProof: state.prove(keccak_256(storeAddress)),
      storageProof: paths.map((path) => ({
        key: slotOf(path),
        value: values.get(path) ?? 0n,
        proof: storage.prove(keccak_256(slotOf(path))),
      })),
    }),
  };
}
