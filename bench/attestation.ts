/**
 * Attestation client: 5-of-7 attestation verifications per second for each
 * scheme (seven signers of that scheme, five signatures), beside the raw
 * single-signature verification rate of the same scheme in the same run.
 * The ratio compares the attestation rate with raw/5 — the rate five bare
 * verifications allow — so 1.00x means the client adds no cost beyond the
 * signatures themselves. The two are measured in alternating rounds (median
 * of each), so that load from other processes falls on both alike.
 */
import {
  attestationDigest,
  attestationSchemes,
  verifyAttestation,
  verifySchemeSignature,
  type AttestationScheme,
} from '../light-clients/attestation/index.js';
import {
  NOW,
  nextContent,
  signAttestation,
  testClient,
  testSigner,
} from '../test/unit/attestation/signers.js';
import { formatRate, measure, type Rate } from './measure.js';

const ROUNDS = 7;
const round = { rounds: 1, roundMs: 150, maxIterations: 100_000 };

function median(rates: readonly number[]): Rate {
  const sorted = [...rates].sort((a, b) => a - b);
  return { opsPerSec: sorted[Math.floor(sorted.length / 2)] ?? 0, rounds: sorted.length };
}

/** Medians of `a` and `b` measured in alternating rounds. */
async function alternating(a: () => unknown, b: () => unknown): Promise<[Rate, Rate]> {
  const ra: number[] = [];
  const rb: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    ra.push((await measure(a, round)).opsPerSec);
    rb.push((await measure(b, round)).opsPerSec);
  }
  return [median(ra), median(rb)];
}

async function scheme(name: AttestationScheme): Promise<string> {
  const signers = Array.from({ length: 7 }, (_, i) => testSigner(name, 40 + i));
  const client = testClient(signers, 5n);
  const attestation = signAttestation(nextContent(), client.signerSet, signers.slice(0, 5));
  const one = attestation.signatures[0]!;
  const digest = attestationDigest(attestation);
  if (!verifySchemeSignature(name, one.publicKey, digest, one.signature))
    throw new Error(`${name}: bad fixture`);
  verifyAttestation(client, attestation, NOW);

  const [raw, full] = await alternating(
    () => verifySchemeSignature(name, one.publicKey, digest, one.signature),
    () => verifyAttestation(client, attestation, NOW),
  );
  const ratio = full.opsPerSec / (raw.opsPerSec / 5);
  return `${name.padEnd(10)} raw verify ${formatRate(raw).padStart(14)}   5-of-7 attestation ${formatRate(full).padStart(12)}  (${ratio.toFixed(2)}x raw/5)`;
}

export async function attestation(): Promise<string[]> {
  const lines: string[] = [];
  for (const name of attestationSchemes) lines.push(await scheme(name));
  return lines;
}
