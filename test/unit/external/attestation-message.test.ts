/**
 * The "attestation" client message (adapters/external/attestation-message.ts):
 * UTF-8 JSON in the attestation client's wire shape, read back to the same
 * attestation; anything else is refused with its code before any signature
 * is looked at.
 */
import { describe, expect, it } from '@jest/globals';
import {
  Attestor,
  createAgencySigner,
  decodeAttestationMessage,
  encodeAttestationMessage,
  signerConfigSchema,
} from '../../../adapters/external/index.js';
import { attestationToJson } from '../../../light-clients/attestation/index.js';
import { CHAIN_ID, T0, signerEntry } from './keys.js';

const attestor = new Attestor(
  [signerEntry('sm2', 1), signerEntry('ml-dsa-65', 2)].map((s) =>
    createAgencySigner(signerConfigSchema.parse(s)),
  ),
  2n,
);
const attestation = attestor.attest({
  chainId: CHAIN_ID,
  height: 7n,
  timestampNs: T0,
  stateRoot: new Uint8Array(32).fill(3),
});
const utf8 = new TextEncoder();

describe('attestation client messages', () => {
  it('behavior: the bytes are the JSON wire shape, and decode to the same attestation', () => {
    const message = encodeAttestationMessage(attestation);
    expect(message.clientType).toBe('attestation');
    expect(JSON.parse(new TextDecoder().decode(message.bytes))).toEqual(attestationToJson(attestation));
    expect(decodeAttestationMessage(message)).toEqual({
      ...attestation,
      signatures: [...attestation.signatures],
    });
  });

  it.each([
    [
      'another client type',
      { clientType: 'tendermint', bytes: encodeAttestationMessage(attestation).bytes },
      'WRONG_CLIENT_TYPE',
    ],
    [
      'bytes that are not UTF-8',
      { clientType: 'attestation', bytes: Uint8Array.of(0xff, 0xfe) },
      'MALFORMED_ATTESTATION',
    ],
    [
      'bytes that are not JSON',
      { clientType: 'attestation', bytes: utf8.encode('{') },
      'MALFORMED_ATTESTATION',
    ],
    [
      'JSON of another shape',
      { clientType: 'attestation', bytes: utf8.encode('{"height":"1"}') },
      'MALFORMED_ATTESTATION',
    ],
  ])('error: %s is refused', (_what, message, code) => {
    expect(() => decodeAttestationMessage(message)).toThrow(
      expect.objectContaining({ code, category: 'invalid_argument' }),
    );
  });
});
