/**
 * Signer recovery for Ethereum-style 65-byte secp256k1 signatures
 * r(32) ‖ s(32) ‖ v(1), v the recovery id 0 or 1, as Besu writes committed
 * seals and geth writes Clique seals. The signer is the address
 * keccak-256(uncompressed public key without its 0x04 prefix)[12:].
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Lower-case 0x-prefixed hex of a 20-byte address: the form validator sets are kept in. */
export type Address = string;

export function addressOf(bytes: Uint8Array): Address {
  return `0x${bytesToHex(bytes)}`;
}

/** The address that signed `digest` (32 bytes), or undefined when `signature` is not a valid recoverable signature. */
export function recoverSigner(digest: Uint8Array, signature: Uint8Array): Address | undefined {
  if (signature.length !== 65) return undefined;
  const v = signature[64];
  if (v !== 0 && v !== 1) return undefined;
  try {
    const sig = secp256k1.Signature.fromBytes(signature.subarray(0, 64), 'compact').addRecoveryBit(v);
    const publicKey = sig.recoverPublicKey(digest).toBytes(false);
    return addressOf(keccak_256(publicKey.subarray(1)).subarray(12));
  } catch {
    return undefined;
  }
}
