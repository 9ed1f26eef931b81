/**
 * Where `IsthmusPackets` keeps a packet path (docs/evm.md, "Provable
 * storage"): its first state variable, `mapping(bytes32 => bytes32)
 * provable` at slot 0, keyed by keccak256 of the ICS-24 path. By Solidity's
 * mapping layout the storage slot of a path is
 *
 *   keccak256(abi.encode(keccak256(bytes(path)), uint256(0)))
 *     = keccak256(keccak256(path) ‖ 32 zero bytes)
 *
 * so one `eth_getProof(contract, [slot], block)` proves a commitment, a
 * receipt or an acknowledgement (an absent path reads zero).
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { concatBytes } from '@noble/hashes/utils.js';
import { slotKey } from './account-proof.js';

/** The slot of `provable`, the contract's first state variable. */
export const PROVABLE_MAPPING_SLOT = 0n;

/** The 32-byte storage slot word of `path` (its UTF-8 bytes) in `IsthmusPackets`. */
export function provableSlot(path: Uint8Array): Uint8Array {
  return keccak_256(concatBytes(keccak_256(path), slotKey(PROVABLE_MAPPING_SLOT)));
}
