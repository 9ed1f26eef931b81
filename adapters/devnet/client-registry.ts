/**
 * Where the devnet keeps the light clients it hosts, in its provable store
 * (ICS-24 layout, so a counterparty can prove them):
 *
 *   clients/{id}/clientState                       TendermintClientState
 *   clients/{id}/consensusStates/{rev}-{height}    TendermintConsensusState
 *   clients/nextSequence                           decimal counter
 *
 * Client ids are `07-tendermint-{n}` (ICS-02 `{type}-{sequence}`). The
 * encodings are `isthmus.v1.TendermintClientState` /
 * `TendermintConsensusState` (proto/isthmus/v1/types.proto); heights in
 * them carry the counterparty's revision.
 */
import { IsthmusError } from '../../light-clients/index.js';
import type { ClientState, ConsensusState } from '../../light-clients/tendermint/index.js';
import { fromU64, toU64, v1 } from '../../proto/index.js';
import type { KvStore } from './module.js';
import { revisionOf } from './revision.js';

export const TENDERMINT_CLIENT_PREFIX = '07-tendermint';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function key(path: string): Uint8Array {
  return encoder.encode(path);
}

export function clientStatePath(clientId: string): string {
  return `clients/${clientId}/clientState`;
}

export function consensusStatePath(clientId: string, revision: bigint, height: bigint): string {
  return `clients/${clientId}/consensusStates/${revision}-${height}`;
}

const NEXT_SEQUENCE_PATH = 'clients/nextSequence';

export function encodeClientState(state: ClientState): Uint8Array {
  const revision = toU64(revisionOf(state.chainId));
  return v1.TendermintClientState.encode({
    chainId: state.chainId,
    trustLevelNumerator: toU64(state.trustLevel.numerator),
    trustLevelDenominator: toU64(state.trustLevel.denominator),
    trustingPeriodNs: toU64(state.trustingPeriod),
    unbondingPeriodNs: toU64(state.unbondingPeriod),
    maxClockDriftNs: toU64(state.maxClockDrift),
    latestHeight: { revision, height: toU64(state.latestHeight) },
    frozenHeight: { revision, height: toU64(state.frozenHeight) },
  }).finish();
}

function malformed(what: string, cause: unknown): IsthmusError {
  return new IsthmusError('MALFORMED_MESSAGE', `${what} is not a valid encoding`, {
    category: 'invalid_argument',
    cause,
  });
}

export function decodeClientState(bytes: Uint8Array): ClientState {
  let m: v1.TendermintClientState;
  try {
    m = v1.TendermintClientState.decode(bytes);
  } catch (cause) {
    throw malformed('tendermint client state', cause);
  }
  return {
    chainId: m.chainId,
    trustLevel: { numerator: fromU64(m.trustLevelNumerator), denominator: fromU64(m.trustLevelDenominator) },
    trustingPeriod: fromU64(m.trustingPeriodNs),
    unbondingPeriod: fromU64(m.unbondingPeriodNs),
    maxClockDrift: fromU64(m.maxClockDriftNs),
    latestHeight: fromU64(m.latestHeight?.height),
    frozenHeight: fromU64(m.frozenHeight?.height),
  };
}

export function encodeConsensusState(state: ConsensusState): Uint8Array {
  return v1.TendermintConsensusState.encode({
    timestampNs: toU64(state.timestamp),
    root: state.root,
    nextValidatorsHash: state.nextValidatorsHash,
  }).finish();
}

export function decodeConsensusState(bytes: Uint8Array): ConsensusState {
  let m: v1.TendermintConsensusState;
  try {
    m = v1.TendermintConsensusState.decode(bytes);
  } catch (cause) {
    throw malformed('tendermint consensus state', cause);
  }
  return { timestamp: fromU64(m.timestampNs), root: m.root, nextValidatorsHash: m.nextValidatorsHash };
}

/** Reads and writes the hosted clients through a store (a message's branch, or a committed version). */
export class ClientRegistry {
  readonly #store: Pick<KvStore, 'get'> & Partial<KvStore>;

  constructor(store: Pick<KvStore, 'get'> & Partial<KvStore>) {
    this.#store = store;
  }

  clientState(clientId: string): ClientState {
    const bytes = this.#store.get(key(clientStatePath(clientId)));
    if (!bytes) {
      throw new IsthmusError('CLIENT_NOT_FOUND', `no client ${JSON.stringify(clientId)} on this chain`, {
        category: 'not_found',
        context: { clientId },
      });
    }
    return decodeClientState(bytes);
  }

  consensusState(clientId: string, chainId: string, height: bigint): ConsensusState | undefined {
    const bytes = this.#store.get(key(consensusStatePath(clientId, revisionOf(chainId), height)));
    return bytes ? decodeConsensusState(bytes) : undefined;
  }

  /** The next client id, `07-tendermint-{n}`, counting from 0. */
  allocateId(): string {
    const store = this.#writable();
    const current = this.#store.get(key(NEXT_SEQUENCE_PATH));
    const sequence = current ? BigInt(decoder.decode(current)) : 0n;
    store.set(key(NEXT_SEQUENCE_PATH), encoder.encode((sequence + 1n).toString()));
    return `${TENDERMINT_CLIENT_PREFIX}-${sequence}`;
  }

  setClientState(clientId: string, state: ClientState): void {
    this.#writable().set(key(clientStatePath(clientId)), encodeClientState(state));
  }

  setConsensusState(clientId: string, chainId: string, height: bigint, state: ConsensusState): void {
    this.#writable().set(
      key(consensusStatePath(clientId, revisionOf(chainId), height)),
      encodeConsensusState(state),
    );
  }

  #writable(): KvStore {
    const store = this.#store;
    if (!store.set || !store.delete) throw new TypeError('the registry was opened read-only');
    return store as KvStore;
  }
}
