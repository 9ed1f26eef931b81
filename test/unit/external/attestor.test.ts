/**
 * Attestations made by the agency (adapters/external/attestor.ts) verify
 * with the attestation client (`verifyAttestation`) for every scheme, alone
 * and mixed, also after the JSON round trip GetClientMessage puts them
 * through; fewer signatures than the threshold do not.
 */
import { describe, expect, it } from '@jest/globals';
import { Attestor, createAgencySigner, signerConfigSchema } from '../../../adapters/external/index.js';
import {
  attestationSchemes,
  attestationToJson,
  parseAttestationJson,
  verifyAttestation,
  type AttestationScheme,
} from '../../../light-clients/attestation/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { CHAIN_ID, SECOND, T0, clientFor, signerEntry } from './keys.js';

const signers = (schemes: readonly AttestationScheme[]) =>
  schemes.map((scheme, i) => createAgencySigner(signerConfigSchema.parse(signerEntry(scheme, i + 1))));
const content = { chainId: CHAIN_ID, height: 1n, timestampNs: T0, stateRoot: new Uint8Array(32).fill(7) };

describe('agency attestations', () => {
  it.each(attestationSchemes)(
    'behavior: a 2-of-3 %s signer set attests what the client verifies',
    (scheme) => {
      const attestor = new Attestor(signers([scheme, scheme, scheme]), 2n);
      const attestation = attestor.attest(content);
      const { attested, signedWeight } = verifyAttestation(clientFor(attestor.signerSet), attestation, T0);
      expect(attested).toEqual({ height: 1n, timestampNs: T0, stateRoot: content.stateRoot });
      expect(signedWeight).toBe(3n);
    },
  );

  it('behavior: a set mixing every scheme attests, and survives the JSON wire shape', () => {
    const attestor = new Attestor(signers(attestationSchemes), 5n);
    const json = JSON.parse(JSON.stringify(attestationToJson(attestor.attest(content)))) as unknown;
    const { signedWeight } = verifyAttestation(clientFor(attestor.signerSet), parseAttestationJson(json), T0);
    expect(signedWeight).toBe(5n);
  });

  it('behavior: the signer-set hash names the set in canonical order, however it was listed', () => {
    const listed = signers(['sm2', 'ed25519', 'ml-dsa-65']);
    const a = new Attestor(listed, 2n);
    const b = new Attestor([...listed].reverse(), 2n);
    expect(a.signerSetHash).toEqual(b.signerSetHash);
    expect(a.attest(content).signerSetHash).toEqual(a.signerSetHash);
  });

  it('error: an attestation stripped below the threshold is INSUFFICIENT_SIGNER_WEIGHT', () => {
    const attestor = new Attestor(signers(['ed25519', 'sm2', 'ml-dsa-65']), 3n);
    const full = attestor.attest(content);
    const stripped = { ...full, signatures: full.signatures.slice(1) };
    expect(() => verifyAttestation(clientFor(attestor.signerSet), stripped, T0 + SECOND)).toThrow(
      expect.objectContaining({ code: 'INSUFFICIENT_SIGNER_WEIGHT' }),
    );
  });

  it('error: a threshold above the total weight is INVALID_SIGNER_SET', () => {
    const err = (() => {
      try {
        return new Attestor(signers(['ed25519']), 2n);
      } catch (e) {
        return e;
      }
    })();
    expect(IsthmusError.is(err, 'INVALID_SIGNER_SET')).toBe(true);
  });
});
