/**
 * The client update of one batch, verified before it is submitted: the
 * destination's client of a proof chain is read back (QueryClient), the
 * proof chain's headers from its latest height to the target are fetched
 * (GetClientMessage: skipping headers across gaps) and each is run through
 * light-clients/tendermint `updateClient` from the consensus states it
 * builds up — the same check the destination will make. A header that does
 * not verify throws its VerificationError; nothing is submitted then.
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
import { measured } from './measured.js';
import type { VerificationSink } from './types.js';

export const TENDERMINT = 'tendermint';

/** The destination's view of its client of a proof chain, as this batch moves it. */
export interface TrackedClient {
  readonly clientId: string;
  readonly state: HostedTendermintClientState;
  /** Consensus states this batch can verify proofs against: the client's latest and each verified header's. */
  readonly consensusStates: ConsensusStateLookup;
  readonly latestHeight: bigint;
}

export interface VerifiedUpdate {
  readonly messages: v1.IMsg[];
  readonly client: TrackedClient;
}

function refused(code: string, message: string, context: Record<string, unknown>): IsthmusError {
  return new IsthmusError(code, message, { category: 'failed_precondition', context });
}

/** The hosted client as the destination stores it; CLIENT_MISMATCH when it is not a tendermint client of `chainId`. */
export async function trackedClient(dest: Ledger, clientId: string, chainId: string): Promise<TrackedClient> {
  const queried = await dest.queryClient({ clientId });
  const hosted = queried.clientState;
  if (hosted?.clientType !== TENDERMINT || hosted.chainId !== chainId) {
    throw refused(
      'CLIENT_MISMATCH',
      `client ${clientId} is not a ${TENDERMINT} client of ${chainId} (${hosted?.clientType ?? 'none'} of ${hosted?.chainId ?? 'none'})`,
      { clientId, chainId },
    );
  }
  const state = decodeClientState(hosted.state ?? new Uint8Array(0));
  const latest = decodeConsensusState(queried.consensusState?.state ?? new Uint8Array(0));
  return {
    clientId,
    state,
    latestHeight: state.latestHeight,
    consensusStates: (h) => (h === state.latestHeight ? latest : undefined),
  };
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
  if (!lookup(targetHeight)) {
    throw new IsthmusError('UPDATE_INCOMPLETE', `the headers served do not reach height ${targetHeight}`, {
      category: 'verification',
      context: { clientId: client.clientId, targetHeight },
    });
  }
  return {
    messages: res.messages.map((message) => ({ updateClient: { clientId: client.clientId, message } })),
    client: { ...client, state, latestHeight: state.latestHeight, consensusStates: lookup },
  };
}
