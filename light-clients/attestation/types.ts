/**
 * The data of the attestation client: a registered signer set, the
 * attestations and rotations it signs, and the client state that tracks one
 * external ledger. Bytes are `Uint8Array`; heights, weights and times are
 * `bigint` (times in nanoseconds since the Unix epoch), all within uint64.
 */
import type { AttestationScheme } from './schemes.js';

/** One registered signer. */
export interface Signer {
  readonly scheme: AttestationScheme;
  /** Canonical encoding for the scheme (see schemes.ts): one key, one byte string. */
  readonly publicKey: Uint8Array;
  /** Positive; what the signer's signature counts towards the threshold. */
  readonly weight: bigint;
}

/** Signers and the total weight their signatures must reach. */
export interface SignerSet {
  /** In canonical order (scheme id, then key bytes) once made by `createSignerSet`. */
  readonly signers: readonly Signer[];
  readonly threshold: bigint;
}

/** One signature in an attestation or rotation; the signer is named by scheme and key. */
export interface SignerSignature {
  readonly scheme: AttestationScheme;
  readonly publicKey: Uint8Array;
  readonly signature: Uint8Array;
}

/** A statement "ledger `chainId` had `stateRoot` at `height`, at time `timestampNs`", signed. */
export interface Attestation {
  readonly chainId: string;
  readonly height: bigint;
  readonly timestampNs: bigint;
  /** 1 to 64 bytes, in the ledger's own commitment format. */
  readonly stateRoot: Uint8Array;
  /** The hash of the signer set that signs it (32 bytes): an attestation names its signers. */
  readonly signerSetHash: Uint8Array;
  readonly signatures: readonly SignerSignature[];
}

/** Replacement of the signer set, signed by the current set. */
export interface SignerSetRotation {
  readonly chainId: string;
  /** The client's `signerSetSequence` it applies to: a rotation is used once. */
  readonly sequence: bigint;
  readonly newSignerSet: SignerSet;
  readonly signatures: readonly SignerSignature[];
}

/** Two attestations that cannot both be true. */
export interface AttestationMisbehaviour {
  readonly first: Attestation;
  readonly second: Attestation;
}

/**
 * What the client trusts about one external ledger. It is the client's own
 * state (made by `createClientState`, then returned by each verification),
 * never input from a relayer.
 */
export interface AttestationClientState {
  readonly chainId: string;
  readonly signerSet: SignerSet;
  /** How many rotations the client has accepted: the sequence the next rotation must name. */
  readonly signerSetSequence: bigint;
  readonly latestHeight: bigint;
  readonly latestTimestampNs: bigint;
  /** An attestation whose time is this far behind `now`, or further, is expired. */
  readonly trustingPeriodNs: bigint;
  /** How far ahead of `now` an attestation's time may be. */
  readonly maxClockDriftNs: bigint;
  /** A frozen client (after misbehaviour) verifies nothing. */
  readonly frozen: boolean;
}

/** What a verified attestation establishes. */
export interface AttestedState {
  readonly height: bigint;
  readonly timestampNs: bigint;
  readonly stateRoot: Uint8Array;
}
