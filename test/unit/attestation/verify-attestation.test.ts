/** verifyAttestation: the 5-of-7 mixed-scheme set, every rule and the code it fails with. */
import { describe, expect, it } from '@jest/globals';
import {
  signerSetHash,
  verifyAttestation,
  type Attestation,
  type AttestationClientState,
} from '../../../light-clients/attestation/index.js';
import { codeOf, thrown } from './codes.js';
import {
  CHAIN_ID,
  MAX_CLOCK_DRIFT,
  NOW,
  SECOND,
  TRUSTING_PERIOD,
  nextContent,
  sevenSigners,
  signAttestation,
  testClient,
  testSigner,
  type AttestationContent,
} from './signers.js';

const signers = sevenSigners();
const client = testClient(signers, 5n);
// Signers 0, 3, 4, 5, 6: one of each scheme, exactly the threshold.
const quorum = [0, 3, 4, 5, 6].map((i) => signers[i]!);
const attest = (
  content: AttestationContent = nextContent(),
  by = quorum,
  c: AttestationClientState = client,
) => signAttestation(content, c.signerSet, by);
const valid = attest();

describe('attestation: verifyAttestation', () => {
  it('behavior: five of seven signatures, one per scheme, verify and advance the client', () => {
    const update = verifyAttestation(client, valid, NOW);
    expect(update.signedWeight).toBe(5n);
    expect(update.attested).toEqual({
      height: 101n,
      timestampNs: valid.timestampNs,
      stateRoot: valid.stateRoot,
    });
    expect(update.clientState.latestHeight).toBe(101n);
    expect(update.clientState.latestTimestampNs).toBe(valid.timestampNs);
    expect(update.clientState.signerSet).toBe(client.signerSet);
    expect(client.latestHeight).toBe(100n);
  });

  it('behavior: all seven signing counts seven', () => {
    expect(verifyAttestation(client, attest(nextContent(), signers), NOW).signedWeight).toBe(7n);
  });

  it('behavior: the advanced client takes the next attestation and refuses the same one again', () => {
    const { clientState } = verifyAttestation(client, valid, NOW);
    const next = attest(nextContent({ height: 102n, timestampNs: NOW - 30n * SECOND }), quorum, clientState);
    expect(verifyAttestation(clientState, next, NOW).clientState.latestHeight).toBe(102n);
    expect(codeOf(() => verifyAttestation(clientState, valid, NOW))).toBe('NON_MONOTONIC_HEIGHT');
  });

  it('error: four of seven is INSUFFICIENT_SIGNER_WEIGHT', () => {
    const err = thrown(() => verifyAttestation(client, attest(nextContent(), quorum.slice(1)), NOW));
    expect(err.code).toBe('INSUFFICIENT_SIGNER_WEIGHT');
    expect(err.context).toMatchObject({ signedWeight: 4n, threshold: 5n });
  });

  it('error: a duplicate signer is counted once (four signers, one twice, is below five)', () => {
    const four = attest(nextContent(), quorum.slice(0, 4));
    const again = attest(nextContent(), [quorum[0]!]).signatures;
    const padded: Attestation = { ...four, signatures: [...four.signatures, ...again] };
    expect(padded.signatures).toHaveLength(5);
    expect(thrown(() => verifyAttestation(client, padded, NOW)).context).toMatchObject({ signedWeight: 4n });
    const withFifth: Attestation = { ...valid, signatures: [...valid.signatures, ...again] };
    expect(verifyAttestation(client, withFifth, NOW).signedWeight).toBe(5n);
  });

  it('error: an unknown signer is not counted, even with a valid signature', () => {
    const stranger = testSigner('ed25519', 99);
    const four = attest(nextContent(), quorum.slice(0, 4));
    const fromStranger = attest(nextContent(), [stranger]).signatures;
    const padded: Attestation = { ...four, signatures: [...four.signatures, ...fromStranger] };
    expect(codeOf(() => verifyAttestation(client, padded, NOW))).toBe('INSUFFICIENT_SIGNER_WEIGHT');
    const withValid: Attestation = { ...valid, signatures: [...valid.signatures, ...fromStranger] };
    expect(verifyAttestation(client, withValid, NOW).signedWeight).toBe(5n);
  });

  it('error: a registered key under another scheme is an unknown signer', () => {
    const first = valid.signatures[0]!;
    const renamed: Attestation = {
      ...valid,
      signatures: [{ ...first, scheme: 'p256' }, ...valid.signatures.slice(1)],
    };
    expect(codeOf(() => verifyAttestation(client, renamed, NOW))).toBe('INSUFFICIENT_SIGNER_WEIGHT');
  });

  it('error: an invalid signature of a registered signer is BAD_SIGNATURE, even beyond the threshold', () => {
    const all = attest(nextContent(), signers);
    const last = all.signatures[6]!;
    const broken = last.signature.slice();
    broken[100] = (broken[100] ?? 0) ^ 4;
    const tampered: Attestation = {
      ...all,
      signatures: [...all.signatures.slice(0, 6), { ...last, signature: broken }],
    };
    const err = thrown(() => verifyAttestation(client, tampered, NOW));
    expect(err.code).toBe('BAD_SIGNATURE');
    expect(err.context).toMatchObject({ index: 6, scheme: 'ml-dsa-65' });
  });

  it("error: another attestation's signatures are BAD_SIGNATURE", () => {
    const other = attest(nextContent({ stateRoot: new Uint8Array(32).fill(0xcd) }));
    expect(codeOf(() => verifyAttestation(client, { ...valid, signatures: other.signatures }, NOW))).toBe(
      'BAD_SIGNATURE',
    );
  });

  it('error: more than twice as many entries as signers is TOO_MANY_SIGNATURES', () => {
    const many: Attestation = {
      ...valid,
      signatures: [...valid.signatures, ...valid.signatures, ...valid.signatures],
    };
    expect(many.signatures.length).toBeGreaterThan(14);
    expect(codeOf(() => verifyAttestation(client, many, NOW))).toBe('TOO_MANY_SIGNATURES');
  });

  it('error: an attestation over another chain id is WRONG_CHAIN_ID', () => {
    const foreign = attest(nextContent({ chainId: 'agency-ledger-2' }));
    expect(codeOf(() => verifyAttestation(client, foreign, NOW))).toBe('WRONG_CHAIN_ID');
  });

  it('error: an attestation naming another signer set is SIGNER_SET_MISMATCH', () => {
    const otherSet = testClient(signers, 4n).signerSet;
    expect(signerSetHash(otherSet)).not.toEqual(signerSetHash(client.signerSet));
    const underOther = signAttestation(nextContent(), otherSet, quorum);
    expect(codeOf(() => verifyAttestation(client, underOther, NOW))).toBe('SIGNER_SET_MISMATCH');
  });

  it.each([
    ['the latest height', 100n],
    ['below the latest height', 50n],
  ])('error: an attestation at %s is NON_MONOTONIC_HEIGHT', (_what, height) => {
    expect(codeOf(() => verifyAttestation(client, attest(nextContent({ height })), NOW))).toBe(
      'NON_MONOTONIC_HEIGHT',
    );
  });

  it.each([
    ['the latest time', client.latestTimestampNs],
    ['before the latest time', client.latestTimestampNs - SECOND],
  ])('error: an attestation at %s is NON_MONOTONIC_TIME', (_what, timestampNs) => {
    expect(codeOf(() => verifyAttestation(client, attest(nextContent({ timestampNs })), NOW))).toBe(
      'NON_MONOTONIC_TIME',
    );
  });

  it('error: a time more than the clock drift ahead of now is ATTESTATION_FROM_FUTURE; at the drift it passes', () => {
    const atDrift = attest(nextContent({ timestampNs: NOW + MAX_CLOCK_DRIFT }));
    expect(verifyAttestation(client, atDrift, NOW).signedWeight).toBe(5n);
    const beyond = attest(nextContent({ timestampNs: NOW + MAX_CLOCK_DRIFT + 1n }));
    expect(codeOf(() => verifyAttestation(client, beyond, NOW))).toBe('ATTESTATION_FROM_FUTURE');
  });

  it('error: an attestation a trusting period old is ATTESTATION_EXPIRED; just younger passes', () => {
    const old = valid.timestampNs;
    expect(codeOf(() => verifyAttestation(client, valid, old + TRUSTING_PERIOD))).toBe('ATTESTATION_EXPIRED');
    expect(verifyAttestation(client, valid, old + TRUSTING_PERIOD - 1n).signedWeight).toBe(5n);
  });

  it('error: a frozen client verifies nothing (CLIENT_FROZEN, category failed_precondition)', () => {
    const err = thrown(() => verifyAttestation({ ...client, frozen: true }, valid, NOW));
    expect(err.code).toBe('CLIENT_FROZEN');
    expect(err.category).toBe('failed_precondition');
  });

  it.each([
    ['an empty state root', { stateRoot: new Uint8Array(0) }],
    ['a 65-byte state root', { stateRoot: new Uint8Array(65) }],
    ['a 31-byte signer-set hash', { signerSetHash: new Uint8Array(31) }],
    ['a negative height', { height: -1n }],
    ['a height of 2^64', { height: 1n << 64n }],
    ['a number for a height', { height: 101 }],
    ['a chain id with a space', { chainId: 'agency ledger' }],
    [
      'a signature of an unknown scheme',
      { signatures: [{ scheme: 'rsa', publicKey: new Uint8Array(1), signature: new Uint8Array(1) }] },
    ],
    ['signatures that are not a list', { signatures: null }],
  ])('error: %s is MALFORMED_ATTESTATION', (_what, change) => {
    const malformed = { ...valid, ...change } as unknown as Attestation;
    const err = thrown(() => verifyAttestation(client, malformed, NOW));
    expect(err.code).toBe('MALFORMED_ATTESTATION');
    expect(err.category).toBe('invalid_argument');
  });

  it('behavior: chain id checks come before signature checks', () => {
    expect(CHAIN_ID).toBe(client.chainId);
    const foreignUnsigned: Attestation = { ...valid, chainId: 'elsewhere', signatures: [] };
    expect(codeOf(() => verifyAttestation(client, foreignUnsigned, NOW))).toBe('WRONG_CHAIN_ID');
  });
});
