/**
 * The devnet's tendermint (ICS-07) clients of other CometBFT chains, ids
 * `07-tendermint-{n}`:
 *
 * - create: an `isthmus.v1.TendermintClientState` and the
 *   `TendermintConsensusState` at its latest height;
 * - update: a "tendermint" `ClientMessage` (an ICS-07 header,
 *   ../tendermint-wire.ts) verified by light-clients/tendermint
 *   `updateClient` at the block time, with the neighbouring consensus
 *   states so that a header out of time order freezes the client (ibc-go
 *   `CheckForMisbehaviour`); consensus states past the trusting period are
 *   then pruned, the latest kept (ibc-go `PruneAllExpiredConsensusStates`);
 * - misbehaviour: a `TendermintMisbehaviour` (two ICS-07 headers) checked
 *   by `checkMisbehaviour`, which freezes the client;
 * - state proofs: chained ICS-23 proofs under the client's proof specs
 *   (default [tendermint]: a devnet's state is one tree).
 */
import { IsthmusError } from '../../../light-clients/index.js';
import { iavlSpec, smtSpec, tendermintSpec, type ProofSpec } from '../../../light-clients/ics23/index.js';
import {
  checkMisbehaviour,
  clientStatus,
  consensusStateOf,
  DEFAULT_TRUST_LEVEL,
  isExpired,
  updateClient,
  validateClientState,
  verifyMembership,
  verifyNonMembership,
  type ClientState,
  type ConsensusState,
  type ConsensusStateLookup,
  type SignedHeader,
} from '../../../light-clients/tendermint/index.js';
import { fromU64, toU64, v1 } from '../../../proto/index.js';
import { revisionOf } from '../revision.js';
import { decodeTendermintHeader, TENDERMINT_CLIENT_TYPE } from '../tendermint-wire.js';
import { ClientStore, type RegistryStore } from './client-store.js';
import {
  checkMessageType,
  PROOF_KIND_ICS23,
  proofBytes,
  malformed,
  type ClientChange,
  type ClientView,
  type HostedClient,
  type HostedClientType,
  type StateProofArgs,
} from './hosted-client.js';

export const TENDERMINT_CLIENT_PREFIX = '07-tendermint';

/** The proof specs a client may name, by their light-clients/ics23 names. */
const PROOF_SPECS: Readonly<Record<string, ProofSpec>> = Object.freeze({
  iavl: iavlSpec,
  tendermint: tendermintSpec,
  smt: smtSpec,
});
const DEFAULT_PROOF_SPECS: readonly string[] = Object.freeze(['tendermint']);
/** ibc-go's commitment prefix: the store key of a two-store (Cosmos SDK) chain's IBC state. */
const SDK_STORE_KEY = new TextEncoder().encode('ibc');

/** A hosted tendermint client: the ICS-07 state and the specs its counterparty's proofs follow. */
export interface HostedTendermintClientState extends ClientState {
  /** Spec names, innermost store first; default ["tendermint"]. */
  readonly proofSpecs?: readonly string[];
}

export function encodeClientState(state: HostedTendermintClientState): Uint8Array {
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
    proofSpecs: [...(state.proofSpecs ?? [])],
  }).finish();
}

/** The stored or submitted state; `proofSpecs` is always filled in (default ["tendermint"]). */
export function decodeClientState(bytes: Uint8Array): HostedTendermintClientState {
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
    proofSpecs: m.proofSpecs.length > 0 ? m.proofSpecs : DEFAULT_PROOF_SPECS,
  };
}

/** Parameters of a new client; defaults: trust level 1/3, trusting 14 days, unbonding 21 days, drift 10 s. */
export interface NewTendermintClient {
  readonly trustLevel?: ClientState['trustLevel'];
  readonly trustingPeriod?: bigint;
  readonly unbondingPeriod?: bigint;
  readonly maxClockDrift?: bigint;
}

const DAY_NS = 86_400n * 1_000_000_000n;

/**
 * The `CreateClient` message for a tendermint client of the chain that
 * signed `header`, trusting that header (how a relayer bootstraps a client
 * from a counterparty's latest header).
 */
