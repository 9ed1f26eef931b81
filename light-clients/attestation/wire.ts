/**
 * The JSON shapes of signer sets, attestations and rotations (files for
 * the CLI, messages for adapters): bytes as hex (no `0x`, either case),
 * heights, weights and times as decimal strings (uint64), keys fixed and
 * unknown keys rejected.
 *
 * ```json
 * signer set:   { "threshold": "5",
 *                 "signers": [ { "scheme": "ed25519", "publicKey": "<hex>", "weight": "1" }, ... ] }
 * attestation:  { "chainId": "agency-1", "height": "42", "timestampNs": "1764000000000000000",
 *                 "stateRoot": "<hex>", "signerSetHash": "<hex, 32 bytes>",
 *                 "signatures": [ { "scheme": "ed25519", "publicKey": "<hex>", "signature": "<hex>" }, ... ] }
 * rotation:     { "chainId": "agency-1", "sequence": "0", "newSignerSet": <signer set>,
 *                 "signatures": [ ... as in an attestation ... ] }
 * ```
 *
 * Parsing checks the shape only (MALFORMED_SIGNER_SET, MALFORMED_ATTESTATION,
 * MALFORMED_ROTATION, with every issue in `context.issues`); the rules about
 * values (canonical keys, threshold, freshness, ...) belong to verification.
 */
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { VerificationError } from '../verification-error.js';
import { U64_MAX } from './encoding.js';
import { attestationSchemes } from './schemes.js';
import { MAX_SIGNERS } from './signer-set.js';
import type { Attestation, SignerSet, SignerSetRotation, SignerSignature } from './types.js';

/** A signature is at most an ML-DSA-65 one (3309 bytes); a key at most an ML-DSA-65 key (1952). */
const MAX_SIGNATURE_HEX = 2 * 3309;
const MAX_KEY_HEX = 2 * 1952;

const hex = (maxChars: number) =>
  z
    .string()
    .max(maxChars)
    .regex(/^(?:[0-9a-fA-F]{2})+$/, 'hex bytes (even number of digits, no 0x)')
    .transform((s) => hexToBytes(s));

const u64 = z
  .string()
  .regex(/^(?:0|[1-9][0-9]{0,19})$/, 'a decimal integer')
  .transform((s) => BigInt(s))
  .refine((n) => n <= U64_MAX, 'at most 2^64 - 1');

const scheme = z.enum(attestationSchemes);

const signerJson = z.strictObject({ scheme, publicKey: hex(MAX_KEY_HEX), weight: u64 });
export const signerSetJsonSchema = z.strictObject({
  threshold: u64,
  signers: z.array(signerJson).min(1).max(MAX_SIGNERS),
});

const signatureJson = z.strictObject({
  scheme,
  publicKey: hex(MAX_KEY_HEX),
  signature: hex(MAX_SIGNATURE_HEX),
});
// Twice the largest set: the tally's own bound (tally.ts) is tighter.
const signaturesJson = z.array(signatureJson).max(2 * MAX_SIGNERS);

export const attestationJsonSchema = z.strictObject({
  chainId: z.string().max(64),
  height: u64,
  timestampNs: u64,
  stateRoot: hex(128),
  signerSetHash: hex(64),
  signatures: signaturesJson,
});

export const rotationJsonSchema = z.strictObject({
  chainId: z.string().max(64),
  sequence: u64,
  newSignerSet: signerSetJsonSchema,
  signatures: signaturesJson,
});

/** The JSON forms, as `JSON.parse` gives them. */
export type SignerSetJson = z.input<typeof signerSetJsonSchema>;
export type AttestationJson = z.input<typeof attestationJsonSchema>;
export type RotationJson = z.input<typeof rotationJsonSchema>;

function parse<T extends z.ZodType>(schema: T, value: unknown, code: string, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new VerificationError(code, `malformed ${what}: ${issues.join('; ')}`, {
    category: 'invalid_argument',
    context: { issues },
  });
}

/** MALFORMED_SIGNER_SET; the set is not yet checked against the signer-set rules (`createSignerSet`). */
export function parseSignerSetJson(value: unknown): SignerSet {
  const data = parse(signerSetJsonSchema, value, 'MALFORMED_SIGNER_SET', 'signer set');
  return { signers: data.signers, threshold: data.threshold };
}

/** MALFORMED_ATTESTATION. */
export function parseAttestationJson(value: unknown): Attestation {
  const data = parse(attestationJsonSchema, value, 'MALFORMED_ATTESTATION', 'attestation');
  return data;
}

/** MALFORMED_ROTATION. */
export function parseRotationJson(value: unknown): SignerSetRotation {
  const data = parse(rotationJsonSchema, value, 'MALFORMED_ROTATION', 'rotation');
  return {
    chainId: data.chainId,
    sequence: data.sequence,
    newSignerSet: { signers: data.newSignerSet.signers, threshold: data.newSignerSet.threshold },
    signatures: data.signatures,
  };
}

const signatureToJson = (s: SignerSignature) => ({
  scheme: s.scheme,
  publicKey: bytesToHex(s.publicKey),
  signature: bytesToHex(s.signature),
});

export function signerSetToJson(set: SignerSet): SignerSetJson {
  return {
    threshold: set.threshold.toString(),
    signers: set.signers.map((s) => ({
      scheme: s.scheme,
      publicKey: bytesToHex(s.publicKey),
      weight: s.weight.toString(),
    })),
  };
}

export function attestationToJson(attestation: Attestation): AttestationJson {
  return {
    chainId: attestation.chainId,
    height: attestation.height.toString(),
    timestampNs: attestation.timestampNs.toString(),
    stateRoot: bytesToHex(attestation.stateRoot),
    signerSetHash: bytesToHex(attestation.signerSetHash),
    signatures: attestation.signatures.map(signatureToJson),
  };
}

export function rotationToJson(rotation: SignerSetRotation): RotationJson {
  return {
    chainId: rotation.chainId,
    sequence: rotation.sequence.toString(),
    newSignerSet: signerSetToJson(rotation.newSignerSet),
    signatures: rotation.signatures.map(signatureToJson),
  };
}
