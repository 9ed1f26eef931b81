/**
 * The ICS-07 Tendermint client (https://github.com/cosmos/ibc/tree/main/spec/client/ics-007-tendermint-client,
 * ibc-go `modules/light-clients/07-tendermint`): a client state with its
 * parameters, consensus states by height, and `updateClient`, which verifies
 * a header against the consensus state it names as trusted and returns the
 * states to store. A frozen client (misbehaviour) or an expired one (its
 * latest consensus state past the trusting period) verifies nothing.
 */
import { TendermintErrorCode, fail } from './errors.js';
import type { SignedHeader, TrustLevel, ValidatorSet } from './types.js';
import { bytesEqual } from '../bytes.js';
import { validatorSetHash } from './validator-set.js';
import { checkTrustLevel, isExpired, verifyLightBlock, type VerifyOptions } from './verifier.js';
import type { SignatureVerifier } from './types.js';

export interface ClientState {
  readonly chainId: string;
  readonly trustLevel: TrustLevel;
  /** Nanoseconds. */
  readonly trustingPeriod: bigint;
  /** Nanoseconds; the trusting period must be shorter. */
  readonly unbondingPeriod: bigint;
  /** Nanoseconds. */
  readonly maxClockDrift: bigint;
  readonly latestHeight: bigint;
  /** 0 while the client is active; otherwise the height of the misbehaviour that froze it. */
  readonly frozenHeight: bigint;
}

export interface ConsensusState {
  /** The header's time, nanoseconds since the epoch. */
  readonly timestamp: bigint;
  /** The header's `app_hash`: the root state proofs are verified against. */
  readonly root: Uint8Array;
  readonly nextValidatorsHash: Uint8Array;
}

/** The consensus states a client has stored; undefined when there is none at `height`. */
export type ConsensusStateLookup = (height: bigint) => ConsensusState | undefined;

/** An ICS-07 header: a signed header, its validator set, and the trusted state to verify it from. */
export interface TendermintHeader {
  readonly signedHeader: SignedHeader;
  readonly validatorSet: ValidatorSet;
  readonly trustedHeight: bigint;
  /** The validator set of `trustedHeight + 1`: hashes to the trusted `next_validators_hash`. */
  readonly trustedValidators: ValidatorSet;
}

export type ClientStatus = 'active' | 'frozen' | 'expired';

/** ICS-02 status: frozen wins over expired; a client without its latest consensus state is expired. */
export function clientStatus(
  client: ClientState,
  consensusStates: ConsensusStateLookup,
  now: bigint,
): ClientStatus {
  if (client.frozenHeight !== 0n) return 'frozen';
  const latest = consensusStates(client.latestHeight);
  if (!latest || isExpired(latest.timestamp, client.trustingPeriod, now)) return 'expired';
  return 'active';
}

/**
 * ICS-07 `ClientState.Validate`: a chain id, a trust level in [1/3, 1], a
 * positive trusting period shorter than the unbonding period (evidence must
 * still be punishable), a non-negative clock drift and a positive latest
 * height. Throws INVALID_CLIENT_STATE (or INVALID_TRUST_LEVEL).
 */
export function validateClientState(client: ClientState): void {
  checkTrustLevel(client.trustLevel);
  const problem =
    client.chainId.length === 0
      ? 'empty chain id'
      : client.trustingPeriod <= 0n
        ? 'trusting period must be positive'
        : client.trustingPeriod >= client.unbondingPeriod
          ? 'trusting period must be shorter than the unbonding period'
          : client.maxClockDrift < 0n
            ? 'max clock drift must not be negative'
            : client.latestHeight <= 0n
              ? 'latest height must be positive'
              : undefined;
  if (problem)
    throw fail(TendermintErrorCode.InvalidClientState, `invalid client state: ${problem}`, {
      chainId: client.chainId,
    });
}

/** Throws INVALID_CLIENT_STATE, CLIENT_FROZEN or CLIENT_EXPIRED unless the client is valid and active. */
export function assertActive(client: ClientState, consensusStates: ConsensusStateLookup, now: bigint): void {
  validateClientState(client);
  const status = clientStatus(client, consensusStates, now);
  const context = {
    chainId: client.chainId,
    latestHeight: client.latestHeight,
    frozenHeight: client.frozenHeight,
  };
  if (status === 'frozen') {
    throw fail(TendermintErrorCode.ClientFrozen, `client for ${client.chainId} is frozen`, context, {
      category: 'failed_precondition',
    });
  }
  if (status === 'expired') {
    throw fail(TendermintErrorCode.ClientExpired, `client for ${client.chainId} has expired`, context, {
      category: 'failed_precondition',
    });
  }
}

