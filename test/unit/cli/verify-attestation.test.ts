/** `isthmus verify attestation` handler: files written to a temporary folder, keys made by the test. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attestationToJson, signerSetToJson } from '../../../light-clients/attestation/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { verifyAttestationCommand } from '../../../relayer/cli/verify/attestation.js';
import { parseTimeOption } from '../../../relayer/cli/input.js';
import {
  EXIT_REJECTED,
  EXIT_VALID,
  UnusableInputError,
  exitCodeFor,
} from '../../../relayer/cli/verify/verdict.js';
import {
  CHAIN_ID,
  SECOND,
  nextContent,
  sevenSigners,
  signAttestation,
  testClient,
} from '../attestation/signers.js';

const signers = sevenSigners();
const client = testClient(signers, 5n);
const quorum = [0, 3, 4, 5, 6].map((i) => signers[i]!);
// 2025-11-24T16:00:00.123456789Z
const NOW_TEXT = '2025-11-24T16:00:00.123456789Z';
const NOW = 1_764_000_000n * SECOND + 123_456_789n;
const content = nextContent({ timestampNs: NOW - 60n * SECOND });
const attestation = signAttestation(content, client.signerSet, quorum);

let dir = '';
let n = 0;
async function file(value: unknown): Promise<string> {
  const path = join(dir, `input-${n++}.json`);
  await writeFile(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

const signersFile = (extra: Record<string, unknown> = {}) =>
  file({ chainId: CHAIN_ID, ...signerSetToJson(client.signerSet), ...extra });

async function unusableCode(
  options: Parameters<typeof verifyAttestationCommand>[0],
): Promise<string | undefined> {
  const err = await verifyAttestationCommand(options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UnusableInputError);
  const cause = (err as UnusableInputError).cause;
  return IsthmusError.is(cause) ? cause.code : undefined;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isthmus-verify-attestation-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cli: verify attestation', () => {
  it('behavior: a 5-of-7 attestation is valid (exit 0), with its facts', async () => {
    const verdict = await verifyAttestationCommand({
      signers: await signersFile(),
      attestation: await file(attestationToJson(attestation)),
      now: NOW_TEXT,
    });
    expect(verdict).toMatchObject({
      ok: true,
      code: 'OK',
      chainId: CHAIN_ID,
      height: '101',
      signedWeight: '5',
      threshold: '5',
      now: NOW.toString(),
    });
    expect(exitCodeFor(verdict)).toBe(EXIT_VALID);
    expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
  });

  it('behavior: without --now the clock is used', async () => {
    const recent = signAttestation(
      nextContent({ timestampNs: BigInt(Date.now()) * 1_000_000n - 60n * SECOND }),
      client.signerSet,
      quorum,
    );
    const verdict = await verifyAttestationCommand({
      signers: await signersFile(),
      attestation: await file(attestationToJson(recent)),
    });
    expect(verdict.code).toBe('OK');
  });

  it('error: four signatures are rejected (exit 1) with INSUFFICIENT_SIGNER_WEIGHT', async () => {
    const weak = signAttestation(content, client.signerSet, quorum.slice(1));
    const verdict = await verifyAttestationCommand({
      signers: await signersFile(),
      attestation: await file(attestationToJson(weak)),
      now: NOW_TEXT,
    });
    expect(verdict).toMatchObject({ ok: false, code: 'INSUFFICIENT_SIGNER_WEIGHT', height: '101' });
    expect(exitCodeFor(verdict)).toBe(EXIT_REJECTED);
  });

  it('error: a latest height in the signers file makes an older attestation NON_MONOTONIC_HEIGHT', async () => {
    const verdict = await verifyAttestationCommand({
      signers: await signersFile({ latestHeight: '101' }),
      attestation: await file(attestationToJson(attestation)),
      now: NOW_TEXT,
    });
    expect(verdict.code).toBe('NON_MONOTONIC_HEIGHT');
  });

  it('error: --now fractions count to the nanosecond (ATTESTATION_FROM_FUTURE one ns past the drift)', async () => {
    const ahead = signAttestation(
      nextContent({ timestampNs: NOW + 10n * SECOND + 1n }),
      client.signerSet,
      quorum,
    );
    const path = await file(attestationToJson(ahead));
    const signersPath = await signersFile({ maxClockDriftNs: (10n * SECOND).toString() });
    const late = await verifyAttestationCommand({ signers: signersPath, attestation: path, now: NOW_TEXT });
    expect(late.code).toBe('ATTESTATION_FROM_FUTURE');
    const oneNsLater = '2025-11-24T16:00:00.12345679Z';
    const verdict = await verifyAttestationCommand({
      signers: signersPath,
      attestation: path,
      now: oneNsLater,
    });
    expect(verdict.code).toBe('OK');
  });

  it('error: a trusting period in the signers file expires old attestations (ATTESTATION_EXPIRED)', async () => {
    const verdict = await verifyAttestationCommand({
      signers: await signersFile({ trustingPeriodNs: (60n * SECOND).toString() }),
      attestation: await file(attestationToJson(attestation)),
      now: NOW_TEXT,
    });
    expect(verdict.code).toBe('ATTESTATION_EXPIRED');
  });

  it('error: a missing file is unusable input', async () => {
    expect(
      await unusableCode({ signers: join(dir, 'absent.json'), attestation: await file({}), now: NOW_TEXT }),
    ).toBeUndefined();
  });

  it('error: a file that is not JSON is unusable input', async () => {
    expect(
      await unusableCode({ signers: await file('{ not json'), attestation: await file({}), now: NOW_TEXT }),
    ).toBeUndefined();
  });

  it('error: a malformed attestation file is unusable input (cause MALFORMED_ATTESTATION)', async () => {
    const bad = { ...attestationToJson(attestation), height: '-1' };
    expect(
      await unusableCode({ signers: await signersFile(), attestation: await file(bad), now: NOW_TEXT }),
    ).toBe('MALFORMED_ATTESTATION');
  });

  it('error: a malformed signers file is unusable input, naming the field', async () => {
    const err = await verifyAttestationCommand({
      signers: await file({ chainId: CHAIN_ID, threshold: 5 }),
      attestation: await file(attestationToJson(attestation)),
      now: NOW_TEXT,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnusableInputError);
    expect((err as Error).message).toMatch(/threshold/);
    expect((err as Error).message).toMatch(/signers/);
  });

  it('error: a signer set that breaks the rules is unusable input (cause INVALID_SIGNER_SET)', async () => {
    expect(
      await unusableCode({
        signers: await signersFile({ threshold: '8' }),
        attestation: await file(attestationToJson(attestation)),
        now: NOW_TEXT,
      }),
    ).toBe('INVALID_SIGNER_SET');
  });

  it('error: a bad chain id in the signers file is unusable input (cause INVALID_CLIENT_STATE)', async () => {
    expect(
      await unusableCode({
        signers: await signersFile({ chainId: 'no spaces allowed' }),
        attestation: await file(attestationToJson(attestation)),
        now: NOW_TEXT,
      }),
    ).toBe('INVALID_CLIENT_STATE');
  });

  it.each([
    'yesterday',
    '2025-11-24 16:00:00Z',
    '2025-13-01T00:00:00Z',
    '2025-02-30T00:00:00Z',
    '1969-12-31T23:59:59Z',
  ])('args: --now %j is unusable input', async (now) => {
    await expect(
      verifyAttestationCommand({ signers: await signersFile(), attestation: await file({}), now }),
    ).rejects.toBeInstanceOf(UnusableInputError);
  });

  it.each([
    ['2025-11-24T16:00:00Z', 1_764_000_000n * SECOND],
    ['2025-11-24T16:00:00.5Z', 1_764_000_000n * SECOND + 500_000_000n],
    ['2025-11-24T18:00:00.000000001+02:00', 1_764_000_000n * SECOND + 1n],
    ['1970-01-01T00:00:00z', 0n],
  ])('args: --now %s is %s ns', (text, ns) => {
    expect(parseTimeOption(text, 'now')).toBe(ns);
  });
});
