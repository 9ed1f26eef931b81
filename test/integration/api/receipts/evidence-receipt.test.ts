/**
 * Notarisation and evidence receipts end to end: mainchain-1 and health-1
 * over loopback gRPC with clients of each other. A hash notarised on
 * health-1 gets a receipt that verifies offline under an anchor built from
 * mainchain-1's genesis; any single flipped byte of the encoded bundle is
 * rejected or unusable, never valid; another validator set, another main
 * chain or an unnamed client reject it with their codes; an endpoint that
 * lies about the record's proof gets no receipt built.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { makeGenesis } from '../../../../adapters/devnet/index.js';
import { IsthmusError, sha256 } from '../../../../light-clients/index.js';
import { makeValidatorSet } from '../../../../light-clients/tendermint/index.js';
import { fromU64, v1 } from '../../../../proto/index.js';
import {
  buildEvidenceReceipt,
  createEvidenceService,
  decodeEvidenceReceipt,
  encodeEvidenceReceipt,
  evidenceReceiptFromJson,
  evidenceReceiptToJson,
  verifyEvidenceReceipt,
  type EvidenceService,
} from '../../../../relayer/api/receipts/index.js';
import { countingLedger, wrapLedger } from '../../relayer/delivery/ledger-wrappers.js';
import { HEALTH, MAIN, startReceiptNetwork, type ReceiptNetwork } from './network.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;

/** The code `fn` throws with, or 'OK' when it returns. */
function outcome(fn: () => unknown): string {
  try {
    fn();
    return 'OK';
  } catch (err) {
    if (!(err instanceof IsthmusError)) throw err;
    return err.code;
  }
}

