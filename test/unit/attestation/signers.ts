/**
 * Test signers for every attestation scheme, with keys derived from a small
 * number (reproducible), and helpers that sign attestations and rotations
 * the way an attesting ledger would. Shared by the attestation and CLI tests
 * and the benchmark; not a test file itself.
 */
import { randomBytes } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToNumberBE } from '@noble/curves/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { mlDsa65KeyPair, mlDsa65Sign } from '../../../light-clients/crypto/ml-dsa.js';
import { sm2Curve, sm2PublicKey, sm2Sign } from '../../../light-clients/crypto/sm2.js';
import {
  attestationDigest,
  createClientState,
  rotationDigest,
  signerSetHash,
  type Attestation,
  type AttestationClientState,
  type AttestationScheme,
  type Signer,
  type SignerSet,
  type SignerSetRotation,
  type SignerSignature,
} from '../../../light-clients/attestation/index.js';

export interface TestSigner {
  readonly scheme: AttestationScheme;
  readonly publicKey: Uint8Array;
  sign(message: Uint8Array): Uint8Array;
}

/** A secret scalar that is valid on every curve here: bytes n, n, ..., n (1 <= n <= 127). */
const secret = (n: number): Uint8Array => new Uint8Array(32).fill(n);

/** A fresh SM2 nonce in [1, n-1] from node:crypto. */
function sm2Nonce(): bigint {
  return (bytesToNumberBE(randomBytes(40)) % (sm2Curve.n - 1n)) + 1n;
}

const cache = new Map<string, TestSigner>();

/** The signer number `n` (1..127) of `scheme`; the same keys every run. */
export function testSigner(scheme: AttestationScheme, n: number): TestSigner {
  const id = `${scheme}:${n}`;
  const known = cache.get(id);
  if (known) return known;
  const sk = secret(n);
  let signer: TestSigner;
  switch (scheme) {
    case 'ed25519':
      signer = { scheme, publicKey: ed25519.getPublicKey(sk), sign: (m) => ed25519.sign(m, sk) };
      break;
    case 'secp256k1':
      signer = {
        scheme,
        publicKey: secp256k1.getPublicKey(sk, true),
        sign: (m) => secp256k1.sign(sha256(m), sk, { prehash: false }),
      };
      break;
    case 'p256':
      signer = {
        scheme,
        publicKey: p256.getPublicKey(sk, true),
        sign: (m) => p256.sign(sha256(m), sk, { prehash: false }),
      };
      break;
    case 'sm2':
      signer = { scheme, publicKey: sm2PublicKey(sk), sign: (m) => sm2Sign(sk, m, sm2Nonce()) };
      break;
    case 'ml-dsa-65': {
      const keys = mlDsa65KeyPair(sk);
      signer = { scheme, publicKey: keys.publicKey, sign: (m) => mlDsa65Sign(keys.secretKey, m) };
      break;
    }
  }
  cache.set(id, signer);
  return signer;
}

/** A registered signer of weight `weight` for `signer`. */
export function registered(signer: TestSigner, weight = 1n): Signer {
  return { scheme: signer.scheme, publicKey: signer.publicKey, weight };
}

export function signWith(signers: readonly TestSigner[], message: Uint8Array): SignerSignature[] {
  return signers.map((s) => ({ scheme: s.scheme, publicKey: s.publicKey, signature: s.sign(message) }));
}

export interface AttestationContent {
  readonly chainId: string;
  readonly height: bigint;
  readonly timestampNs: bigint;
  readonly stateRoot: Uint8Array;
}

/** An attestation of `content` under `set`, signed by `signers`. */
export function signAttestation(
  content: AttestationContent,
  set: SignerSet,
  signers: readonly TestSigner[],
): Attestation {
  const fields = { ...content, signerSetHash: signerSetHash(set) };
  return { ...fields, signatures: signWith(signers, attestationDigest(fields)) };
}

/** A rotation from `current` to `next` at `sequence`, signed by `signers`. */
export function signRotation(
  chainId: string,
  sequence: bigint,
  current: SignerSet,
  next: SignerSet,
  signers: readonly TestSigner[],
): SignerSetRotation {
  const message = rotationDigest({
    chainId,
    sequence,
    currentSignerSetHash: signerSetHash(current),
    newSignerSetHash: signerSetHash(next),
  });
  return { chainId, sequence, newSignerSet: next, signatures: signWith(signers, message) };
}

export const SECOND = 1_000_000_000n;
/** A fixed "now" (2025-11-24T16:00:00Z) in nanoseconds: tests never read the clock. */
export const NOW = 1_764_000_000n * SECOND;
export const TRUSTING_PERIOD = 14n * 24n * 3600n * SECOND;
export const MAX_CLOCK_DRIFT = 10n * SECOND;
export const CHAIN_ID = 'agency-ledger-1';

/** Seven signers, one of each scheme and three Ed25519 (weights 1): the 5-of-7 set of the tests. */
export function sevenSigners(): TestSigner[] {
  return [
    testSigner('ed25519', 1),
    testSigner('ed25519', 2),
    testSigner('ed25519', 3),
    testSigner('secp256k1', 4),
    testSigner('p256', 5),
    testSigner('sm2', 6),
    testSigner('ml-dsa-65', 7),
  ];
}

/** A client of CHAIN_ID at height 100, an hour before NOW, trusting `signers` (weight 1 each) at `threshold`. */
export function testClient(signers: readonly TestSigner[], threshold: bigint): AttestationClientState {
  return createClientState({
    chainId: CHAIN_ID,
    signers: signers.map((s) => registered(s)),
    threshold,
    latestHeight: 100n,
    latestTimestampNs: NOW - 3600n * SECOND,
    trustingPeriodNs: TRUSTING_PERIOD,
    maxClockDriftNs: MAX_CLOCK_DRIFT,
  });
}

/** The next attestation's content: height 101, a minute before NOW. */
export function nextContent(overrides: Partial<AttestationContent> = {}): AttestationContent {
  return {
    chainId: CHAIN_ID,
    height: 101n,
    timestampNs: NOW - 60n * SECOND,
    stateRoot: new Uint8Array(32).fill(0xab),
    ...overrides,
  };
}
