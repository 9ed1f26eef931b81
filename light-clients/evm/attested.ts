/**
 * Headers of `attested` EVM chains: chains whose seal Isthmus does not check
 * (a proof-of-authority test chain, a consensus Isthmus does not implement)
 * are trusted through a committee that signs each header directly
 * (docs/evm.md, "Trust model").
 *
 * The statement signed is the attestation client's own, "ledger X had
 * block hash H at number N, time T" (light-clients/attestation digest.ts):
 *
 *   headerAttestationDigest = attestationDigest({ chainId: ledger id, height: number,
 *                               timestampNs: header time, stateRoot: block hash, signerSetHash })
 *
 * so one signing rule, one domain tag and one signature-counting rule
 * (tally.ts) serve both clients. The block hash commits to the whole header,
 * state root included; the ledger id is the Isthmus chain id the committee
 * knows the ledger by, so a signature is good for one ledger only.
 */
import {
  CHAIN_ID_PATTERN,
  attestationSchemes,
  attestationDigest,
  createSignerSet,
  signerSetHash,
  tallySignatures,
} from '../attestation/index.js';
import type { SignerSet, SignerSignature } from '../attestation/index.js';
import { VerificationError } from '../verification-error.js';
import { headerTimeNs, type AttestedSealVerifier } from './client.js';
import { evmError } from './errors.js';
import { hex } from './header.js';

const U64_MAX = (1n << 64n) - 1n;

/** The fields an attested header's signatures cover. */
export interface HeaderAttestationFields {
  /** The Isthmus chain id of the ledger (`EvmClientState.ledger_id`). */
  readonly ledgerId: string;
  readonly number: bigint;
  /** The header's time in nanoseconds (`headerTimeNs`). */
  readonly timestampNs: bigint;
  /** The block hash (32 bytes). */
  readonly hash: Uint8Array;
  /** `signerSetHash` of the committee that signs. */
  readonly signerSetHash: Uint8Array;
}

/**
 * The message each committee member signs for a header. Throws
 * MALFORMED_HEADER when the number or time does not fit a uint64 (the
 * digest's fixed-width fields).
 */
export function headerAttestationDigest(fields: HeaderAttestationFields): Uint8Array {
  const { ledgerId, number, timestampNs, hash, signerSetHash: setHash } = fields;
  if (number < 0n || number > U64_MAX || timestampNs < 0n || timestampNs > U64_MAX)
    throw evmError('MALFORMED_HEADER', 'an attested header has a uint64 number and time in nanoseconds', {
      chainId: ledgerId,
      number,
      timestampNs,
    });
  return attestationDigest({
    chainId: ledgerId,
    height: number,
    timestampNs,
    stateRoot: hash,
    signerSetHash: setHash,
  });
}

function isSignatureList(value: unknown): value is readonly SignerSignature[] {
  return (
    Array.isArray(value) &&
    value.every((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null) return false;
      const e = entry as Partial<Record<keyof SignerSignature, unknown>>;
      return (
        attestationSchemes.some((s) => s === e.scheme) &&
        e.publicKey instanceof Uint8Array &&
        e.signature instanceof Uint8Array
      );
    })
  );
}

/**
 * The `AttestedSealVerifier` of a committee: the update's `attestation` is
 * the committee's signatures (`SignerSignature[]`) of
 * `headerAttestationDigest` for `ledgerId`, counted by light-clients/
 * attestation's rules (unknown signers ignored, every registered signer's
 * signature must verify, each signer once) up to the set's threshold.
 *
 * The set is re-checked here (INVALID_SIGNER_SET), and `ledgerId` must be a
 * chain id (INVALID_CLIENT_STATE). The returned verifier throws
 * MALFORMED_ATTESTATION (not a signature list), TOO_MANY_SIGNATURES,
 * BAD_SIGNATURE or INSUFFICIENT_SIGNER_WEIGHT; it returns the trusted
 * validator list unchanged, as the committee, not the header, names who
 * signs next.
 */
export function attestedSealVerifier(signerSet: SignerSet, ledgerId: string): AttestedSealVerifier {
  if (!CHAIN_ID_PATTERN.test(ledgerId))
    throw new VerificationError('INVALID_CLIENT_STATE', 'a ledger id is a chain id', {
      category: 'invalid_argument',
      context: { field: 'ledgerId' },
    });
  const set = createSignerSet(signerSet.signers, signerSet.threshold);
  const setHash = signerSetHash(set);
  return ({ trusted, header, hash, attestation }) => {
    const context = { chainId: ledgerId, number: header.number, hash: hex(hash) };
    if (!isSignatureList(attestation))
      throw evmError(
        'MALFORMED_ATTESTATION',
        'an attested header carries a list of {scheme, publicKey, signature}',
        context,
      );
    const digest = headerAttestationDigest({
      ledgerId,
      number: header.number,
      timestampNs: headerTimeNs(header),
      hash,
      signerSetHash: setHash,
    });
    const tally = tallySignatures(set, digest, attestation, context);
    if (tally.weight < set.threshold)
      throw evmError(
        'INSUFFICIENT_SIGNER_WEIGHT',
        `signed weight ${tally.weight} is below the threshold ${set.threshold}`,
        { ...context, signedWeight: tally.weight, threshold: set.threshold },
      );
    return trusted.validators;
  };
}
