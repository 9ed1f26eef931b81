/**
 * Checks shared by attestation, rotation and misbehaviour verification:
 * that the client may verify at all, and that an attestation is well formed
 * before any of it is hashed or verified.
 */
import { VerificationError } from '../verification-error.js';
import { isU64 } from './encoding.js';
import { isAttestationScheme } from './schemes.js';
import type { Attestation, AttestationClientState, SignerSignature } from './types.js';

/** Chain ids as the relayer configuration allows them: ASCII letters, digits, `.`, `_`, `-`. */
export const CHAIN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const MAX_STATE_ROOT_BYTES = 64;
export const SIGNER_SET_HASH_BYTES = 32;

/** CLIENT_FROZEN: after misbehaviour the client verifies nothing (ICS-02). */
export function checkNotFrozen(client: AttestationClientState): void {
  if (client.frozen) {
    throw new VerificationError('CLIENT_FROZEN', `the attestation client of ${client.chainId} is frozen`, {
      category: 'failed_precondition',
      context: { chainId: client.chainId },
    });
  }
}

/** WRONG_CHAIN_ID: a message for another ledger. */
export function checkChainId(client: AttestationClientState, chainId: string): void {
  if (chainId !== client.chainId) {
    throw new VerificationError(
      'WRONG_CHAIN_ID',
      `signed for chain ${chainId}, the client tracks ${client.chainId}`,
      {
        context: { chainId: client.chainId, got: chainId },
      },
    );
  }
}

function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

function isSignatureEntry(value: unknown): value is SignerSignature {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<Record<keyof SignerSignature, unknown>>;
  return isAttestationScheme(entry.scheme) && isBytes(entry.publicKey) && isBytes(entry.signature);
}

/** Why `attestation` is malformed, or undefined when it is well formed. */
function malformation(attestation: Attestation): string | undefined {
  const a = attestation as Partial<Record<keyof Attestation, unknown>>;
  if (typeof a.chainId !== 'string' || !CHAIN_ID_PATTERN.test(a.chainId)) return 'chainId is not a chain id';
  if (!isU64(a.height)) return 'height is not a uint64';
  if (!isU64(a.timestampNs)) return 'timestampNs is not a uint64';
  if (!isBytes(a.stateRoot) || a.stateRoot.length === 0 || a.stateRoot.length > MAX_STATE_ROOT_BYTES) {
    return `stateRoot is not 1 to ${MAX_STATE_ROOT_BYTES} bytes`;
  }
  if (!isBytes(a.signerSetHash) || a.signerSetHash.length !== SIGNER_SET_HASH_BYTES) {
    return `signerSetHash is not ${SIGNER_SET_HASH_BYTES} bytes`;
  }
  if (!Array.isArray(a.signatures) || !a.signatures.every(isSignatureEntry)) {
    return 'signatures is not a list of {scheme, publicKey, signature}';
  }
  return undefined;
}

/** MALFORMED_ATTESTATION: a field out of range or of the wrong type. */
export function checkAttestationShape(attestation: Attestation): void {
  const reason = malformation(attestation);
  if (reason !== undefined) {
    throw new VerificationError('MALFORMED_ATTESTATION', `malformed attestation: ${reason}`, {
      category: 'invalid_argument',
      context: { reason },
    });
  }
}
