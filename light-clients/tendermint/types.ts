/**
 * CometBFT light-client data as this client works with it: decoded once,
 * bytes as `Uint8Array`, heights, powers and times as `bigint` (times in
 * nanoseconds since the Unix epoch, possibly negative for Go's zero time).
 *
 * Shapes follow CometBFT `types/block.go`, `types/validator_set.go` and
 * `types/light.go` (proto package `cometbft.types.v1`).
 */

/** A fraction of voting power, e.g. the skipping trust level (default 1/3). */
export interface TrustLevel {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

export interface PartSetHeader {
  readonly total: number;
  readonly hash: Uint8Array;
}

export interface BlockId {
  readonly hash: Uint8Array;
  readonly partSetHeader: PartSetHeader;
}

export interface Version {
  readonly block: bigint;
  readonly app: bigint;
}

export interface Header {
  readonly version: Version;
  readonly chainId: string;
  readonly height: bigint;
  /** Nanoseconds since the Unix epoch. */
  readonly time: bigint;
  readonly lastBlockId: BlockId;
  readonly lastCommitHash: Uint8Array;
  readonly dataHash: Uint8Array;
  readonly validatorsHash: Uint8Array;
  readonly nextValidatorsHash: Uint8Array;
  readonly consensusHash: Uint8Array;
  readonly appHash: Uint8Array;
  readonly lastResultsHash: Uint8Array;
  readonly evidenceHash: Uint8Array;
  readonly proposerAddress: Uint8Array;
}

/** `BlockIDFlag`: how a validator took part in a commit. */
export const BlockIdFlag = { Absent: 1, Commit: 2, Nil: 3 } as const;
export type BlockIdFlag = (typeof BlockIdFlag)[keyof typeof BlockIdFlag];

export interface CommitSig {
  readonly blockIdFlag: BlockIdFlag;
  readonly validatorAddress: Uint8Array;
  /** The vote's own time, nanoseconds since the Unix epoch: part of the sign bytes. */
  readonly timestamp: bigint;
  readonly signature: Uint8Array;
}

export interface Commit {
  readonly height: bigint;
  readonly round: number;
  readonly blockId: BlockId;
  /** One entry per validator of the set, in the set's order. */
  readonly signatures: readonly CommitSig[];
}

export interface SignedHeader {
  readonly header: Header;
  readonly commit: Commit;
}

export type KeyType = 'ed25519' | 'secp256k1';

export interface PublicKey {
  readonly type: KeyType;
  readonly bytes: Uint8Array;
}

export interface Validator {
  /** Derived from the key (checked when the set is built). */
  readonly address: Uint8Array;
  readonly pubKey: PublicKey;
  readonly votingPower: bigint;
}

/**
 * A validator set in CometBFT's canonical order (voting power descending,
 * then address ascending), built only by `makeValidatorSet`, which checks it.
 */
export interface ValidatorSet {
  readonly validators: readonly Validator[];
  readonly totalVotingPower: bigint;
}

/** A signed header with the validator set that signed it and, optionally, the next set. */
export interface LightBlock {
  readonly signedHeader: SignedHeader;
  readonly validatorSet: ValidatorSet;
  readonly nextValidatorSet?: ValidatorSet;
}

/** `(scheme, key, message, signature) -> valid?`; the fast `verifySignature` by default. */
export type SignatureVerifier = (
  scheme: KeyType,
  key: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
) => boolean;
