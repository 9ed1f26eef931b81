/** Signer sets: the registration rules (INVALID_SIGNER_SET and its reasons), canonical order and hash. */
import { describe, expect, it } from '@jest/globals';
import { p256 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes } from '@noble/hashes/utils.js';
import {
  MAX_SIGNERS,
  MAX_TOTAL_WEIGHT,
  attestationSchemes,
  createSignerSet,
  signerSetHash,
  totalWeight,
  type Signer,
} from '../../../light-clients/attestation/index.js';
import { sm2PublicKey } from '../../../light-clients/crypto/sm2.js';
import { thrown } from './codes.js';
import { registered, sevenSigners, testSigner } from './signers.js';

const seven = sevenSigners().map((s) => registered(s));

function reasonOf(signers: readonly Signer[], threshold: bigint): unknown {
  const err = thrown(() => createSignerSet(signers, threshold));
  expect(err.code).toBe('INVALID_SIGNER_SET');
  expect(err.category).toBe('invalid_argument');
  return err.context.reason;
}

/** The documented encoding, rebuilt here independently of the implementation. */
function expectedHash(signers: readonly Signer[], threshold: bigint): Uint8Array {
  const ids: Record<string, number> = { ed25519: 1, secp256k1: 2, p256: 3, sm2: 4, 'ml-dsa-65': 5 };
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const u64 = (n: bigint) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64BE(n);
    return b;
  };
  const tag = Buffer.from('isthmus/signer-set/v1');
  const sorted = [...signers].sort(
    (a, b) => ids[a.scheme]! - ids[b.scheme]! || Buffer.compare(a.publicKey, b.publicKey),
  );
  return sha256(
    concatBytes(
      u32(tag.length),
      tag,
      u64(threshold),
      u32(sorted.length),
      ...sorted.flatMap((s) => [
        Uint8Array.of(ids[s.scheme]!),
        u32(s.publicKey.length),
        s.publicKey,
        u64(s.weight),
      ]),
    ),
  );
}

