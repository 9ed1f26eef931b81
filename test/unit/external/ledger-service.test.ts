/**
 * The agency ledger's `Ledger` methods in-process
 * (adapters/external/ledger-service.ts): what each one answers and fails
 * with. The same service over real gRPC is in
 * test/integration/external/agency-ledger-grpc.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import {
  AgencyLedger,
  Attestor,
  ExternalLedger,
  createAgencySigner,
  signerConfigSchema,
} from '../../../adapters/external/index.js';
import { ProvableStore } from '../../../adapters/store/index.js';
import { parseAttestationJson, verifyAttestation } from '../../../light-clients/attestation/index.js';
import { tendermintSpec, verifyMerkleProof } from '../../../light-clients/ics23/index.js';
import { fromU64, toU64, v1 } from '../../../proto/index.js';
import { CHAIN_ID, SECOND, clientFor, signerEntry, steppingClock } from './keys.js';

const silent = pino({ level: 'silent' });
const utf8 = new TextEncoder();

function setup() {
  const signers = [signerEntry('ed25519', 1), signerEntry('p256', 2)].map((s) =>
    createAgencySigner(signerConfigSchema.parse(s)),
  );
  const ledger = new AgencyLedger({
    chainId: CHAIN_ID,
    attestor: new Attestor(signers, 2n),
    store: new ProvableStore(),
    retainHeights: 100,
    clock: steppingClock(),
    logger: silent,
  });
  return { ledger, service: new ExternalLedger(ledger, silent) };
}

const height = (h: bigint, revision = 0n) => ({ revision: toU64(revision), height: toU64(h) });

async function collect<T>(items: AsyncIterable<T>, max: number): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    out.push(item);
    if (out.length >= max) break;
  }
  return out;
}

describe('agency ledger service (in-process)', () => {
  it('error: before the first seal there is no height (NO_HEIGHT, unavailable)', async () => {
    const { service } = setup();
    await expect(service.getLatestHeight()).rejects.toMatchObject({
      code: 'NO_HEIGHT',
      category: 'unavailable',
    });
  });

  it('behavior: chain info names the external chain type and the attestation client', async () => {
    const { ledger, service } = setup();
    const sealed = ledger.seal();
    const info = await service.getChainInfo();
    expect([info.chainId, info.chainType, info.clientType]).toEqual([CHAIN_ID, 'external', 'attestation']);
    expect(fromU64(info.latestHeight?.height)).toBe(1n);
    expect(fromU64(info.latestTimeNs)).toBe(sealed.timestampNs);
    const latest = await service.getLatestHeight();
    expect(fromU64(latest.height?.height)).toBe(1n);
  });

  it('behavior: a client message is the target attestation as JSON, verified by the client', async () => {
    const { ledger, service } = setup();
    ledger.seal();
    ledger.seal();
    const sealed = ledger.seal();
    const res = await service.getClientMessage({ trustedHeight: height(1n), targetHeight: height(0n) });
    expect(fromU64(res.height?.height)).toBe(3n);
    expect(res.messages).toHaveLength(1);
    const [message] = res.messages;
    expect(message?.clientType).toBe('attestation');
    const attestation = parseAttestationJson(
      JSON.parse(new TextDecoder().decode(message?.bytes ?? undefined)),
    );
    const { attested } = verifyAttestation(
      clientFor(ledger.signerSet),
      attestation,
      sealed.timestampNs + SECOND,
    );
    expect(attested.stateRoot).toEqual(sealed.stateRoot);
  });

  it('behavior: a client already at the target gets no message', async () => {
    const { ledger, service } = setup();
    ledger.seal();
    const res = await service.getClientMessage({ trustedHeight: height(1n), targetHeight: height(1n) });
    expect(res.messages).toEqual([]);
  });

  it.each([
    [
      'a target below the trusted height',
      'INVALID_HEIGHT',
      { trustedHeight: height(2n), targetHeight: height(1n) },
    ],
    ['another revision', 'INVALID_HEIGHT', { targetHeight: height(1n, 1n) }],
    ['an unsealed height', 'HEIGHT_NOT_FOUND', { targetHeight: height(9n) }],
  ])('error: %s is %s', async (_what, code, req) => {
    const { ledger, service } = setup();
    ledger.seal();
    ledger.seal();
    await expect(service.getClientMessage(req)).rejects.toMatchObject({ code });
  });

  it('behavior: QueryProof proves a record and an absence against the attested root', async () => {
    const { ledger, service } = setup();
    ledger.append('records/1', utf8.encode('one'));
    const sealed = ledger.seal();
    const present = await service.queryProof({ path: 'records/1' });
    expect(present.exists).toBe(true);
    expect(present.proof?.kind).toBe('ics23');
    expect(fromU64(present.proof?.height?.height)).toBe(1n);
    verifyMerkleProof(
      sealed.stateRoot,
      present.proof?.bytes ?? new Uint8Array(),
      [utf8.encode('records/1')],
      present.value,
      [tendermintSpec],
    );
    const absent = await service.queryProof({ path: 'records/2', height: height(1n) });
    expect(absent.exists).toBe(false);
    expect(absent.value).toHaveLength(0);
    verifyMerkleProof(
      sealed.stateRoot,
      absent.proof?.bytes ?? new Uint8Array(),
      [utf8.encode('records/2')],
      undefined,
      [tendermintSpec],
    );
  });

  it('args: a path no record can have is INVALID_PATH', async () => {
    const { ledger, service } = setup();
    ledger.seal();
    await expect(service.queryProof({ path: '' })).rejects.toMatchObject({ code: 'INVALID_PATH' });
  });

  it('behavior: Submit rejects every message on its own, the call succeeds', async () => {
    const { ledger, service } = setup();
    ledger.seal();
    const res = await service.submit({
      messages: [
        { sendPacket: { sourceChannel: 'channel-0', app: 'records', payload: Uint8Array.of(1) } },
        {},
        { updateClient: { clientId: '07-tendermint-0' } },
        { recvPacket: { packet: { sequence: toU64(1n) } } },
      ],
    });
    expect(res.results.map((r) => [r.code, r.errorCode])).toEqual([
      [v1.ResultCode.RESULT_CODE_REJECTED, 'NOT_SUPPORTED'],
      [v1.ResultCode.RESULT_CODE_REJECTED, 'MALFORMED_MESSAGE'],
      [v1.ResultCode.RESULT_CODE_REJECTED, 'NOT_SUPPORTED'],
      [v1.ResultCode.RESULT_CODE_REJECTED, 'NOT_SUPPORTED'],
    ]);
    expect(fromU64(res.height?.height)).toBe(1n);
  });

  it('args: more than 1000 messages in one submission is TOO_MANY_MESSAGES', async () => {
    const { service } = setup();
    const messages = Array.from({ length: 1001 }, () => ({ sendPacket: {} }));
    await expect(service.submit({ messages })).rejects.toMatchObject({ code: 'TOO_MANY_MESSAGES' });
  });

  it('error: QueryClient is CLIENT_NOT_FOUND: the ledger hosts no clients', async () => {
    const { service } = setup();
    await expect(service.queryClient({ clientId: 'attestation-0' })).rejects.toMatchObject({
      code: 'CLIENT_NOT_FOUND',
      category: 'not_found',
    });
  });

  it('behavior: StreamEvents gives a checkpoint per sealed height and ends without follow', async () => {
    const { ledger, service } = setup();
    for (let i = 0; i < 4; i++) ledger.seal();
    const items = await collect(service.streamEvents({ fromHeight: height(2n) }), 10);
    expect(items.map((i) => fromU64(i.checkpoint?.height))).toEqual([2n, 3n, 4n]);
    const resumed = await collect(service.streamEvents({ after: { height: height(3n) } }), 10);
    expect(resumed.map((i) => fromU64(i.checkpoint?.height))).toEqual([4n]);
  });

  it('behavior: a follow stream reports new heights as they are sealed and ends on abort', async () => {
    const { ledger, service } = setup();
    ledger.seal();
    const controller = new AbortController();
    const seen: bigint[] = [];
    for await (const item of service.streamEvents({ follow: true }, { signal: controller.signal })) {
      seen.push(fromU64(item.checkpoint?.height));
      if (seen.length < 3) ledger.seal();
      else controller.abort();
    }
    expect(seen).toEqual([1n, 2n, 3n]);
  });
});
