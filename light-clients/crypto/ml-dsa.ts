/**
 * ML-DSA-65 signatures (FIPS 204, "Module-Lattice-Based Digital Signature
 * Standard", parameter set ML-DSA-65, security category 3) through
 * `@noble/post-quantum`.
 *
 * The pure variant of §5.2–5.3 (ML-DSA.Sign / ML-DSA.Verify, not
 * HashML-DSA) with an empty context string: the messages Isthmus signs are
 * short digests that already carry their own domain tag.
 *
 * | item        | bytes (FIPS 204 Table 2) |
 * |-------------|--------------------------|
 * | public key  | 1952                     |
 * | signature   | 3309                     |
 * | private key | 4032 (from a 32-byte seed, Algorithm 6) |
 *
 * Pure: signing takes its randomness from the caller, or is the
 * deterministic variant (§3.4) when none is given.
 */
import { ml_dsa65 } from '@noble/post-quantum/ml-dsa.js';
import { VerificationError } from '../verification-error.js';

export const ML_DSA_65_PUBLIC_KEY_BYTES = 1952;
export const ML_DSA_65_SIGNATURE_BYTES = 3309;
export const ML_DSA_65_SEED_BYTES = 32;
/** `rnd` of Algorithm 2 (ML-DSA.Sign). */
export const ML_DSA_65_RANDOM_BYTES = 32;

export interface MlDsa65KeyPair {
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
}

function badArgument(code: string, message: string): VerificationError {
  return new VerificationError(code, message, {
    category: 'invalid_argument',
    context: { scheme: 'ml-dsa-65' },
  });
}

/** Throws INVALID_PUBLIC_KEY unless `publicKey` has the length of an ML-DSA-65 key (every such string encodes one). */
export function checkMlDsa65PublicKey(publicKey: Uint8Array): void {
  if (publicKey.length !== ML_DSA_65_PUBLIC_KEY_BYTES) {
    throw new VerificationError(
      'INVALID_PUBLIC_KEY',
      `invalid ml-dsa-65 public key: expected ${ML_DSA_65_PUBLIC_KEY_BYTES} bytes, got ${publicKey.length}`,
      { context: { scheme: 'ml-dsa-65' } },
    );
  }
}

/**
 * True when `signature` is a valid ML-DSA-65 signature of `message` under
 * `publicKey`. A malformed signature is simply invalid (false); a key of the
 * wrong length throws INVALID_PUBLIC_KEY.
 */
export function mlDsa65Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  checkMlDsa65PublicKey(publicKey);
  if (signature.length !== ML_DSA_65_SIGNATURE_BYTES) return false;
  try {
    return ml_dsa65.verify(signature, message, publicKey);
  } catch {
    // noble throws on encodings it cannot decode (e.g. a malformed hint): invalid, like any bad signature.
    return false;
  }
}

/** Key pair from a 32-byte seed ξ (FIPS 204 Algorithm 6, ML-DSA.KeyGen_internal). */
export function mlDsa65KeyPair(seed: Uint8Array): MlDsa65KeyPair {
  if (seed.length !== ML_DSA_65_SEED_BYTES) {
    throw badArgument('INVALID_PRIVATE_KEY', `an ml-dsa-65 seed is ${ML_DSA_65_SEED_BYTES} bytes`);
  }
  const { publicKey, secretKey } = ml_dsa65.keygen(seed);
  return { publicKey, secretKey };
}

/**
 * ML-DSA-65 signature of `message`: hedged with the caller's 32 random bytes,
 * or deterministic (rnd = 0³², §3.4) when `random` is absent.
 */
export function mlDsa65Sign(secretKey: Uint8Array, message: Uint8Array, random?: Uint8Array): Uint8Array {
  if (random !== undefined && random.length !== ML_DSA_65_RANDOM_BYTES) {
    throw badArgument(
      'INVALID_SIGNING_RANDOMNESS',
      `ml-dsa-65 signing takes ${ML_DSA_65_RANDOM_BYTES} random bytes`,
    );
  }
  return ml_dsa65.sign(message, secretKey, { extraEntropy: random ?? false });
}