export function createTendermintClientMsg(header: SignedHeader, params: NewTendermintClient = {}): v1.IMsg {
  return {
    createClient: {
      clientType: TENDERMINT_CLIENT_TYPE,
      clientState: encodeClientState({
        chainId: header.header.chainId,
        trustLevel: params.trustLevel ?? DEFAULT_TRUST_LEVEL,
        trustingPeriod: params.trustingPeriod ?? 14n * DAY_NS,
        unbondingPeriod: params.unbondingPeriod ?? 21n * DAY_NS,
        maxClockDrift: params.maxClockDrift ?? 10n * 1_000_000_000n,
        latestHeight: header.header.height,
        frozenHeight: 0n,
      }),
      consensusState: encodeConsensusState(consensusStateOf(header)),
    },
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

/** The specs a client names; INVALID_CLIENT_STATE for an unknown name or more than two stores. */
function proofSpecsOf(names: readonly string[]): readonly ProofSpec[] {
  if (names.length > 2) {
    throw new IsthmusError(
      'INVALID_CLIENT_STATE',
      'at most two proof specs (a store inside the app hash tree)',
      {
        category: 'invalid_argument',
        context: { proofSpecs: names.join(',') },
      },
    );
  }
  return names.map((name) => {
    const spec = PROOF_SPECS[name];
    if (!spec) {
      throw new IsthmusError('INVALID_CLIENT_STATE', `unknown proof spec ${JSON.stringify(name)}`, {
        category: 'invalid_argument',
        context: { proofSpec: name, known: Object.keys(PROOF_SPECS).join(',') },
      });
    }
    return spec;
  });
}

const STATUS = {
  active: v1.ClientStatus.CLIENT_STATUS_ACTIVE,
  expired: v1.ClientStatus.CLIENT_STATUS_EXPIRED,
  frozen: v1.ClientStatus.CLIENT_STATUS_FROZEN,
} as const;

class TendermintClient implements HostedClient {
  readonly store: ClientStore;
  readonly #state: HostedTendermintClientState;
  readonly #specNames: readonly string[];
  readonly #lookup: ConsensusStateLookup;

  constructor(kv: RegistryStore, clientId: string, state: HostedTendermintClientState) {
    this.#state = state;
    this.#specNames = state.proofSpecs ?? DEFAULT_PROOF_SPECS;
    this.store = new ClientStore(kv, clientId, revisionOf(state.chainId));
    this.#lookup = (height) => {
      const bytes = this.store.consensusState(height);
      return bytes ? decodeConsensusState(bytes) : undefined;
    };
  }

  update(message: v1.IClientMessage, now: bigint): ClientChange {
    checkMessageType(message, TENDERMINT_CLIENT_TYPE);
    const client = this.#state;
    const header = decodeTendermintHeader(message.bytes ?? new Uint8Array(0));
    const result = updateClient(client, this.#lookup, header, now, {
      neighbours: (height) => this.#neighbours(height),
    });
    const change = { kind: result.kind, height: result.height, revision: this.store.revision };
    if (result.kind === 'unchanged') return change;
    this.store.setClientState(encodeClientState({ ...result.clientState, proofSpecs: this.#specNames }));
    if (result.kind === 'updated') {
      this.store.setConsensusState(result.height, encodeConsensusState(result.consensusState));
      this.store.pruneExpired(result.clientState.latestHeight, (bytes) =>
        isExpired(decodeConsensusState(bytes).timestamp, client.trustingPeriod, now),
      );
    }
    return change;
  }

  submitMisbehaviour(message: v1.IClientMessage, now: bigint): ClientChange {
    checkMessageType(message, TENDERMINT_CLIENT_TYPE);
    let evidence: v1.TendermintMisbehaviour;
    try {
      evidence = v1.TendermintMisbehaviour.decode(message.bytes ?? new Uint8Array(0));
    } catch (cause) {
      throw malformed('tendermint misbehaviour', cause);
    }
    const frozen = checkMisbehaviour(
      this.#state,
      this.#lookup,
      {
        header1: decodeTendermintHeader(evidence.header_1),
        header2: decodeTendermintHeader(evidence.header_2),
      },
      now,
    );
    this.store.setClientState(encodeClientState({ ...frozen, proofSpecs: this.#specNames }));
    return { kind: 'frozen', height: frozen.frozenHeight, revision: this.store.revision };
  }

  verifyState(args: StateProofArgs): void {
    const specs = proofSpecsOf(this.#specNames);
    const proof = {
      client: this.#state,
      consensusStates: this.#lookup,
      proofHeight: args.height,
      proof: proofBytes(args, PROOF_KIND_ICS23),
      // One store: the key itself; a store inside the app hash tree: ibc-go's prefix first.
      path: specs.length === 1 ? [args.path] : [SDK_STORE_KEY, args.path],
      specs,
      now: args.now,
    };
    if (args.value) verifyMembership(proof, args.value);
    else verifyNonMembership(proof);
  }

  consensusTime(height: bigint): bigint | undefined {
    return this.#lookup(height)?.timestamp;
  }

  view(now: bigint): ClientView {
    const client = this.#state;
    const consensus = this.#lookup(client.latestHeight);
    const height = { revision: toU64(this.store.revision), height: toU64(client.latestHeight) };
    return {
      clientState: {
        clientId: this.store.clientId,
        clientType: TENDERMINT_CLIENT_TYPE,
        chainId: client.chainId,
        latestHeight: height,
        status: STATUS[clientStatus(client, this.#lookup, now)],
        state: encodeClientState(client),
      },
      ...(consensus
        ? {
            consensusState: {
              height,
              timestampNs: toU64(consensus.timestamp),
              root: consensus.root,
              state: encodeConsensusState(consensus),
            },
          }
        : {}),
    };
  }

  /** The stored consensus states nearest below and above `height`, from the height index. */
  #neighbours(height: bigint): { previous?: ConsensusState; next?: ConsensusState } {
    const heights = this.store.heights();
    const below = heights.filter((h) => h < height).at(-1);
    const above = heights.find((h) => h > height);
    const previous = below === undefined ? undefined : this.#lookup(below);
    const next = above === undefined ? undefined : this.#lookup(above);
    return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
  }
}

export const tendermintClients: HostedClientType = {
  clientType: TENDERMINT_CLIENT_TYPE,
  idPrefix: TENDERMINT_CLIENT_PREFIX,
  open: (kv, clientId, clientState) => new TendermintClient(kv, clientId, decodeClientState(clientState)),
  create(kv, clientId, clientStateBytes, consensusStateBytes) {
    const state = decodeClientState(clientStateBytes);
    if (state.frozenHeight !== 0n) {
      throw new IsthmusError('INVALID_CLIENT_STATE', 'a new client cannot be frozen', {
        category: 'invalid_argument',
      });
    }
    validateClientState(state);
    proofSpecsOf(state.proofSpecs ?? DEFAULT_PROOF_SPECS);
    const consensus = decodeConsensusState(consensusStateBytes);
    const store = new ClientStore(kv, clientId, revisionOf(state.chainId));
    store.setClientState(encodeClientState(state));
    store.setConsensusState(state.latestHeight, encodeConsensusState(consensus));
  },
};
