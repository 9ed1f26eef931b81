/**
 * The client update of one batch, verified before it is submitted: the
 * destination's client of a proof chain is read back (QueryClient), the
 * proof chain's headers from its latest height to the target are fetched
 * (GetClientMessage: skipping headers across gaps) and each is run through
 * the light client — light-clients/tendermint `updateClient` for a
 * tendermint client, light-clients/evm for an evm one (evm-tracked.ts) —
 * from the consensus states it builds up: the same check the destination
 * will make. A header that does not verify throws its VerificationError;
 * nothing is submitted then.
 */
import {
  decodeClientState,
  decodeConsensusState,
  type HostedTendermintClientState,
} from '../../adapters/devnet/index.js';
import type { Ledger } from '../../adapters/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import {
  decodeIcs07Header,
  updateClient,
  type ConsensusState,
  type ConsensusStateLookup,
} from '../../light-clients/tendermint/index.js';
import { fromU64, toU64, type v1 } from '../../proto/index.js';
import { EVM_CLIENT_TYPE as EVM } from '../../adapters/devnet/clients/evm.js';
import { evmTimeAt, evmTracked, verifyEvmUpdate, type EvmTrackedClient } from './evm-tracked.js';
import { measured } from './measured.js';
import type { VerificationSink } from './types.js';

export const TENDERMINT = 'tendermint';

/** The destination's view of its tendermint client of a proof chain, as this batch moves it. */
export interface TendermintTrackedClient {
  readonly kind: 'tendermint';
  readonly clientId: string;
  readonly state: HostedTendermintClientState;
  /** Consensus states this batch can verify proofs against: the client's latest and each verified header's. */
  readonly consensusStates: ConsensusStateLookup;
  readonly latestHeight: bigint;
}

/** A destination's client of a proof chain, of a type the relayer verifies. */
export type TrackedClient = TendermintTrackedClient | EvmTrackedClient;

export interface VerifiedUpdate {
  readonly messages: v1.IMsg[];
  readonly client: TrackedClient;
}

/** What expiry and freezing depend on, whatever the client type. */
export interface ClientTiming {
  readonly frozen: boolean;
  readonly trustingPeriodNs: bigint;
  /** Block time of the latest trusted height, ns (0 when unknown). */
  readonly latestTimeNs: bigint;
}

export function clientTiming(client: TrackedClient): ClientTiming {
  if (client.kind === 'evm') {
    return {
      frozen: client.state.frozen,
      trustingPeriodNs: client.state.trustingPeriodNs,
      latestTimeNs: evmTimeAt(client, client.latestHeight) ?? 0n,
    };
  }
  return {
    frozen: client.state.frozenHeight !== 0n,
    trustingPeriodNs: client.state.trustingPeriod,
    latestTimeNs: client.consensusStates(client.latestHeight)?.timestamp ?? 0n,
  };
}

/** Block time of the proof chain at a height the client trusts, ns. */
export function trustedTimeAt(client: TrackedClient, height: bigint): bigint | undefined {
  return client.kind === 'evm' ? evmTimeAt(client, height) : client.consensusStates(height)?.timestamp;
}

function refused(code: string, message: string, context: Record<string, unknown>): IsthmusError {
  return new IsthmusError(code, message, { category: 'failed_precondition', context });
}

function mismatch(
  clientId: string,
  chainId: string,
  types: string,
  hosted?: v1.IClientState | null,
): IsthmusError {
  return refused(
    'CLIENT_MISMATCH',
    `client ${clientId} is not a ${types} client of ${chainId} (${hosted?.clientType ?? 'none'} of ${hosted?.chainId ?? 'none'})`,
    { clientId, chainId },
  );
}

