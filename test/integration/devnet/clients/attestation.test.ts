/**
 * Attestation clients on a devnet, over real loopback gRPC: an agency
 * ledger (adapters/external) with an SM2 signer set and with an ML-DSA-65
 * one is tracked by an attestation client hosted on a devnet. The client is
 * created and updated through the devnet's Ledger `Submit`, height after
 * height, with the attestations the agency serves; the agency's record
 * proofs verify through the registry's `verifyMembership`. A
 * below-threshold attestation is rejected and changes nothing; two
 * conflicting attestations freeze the client, which then rejects
 * everything.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LedgerClient } from '../../../../adapters/index.js';
import {
  ClientRegistry,
  encodeAttestationClientState,
  type ClientView,
  type DevnetChain,
} from '../../../../adapters/devnet/index.js';
import {
  Attestor,
  createAgencySigner,
  decodeAttestationMessage,
  encodeAttestationMessage,
  startExternalLedger,
  type RunningExternalLedger,
} from '../../../../adapters/external/index.js';
import { fromU64, toU64, v1 } from '../../../../proto/index.js';
import { CHAIN_ID, T0, clientFor, signerEntry, testConfig } from '../../../unit/external/keys.js';
import {
  devnet,
  eventsOf,
  logger,
  OK,
  REJECTED,
  SECOND,
  serve,
  submitOne,
  utf8,
  type Served,
} from './devnet-server.js';

const agencyHeight = (h: bigint): v1.IHeight => ({ revision: toU64(0n), height: toU64(h) });

describe.each([
  ['an SM2 signer set (2 of 3)', 'sm2'],
  ['an ML-DSA-65 signer set (2 of 3)', 'ml-dsa-65'],
] as const)(
  'integration: an attestation client on a devnet tracks an agency ledger with %s',
  (_name, scheme) => {
    const config = testConfig(
      [1, 2, 3].map((n) => signerEntry(scheme, n)),
      2,
    );
    let agency: RunningExternalLedger;
    let agencyApi: LedgerClient;
    let main: DevnetChain;
    let mainApi: Served;
    let clientId = '';

    /** The registry as the devnet's latest block committed it. */
    const committed = (): ClientRegistry =>
      new ClientRegistry({ get: (key) => main.getAt(main.latestHeight, key) });
    const mainNow = (): bigint => main.latestBlock?.timeNs ?? 0n;
    // The registry's QueryClient view of the committed state (what DevnetLedger.queryClient serves
    // once it dispatches on the client type).
    const queryClient = (): ClientView => committed().query(clientId, mainNow());

    beforeAll(async () => {
      let t = T0;
      agency = await startExternalLedger(config, logger, {
        clock: () => (t += SECOND),
      });
      agencyApi = new LedgerClient({ address: agency.address, timeoutMs: 5_000 });
      // The devnet's clock runs ahead of the agency's: attestations are never from its future.
      main = devnet('mainchain-1', T0 + 600n * SECOND);
      mainApi = await serve(main);
    });

    afterAll(async () => {
      agencyApi.close();
      await agency.close();
      await mainApi.close();
    });

    it('behavior: CreateClient with the signer set, then UpdateClient with each attested height', async () => {
      const created = await submitOne(mainApi, main, {
        createClient: {
          clientType: 'attestation',
          clientState: encodeAttestationClientState(clientFor(agency.signerSet)),
          consensusState: new Uint8Array(0),
        },
      });
      expect(created.code).toBe(OK);
      clientId = new TextDecoder().decode(created.data ?? new Uint8Array(0));
      expect(clientId).toBe('09-attestation-0');

      let trusted = 0n;
      for (let i = 1; i <= 4; i++) {
        agency.ledger.append(`records/${scheme}/${i}`, utf8(`record ${i}`));
        agency.ledger.seal();
        const served = await agencyApi.getClientMessage({ trustedHeight: agencyHeight(trusted) });
        expect(served.messages).toHaveLength(1);
        const res = await submitOne(mainApi, main, {
          updateClient: { clientId, message: served.messages[0] ?? null },
        });
        expect(res.code).toBe(OK);
        trusted = fromU64(served.height?.height);
        const q = queryClient();
        expect(q.clientState?.clientType).toBe('attestation');
        expect(q.clientState?.chainId).toBe(CHAIN_ID);
        expect(q.clientState?.status).toBe(v1.ClientStatus.CLIENT_STATUS_ACTIVE);
        expect(fromU64(q.clientState?.latestHeight?.height)).toBe(trusted);
        expect(q.consensusState?.root).toEqual(agency.ledger.sealedAt(trusted).attestation.stateRoot);
      }
      expect(trusted).toBe(5n);
      const updates = await eventsOf(mainApi, main, v1.EventKind.EVENT_KIND_CLIENT_UPDATED);
      expect(updates.map((e) => fromU64(e.client?.consensusHeight?.height))).toEqual([2n, 3n, 4n, 5n]);
    });

    it("behavior: the agency's record proofs verify through the registry, presence and absence", async () => {
      const registry = committed();
      for (let h = 2n; h <= 5n; h++) {
        const path = `records/${scheme}/${h - 1n}`;
        const present = await agencyApi.queryProof({ path, height: agencyHeight(h) });
        registry.verifyMembership({
          clientId,
          height: fromU64(present.proof?.height?.height),
          proof: present.proof ?? {},
          path: utf8(path),
          value: present.value,
          now: mainNow(),
        });
        const later = `records/${scheme}/${h}`;
        const absent = await agencyApi.queryProof({ path: later, height: agencyHeight(h) });
        registry.verifyNonMembership({
          clientId,
          height: h,
          proof: absent.proof ?? {},
          path: utf8(later),
          now: mainNow(),
        });
      }
      const proof = await agencyApi.queryProof({ path: `records/${scheme}/1`, height: agencyHeight(2n) });
      expect(() =>
        registry.verifyMembership({
          clientId,
          height: 2n,
          proof: proof.proof ?? {},
          path: utf8(`records/${scheme}/1`),
          value: utf8('forged'),
          now: mainNow(),
        }),
      ).toThrow(expect.objectContaining({ code: 'VALUE_MISMATCH' }));
    });

    it('error: a below-threshold attestation is INSUFFICIENT_SIGNER_WEIGHT and changes nothing', async () => {
      agency.ledger.seal();
      const before = queryClient();
      const served = await agencyApi.getClientMessage({
        trustedHeight: before.clientState?.latestHeight ?? null,
      });
      const attestation = decodeAttestationMessage(served.messages[0] ?? {});
      const stripped = encodeAttestationMessage({
        ...attestation,
        signatures: attestation.signatures.slice(0, 1),
      });
      const res = await submitOne(mainApi, main, { updateClient: { clientId, message: stripped } });
      expect(res.code).toBe(REJECTED);
      expect(res.errorCode).toBe('INSUFFICIENT_SIGNER_WEIGHT');
      const after = queryClient();
      expect(after.clientState).toEqual(before.clientState);
      expect(after.consensusState).toEqual(before.consensusState);
    });

    it('behavior: two conflicting attestations at the threshold freeze the client, which then rejects everything', async () => {
      // The agency's own keys sign another root for an attested height: equivocation.
      const attestor = new Attestor(
        config.signerSet.signers.map((s, i) => createAgencySigner(s, i)),
        BigInt(config.signerSet.threshold),
      );
      const honest = agency.ledger.sealedAt(3n).attestation;
      const forged = attestor.attest({ ...honest, stateRoot: new Uint8Array(32).fill(7) });
      const evidence = (first: v1.ClientMessage, second: v1.ClientMessage): v1.ClientMessage =>
        v1.ClientMessage.create({
          clientType: 'attestation',
          bytes: v1.AttestationMisbehaviour.encode({ first: first.bytes, second: second.bytes }).finish(),
        });

      const lookAlike = await submitOne(mainApi, main, {
        submitMisbehaviour: {
          clientId,
          misbehaviour: evidence(encodeAttestationMessage(honest), encodeAttestationMessage(honest)),
        },
      });
      expect(lookAlike.errorCode).toBe('MISBEHAVIOUR_NOT_CONFLICTING');

      const res = await submitOne(mainApi, main, {
        submitMisbehaviour: {
          clientId,
          misbehaviour: evidence(encodeAttestationMessage(honest), encodeAttestationMessage(forged)),
        },
      });
      expect(res.code).toBe(OK);
      const q = queryClient();
      expect(q.clientState?.status).toBe(v1.ClientStatus.CLIENT_STATUS_FROZEN);
      const frozen = await eventsOf(mainApi, main, v1.EventKind.EVENT_KIND_MISBEHAVIOUR);
      expect(frozen.map((e) => [e.client?.clientId, fromU64(e.client?.consensusHeight?.height)])).toEqual([
        [clientId, 3n],
      ]);

      agency.ledger.seal();
      const next = await agencyApi.getClientMessage({ trustedHeight: q.clientState?.latestHeight ?? null });
      const update = await submitOne(mainApi, main, {
        updateClient: { clientId, message: next.messages[0] ?? null },
      });
      expect(update.errorCode).toBe('CLIENT_FROZEN');
      const proof = await agencyApi.queryProof({ path: `records/${scheme}/1`, height: agencyHeight(2n) });
      expect(() =>
        committed().verifyMembership({
          clientId,
          height: 2n,
          proof: proof.proof ?? {},
          path: utf8(`records/${scheme}/1`),
          value: utf8('record 1'),
          now: mainNow(),
        }),
      ).toThrow(expect.objectContaining({ code: 'CLIENT_FROZEN' }));
    });
  },
);
