/**
 * Registered signer sets: their rules, canonical order and hash.
 *
 * Rules (code INVALID_SIGNER_SET, the failed rule in `context.reason`):
 * 1 to MAX_SIGNERS signers; every key canonical for its scheme
 * (schemes.ts); no (scheme, key) twice; every weight positive; total weight
 * at most MAX_TOTAL_WEIGHT; 0 < threshold <= total weight.
 *
 * Canonical order: by scheme id, then by key bytes (lexicographic). The
 * signer-set hash is SHA-256 of
 *
 *   lp("isthmus/signer-set/v1") ‖ u64(threshold) ‖ u32(signer count)
 *   ‖ for each signer in canonical order: u8(scheme id) ‖ lp(public key) ‖ u64(weight)
 *
 * where lp(x) = u32(len x) ‖ x and integers are big-endian. The threshold is
 * part of the hash, so a rotation cannot change it unsigned; the order is
 * canonical, so the hash does not depend on how the set was listed.
 */
import { bytesToHex, concatBytes } from '@noble/hashes/utils.js';
import { sha256 } from '../crypto/hash.js';
import { VerificationError } from '../verification-error.js';
import { compareBytes } from '../bytes.js';
import { lengthPrefixed, u32be, u64be, u8 } from './encoding.js';
import { checkSignerKey, isAttestationScheme, schemeIds } from './schemes.js';
import type { Signer, SignerSet } from './types.js';

export const MAX_SIGNERS = 1024;
/** Like CometBFT's MaxTotalVotingPower: far above any real set, far below overflow of a uint64. */
export const MAX_TOTAL_WEIGHT = 1n << 60n;

const SIGNER_SET_TAG = new TextEncoder().encode('isthmus/signer-set/v1');

function invalid(
  reason: string,
  message: string,
  context: Record<string, unknown> = {},
  cause?: unknown,
): VerificationError {
  return new VerificationError('INVALID_SIGNER_SET', message, {
    category: 'invalid_argument',
    context: { reason, ...context },
    ...(cause === undefined ? {} : { cause }),
  });
}

/** The identity of a signer within a set: scheme and key. */
export function signerId(scheme: string, publicKey: Uint8Array): string {
  return `${scheme}:${bytesToHex(publicKey)}`;
}

function compareSigners(a: Signer, b: Signer): number {
  return schemeIds[a.scheme] - schemeIds[b.scheme] || compareBytes(a.publicKey, b.publicKey);
}

/**
 * Checks a signer set against the rules above and returns it in canonical
 * order, frozen, with copies of the keys. Throws INVALID_SIGNER_SET.
 */
export function createSignerSet(signers: readonly Signer[], threshold: bigint): SignerSet {
  if (signers.length === 0 || signers.length > MAX_SIGNERS) {
    throw invalid('SIGNER_COUNT', `a signer set has 1 to ${MAX_SIGNERS} signers, got ${signers.length}`);
  }
  const seen = new Set<string>();
  let total = 0n;
  const copies = signers.map((signer, index): Signer => {
    const { scheme, publicKey, weight } = signer;
    if (!isAttestationScheme(scheme))
      throw invalid('UNKNOWN_SCHEME', `signer ${index}: unknown scheme`, { index });
    try {
      checkSignerKey(scheme, publicKey);
    } catch (cause) {
      throw invalid('INVALID_PUBLIC_KEY', `signer ${index}: invalid ${scheme} public key`, { index }, cause);
    }
    const id = signerId(scheme, publicKey);
    if (seen.has(id)) throw invalid('DUPLICATE_SIGNER', `signer ${index}: key listed twice`, { index });
    seen.add(id);
    if (typeof weight !== 'bigint' || weight <= 0n) {
      throw invalid('NON_POSITIVE_WEIGHT', `signer ${index}: weight must be positive`, { index });
    }
    total += weight;
    if (total > MAX_TOTAL_WEIGHT) {
      throw invalid('TOTAL_WEIGHT_TOO_LARGE', `total weight exceeds ${MAX_TOTAL_WEIGHT}`, { index });
    }
    return Object.freeze({ scheme, publicKey: publicKey.slice(), weight });
  });
  if (typeof threshold !== 'bigint' || threshold <= 0n || threshold > total) {
    throw invalid('THRESHOLD_OUT_OF_RANGE', `threshold must be in [1, ${total}] (the total weight)`, {
      threshold,
      totalWeight: total,
    });
  }
  return Object.freeze({ signers: Object.freeze(copies.sort(compareSigners)), threshold });
}

export function totalWeight(set: SignerSet): bigint {
  return set.signers.reduce((sum, s) => sum + s.weight, 0n);
}

/** SHA-256 of the canonical encoding above (32 bytes); sorts a copy, so any listing order gives the same hash. */
export function signerSetHash(set: SignerSet): Uint8Array {
  const sorted = [...set.signers].sort(compareSigners);
  return sha256(
    concatBytes(
      lengthPrefixed(SIGNER_SET_TAG),
      u64be(set.threshold),
      u32be(sorted.length),
      ...sorted.map((s) =>
        concatBytes(u8(schemeIds[s.scheme]), lengthPrefixed(s.publicKey), u64be(s.weight)),
      ),
    ),
  );
}
