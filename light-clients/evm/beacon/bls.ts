/**
 * FastAggregateVerify for sync-committee signatures (consensus-specs altair
 * `bls.md`; IETF BLS signature draft, proof-of-possession suite): public keys
 * in G1 (48 bytes), signatures in G2 (96 bytes), messages hashed to G2 with
 * the `_POP_` domain separation tag.
 *
 * The committee's aggregate public key is part of the SSZ root the light
 * client verified, so when most members took part it is cheaper to subtract
 * the few absent keys from it than to add up the present ones: decoding a
 * compressed G1 key costs a square root, and there are 512 of them.
 */
import { bls12_381 } from '@noble/curves/bls12-381.js';

const ETH_DST = 'BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_';
const bls = bls12_381.longSignatures;
type G1Point = ReturnType<typeof bls.aggregatePublicKeys>;

function decode(key: Uint8Array): G1Point {
  return bls12_381.G1.Point.fromBytes(key);
}

/**
 * True when `signature` is the aggregate signature of `message` by the
 * members of `pubkeys` whose bit is set; false for an invalid or malformed one.
 */
export function verifySyncAggregate(
  pubkeys: readonly Uint8Array[],
  aggregatePubkey: Uint8Array,
  bits: readonly boolean[],
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  try {
    const present = pubkeys.filter((_, i) => bits[i] === true);
    if (present.length === 0) return false;
    const absent = pubkeys.filter((_, i) => bits[i] !== true);
    const key =
      absent.length < present.length
        ? absent.reduce((acc, k) => acc.subtract(decode(k)), decode(aggregatePubkey))
        : bls.aggregatePublicKeys(present.map(decode));
    if (key.is0()) return false;
    return bls.verify(bls.Signature.fromBytes(signature), bls.hash(message, ETH_DST), key);
  } catch {
    return false;
  }
}
