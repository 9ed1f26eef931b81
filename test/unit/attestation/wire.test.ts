/** JSON wire shapes: round trips, and MALFORMED_* with every issue for bad input. */
import { describe, expect, it } from '@jest/globals';
import {
  attestationToJson,
  createSignerSet,
  parseAttestationJson,
  parseRotationJson,
  parseSignerSetJson,
  rotationToJson,
  signerSetToJson,
  verifyAttestation,
} from '../../../light-clients/attestation/index.js';
import { thrown } from './codes.js';
import {
  CHAIN_ID,
  NOW,
  nextContent,
  registered,
  sevenSigners,
  signAttestation,
  signRotation,
  testClient,
} from './signers.js';

const signers = sevenSigners();
const client = testClient(signers, 5n);
const quorum = [0, 3, 4, 5, 6].map((i) => signers[i]!);
const attestation = signAttestation(nextContent(), client.signerSet, quorum);
const json = attestationToJson(attestation);

/** Through text, as a file would carry it. */
const viaText = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('attestation: JSON wire format', () => {
  it('behavior: an attestation survives JSON text and still verifies', () => {
    const parsed = parseAttestationJson(viaText(json));
    expect(parsed).toEqual(attestation);
    expect(verifyAttestation(client, parsed, NOW).signedWeight).toBe(5n);
  });

  it('behavior: integers are decimal strings and bytes lowercase hex', () => {
    expect(json.height).toBe('101');
    expect(json.timestampNs).toBe(attestation.timestampNs.toString());
    expect(json.stateRoot).toBe('ab'.repeat(32));
  });

  it('behavior: a signer set and a rotation survive JSON text', () => {
    const set = createSignerSet(
      signers.map((s) => registered(s, 3n)),
      15n,
    );
    expect(parseSignerSetJson(viaText(signerSetToJson(set)))).toEqual(set);
    const rotation = signRotation(CHAIN_ID, 0n, client.signerSet, set, quorum);
    expect(parseRotationJson(viaText(rotationToJson(rotation)))).toEqual(rotation);
  });

  it('behavior: upper-case hex is accepted', () => {
    const upper = { ...json, stateRoot: json.stateRoot.toUpperCase() };
    expect(parseAttestationJson(upper).stateRoot).toEqual(attestation.stateRoot);
  });

  it.each([
    ['an odd number of hex digits', { stateRoot: 'abc' }, 'stateRoot'],
    ['a 0x prefix', { stateRoot: `0x${json.stateRoot}` }, 'stateRoot'],
    ['an empty state root', { stateRoot: '' }, 'stateRoot'],
    ['a height with a leading zero', { height: '0101' }, 'height'],
    ['a negative height', { height: '-1' }, 'height'],
    ['a height of 2^64', { height: (1n << 64n).toString() }, 'height'],
    ['a numeric height', { height: 101 }, 'height'],
    ['an unknown key', { extra: 1 }, '(root)'],
    ['a missing signerSetHash', { signerSetHash: undefined }, 'signerSetHash'],
    ['an unknown scheme', { signatures: [{ ...json.signatures[0]!, scheme: 'rsa' }] }, 'signatures.0.scheme'],
  ])('error: %s is MALFORMED_ATTESTATION naming the field', (_what, change, path) => {
    const err = thrown(() => parseAttestationJson(viaText({ ...json, ...change })));
    expect(err.code).toBe('MALFORMED_ATTESTATION');
    expect(err.category).toBe('invalid_argument');
    expect((err.context.issues as string[]).some((i) => i.startsWith(`${path}:`))).toBe(true);
  });

  it('error: every issue is reported at once', () => {
    const err = thrown(() => parseAttestationJson({ ...json, height: 'x', stateRoot: 'y' }));
    expect(err.context.issues).toHaveLength(2);
  });

  it.each([
    ['not an object', 'attestation'],
    ['null', null],
  ])('error: %s is MALFORMED_ATTESTATION', (_w, value) => {
    expect(thrown(() => parseAttestationJson(value)).code).toBe('MALFORMED_ATTESTATION');
  });

  it('error: a bad signer set is MALFORMED_SIGNER_SET; an empty one too', () => {
    expect(thrown(() => parseSignerSetJson({ threshold: '1' })).code).toBe('MALFORMED_SIGNER_SET');
    expect(thrown(() => parseSignerSetJson({ threshold: '1', signers: [] })).code).toBe(
      'MALFORMED_SIGNER_SET',
    );
  });

  it('error: a bad rotation is MALFORMED_ROTATION', () => {
    expect(thrown(() => parseRotationJson({ chainId: CHAIN_ID, sequence: '0' })).code).toBe(
      'MALFORMED_ROTATION',
    );
  });
});
