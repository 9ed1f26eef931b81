/**
 * Configuration of an agency ledger process (docs/external-ledger.md): one
 * zod schema, strict objects (a misspelt key is an error), its type
 * inferred, validated once when the YAML file is read. Every problem is
 * reported at once in one CONFIG_INVALID error.
 *
 * ```yaml
 * chainId: agency-1
 * listen: 127.0.0.1:26700
 * sealIntervalMs: 1000        # 0: seal on demand only
 * retainHeights: 1000
 * signerSet:
 *   threshold: 2
 *   signers:
 *     - { scheme: sm2, privateKey: <32 bytes hex>, weight: 1 }
 *     - { scheme: ml-dsa-65, seed: <32 bytes hex> }
 * ```
 *
 * Private keys are 32-byte hex strings: the Ed25519 seed (RFC 8032), the
 * secp256k1, P-256 or SM2 secret scalar; ML-DSA-65 keys are derived from a
 * 32-byte seed (FIPS 204 Algorithm 6). Weights are decimal integers
 * (numbers or strings), like the attestation client's signer sets.
 */
import { hexToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { loadConfigFile, parseConfig } from '../config-file.js';
import { CHAIN_ID_PATTERN } from '../../light-clients/attestation/index.js';

const hex32 = z
  .string()
  .regex(/^(?:0x)?[0-9a-fA-F]{64}$/, '32 bytes as hex')
  .transform((s) => hexToBytes(s.replace(/^0x/, '')));

const weight = z
  .union([z.int().min(1), z.string().regex(/^[1-9][0-9]{0,18}$/, 'a positive decimal integer')])
  .transform((w) => BigInt(w));

const classicSigner = z.strictObject({
  scheme: z.enum(['ed25519', 'secp256k1', 'p256', 'sm2']),
  privateKey: hex32,
  weight: weight.default(1n),
});

const mlDsaSigner = z.strictObject({
  scheme: z.literal('ml-dsa-65'),
  seed: hex32,
  weight: weight.default(1n),
});

export const signerConfigSchema = z.discriminatedUnion('scheme', [classicSigner, mlDsaSigner]);

const hostPort = z.string().regex(/^[^\s:]+:\d{1,5}$|^\[[0-9a-fA-F:]+\]:\d{1,5}$/, 'host:port');

export const externalLedgerConfigSchema = z.strictObject({
  chainId: z.string().regex(CHAIN_ID_PATTERN, 'a chain id: 1 to 64 letters, digits, . _ -'),
  /** Where the `Ledger` gRPC service listens (port 0: any free port). */
  listen: hostPort.default('127.0.0.1:26700'),
  /** A new height every this many milliseconds; 0 seals on demand only. */
  sealIntervalMs: z.int().min(0).max(3_600_000).default(1000),
  /** Heights whose state and attestation stay queryable. */
  retainHeights: z.int().min(1).max(1_000_000).default(1000),
  signerSet: z
    .strictObject({
      threshold: weight,
      signers: z.array(signerConfigSchema).min(1).max(64),
    })
    .superRefine((set, ctx) => {
      const total = set.signers.reduce((sum, s) => sum + s.weight, 0n);
      // This process holds every key it signs with: below the threshold its attestations would be useless.
      if (set.threshold > total) {
        ctx.addIssue({
          code: 'custom',
          path: ['threshold'],
          message: `the threshold ${set.threshold} exceeds the signers' total weight ${total}`,
        });
      }
    }),
});

export type ExternalLedgerConfig = z.infer<typeof externalLedgerConfigSchema>;
export type SignerConfig = z.infer<typeof signerConfigSchema>;

/** Validates an already parsed document; throws CONFIG_INVALID with every issue. */
export function parseExternalLedgerConfig(doc: unknown, origin = 'input'): ExternalLedgerConfig {
  return parseConfig(externalLedgerConfigSchema, 'agency ledger', doc, origin);
}

/** Reads and validates a YAML file; CONFIG_UNREADABLE when it cannot be read, CONFIG_INVALID otherwise. */
export function loadExternalLedgerConfig(file: string): Promise<ExternalLedgerConfig> {
  return loadConfigFile(externalLedgerConfigSchema, 'agency ledger', file);
}
