/**
 * ICS-23 proofs and specs as the verifier sees them: plain, immutable values
 * with every field present (absent bytes are empty), decoded once from the
 * protobuf wire form (`decode.ts`). Field meanings follow cosmos/ics23
 * `proto/cosmos/ics23/v1/proofs.proto`; the enum values are the wire values.
 *
 * Spec: https://github.com/cosmos/ibc/tree/main/spec/core/ics-023-vector-commitments
 */

/** The hash a step applies (`BITCOIN` is ripemd160(sha256(x))). */
export const HashOp = {
  NO_HASH: 0,
  SHA256: 1,
  SHA512: 2,
  KECCAK256: 3,
  RIPEMD160: 4,
  BITCOIN: 5,
  SHA512_256: 6,
  BLAKE2B_512: 7,
  BLAKE2S_256: 8,
  BLAKE3: 9,
} as const;
export type HashOp = (typeof HashOp)[keyof typeof HashOp];

/** How a leaf's (pre-hashed) key and value are length-prefixed before the leaf hash. */
export const LengthOp = {
  NO_PREFIX: 0,
  VAR_PROTO: 1,
  VAR_RLP: 2,
  FIXED32_BIG: 3,
  FIXED32_LITTLE: 4,
  FIXED64_BIG: 5,
  FIXED64_LITTLE: 6,
  REQUIRE_32_BYTES: 7,
  REQUIRE_64_BYTES: 8,
} as const;
export type LengthOp = (typeof LengthOp)[keyof typeof LengthOp];

const hashOps: ReadonlySet<number> = new Set(Object.values(HashOp));
const lengthOps: ReadonlySet<number> = new Set(Object.values(LengthOp));

export function isHashOp(value: number): value is HashOp {
  return hashOps.has(value);
}

export function isLengthOp(value: number): value is LengthOp {
  return lengthOps.has(value);
}

/** leaf = hash(prefix ‖ length(prehashKey(key)) ‖ … ‖ length(prehashValue(value)) ‖ …). */
export interface LeafOp {
  readonly hash: HashOp;
  readonly prehashKey: HashOp;
  readonly prehashValue: HashOp;
  readonly length: LengthOp;
  readonly prefix: Uint8Array;
}

/** One step towards the root: hash(prefix ‖ child ‖ suffix); siblings sit in prefix and suffix. */
export interface InnerOp {
  readonly hash: HashOp;
  readonly prefix: Uint8Array;
  readonly suffix: Uint8Array;
}

/** A key/value pair, its leaf op and the inner ops from the leaf's parent up to the root. */
export interface ExistenceProof {
  readonly key: Uint8Array;
  readonly value: Uint8Array;
  /** Absent on the wire means a malformed proof; verification rejects it. */
  readonly leaf: LeafOp | undefined;
  readonly path: readonly InnerOp[];
}

/** Absence of a key: its neighbours' existence proofs (one may be missing at an edge). */
export interface NonExistenceProof {
  /** Informative only: verification uses the key it is asked about. */
  readonly key: Uint8Array;
  readonly left: ExistenceProof | undefined;
  readonly right: ExistenceProof | undefined;
}

export type ProofEntry =
  | { readonly kind: 'exist'; readonly proof: ExistenceProof }
  | { readonly kind: 'nonexist'; readonly proof: NonExistenceProof };

/**
 * A decoded `CommitmentProof`. A compressed batch is decompressed on decoding,
 * so it arrives here as a `batch`.
 */
export type CommitmentProof =
  ProofEntry | { readonly kind: 'batch'; readonly entries: readonly ProofEntry[] };

/** Layout of an inner node: where a child's hash can sit in a step. */
export interface InnerSpec {
  /** Child positions in hashing order: a permutation of 0..n-1, n >= 2. */
  readonly childOrder: readonly number[];
  readonly childSize: number;
  readonly minPrefixLength: number;
  readonly maxPrefixLength: number;
  /** The hash of an empty subtree, or empty when the tree has none. */
  readonly emptyChild: Uint8Array;
  readonly hash: HashOp;
}

/** What a tree's proofs must look like; held by the verifier, never taken from a prover. */
export interface ProofSpec {
  readonly leafSpec: LeafOp;
  readonly innerSpec: InnerSpec;
  /** 0 means the default of 128 inner ops. */
  readonly maxDepth: number;
  /** 0 means no minimum. */
  readonly minDepth: number;
  /** Absence proofs order keys by `leafSpec.prehashKey(key)` (sparse Merkle trees). */
  readonly prehashKeyBeforeComparison: boolean;
}
