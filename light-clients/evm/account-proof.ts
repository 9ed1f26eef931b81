/**
 * EIP-1186 (`eth_getProof`) account and storage proofs.
 *
 * The state trie maps keccak(address) to RLP([nonce, balance, storageRoot,
 * codeHash]); an account's storage trie maps keccak(slot as 32 bytes) to
 * RLP(value), with zero values absent. An absent account is reported by
 * nodes as nonce 0, balance 0, the empty storage root and the empty code hash.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { equalBytes } from '@noble/curves/utils.js';
import { evmError } from './errors.js';
import { EMPTY_TRIE_ROOT, lookupMptProof } from './mpt.js';
import { decodeRlp, decodeScalar, isBytes, isList } from './rlp.js';

/** keccak-256 of empty code: the code hash of an account without code. */
export const EMPTY_CODE_HASH = keccak_256(new Uint8Array(0));

export interface EvmAccount {
  readonly nonce: bigint;
  readonly balance: bigint;
  readonly storageRoot: Uint8Array;
  readonly codeHash: Uint8Array;
}

export interface StorageProof {
  /** The slot, as the 32-byte big-endian word the EVM addresses. */
  readonly key: Uint8Array;
  readonly value: bigint;
  readonly proof: readonly Uint8Array[];
}

/** An `eth_getProof` result, decoded. */
export interface AccountProof {
  readonly address: Uint8Array;
  readonly nonce: bigint;
  readonly balance: bigint;
  readonly storageHash: Uint8Array;
  readonly codeHash: Uint8Array;
  readonly accountProof: readonly Uint8Array[];
  readonly storageProof: readonly StorageProof[];
}

export const EMPTY_ACCOUNT: EvmAccount = {
  nonce: 0n,
  balance: 0n,
  storageRoot: EMPTY_TRIE_ROOT,
  codeHash: EMPTY_CODE_HASH,
};

function decodeAccount(value: Uint8Array): EvmAccount {
  const item = decodeRlp(value);
  if (isList(item) && item.length === 4) {
    const [nonceBytes, balanceBytes, storageRoot, codeHash] = item;
    const nonce = isBytes(nonceBytes) ? decodeScalar(nonceBytes) : undefined;
    const balance = isBytes(balanceBytes) ? decodeScalar(balanceBytes) : undefined;
    if (
      nonce !== undefined &&
      balance !== undefined &&
      isBytes(storageRoot) &&
      storageRoot.length === 32 &&
      isBytes(codeHash) &&
      codeHash.length === 32
    )
      return { nonce, balance, storageRoot, codeHash };
  }
  throw evmError('MALFORMED_PROOF', 'an account is RLP([nonce, balance, storageRoot(32), codeHash(32)])');
}

/**
 * The account at `address` in the state with root `stateRoot`, or undefined
 * when the proof shows it absent.
 */
export function verifyAccountProof(
  stateRoot: Uint8Array,
  address: Uint8Array,
  proof: readonly Uint8Array[],
): EvmAccount | undefined {
  if (address.length !== 20) throw evmError('MALFORMED_PROOF', 'an address is 20 bytes');
  const found = lookupMptProof(stateRoot, keccak_256(address), proof);
  return found.kind === 'present' ? decodeAccount(found.value) : undefined;
}

/** The value in `slot` (32 bytes) of the storage trie with root `storageRoot`; absent slots hold 0. */
export function verifyStorageProof(
  storageRoot: Uint8Array,
  slot: Uint8Array,
  proof: readonly Uint8Array[],
): bigint {
  if (slot.length !== 32) throw evmError('MALFORMED_PROOF', 'a storage slot is 32 bytes');
  const found = lookupMptProof(storageRoot, keccak_256(slot), proof);
  if (found.kind !== 'present') return 0n;
  const item = decodeRlp(found.value);
  const value = isBytes(item) ? decodeScalar(item) : undefined;
  // Zero is stored as absence, so a present zero is a second encoding of it.
  if (value === undefined || value === 0n)
    throw evmError('MALFORMED_PROOF', 'a storage value is RLP of a non-zero minimal integer');
  return value;
}

/**
 * Checks a whole `eth_getProof` result against `stateRoot`: the account
 * fields it states are the proven ones (ACCOUNT_MISMATCH, STORAGE_HASH_MISMATCH)
 * and every storage value it states is the proven one (STORAGE_VALUE_MISMATCH).
 * Returns the proven account (the empty account when absent).
 */
export function verifyGetProof(stateRoot: Uint8Array, result: AccountProof): EvmAccount {
  const account = verifyAccountProof(stateRoot, result.address, result.accountProof) ?? EMPTY_ACCOUNT;
  const context = { address: `0x${bytesToHex(result.address)}` };
  if (account.nonce !== result.nonce)
    throw evmError('ACCOUNT_MISMATCH', 'the stated nonce is not the proven one', context);
  if (account.balance !== result.balance)
    throw evmError('ACCOUNT_MISMATCH', 'the stated balance is not the proven one', context);
  if (!equalBytes(account.codeHash, result.codeHash))
    throw evmError('ACCOUNT_MISMATCH', 'the stated code hash is not the proven one', context);
  if (!equalBytes(account.storageRoot, result.storageHash))
    throw evmError(
      'STORAGE_HASH_MISMATCH',
      'the stated storage hash is not the proven storage root',
      context,
    );
  for (const entry of result.storageProof) {
    const value = verifyStorageProof(account.storageRoot, entry.key, entry.proof);
    if (value !== entry.value)
      throw evmError('STORAGE_VALUE_MISMATCH', 'a stated storage value is not the proven one', {
        ...context,
        slot: `0x${bytesToHex(entry.key)}`,
      });
  }
  return account;
}

/** A slot number as the 32-byte word the storage trie is keyed by. */
export function slotKey(slot: bigint): Uint8Array {
  if (slot < 0n || slot >= 1n << 256n) throw evmError('MALFORMED_PROOF', 'a slot is a 256-bit word');
  return hexToBytes(slot.toString(16).padStart(64, '0'));
}
