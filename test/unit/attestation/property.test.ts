/**
 * Property: any random mutation of a valid attestation is rejected, and
 * only ever with a VerificationError. Mutations: a bit of any field flipped,
 * height or time moved, chain id changed, signatures dropped, duplicated,
 * reordered into another's slot, or swapped for signatures of other data.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { verifyAttestation, type Attestation } from '../../../light-clients/attestation/index.js';
import { VerificationError } from '../../../light-clients/verification-error.js';
import { NOW, SECOND, nextContent, sevenSigners, signAttestation, testClient } from './signers.js';

const signers = sevenSigners();
const client = testClient(signers, 5n);
const quorum = [0, 3, 4, 5, 6].map((i) => signers[i]!);
const valid = signAttestation(nextContent(), client.signerSet, quorum);
// Valid signatures by the same quorum over other data, to splice in.
const elsewhere = signAttestation(nextContent({ height: 102n }), client.signerSet, quorum);

function flip(bytes: Uint8Array, bit: number): Uint8Array {
  const out = bytes.slice();
  const i = (bit >> 3) % out.length;
  out[i] = (out[i] ?? 0) ^ (1 << (bit & 7));
  return out;
}

type Mutation = (a: Attestation) => Attestation;

const index = fc.integer({ min: 0, max: quorum.length - 1 });
const bit = fc.nat({ max: 8 * 3309 - 1 });

const mutations: fc.Arbitrary<[string, Mutation]> = fc.oneof(
  bit.map((b): [string, Mutation] => [
    `state root bit ${b}`,
    (a) => ({ ...a, stateRoot: flip(a.stateRoot, b) }),
  ]),
  bit.map((b): [string, Mutation] => [
    `signer-set hash bit ${b}`,
    (a) => ({ ...a, signerSetHash: flip(a.signerSetHash, b) }),
  ]),
  fc
    .bigInt({ min: -200n, max: 200n })
    .filter((d) => d !== 0n)
    .map((d): [string, Mutation] => [
      `height ${d > 0n ? '+' : ''}${d}`,
      (a) => ({ ...a, height: a.height + d }),
    ]),
  fc
    .bigInt({ min: -3600n * SECOND, max: 3600n * SECOND })
    .filter((d) => d !== 0n)
    .map((d): [string, Mutation] => [`time ${d} ns`, (a) => ({ ...a, timestampNs: a.timestampNs + d })]),
  fc
    .string({ minLength: 0, maxLength: 20 })
    .filter((c) => c !== valid.chainId)
    .map((c): [string, Mutation] => [`chain id ${JSON.stringify(c)}`, (a) => ({ ...a, chainId: c })]),
  fc.tuple(index, bit).map(([i, b]): [string, Mutation] => [
    `signature ${i} bit ${b}`,
    (a) => ({
      ...a,
      signatures: a.signatures.map((s, j) => (j === i ? { ...s, signature: flip(s.signature, b) } : s)),
    }),
  ]),
  fc.tuple(index, bit).map(([i, b]): [string, Mutation] => [
    `signer ${i} key bit ${b}`,
    (a) => ({
      ...a,
      signatures: a.signatures.map((s, j) => (j === i ? { ...s, publicKey: flip(s.publicKey, b) } : s)),
    }),
  ]),
  fc.tuple(index, index).map(([i, j]): [string, Mutation] => [
    `signature ${i} dropped, ${j} duplicated`,
    (a) => ({
      ...a,
      signatures: [...a.signatures.filter((_, k) => k !== i), a.signatures[j === i ? (j + 1) % 5 : j]!],
    }),
  ]),
  index.map((i): [string, Mutation] => [
    `signature ${i} from other data`,
    (a) => ({ ...a, signatures: a.signatures.map((s, j) => (j === i ? elsewhere.signatures[i]! : s)) }),
  ]),
  fc
    .tuple(index, index)
    .filter(([i, j]) => i !== j)
    .map(([i, j]): [string, Mutation] => [
      `signatures ${i} and ${j} swapped, keys kept`,
      (a) => ({
        ...a,
        signatures: a.signatures.map((s, k) =>
          k === i
            ? { ...s, signature: a.signatures[j]!.signature }
            : k === j
              ? { ...s, signature: a.signatures[i]!.signature }
              : s,
        ),
      }),
    ]),
);

describe('attestation: mutations (property)', () => {
  it('behavior: the unmutated attestation verifies', () => {
    expect(verifyAttestation(client, valid, NOW).signedWeight).toBe(5n);
  });

  it('behavior: every mutation is rejected, always with a VerificationError', () => {
    fc.assert(
      // One mutation per run: two could cancel out (a height moved up, then back).
      fc.property(mutations, ([, mutate]) => {
        const mutated = mutate(valid);
        let caught: unknown;
        try {
          verifyAttestation(client, mutated, NOW);
        } catch (err) {
          caught = err;
        }
        expect(caught).toBeInstanceOf(VerificationError);
      }),
      { numRuns: 300 },
    );
  });
});
