/**
 * `isthmus verify attestation --signers <file> --attestation <file> [--now <RFC 3339>]`:
 * checks one attestation of an external ledger against a registered signer
 * set with the attestation light client (light-clients/attestation).
 *
 * Signers file (JSON; integers as decimal strings, bytes as hex):
 *
 * ```json
 * { "chainId": "agency-1", "threshold": "5",
 *   "signers": [ { "scheme": "ed25519", "publicKey": "<hex>", "weight": "1" }, ... ],
 *   "latestHeight": "100", "latestTimestampNs": "1764000000000000000",
 *   "trustingPeriodNs": "1209600000000000", "maxClockDriftNs": "10000000000", "signerSetSequence": "0" }
 * ```
 *
 * Everything after `signers` is optional: latest height and time default
 * to 0 (no earlier attestation), the trusting period to 14 days, the clock
 * drift to 10 s, the sequence to 0. The attestation file is the attestation
 * JSON of light-clients/attestation/wire.ts. `now` defaults to the clock.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import {
  createClientState,
  parseAttestationJson,
  signerSetHash,
  signerSetJsonSchema,
  verifyAttestation,
  type Attestation,
  type AttestationClientState,
} from '../../../light-clients/attestation/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { parseTimeOption, readJsonFile } from '../input.js';
import { UnusableInputError, rejected, type Verdict } from './verdict.js';

export interface VerifyAttestationOptions {
  /** Path of the signers file. */
  readonly signers: string;
  /** Path of the attestation file. */
  readonly attestation: string;
  /** The time to verify at, RFC 3339 (fractions to nanoseconds); default now. */
  readonly now?: string;
}

const NS_PER_MS = 1_000_000n;
export const DEFAULT_TRUSTING_PERIOD_NS = 14n * 24n * 3600n * 1_000_000_000n;
export const DEFAULT_MAX_CLOCK_DRIFT_NS = 10n * 1_000_000_000n;

const u64 = signerSetJsonSchema.shape.threshold;
const signersFileSchema = signerSetJsonSchema.extend({
  chainId: z.string(),
  latestHeight: u64.optional(),
  latestTimestampNs: u64.optional(),
  trustingPeriodNs: u64.optional(),
  maxClockDriftNs: u64.optional(),
  signerSetSequence: u64.optional(),
});

/** An input the light client refused to accept as input (shape, set rules) is unusable, not rejected. */
function unusable(err: unknown, path: string, what: string): never {
  if (IsthmusError.is(err)) {
    throw new UnusableInputError(`the ${what} file ${path}: ${err.message}`, { path, code: err.code }, err);
  }
  throw err;
}

async function loadClient(path: string): Promise<AttestationClientState> {
  const parsed = signersFileSchema.safeParse(await readJsonFile(path, 'signers'));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new UnusableInputError(`the signers file ${path} is malformed: ${issues.join('; ')}`, {
      path,
      issues,
    });
  }
  const f = parsed.data;
  try {
    return createClientState({
      chainId: f.chainId,
      signers: f.signers,
      threshold: f.threshold,
      trustingPeriodNs: f.trustingPeriodNs ?? DEFAULT_TRUSTING_PERIOD_NS,
      maxClockDriftNs: f.maxClockDriftNs ?? DEFAULT_MAX_CLOCK_DRIFT_NS,
      ...(f.latestHeight === undefined ? {} : { latestHeight: f.latestHeight }),
      ...(f.latestTimestampNs === undefined ? {} : { latestTimestampNs: f.latestTimestampNs }),
      ...(f.signerSetSequence === undefined ? {} : { signerSetSequence: f.signerSetSequence }),
    });
  } catch (err) {
    return unusable(err, path, 'signers');
  }
}

async function loadAttestation(path: string): Promise<Attestation> {
  const json = await readJsonFile(path, 'attestation');
  try {
    return parseAttestationJson(json);
  } catch (err) {
    return unusable(err, path, 'attestation');
  }
}

export async function verifyAttestationCommand(options: VerifyAttestationOptions): Promise<Verdict> {
  const now =
    options.now === undefined ? BigInt(Date.now()) * NS_PER_MS : parseTimeOption(options.now, 'now');
  const client = await loadClient(options.signers);
  const attestation = await loadAttestation(options.attestation);
  const facts = {
    chainId: attestation.chainId,
    height: attestation.height.toString(),
    timestampNs: attestation.timestampNs.toString(),
    stateRoot: bytesToHex(attestation.stateRoot),
    threshold: client.signerSet.threshold.toString(),
    signerSetHash: bytesToHex(signerSetHash(client.signerSet)),
    now: now.toString(),
  };
  try {
    const { signedWeight } = verifyAttestation(client, attestation, now);
    return {
      ...facts,
      ok: true,
      code: 'OK',
      message: `attestation of ${attestation.chainId} at height ${attestation.height} verified: weight ${signedWeight} of threshold ${client.signerSet.threshold}`,
      signedWeight: signedWeight.toString(),
    };
  } catch (err) {
    return rejected(err, facts);
  }
}
