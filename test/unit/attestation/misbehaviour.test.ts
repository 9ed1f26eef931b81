/** Misbehaviour: two conflicting attestations at threshold freeze the client; look-alikes do not. */
import { describe, expect, it } from '@jest/globals';
import {
  checkMisbehaviour,
  verifyAttestation,
  verifySignerSetRotation,
  type AttestationMisbehaviour,
} from '../../../light-clients/attestation/index.js';
import { codeOf } from './codes.js';
import {
  CHAIN_ID,
  NOW,
  SECOND,
  nextContent,
  sevenSigners,
  signAttestation,
  signRotation,
  testClient,
} from './signers.js';

const signers = sevenSigners();
const client = testClient(signers, 5n);
const quorum = [0, 3, 4, 5, 6].map((i) => signers[i]!);
const otherQuorum = [1, 2, 3, 4, 5].map((i) => signers[i]!);
const set = client.signerSet;
const first = signAttestation(nextContent(), set, quorum);
const otherRoot = signAttestation(
  nextContent({ stateRoot: new Uint8Array(32).fill(0xcd) }),
  set,
  otherQuorum,
);
const otherTime = signAttestation(nextContent({ timestampNs: NOW - 59n * SECOND }), set, quorum);

describe('attestation: misbehaviour', () => {
  it.each([
    ['another state root', otherRoot],
    ['another time', otherTime],
  ])('behavior: two attestations of one height with %s freeze the client', (_what, second) => {
    const frozen = checkMisbehaviour(client, { first, second });
    expect(frozen.frozen).toBe(true);
    expect(client.frozen).toBe(false);
  });

  it('behavior: equivocation at a height the client already passed still freezes it', () => {
    const { clientState } = verifyAttestation(client, first, NOW);
    const later = signAttestation(
      nextContent({ height: 102n, timestampNs: NOW - 30n * SECOND }),
      set,
      quorum,
    );
    const advanced = verifyAttestation(clientState, later, NOW).clientState;
    expect(checkMisbehaviour(advanced, { first, second: otherRoot }).frozen).toBe(true);
  });

  it('error: a frozen client verifies nothing: attestations, rotations, misbehaviour (CLIENT_FROZEN)', () => {
    const frozen = checkMisbehaviour(client, { first, second: otherRoot });
    expect(codeOf(() => verifyAttestation(frozen, first, NOW))).toBe('CLIENT_FROZEN');
    const rotation = signRotation(CHAIN_ID, 0n, set, set, quorum);
    expect(codeOf(() => verifySignerSetRotation(frozen, rotation))).toBe('CLIENT_FROZEN');
    expect(codeOf(() => checkMisbehaviour(frozen, { first, second: otherRoot }))).toBe('CLIENT_FROZEN');
  });

  const lookAlikes: [string, AttestationMisbehaviour, string][] = [
    ['two copies of one attestation', { first, second: first }, 'MISBEHAVIOUR_NOT_CONFLICTING'],
    [
      'the same statement signed by two quorums',
      { first, second: signAttestation(nextContent(), set, otherQuorum) },
      'MISBEHAVIOUR_NOT_CONFLICTING',
    ],
    [
      'two heights',
      { first, second: signAttestation(nextContent({ height: 102n }), set, quorum) },
      'MISBEHAVIOUR_NOT_CONFLICTING',
    ],
    [
      'one attestation below threshold',
      {
        first,
        second: signAttestation(nextContent({ stateRoot: new Uint8Array(32) }), set, quorum.slice(1)),
      },
      'INSUFFICIENT_SIGNER_WEIGHT',
    ],
    [
      'one attestation of another chain, with another root',
      {
        first,
        second: signAttestation(
          nextContent({ chainId: 'agency-ledger-2', stateRoot: new Uint8Array(32) }),
          set,
          quorum,
        ),
      },
      'WRONG_CHAIN_ID',
    ],
    [
      'one attestation under another signer set',
      {
        first,
        second: signAttestation(
          nextContent({ stateRoot: new Uint8Array(32) }),
          testClient(signers, 4n).signerSet,
          quorum,
        ),
      },
      'SIGNER_SET_MISMATCH',
    ],
    [
      'one attestation with a forged signature',
      {
        first,
        second: {
          ...otherRoot,
          signatures: otherRoot.signatures.map((s, i) =>
            i === 0 ? { ...s, signature: first.signatures[0]!.signature } : s,
          ),
        },
      },
      'BAD_SIGNATURE',
    ],
    ['a malformed attestation', { first, second: { ...otherRoot, height: -1n } }, 'MALFORMED_ATTESTATION'],
  ];

  it.each(lookAlikes)('error: %s does not freeze the client', (_what, misbehaviour, code) => {
    expect(codeOf(() => checkMisbehaviour(client, misbehaviour))).toBe(code);
    expect(client.frozen).toBe(false);
    expect(verifyAttestation(client, first, NOW).signedWeight).toBe(5n);
  });
});
