/**
 * `attested` EVM headers: the committee's digest (the attestation client's
 * own statement, reused), and `attestedSealVerifier` through `verifyHeader`
 * with real secp256k1 committee keys: threshold, forged and misdirected
 * signatures, skipped numbers, and the chain rules that still apply.
 */
import { describe, expect, it } from '@jest/globals';
import { keccak_256 } from '@noble/hashes/sha3.js';
import {
  attestationDigest,
  createSignerSet,
  signerSetHash,
} from '../../../light-clients/attestation/index.js';
import {
  attestedSealVerifier,
  blockHash,
  headerAttestationDigest,
  headerTimeNs,
  verifyHeader,
  type EvmConsensusState,
} from '../../../light-clients/evm/index.js';
import { testSigner } from '../attestation/signers.js';
import { clientState, NOW, NOW_S, plainHeader } from './chain-builder.js';
import { committee, LEDGER_ID } from './committee-builder.js';
import { expectCode } from './expect-code.js';

const state = clientState('attested');
const trustedHeader = plainHeader({ number: 5n, timestamp: NOW_S - 20n });
const trusted: EvmConsensusState = {
  header: trustedHeader,
  hash: blockHash('attested', trustedHeader),
  validators: [],
};
const c = committee();
const attested = attestedSealVerifier(c.signerSet, LEDGER_ID);
const next = plainHeader({ number: 6n, timestamp: NOW_S - 10n, parentHash: trusted.hash });

describe('headerAttestationDigest', () => {
  it('behavior: is the attestation digest of (ledger id, number, time ns, block hash, signer-set hash)', () => {
    const fields = {
      ledgerId: LEDGER_ID,
      number: 6n,
      timestampNs: headerTimeNs(next),
      hash: blockHash('attested', next),
      signerSetHash: signerSetHash(c.signerSet),
    };
    expect(headerAttestationDigest(fields)).toEqual(
      attestationDigest({
        chainId: LEDGER_ID,
        height: 6n,
        timestampNs: fields.timestampNs,
        stateRoot: fields.hash,
        signerSetHash: fields.signerSetHash,
      }),
    );
    expect(headerAttestationDigest({ ...fields, ledgerId: 'other-evm' })).not.toEqual(
      headerAttestationDigest(fields),
    );
  });

  it('error: a number or time beyond uint64 is MALFORMED_HEADER', () => {
    const fields = {
      ledgerId: LEDGER_ID,
      number: 1n << 64n,
      timestampNs: 0n,
      hash: new Uint8Array(32),
      signerSetHash: new Uint8Array(32),
    };
    expectCode(() => headerAttestationDigest(fields), 'MALFORMED_HEADER');
    expectCode(
      () => headerAttestationDigest({ ...fields, number: 1n, timestampNs: -1n }),
      'MALFORMED_HEADER',
    );
  });
});

describe('attestedSealVerifier', () => {
  const verify = (header = next, attestation: unknown = c.sign(header)) =>
    verifyHeader(state, trusted, { header, attestation }, NOW, { attested });

  it('behavior: a header signed by 2 of 3 members verifies and becomes the trusted state', () => {
    expect(verify()).toEqual({ header: next, hash: blockHash('attested', next), validators: [] });
    expect(verify(next, c.sign(next, [2, 0])).header).toBe(next);
  });

  it('behavior: a header may skip numbers, its parent unchecked as it is not adjacent', () => {
    const later = plainHeader({
      number: 9n,
      timestamp: NOW_S - 5n,
      parentHash: keccak_256(Uint8Array.of(9)),
    });
    expect(verify(later).header.number).toBe(9n);
  });

  it('behavior: a header may share the second of the trusted header (blocks sealed faster than a second)', () => {
    const sameSecond = plainHeader({ number: 7n, timestamp: trustedHeader.timestamp });
    expect(verify(sameSecond).header.number).toBe(7n);
  });

  it('behavior: signatures of unregistered signers are ignored', () => {
    const outsider = committee(1, 1n, 40);
    expect(verify(next, [...outsider.sign(next, [0]), ...c.sign(next)]).header).toBe(next);
  });

  it('error: 1 of 3 is INSUFFICIENT_SIGNER_WEIGHT; a signer counted twice is still one', () => {
    expectCode(() => verify(next, c.sign(next, [1])), 'INSUFFICIENT_SIGNER_WEIGHT');
    expectCode(() => verify(next, c.sign(next, [1, 1])), 'INSUFFICIENT_SIGNER_WEIGHT');
    expectCode(() => verify(next, []), 'INSUFFICIENT_SIGNER_WEIGHT');
  });

  it('error: a forged or misdirected signature of a member is BAD_SIGNATURE', () => {
    const [first, second] = c.sign(next);
    if (!first || !second) throw new Error('two signatures');
    const forged = { ...second, signature: second.signature.map((b, i) => (i === 5 ? b ^ 1 : b)) };
    expectCode(() => verify(next, [first, forged]), 'BAD_SIGNATURE');
    // Signed for another ledger, or for another header: the digest differs.
    expectCode(() => verify(next, c.sign(next, [0, 1], 'other-evm')), 'BAD_SIGNATURE');
    const other = { ...next, stateRoot: keccak_256(Uint8Array.of(7)) };
    expectCode(() => verify(other, c.sign(next)), 'BAD_SIGNATURE');
  });

  it('error: a committee of another threshold (another signer-set hash) does not count', () => {
    const loose = attestedSealVerifier(createSignerSet(c.signerSet.signers, 1n), LEDGER_ID);
    expectCode(
      () =>
        verifyHeader(state, trusted, { header: next, attestation: c.sign(next) }, NOW, { attested: loose }),
      'BAD_SIGNATURE',
    );
  });

  it('error: anything but a signature list is MALFORMED_ATTESTATION; too many is TOO_MANY_SIGNATURES', () => {
    expectCode(() => verify(next, 'proof'), 'MALFORMED_ATTESTATION');
    expectCode(
      () => verify(next, [{ scheme: 'rsa', publicKey: new Uint8Array(33), signature: new Uint8Array(64) }]),
      'MALFORMED_ATTESTATION',
    );
    const many = Array.from({ length: 7 }, () => c.sign(next, [0])).flat();
    expectCode(() => verify(next, many), 'TOO_MANY_SIGNATURES');
  });

  it('error: the chain rules still apply: number, adjacent parent, time', () => {
    expectCode(() => verify(plainHeader({ number: 5n, timestamp: NOW_S - 10n })), 'NON_INCREASING_NUMBER');
    expectCode(() => verify(plainHeader({ number: 6n, timestamp: NOW_S - 10n })), 'PARENT_HASH_MISMATCH');
    expectCode(() => verify(plainHeader({ number: 8n, timestamp: NOW_S - 21n })), 'NON_MONOTONIC_TIME');
    expectCode(() => verify(plainHeader({ number: 8n, timestamp: NOW_S + 60n })), 'HEADER_FROM_FUTURE');
  });

  it('error: the factory refuses a ledger id that is not a chain id and an invalid set', () => {
    expectCode(() => attestedSealVerifier(c.signerSet, 'no spaces'), 'INVALID_CLIENT_STATE');
    const key = testSigner('secp256k1', 1);
    expectCode(
      () =>
        attestedSealVerifier(
          { signers: [{ scheme: 'secp256k1', publicKey: key.publicKey, weight: 1n }], threshold: 2n },
          LEDGER_ID,
        ),
      'INVALID_SIGNER_SET',
    );
  });
});