describe('attestation: signer sets', () => {
  it('behavior: a valid set comes back in canonical order (scheme id, then key bytes), with its weights', () => {
    const set = createSignerSet([...seven].reverse(), 5n);
    expect(set.signers.map((s) => s.scheme)).toEqual([
      'ed25519',
      'ed25519',
      'ed25519',
      'secp256k1',
      'p256',
      'sm2',
      'ml-dsa-65',
    ]);
    const eds = set.signers.slice(0, 3).map((s) => Buffer.from(s.publicKey));
    expect([...eds].sort(Buffer.compare)).toEqual(eds);
    expect(totalWeight(set)).toBe(7n);
    expect(Object.isFrozen(set.signers)).toBe(true);
  });

  it('behavior: the hash is SHA-256 of the documented encoding', () => {
    expect(signerSetHash(createSignerSet(seven, 5n))).toEqual(expectedHash(seven, 5n));
  });

  it('behavior: the hash does not depend on the listing order', () => {
    const a = signerSetHash({ signers: seven, threshold: 5n });
    const b = signerSetHash({ signers: [...seven].reverse(), threshold: 5n });
    expect(a).toEqual(b);
  });

  it('behavior: the hash changes with the threshold, a weight, a key or a scheme', () => {
    const base = signerSetHash({ signers: seven, threshold: 5n });
    const changed = [
      signerSetHash({ signers: seven, threshold: 4n }),
      signerSetHash({ signers: [{ ...seven[0]!, weight: 2n }, ...seven.slice(1)], threshold: 5n }),
      signerSetHash({ signers: [registered(testSigner('ed25519', 9)), ...seven.slice(1)], threshold: 5n }),
      signerSetHash({ signers: [{ ...seven[3]!, scheme: 'p256' }, ...seven.slice(0, 3)], threshold: 3n }),
      signerSetHash({ signers: seven.slice(1), threshold: 5n }),
    ];
    for (const hash of changed) expect(hash).not.toEqual(base);
    expect(new Set(changed.map((h) => Buffer.from(h).toString('hex'))).size).toBe(changed.length);
  });

  it('behavior: every scheme has a test signer whose key the set accepts', () => {
    for (const scheme of attestationSchemes) {
      expect(createSignerSet([registered(testSigner(scheme, 11))], 1n).signers).toHaveLength(1);
    }
  });

  it('error: an empty set is SIGNER_COUNT', () => {
    expect(reasonOf([], 1n)).toBe('SIGNER_COUNT');
  });

  it(`error: more than ${MAX_SIGNERS} signers is SIGNER_COUNT`, () => {
    const many = Array.from({ length: MAX_SIGNERS + 1 }, () => seven[0]!);
    expect(reasonOf(many, 1n)).toBe('SIGNER_COUNT');
  });

  it('error: the same key twice is DUPLICATE_SIGNER, even with another weight', () => {
    expect(reasonOf([...seven, { ...seven[2]!, weight: 3n }], 5n)).toBe('DUPLICATE_SIGNER');
  });

  it.each([0n, -1n])('error: a weight of %s is NON_POSITIVE_WEIGHT', (weight) => {
    expect(reasonOf([{ ...seven[0]!, weight }, ...seven.slice(1)], 3n)).toBe('NON_POSITIVE_WEIGHT');
  });

  it('error: a total weight above MAX_TOTAL_WEIGHT is TOTAL_WEIGHT_TOO_LARGE; at it, accepted', () => {
    const [a, b] = [seven[0]!, seven[1]!];
    expect(
      createSignerSet(
        [
          { ...a, weight: MAX_TOTAL_WEIGHT - 1n },
          { ...b, weight: 1n },
        ],
        1n,
      ).threshold,
    ).toBe(1n);
    expect(
      reasonOf(
        [
          { ...a, weight: MAX_TOTAL_WEIGHT },
          { ...b, weight: 1n },
        ],
        1n,
      ),
    ).toBe('TOTAL_WEIGHT_TOO_LARGE');
  });

  it.each([0n, -5n, 8n])('error: a threshold of %s (total 7) is THRESHOLD_OUT_OF_RANGE', (threshold) => {
    expect(reasonOf(seven, threshold)).toBe('THRESHOLD_OUT_OF_RANGE');
  });

  it('behavior: a threshold equal to the total weight is accepted', () => {
    expect(createSignerSet(seven, 7n).threshold).toBe(7n);
  });

  it('error: an unknown scheme is UNKNOWN_SCHEME', () => {
    const rsa = { ...seven[0]!, scheme: 'rsa' } as unknown as Signer;
    expect(reasonOf([rsa], 1n)).toBe('UNKNOWN_SCHEME');
  });

  const secp = testSigner('secp256k1', 4);
  const sm2 = testSigner('sm2', 6);
  it.each([
    [
      'an uncompressed secp256k1 key (one key, two encodings)',
      { scheme: 'secp256k1', publicKey: uncompressed(secp.publicKey) },
    ],
    [
      'an uncompressed sm2 key',
      { scheme: 'sm2', publicKey: sm2PublicKey(new Uint8Array(32).fill(6), false) },
    ],
    ['a compressed p256 x that is not on the curve', { scheme: 'p256', publicKey: notOnCurve() }],
    ['a 31-byte ed25519 key', { scheme: 'ed25519', publicKey: new Uint8Array(31).fill(1) }],
    ['the ed25519 identity point (small order)', { scheme: 'ed25519', publicKey: edIdentity() }],
    ['an ed25519 key with y >= p (non-canonical)', { scheme: 'ed25519', publicKey: edNonCanonical() }],
    ['a short ml-dsa-65 key', { scheme: 'ml-dsa-65', publicKey: new Uint8Array(1951) }],
  ])('error: %s is INVALID_PUBLIC_KEY', (_what, key) => {
    const signer = { ...key, weight: 1n } as Signer;
    const err = thrown(() => createSignerSet([signer], 1n));
    expect(err.context.reason).toBe('INVALID_PUBLIC_KEY');
    expect((err.cause as { code?: string }).code).toBe('INVALID_PUBLIC_KEY');
  });

  it('behavior: the set keeps copies of the keys', () => {
    const key = sm2.publicKey.slice();
    const set = createSignerSet([{ scheme: 'sm2', publicKey: key, weight: 1n }], 1n);
    key[5] = (key[5] ?? 0) ^ 1;
    expect(set.signers[0]!.publicKey).toEqual(sm2.publicKey);
  });
});

function uncompressed(key: Uint8Array): Uint8Array {
  return secp256k1.Point.fromBytes(key).toBytes(false);
}

/** The first x = 1, 2, ... that is the x of no P-256 point (about half of them are not). */
function notOnCurve(): Uint8Array {
  for (let x = 1; x < 256; x++) {
    const key = new Uint8Array(33);
    key[0] = 2;
    key[32] = x;
    try {
      p256.Point.fromBytes(key);
    } catch {
      return key;
    }
  }
  throw new Error('no x below 256 is off the curve');
}

function edIdentity(): Uint8Array {
  const key = new Uint8Array(32);
  key[0] = 1;
  return key;
}

/**
 * y = p + 1 (p = 2^255 - 19), little-endian: a second encoding of y = 1. The
 * y in [p, 2^255) are the only non-canonical encodings, and none of them is a
 * usable key: this one must fail whichever check catches it.
 */
function edNonCanonical(): Uint8Array {
  const y = (1n << 255n) - 19n + 1n;
  return Uint8Array.from({ length: 32 }, (_, i) => Number((y >> BigInt(8 * i)) & 0xffn));
}
