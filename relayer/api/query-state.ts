/**
 * QueryState: a value, or its absence, at a path on a connected chain,
 * returned only with the verdict of a light client Isthmus trusts for that
 * chain — the client another configured chain keeps of it. The endpoint is
 * not trusted: its proof is checked here, against the root of that
 * client's latest consensus state (ICS-23, light-clients/tendermint), and a
 * proof that does not verify is an error, never a value.
 *
 * The header of height h commits the state after block h-1, so the proof
 * for a consensus state at height h is asked for at h-1 (a devnet answers
 * with `Proof.height` = h).
 */
import { PROOF_KIND_ICS23, revisionOf } from '../../adapters/devnet/index.js';
import type { Ledger } from '../../adapters/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import { fromU64, toU64, type v1 } from '../../proto/index.js';
import type { RelayerConfig } from '../config/schema.js';
import { TENDERMINT, trackedClient } from '../delivery/index.js';
import { checkProof } from '../delivery/state-proof.js';
import {
  CONSENSUS_STATE_UNAVAILABLE,
  invalidField,
  NO_TRUSTED_CLIENT,
  STATE_PROOF_INVALID,
} from './errors.js';
import { isConfiguredChain, trustingClient } from './topology.js';

export interface QueryStateDeps {
  readonly config: RelayerConfig;
  readonly ledgerOf: (chainId: string) => Ledger;
  /** Nanoseconds since the Unix epoch. */
  readonly now: () => bigint;
}

/** Longest state path accepted. */
const MAX_PATH_BYTES = 1_024;

export async function queryState(
  deps: QueryStateDeps,
  req: v1.QueryStateRequest,
): Promise<v1.IQueryStateResponse> {
  const { chainId, path } = req;
  if (!isConfiguredChain(deps.config, chainId)) {
    throw invalidField('chain_id', `chain "${chainId}" is not configured`, { chainId });
  }
  if (path === '') throw invalidField('path', 'is empty');
  if (Buffer.byteLength(path) > MAX_PATH_BYTES)
    throw invalidField('path', `is longer than ${MAX_PATH_BYTES} bytes`);
  const trusting = trustingClient(deps.config, chainId);
  if (trusting === undefined) {
    throw new IsthmusError(NO_TRUSTED_CLIENT, `no configured chain keeps a client of ${chainId}`, {
      category: 'failed_precondition',
      context: { chainId },
    });
  }
  const client = await trackedClient(deps.ledgerOf(trusting.hostChainId), trusting.clientId, chainId);
  const consensusHeight = client.latestHeight;
  const asked = fromU64(req.height?.height);
  if ((asked !== 0n && asked !== consensusHeight) || consensusHeight < 2n) {
    throw new IsthmusError(
      CONSENSUS_STATE_UNAVAILABLE,
      `client ${trusting.clientId} on ${trusting.hostChainId} trusts ${chainId} at height ${consensusHeight} only`,
      {
        category: 'failed_precondition',
        context: { chainId, clientId: trusting.clientId, asked, consensusHeight },
      },
    );
  }
  const revision = toU64(revisionOf(chainId));
  const served = await deps.ledgerOf(chainId).queryProof({
    path,
    height: { revision, height: toU64(consensusHeight - 1n) },
  });
  const context = { chainId, path, clientId: trusting.clientId, consensusHeight };
  if (served.proof?.kind !== PROOF_KIND_ICS23) {
    throw proofInvalid(
      `the proof is of kind "${served.proof?.kind ?? ''}", not ${PROOF_KIND_ICS23}`,
      context,
    );
  }
  try {
    checkProof(client, served.proof, path, served.exists ? served.value : undefined, deps.now());
  } catch (err) {
    // A frozen or expired client (or one whose specs are unknown) is the client's state, not the endpoint's lie.
    if (IsthmusError.is(err) && err.category === 'failed_precondition') throw err;
    throw proofInvalid(`the proof ${chainId} served does not verify`, context, err);
  }
  return {
    exists: served.exists,
    value: served.exists ? served.value : new Uint8Array(0),
    proof: served.proof,
    ...(served.height === null ? {} : { height: served.height }),
    verdict: {
      clientId: trusting.clientId,
      clientType: TENDERMINT,
      consensusHeight: { revision, height: toU64(consensusHeight) },
      verified: true,
    },
  };
}

function proofInvalid(message: string, context: Record<string, unknown>, cause?: unknown): IsthmusError {
  return new IsthmusError(STATE_PROOF_INVALID, message, {
    category: 'verification',
    context,
    ...(cause === undefined ? {} : { cause }),
  });
}