describe('integration: notarisation and evidence receipts', () => {
  let net: ReceiptNetwork;
  let service: EvidenceService;
  let receipt: v1.EvidenceReceipt;
  const hash = sha256(utf8('synthetic consent record #1'));

  beforeAll(async () => {
    net = await startReceiptNetwork();
    service = createEvidenceService({
      ledgers: new Map([
        [MAIN, net.m],
        [HEALTH, net.h],
      ]),
      mainChainId: MAIN,
      clientIds: new Map([[HEALTH, net.clientOfHealth]]),
    });
  }, 30_000);

  afterAll(async () => {
    await net.close();
  });

  it('behavior: notarize records the hash on health-1; a repeat answers with the first record', async () => {
    const res = await service.notarize({
      chainId: HEALTH,
      documentHash: hash,
      hashAlgorithm: 'sha256',
      label: 'patient consent (synthetic)',
    });
    const hex = Buffer.from(hash).toString('hex');
    expect(res).toMatchObject({ recordId: `${HEALTH}/${hex}`, chainId: HEALTH, path: `notary/${hex}` });
    expect(res.txId).toMatch(/^[0-9A-F]{64}$/);
    const again = await service.notarize({
      chainId: HEALTH,
      documentHash: hash,
      hashAlgorithm: 'sha256',
      label: 'x',
    });
    expect(again.recordId).toBe(res.recordId);
    expect(fromU64(again.height?.height)).toBe(fromU64(res.height?.height));
    expect(again.txId).toBe('');
  });

  it('error: notarize refuses bad fields and unknown chains with typed errors naming them', async () => {
    const bad = (req: v1.INotarizeRequest) => service.notarize(req).catch((err: unknown) => err);
    await expect(
      bad({ chainId: HEALTH, documentHash: new Uint8Array(31), hashAlgorithm: 'sha256', label: 'x' }),
    ).resolves.toMatchObject({
      code: 'NOTARY_HASH_LENGTH',
      category: 'invalid_argument',
      context: { field: 'document_hash' },
    });
    await expect(
      bad({ chainId: '', documentHash: hash, hashAlgorithm: 'sha256', label: 'x' }),
    ).resolves.toMatchObject({
      code: 'INVALID_ARGUMENT',
      context: { field: 'chain_id' },
    });
    await expect(
      bad({ chainId: MAIN, documentHash: hash, hashAlgorithm: 'sha256', label: 'x' }),
    ).resolves.toMatchObject({
      code: 'CHAIN_NOT_FOUND',
      category: 'not_found',
    });
  });

  it('behavior: the receipt verifies offline under the anchor from the main chain genesis', async () => {
    const recordId = `${HEALTH}/${Buffer.from(hash).toString('hex')}`;
    receipt = await service.receipt({ recordId });
    expect(receipt.version).toBe(1);
    const verified = verifyEvidenceReceipt(decodeEvidenceReceipt(encodeEvidenceReceipt(receipt)), net.anchor);
    expect(verified).toMatchObject({
      recordId,
      chainId: HEALTH,
      mainChainId: MAIN,
      mainClientId: net.clientOfHealth,
    });
    expect(verified.record.label).toBe('patient consent (synthetic)');
    expect(verified.proofHeight).toBeGreaterThan(verified.record.height);
    // The JSON form reads back to the same bundle.
    expect(encodeEvidenceReceipt(evidenceReceiptFromJson(evidenceReceiptToJson(receipt)))).toEqual(
      encodeEvidenceReceipt(receipt),
    );
  });

  it('behavior: a receipt needs no client update once the client is past the record', async () => {
    const { ledger, submissions } = countingLedger(net.m);
    const again = await buildEvidenceReceipt({
      sub: net.h,
      subChainId: HEALTH,
      main: ledger,
      mainChainId: MAIN,
      mainClientId: net.clientOfHealth,
      recordId: receipt.recordId,
      now: nowNs(),
    });
    expect(submissions).toHaveLength(0);
    expect(verifyEvidenceReceipt(again, net.anchor).recordId).toBe(receipt.recordId);
  });

  it('behavior: no single flipped byte of the encoded bundle leaves it valid', () => {
    const bytes = encodeEvidenceReceipt(receipt);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (at, mask) => {
          const flipped = Uint8Array.from(bytes);
          flipped[at] = (flipped[at] ?? 0) ^ mask;
          expect(outcome(() => verifyEvidenceReceipt(decodeEvidenceReceipt(flipped), net.anchor))).not.toBe(
            'OK',
          );
        },
      ),
      { numRuns: 300, seed: 20_251_124 },
    );
  });

  it('error: another validator set, another main chain or an unnamed client rejects the receipt with its code', () => {
    const other = makeGenesis({ chainId: MAIN, genesisTimeNs: 1n, seed: 'another-network' });
    const otherSet = makeValidatorSet(
      other.validators.map((v) => ({
        pubKey: { type: 'ed25519' as const, bytes: v.pubKey },
        votingPower: v.power,
      })),
    );
    expect(outcome(() => verifyEvidenceReceipt(receipt, { ...net.anchor, validators: otherSet }))).toBe(
      'NOT_ENOUGH_TRUST',
    );
    expect(outcome(() => verifyEvidenceReceipt(receipt, { ...net.anchor, chainId: 'mainchain-2' }))).toBe(
      'RECEIPT_WRONG_MAIN_CHAIN',
    );
    expect(
      outcome(() =>
        verifyEvidenceReceipt(receipt, { ...net.anchor, clients: new Map([[HEALTH, '07-tendermint-9']]) }),
      ),
    ).toBe('RECEIPT_CLIENT_UNTRUSTED');
  });

  it('error: a sub-network endpoint that tampers with the record proof gets no receipt', async () => {
    const lying = wrapLedger(net.h, {
      queryProof: async (req, ctx) => {
        const res = await net.h.queryProof(req, ctx);
        const bytes = Uint8Array.from(res.proof?.bytes ?? []);
        bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0x01;
        return v1.QueryProofResponse.create({ ...res, proof: { ...res.proof, bytes } });
      },
    });
    const err = await buildEvidenceReceipt({
      sub: lying,
      subChainId: HEALTH,
      main: net.m,
      mainChainId: MAIN,
      mainClientId: net.clientOfHealth,
      recordId: receipt.recordId,
      now: nowNs(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IsthmusError);
    expect(err).toMatchObject({ code: 'RECEIPT_UNVERIFIED', category: 'verification' });
  });

  it('error: a receipt for a hash never notarised is RECORD_NOT_FOUND', async () => {
    const missing = `${HEALTH}/${Buffer.from(sha256(utf8('never notarised'))).toString('hex')}`;
    await expect(service.receipt({ recordId: missing })).rejects.toMatchObject({ code: 'RECORD_NOT_FOUND' });
    await expect(service.receipt({ recordId: 'not-an-id' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      context: { field: 'record_id' },
    });
  });
});
