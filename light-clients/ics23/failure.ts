/**
 * The error codes of ICS-23 verification, each naming the rule that failed.
 * Every failure is a `VerificationError` (category `verification`, never
 * retried) with one of these codes.
 */
import { VerificationError } from '../verification-error.js';
import type { ErrorContext } from '../errors.js';

export const Ics23ErrorCode = {
  /** The bytes are not a protobuf proof of the expected shape, or a required part is missing. */
  PROOF_MALFORMED: 'PROOF_MALFORMED',
  /** No proof at all: empty bytes, no proof kind set, no neighbour, no proof in a chain. */
  PROOF_EMPTY: 'PROOF_EMPTY',
  /** The proof is of another kind than the check needs (absence for presence, or the reverse). */
  PROOF_TYPE_MISMATCH: 'PROOF_TYPE_MISMATCH',
  /** The trusted root is empty or all zeros: nothing can be proven against it. */
  ROOT_INVALID: 'ROOT_INVALID',
  /** The root computed from the proof differs from the trusted root. */
  PROOF_INVALID: 'PROOF_INVALID',
  KEY_MISMATCH: 'KEY_MISMATCH',
  VALUE_MISMATCH: 'VALUE_MISMATCH',
  KEY_EMPTY: 'KEY_EMPTY',
  VALUE_EMPTY: 'VALUE_EMPTY',
  /** A leaf or inner op uses another hash, pre-hash or length op than the spec. */
  SPEC_MISMATCH: 'SPEC_MISMATCH',
  /** The spec itself is unusable (child size, prefix bounds, child order). */
  SPEC_INVALID: 'SPEC_INVALID',
  LEAF_PREFIX_INVALID: 'LEAF_PREFIX_INVALID',
  INNER_PREFIX_INVALID: 'INNER_PREFIX_INVALID',
  INNER_SUFFIX_INVALID: 'INNER_SUFFIX_INVALID',
  /** A step carries more sibling hashes than an inner node has (e.g. both left and right). */
  INNER_SIBLINGS_INVALID: 'INNER_SIBLINGS_INVALID',
  MAX_DEPTH_EXCEEDED: 'MAX_DEPTH_EXCEEDED',
  MIN_DEPTH_NOT_MET: 'MIN_DEPTH_NOT_MET',
  HASH_OP_UNSUPPORTED: 'HASH_OP_UNSUPPORTED',
  LENGTH_OP_UNSUPPORTED: 'LENGTH_OP_UNSUPPORTED',
  /** REQUIRE_32_BYTES / REQUIRE_64_BYTES saw another length. */
  LENGTH_INVALID: 'LENGTH_INVALID',
  /** The neighbours of an absence proof are not next to each other (or not at the tree's edge). */
  NEIGHBOURS_NOT_ADJACENT: 'NEIGHBOURS_NOT_ADJACENT',
  /** The neighbours of an absence proof do not bracket the key. */
  KEY_NOT_IN_RANGE: 'KEY_NOT_IN_RANGE',
  /** A chained proof's specs, proofs and key path differ in length. */
  CHAIN_LENGTH_MISMATCH: 'CHAIN_LENGTH_MISMATCH',
} as const;
export type Ics23ErrorCode = (typeof Ics23ErrorCode)[keyof typeof Ics23ErrorCode];

export function ics23Error(
  code: Ics23ErrorCode,
  message: string,
  context: ErrorContext = {},
  cause?: unknown,
): VerificationError {
  return new VerificationError(code, `ics23: ${message}`, {
    context,
    ...(cause === undefined ? {} : { cause }),
  });
}
