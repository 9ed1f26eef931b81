/** Signer-set rotation: accepted only when the current set signs the new set's hash at its threshold. */
import { describe, expect, it } from '@jest/globals';
import {
  createSignerSet,
  signerSetHash,
  verifyAttestation,
  verifySignerSetRotation,
  type SignerSetRotation,
} from '../../../light-clients/attestation/index.js';
import { codeOf, thrown } from './codes.js';
import {
  CHAIN_ID,
  NOW,
  nextContent,
  registered,
  sevenSigners,
  signAttestation,
  signRotation,
  signWith,
  testClient,
  testSigner,
} from './signers.js';

const signers = sevenSigners();
const client = testClient(signers, 5n);
const quorum = [0, 3, 4, 5, 6].map((i) => signers[i]!);
const newcomers = [testSigner('ed25519', 20), testSigner('p256', 21), testSigner('sm2', 22)];
const next = createSignerSet(
  newcomers.map((s) => registered(s)),
  2n,
);
const rotation = signRotation(CHAIN_ID, 0n, client.signerSet, next, quorum);

describe('attestation: signer-set rotation', () => {
  it('behavior: the current set at threshold hands over; the sequence advances', () => {
    const rotated = verifySignerSetRotation(client, rotation);
    expect(signerSetHash(rotated.signerSet)).toEqual(signerSetHash(next));
    expect(rotated.signerSetSequence).toBe(1n);
    expect(rotated.latestHeight).toBe(client.latestHeight);
    expect(client.signerSetSequence).toBe(0n);
  });

  it('behavior: after rotation the new set attests and the old set no longer does', () => {
    const rotated = verifySignerSetRotation(client, rotation);
    const byNew = signAttestation(nextContent(), next, newcomers.slice(0, 2));
    expect(verifyAttestation(rotated, byNew, NOW).signedWeight).toBe(2n);
    const byOld = signAttestation(nextContent(), client.signerSet, quorum);
    expect(codeOf(() => verifyAttestation(rotated, byOld, NOW))).toBe('SIGNER_SET_MISMATCH');
  });

  it('error: signed below the threshold is ROTATION_NOT_AUTHORISED', () => {
    const weak = signRotation(CHAIN_ID, 0n, client.signerSet, next, quorum.slice(0, 4));
    const err = thrown(() => verifySignerSetRotation(client, weak));
    expect(err.code).toBe('ROTATION_NOT_AUTHORISED');
    expect(err.context).toMatchObject({ signedWeight: 4n, threshold: 5n });
  });

  it('error: signed by the new set only is ROTATION_NOT_AUTHORISED', () => {
    const selfAppointed = signRotation(CHAIN_ID, 0n, client.signerSet, next, newcomers);
    expect(codeOf(() => verifySignerSetRotation(client, selfAppointed))).toBe('ROTATION_NOT_AUTHORISED');
  });

  it('error: a duplicate signer counts once towards a rotation', () => {
    const four = signRotation(CHAIN_ID, 0n, client.signerSet, next, quorum.slice(0, 4));
    const padded: SignerSetRotation = { ...four, signatures: [...four.signatures, four.signatures[0]!] };
    expect(thrown(() => verifySignerSetRotation(client, padded)).context).toMatchObject({ signedWeight: 4n });
  });

  it('error: signatures over another new set are BAD_SIGNATURE', () => {
    const other = createSignerSet([registered(testSigner('ed25519', 30))], 1n);
    const swapped: SignerSetRotation = { ...rotation, newSignerSet: other };
    expect(codeOf(() => verifySignerSetRotation(client, swapped))).toBe('BAD_SIGNATURE');
  });

  it('error: attestation signatures do not pass as rotation signatures (BAD_SIGNATURE)', () => {
    const attestation = signAttestation(nextContent(), client.signerSet, quorum);
    const reused: SignerSetRotation = { ...rotation, signatures: attestation.signatures };
    expect(codeOf(() => verifySignerSetRotation(client, reused))).toBe('BAD_SIGNATURE');
  });

  it('error: replaying a used rotation is STALE_ROTATION', () => {
    const rotated = verifySignerSetRotation(client, rotation);
    const back = signRotation(CHAIN_ID, 1n, next, client.signerSet, newcomers.slice(0, 2));
    const restored = verifySignerSetRotation(rotated, back);
    expect(signerSetHash(restored.signerSet)).toEqual(signerSetHash(client.signerSet));
    expect(codeOf(() => verifySignerSetRotation(restored, rotation))).toBe('STALE_ROTATION');
  });

  it('error: a rotation for another chain is WRONG_CHAIN_ID', () => {
    const foreign = signRotation('agency-ledger-2', 0n, client.signerSet, next, quorum);
    expect(codeOf(() => verifySignerSetRotation(client, foreign))).toBe('WRONG_CHAIN_ID');
  });

  it('error: a new set that breaks the signer-set rules is INVALID_SIGNER_SET', () => {
    const broken = { signers: next.signers, threshold: 4n };
    const signed = signRotation(CHAIN_ID, 0n, client.signerSet, broken, quorum);
    expect(codeOf(() => verifySignerSetRotation(client, signed))).toBe('INVALID_SIGNER_SET');
  });

  it('error: a frozen client accepts no rotation (CLIENT_FROZEN)', () => {
    expect(codeOf(() => verifySignerSetRotation({ ...client, frozen: true }, rotation))).toBe(
      'CLIENT_FROZEN',
    );
  });

  it('error: more than twice as many signatures as signers is TOO_MANY_SIGNATURES', () => {
    const many = signWith([...quorum, ...quorum, ...quorum], new Uint8Array(32));
    expect(codeOf(() => verifySignerSetRotation(client, { ...rotation, signatures: many }))).toBe(
      'TOO_MANY_SIGNATURES',
    );
  });
});
