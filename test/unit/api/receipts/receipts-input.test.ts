/**
 * What the receipt code reads at its doors, without chains: record ids,
 * trust anchor files (a hash that is not the set's, missing clients,
 * unknown fields) and bundle bytes (not protobuf, not canonical, another
 * layout version).
 */
import { describe, expect, it } from '@jest/globals';
import { deriveValidatorKey } from '../../../../adapters/devnet/index.js';
import { makeValidatorSet } from '../../../../light-clients/tendermint/index.js';
import { v1 } from '../../../../proto/index.js';
import {
  decodeEvidenceReceipt,
  encodeEvidenceReceipt,
  evidenceReceiptFromJson,
  parseRecordId,
  parseTrustAnchor,
  recordIdOf,
  trustAnchorToJson,
  verifyEvidenceReceipt,
} from '../../../../relayer/api/receipts/index.js';

const hash = new Uint8Array(32).fill(0xab);
const validators = makeValidatorSet(
  [0, 1, 2].map((i) => ({
    pubKey: { type: 'ed25519' as const, bytes: deriveValidatorKey('unit-seed', 'mainchain-1', i).publicKey },
    votingPower: 10n,
  })),
);
const anchor = { chainId: 'mainchain-1', validators, clients: new Map([['health-1', '07-tendermint-0']]) };

describe('receipts: record ids', () => {
  it('args: an id reads back to its chain, hash and path', () => {
    const id = recordIdOf('health-1', hash);
    expect(parseRecordId(id)).toEqual({
      chainId: 'health-1',
      documentHash: hash,
      path: `notary/${'ab'.repeat(32)}`,
    });
  });

  it.each(['health-1', 'health-1/ABAB', `health-1/${'AB'.repeat(32)}`, `/${'ab'.repeat(32)}`])(
    'error: %j is INVALID_ARGUMENT naming record_id',
    (id) => {
      expect(() => parseRecordId(id)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', context: { field: 'record_id' } }),
      );
    },
  );
});

describe('receipts: trust anchors', () => {
  it('behavior: the JSON form reads back to the same set and clients', () => {
    const parsed = parseTrustAnchor(trustAnchorToJson(anchor));
    expect(parsed.chainId).toBe('mainchain-1');
    expect(parsed.validators).toEqual(validators);
    expect(parsed.clients).toEqual(anchor.clients);
  });

  it.each([
    ['a hash that is not the set’s', { validators_hash: '00'.repeat(32) }],
    ['no clients', { clients: {} }],
    ['an unknown field', { trusted: true }],
    ['no validators', { validators: [] }],
    ['no chain id', { chain_id: '' }],
  ])('error: an anchor with %s is TRUST_ANCHOR_INVALID', (_name, change) => {
    const json = { ...trustAnchorToJson(anchor), ...change };
    expect(() => parseTrustAnchor(json)).toThrow(expect.objectContaining({ code: 'TRUST_ANCHOR_INVALID' }));
  });
});

describe('receipts: bundle bytes', () => {
  const bundle = v1.EvidenceReceipt.create({
    version: 1,
    recordId: recordIdOf('health-1', hash),
    chainId: 'health-1',
  });

  it('error: bytes that are not protobuf, or not its canonical encoding, are RECEIPT_MALFORMED', () => {
    expect(() => decodeEvidenceReceipt(Uint8Array.from([0xff, 0xff]))).toThrow(
      expect.objectContaining({ code: 'RECEIPT_MALFORMED' }),
    );
    // Field 2 written before field 1: the same message, another encoding.
    const bytes = encodeEvidenceReceipt(bundle);
    const reordered = Uint8Array.from([...bytes.slice(2), ...bytes.slice(0, 2)]);
    expect(() => decodeEvidenceReceipt(reordered)).toThrow(
      expect.objectContaining({ code: 'RECEIPT_MALFORMED' }),
    );
    expect(() => evidenceReceiptFromJson('[1]')).toThrow(
      expect.objectContaining({ code: 'RECEIPT_MALFORMED' }),
    );
  });

  it('error: another layout version is RECEIPT_VERSION_UNSUPPORTED; missing parts are RECEIPT_MALFORMED', () => {
    expect(() => verifyEvidenceReceipt({ ...bundle, version: 2 }, anchor)).toThrow(
      expect.objectContaining({ code: 'RECEIPT_VERSION_UNSUPPORTED' }),
    );
    expect(() => verifyEvidenceReceipt(bundle, anchor)).toThrow(
      expect.objectContaining({ code: 'RECEIPT_MALFORMED' }),
    );
  });
});
