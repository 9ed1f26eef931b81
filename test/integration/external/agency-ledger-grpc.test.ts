/**
 * The agency ledger over real loopback gRPC (adapters/external): a
 * counterparty that knows only the signer set reaches the ledger through
 * `LedgerClient` and checks everything it is served with the attestation
 * client and ICS-23, as a relayer and a destination chain would, with an
 * SM2 signer set and with an ML-DSA-65 one. Then the process entry
 * (`runExternalLedger`) from a YAML file, sealing on its timer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { logVerbosity, setLogVerbosity } from '@grpc/grpc-js';
import { pino } from 'pino';
import { LedgerClient } from '../../../adapters/index.js';
import {
  startExternalLedger,
  runExternalLedger,
  type RunningExternalLedger,
} from '../../../adapters/external/index.js';
import {
  parseAttestationJson,
  verifyAttestation,
  type Attestation,
  type AttestationClientState,
} from '../../../light-clients/attestation/index.js';
import { tendermintSpec, verifyMerkleProof } from '../../../light-clients/ics23/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { fromU64, toU64, v1 } from '../../../proto/index.js';
import {
  CHAIN_ID,
  SECOND,
  clientFor,
  keyHex,
  signerEntry,
  steppingClock,
  testConfig,
} from '../../unit/external/keys.js';

const silent = pino({ level: 'silent' });
const utf8 = new TextEncoder();
const height = (h: bigint) => ({ revision: toU64(0n), height: toU64(h) });

function attestationOf(res: v1.GetClientMessageResponse): Attestation {
  expect(res.messages).toHaveLength(1);
  const [message] = res.messages;
  expect(message?.clientType).toBe('attestation');
  return parseAttestationJson(JSON.parse(new TextDecoder().decode(message?.bytes ?? new Uint8Array())));
}

describe.each([
  ['an SM2 signer set (2 of 3)', 'sm2'],
  ['an ML-DSA-65 signer set (2 of 3)', 'ml-dsa-65'],
] as const)('integration: agency ledger over gRPC with %s', (_name, scheme) => {
  let running: RunningExternalLedger;
  let ledger: LedgerClient;
  let client: AttestationClientState;
  /** Attested roots by height, as the counterparty's client verified them. */
  const roots = new Map<bigint, Uint8Array>();

  beforeAll(async () => {
    const signers = [1, 2, 3].map((n) => signerEntry(scheme, n));
    running = await startExternalLedger(testConfig(signers, 2), silent, { clock: steppingClock() });
    ledger = new LedgerClient({ address: running.address, timeoutMs: 5_000 });
    // What the counterparty registers, out of band: the agency's signer set.
    client = clientFor(running.signerSet);
  });

  afterAll(async () => {
    ledger.close();
    await running.close();
  });

  it('behavior: attested heights fetched with GetClientMessage verify, height after height', async () => {
    const info = await ledger.getChainInfo({});
    expect([info.chainId, info.chainType, info.clientType]).toEqual([CHAIN_ID, 'external', 'attestation']);
    for (let i = 1; i <= 4; i++) {
      running.ledger.append(`records/${scheme}/${i}`, utf8.encode(`record ${i}`));
      running.ledger.seal();
      const res = await ledger.getClientMessage({
        trustedHeight: height(client.latestHeight),
        targetHeight: height(0n),
      });
      const attestation = attestationOf(res);
      const update = verifyAttestation(client, attestation, attestation.timestampNs + SECOND);
      expect(update.attested.height).toBe(fromU64(res.height?.height));
      expect(update.signedWeight).toBe(3n);
      client = update.clientState;
      roots.set(update.attested.height, update.attested.stateRoot);
    }
    expect(client.latestHeight).toBe(5n);
  });

  it("behavior: a record's QueryProof verifies against the attested state root, and so does an absence", async () => {
    for (const [h, root] of roots) {
      const path = `records/${scheme}/${h - 1n}`;
      const present = await ledger.queryProof({ path, height: height(h) });
      expect(present.exists).toBe(true);
      expect(present.proof?.kind).toBe('ics23');
      // The root of the state at h is attested at h itself (not at h + 1 as in CometBFT).
      expect(fromU64(present.proof?.height?.height)).toBe(h);
      verifyMerkleProof(root, present.proof?.bytes ?? new Uint8Array(), [utf8.encode(path)], present.value, [
        tendermintSpec,
      ]);
      expect(new TextDecoder().decode(present.value)).toBe(`record ${h - 1n}`);

      const later = `records/${scheme}/${h}`;
      const absent = await ledger.queryProof({ path: later, height: height(h) });
      expect(absent.exists).toBe(false);
      verifyMerkleProof(root, absent.proof?.bytes ?? new Uint8Array(), [utf8.encode(later)], undefined, [
        tendermintSpec,
      ]);
    }
    expect(roots.size).toBe(4);
  });

  it('error: a proof served for a record does not verify for another value', async () => {
    const [h, root] = [...roots][0] ?? [0n, new Uint8Array()];
    const path = `records/${scheme}/${h - 1n}`;
    const res = await ledger.queryProof({ path, height: height(h) });
    expect(() =>
      verifyMerkleProof(
        root,
        res.proof?.bytes ?? new Uint8Array(),
        [utf8.encode(path)],
        utf8.encode('forged'),
        [tendermintSpec],
      ),
    ).toThrow(IsthmusError);
  });

  it('error: an attestation with signers removed below the threshold is INSUFFICIENT_SIGNER_WEIGHT', async () => {
    running.ledger.seal();
    const attestation = attestationOf(
      await ledger.getClientMessage({ trustedHeight: height(client.latestHeight) }),
    );
    const stripped = { ...attestation, signatures: attestation.signatures.slice(0, 1) };
    expect(() => verifyAttestation(client, stripped, attestation.timestampNs + SECOND)).toThrow(
      expect.objectContaining({ code: 'INSUFFICIENT_SIGNER_WEIGHT' }),
    );
    // The full attestation still verifies: only the stripped copy was refused.
    client = verifyAttestation(client, attestation, attestation.timestampNs + SECOND).clientState;
  });

  it('error: Submit of packet messages is rejected message by message over the wire', async () => {
    const res = await ledger.submit({
      messages: [
        { sendPacket: { sourceChannel: 'channel-0', app: 'records', payload: Uint8Array.of(1) } },
        { acknowledgePacket: { packet: { sequence: toU64(1n) } } },
      ],
    });
    expect(res.results.map((r) => [r.code, r.errorCode])).toEqual([
      [v1.ResultCode.RESULT_CODE_REJECTED, 'NOT_SUPPORTED'],
      [v1.ResultCode.RESULT_CODE_REJECTED, 'NOT_SUPPORTED'],
    ]);
  });

  it('error: QueryClient comes back as a typed CLIENT_NOT_FOUND', async () => {
    await expect(ledger.queryClient({ clientId: 'attestation-0' })).rejects.toMatchObject({
      code: 'CLIENT_NOT_FOUND',
      category: 'not_found',
    });
  });
});

