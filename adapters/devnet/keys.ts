/**
 * Devnet validator keys: ed25519 keys derived deterministically from a seed,
 * the chain id and the validator's index, so every run of a devnet (and every
 * process that knows the seed) has the same validators. Never use for value:
 * anyone who knows the seed can sign.
 *
 * seed32 = SHA-256("isthmus/devnet-validator/v1" ‖ 0x00 ‖ seed ‖ 0x00 ‖ chain id ‖ 0x00 ‖ index)
 * is the RFC 8032 private key, loaded through node:crypto as PKCS#8 DER.
 */
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { sha256 } from '../../light-clients/index.js';

/** PKCS#8 `PrivateKeyInfo` for Ed25519 (RFC 8410) up to the 32-byte key. */
const PKCS8_ED25519_PREFIX = Uint8Array.from(Buffer.from('302e020100300506032b657004220420', 'hex'));
/** SPKI for Ed25519 up to the 32-byte public key. */
const SPKI_ED25519_PREFIX_LENGTH = 12;
const DOMAIN = 'isthmus/devnet-validator/v1';

export interface ValidatorKey {
  readonly index: number;
  readonly publicKey: Uint8Array;
  /** ed25519 signature of `message`. */
  readonly sign: (message: Uint8Array) => Uint8Array;
}

function privateKeyFromSeed(seed32: Uint8Array): KeyObject {
  const der = new Uint8Array(PKCS8_ED25519_PREFIX.length + 32);
  der.set(PKCS8_ED25519_PREFIX);
  der.set(seed32, PKCS8_ED25519_PREFIX.length);
  return createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
}

/** The 32-byte private key of validator `index`. */
export function validatorSeed(seed: string, chainId: string, index: number): Uint8Array {
  return sha256(new TextEncoder().encode(`${DOMAIN}\u0000${seed}\u0000${chainId}\u0000${index}`));
}

export function deriveValidatorKey(seed: string, chainId: string, index: number): ValidatorKey {
  const privateKey = privateKeyFromSeed(validatorSeed(seed, chainId, index));
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const publicKey = Uint8Array.from(spki.subarray(SPKI_ED25519_PREFIX_LENGTH));
  return {
    index,
    publicKey,
    sign: (message) => Uint8Array.from(sign(null, message, privateKey)),
  };
}