/** The hosted client as the destination stores it; CLIENT_MISMATCH unless a tendermint or evm client of `chainId`. */
export async function trackedClient(dest: Ledger, clientId: string, chainId: string): Promise<TrackedClient> {
  const queried = await dest.queryClient({ clientId });
  const hosted = queried.clientState;
  if (hosted?.chainId !== chainId) throw mismatch(clientId, chainId, `${TENDERMINT} or ${EVM}`, hosted);
  if (hosted.clientType === EVM) return evmTracked(clientId, hosted, queried.consensusState);
  if (hosted.clientType !== TENDERMINT) throw mismatch(clientId, chainId, `${TENDERMINT} or ${EVM}`, hosted);
  const state = decodeClientState(hosted.state ?? new Uint8Array(0));
  const latest = decodeConsensusState(queried.consensusState?.state ?? new Uint8Array(0));
  return {
    kind: 'tendermint',
    clientId,
    state,
    latestHeight: state.latestHeight,
    consensusStates: (h) => (h === state.latestHeight ? latest : undefined),
  };
}

/** A tendermint client, for what only tendermint clients have (misbehaviour evidence, receipts); CLIENT_MISMATCH otherwise. */
export async function tendermintClient(
  dest: Ledger,
  clientId: string,
  chainId: string,
): Promise<TendermintTrackedClient> {
  const client = await trackedClient(dest, clientId, chainId);
  if (client.kind !== 'tendermint')
    throw mismatch(clientId, chainId, TENDERMINT, { clientType: client.kind, chainId });
  return client;
}

/**
 * The update messages that bring `client` to `target` (none when it is
 * there already), each header verified locally at `now`.
 */
export async function verifiedUpdate(
  source: Ledger,
  client: TrackedClient,
  target: v1.IHeight,
  now: bigint,
  sink?: VerificationSink,
): Promise<VerifiedUpdate> {
  const targetHeight = fromU64(target.height);
  if (targetHeight <= client.latestHeight) return { messages: [], client };
  const res = await source.getClientMessage({
    trustedHeight: { revision: target.revision ?? null, height: toU64(client.latestHeight) },
    targetHeight: target,
  });
  const messages = res.messages.map((message) => ({ updateClient: { clientId: client.clientId, message } }));
  if (client.kind === 'evm') {
    const moved = verifyEvmUpdate(client, res.messages, now, sink);
    if (!moved.consensus(targetHeight)) throw incomplete(client.clientId, targetHeight);
    return { messages, client: moved };
  }
  let state = client.state;
  const states = new Map<bigint, ConsensusState>();
  const lookup: ConsensusStateLookup = (h) => states.get(h) ?? client.consensusStates(h);
  for (const message of res.messages) {
    const header = decodeIcs07Header(message.bytes ?? new Uint8Array(0));
    if (!header.trusted) {
      throw refused('UPDATE_UNTRUSTED', 'an update header names no trusted height', {
        clientId: client.clientId,
      });
    }
    const trusted = header.trusted;
    const result = measured(sink, 'header', () => {
      const verdict = updateClient(
        state,
        lookup,
        {
          signedHeader: header.lightBlock.signedHeader,
          validatorSet: header.lightBlock.validatorSet,
          trustedHeight: trusted.height,
          trustedValidators: trusted.validators,
        },
        now,
      );
      if (verdict.kind === 'frozen') {
        throw new IsthmusError(
          'CONFLICTING_HEADER',
          `a valid header at height ${verdict.height} conflicts with the stored consensus state`,
          { category: 'verification', context: { clientId: client.clientId, height: verdict.height } },
        );
      }
      return verdict;
    });
    state = { ...state, latestHeight: result.clientState.latestHeight };
    if (result.kind === 'updated') states.set(result.height, result.consensusState);
  }
  if (!lookup(targetHeight)) throw incomplete(client.clientId, targetHeight);
  return {
    messages,
    client: { ...client, state, latestHeight: state.latestHeight, consensusStates: lookup },
  };
}

function incomplete(clientId: string, targetHeight: bigint): IsthmusError {
  return new IsthmusError('UPDATE_INCOMPLETE', `the headers served do not reach height ${targetHeight}`, {
    category: 'verification',
    context: { clientId, targetHeight },
  });
}