describe('integration: the agency ledger process from a YAML file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isthmus-external-ledger-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('behavior: it seals on its timer, streams checkpoints to a follower, and stops on abort', async () => {
    const file = join(dir, 'agency.yaml');
    writeFileSync(
      file,
      [
        `chainId: ${CHAIN_ID}`,
        'listen: 127.0.0.1:0',
        'sealIntervalMs: 20',
        'signerSet:',
        '  threshold: 2',
        '  signers:',
        `    - { scheme: sm2, privateKey: "${keyHex(5)}" }`,
        `    - { scheme: ml-dsa-65, seed: "${keyHex(6)}" }`,
        `    - { scheme: ed25519, privateKey: "${keyHex(7)}" }`,
        '',
      ].join('\n'),
    );
    const controller = new AbortController();
    const running = await runExternalLedger(file, silent, controller.signal);
    const ledger = new LedgerClient({ address: running.address, timeoutMs: 5_000 });
    try {
      let client = clientFor(running.signerSet);
      const seen: bigint[] = [];
      for await (const item of ledger.streamEvents({ fromHeight: height(1n), follow: true })) {
        const h = fromU64(item.checkpoint?.height);
        seen.push(h);
        const attestation = attestationOf(
          await ledger.getClientMessage({
            trustedHeight: height(client.latestHeight),
            targetHeight: height(h),
          }),
        );
        client = verifyAttestation(client, attestation, attestation.timestampNs + SECOND).clientState;
        if (seen.length >= 3) break;
      }
      expect(seen).toEqual([1n, 2n, 3n]);
      expect(client.latestHeight).toBe(3n);
    } finally {
      ledger.close();
    }
    controller.abort();
    await running.close();
    const after = new LedgerClient({ address: running.address, timeoutMs: 2_000 });
    await expect(after.getLatestHeight({})).rejects.toMatchObject({ category: 'unavailable' });
    after.close();
  });

  it('error: an address already in use is LISTEN_FAILED, and nothing is left running', async () => {
    const config = testConfig([signerEntry('ed25519', 1)], 1);
    const first = await startExternalLedger(config, silent);
    // grpc-js reports the failed bind on the console as well as to the caller.
    setLogVerbosity(logVerbosity.NONE);
    try {
      await expect(startExternalLedger({ ...config, listen: first.address }, silent)).rejects.toMatchObject({
        code: 'LISTEN_FAILED',
        category: 'unavailable',
      });
    } finally {
      setLogVerbosity(logVerbosity.ERROR);
      await first.close();
    }
  });
});