/** The consensus state a verified header stands for. */
export function consensusStateOf(sh: SignedHeader): ConsensusState {
  return {
    timestamp: sh.header.time,
    root: sh.header.appHash,
    nextValidatorsHash: sh.header.nextValidatorsHash,
  };
}

function sameConsensusState(a: ConsensusState, b: ConsensusState): boolean {
  return (
    a.timestamp === b.timestamp &&
    bytesEqual(a.root, b.root) &&
    bytesEqual(a.nextValidatorsHash, b.nextValidatorsHash)
  );
}

function verifyOptionsOf(client: ClientState, verifySignature?: SignatureVerifier): VerifyOptions {
  return {
    chainId: client.chainId,
    trustLevel: client.trustLevel,
    trustingPeriod: client.trustingPeriod,
    maxClockDrift: client.maxClockDrift,
    ...(verifySignature ? { verifySignature } : {}),
  };
}

/**
 * Verifies `header` against the trusted consensus state it names; throws
 * CONSENSUS_STATE_NOT_FOUND, NEXT_VALIDATOR_SET_MISMATCH or any verifier code.
 */
export function verifyHeader(
  client: ClientState,
  consensusStates: ConsensusStateLookup,
  header: TendermintHeader,
  now: bigint,
  verifySignature?: SignatureVerifier,
): void {
  const trusted = consensusStates(header.trustedHeight);
  if (!trusted) {
    throw fail(
      TendermintErrorCode.ConsensusStateNotFound,
      `no consensus state at trusted height ${header.trustedHeight}`,
      {
        chainId: client.chainId,
        trustedHeight: header.trustedHeight,
      },
    );
  }
  if (!bytesEqual(validatorSetHash(header.trustedValidators), trusted.nextValidatorsHash)) {
    throw fail(
      TendermintErrorCode.NextValidatorSetMismatch,
      `trusted validators do not hash to the next validators of height ${header.trustedHeight}`,
      {
        chainId: client.chainId,
        trustedHeight: header.trustedHeight,
      },
    );
  }
  verifyLightBlock(
    {
      height: header.trustedHeight,
      time: trusted.timestamp,
      nextValidatorsHash: trusted.nextValidatorsHash,
      nextValidators: header.trustedValidators,
    },
    { signedHeader: header.signedHeader, validatorSet: header.validatorSet },
    verifyOptionsOf(client, verifySignature),
    now,
  );
}

export type UpdateResult =
  | {
      /** The header was new: store `consensusState` at `height`. */
      readonly kind: 'updated';
      readonly clientState: ClientState;
      readonly consensusState: ConsensusState;
      readonly height: bigint;
    }
  | {
      /** The same consensus state is already stored: nothing changes. */
      readonly kind: 'unchanged';
      readonly clientState: ClientState;
      readonly height: bigint;
    }
  | {
      /** A valid header conflicts with the stored consensus state at its height: the client is frozen. */
      readonly kind: 'frozen';
      readonly clientState: ClientState;
      readonly height: bigint;
    };

/** The stored consensus states nearest below and above a height, when the store can tell. */
export type ConsensusNeighbours = (height: bigint) => {
  readonly previous?: ConsensusState;
  readonly next?: ConsensusState;
};

export interface UpdateOptions {
  readonly verifySignature?: SignatureVerifier;
  /**
   * With it, a new header whose time is not between its neighbours' is
   * misbehaviour (ibc-go `CheckForMisbehaviour`): it freezes the client.
   */
  readonly neighbours?: ConsensusNeighbours;
}

/**
 * ICS-07 `updateClient`: verify, then return the states to store — or the
 * frozen client state when the verified header conflicts with what is
 * stored (another state at its height, or times out of order).
 */
export function updateClient(
  client: ClientState,
  consensusStates: ConsensusStateLookup,
  header: TendermintHeader,
  now: bigint,
  options: UpdateOptions = {},
): UpdateResult {
  assertActive(client, consensusStates, now);
  verifyHeader(client, consensusStates, header, now, options.verifySignature);
  const height = header.signedHeader.header.height;
  const consensusState = consensusStateOf(header.signedHeader);
  const frozen: UpdateResult = { kind: 'frozen', clientState: { ...client, frozenHeight: height }, height };
  const existing = consensusStates(height);
  if (existing) {
    return sameConsensusState(existing, consensusState)
      ? { kind: 'unchanged', clientState: client, height }
      : frozen;
  }
  const { previous, next } = options.neighbours?.(height) ?? {};
  if (
    (previous && previous.timestamp >= consensusState.timestamp) ||
    (next && next.timestamp <= consensusState.timestamp)
  ) {
    return frozen;
  }
  const latestHeight = height > client.latestHeight ? height : client.latestHeight;
  return { kind: 'updated', clientState: { ...client, latestHeight }, consensusState, height };
}
