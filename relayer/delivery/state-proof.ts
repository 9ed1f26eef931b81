/**
 * A proof the proof chain served, checked against the consensus state the
 * batch's verified update gives the destination's client at the proof
 * height — with light-clients/tendermint `verifyMembership` /
 * `verifyNonMembership`, under the proof specs the client names (default
 * ["tendermint"]: a devnet's state is one tree; two specs prove a key of the
 * SDK's "ibc" store inside the app hash tree, as ibc-go does).
 */
import { IsthmusError } from '../../light-clients/index.js';
import { iavlSpec, smtSpec, tendermintSpec, type ProofSpec } from '../../light-clients/ics23/index.js';
import {
  verifyMembership,
  verifyNonMembership,
  type StateProof,
} from '../../light-clients/tendermint/index.js';
import { fromU64, type v1 } from '../../proto/index.js';
import { checkEvmProof } from './evm-tracked.js';
import { measured } from './measured.js';
import type { VerificationSink } from './types.js';
import type { TendermintTrackedClient, TrackedClient } from './verified-update.js';

const SPECS: Readonly<Record<string, ProofSpec>> = {
  iavl: iavlSpec,
  tendermint: tendermintSpec,
  smt: smtSpec,
};
const SDK_STORE_KEY = new TextEncoder().encode('ibc');
const utf8 = new TextEncoder();

function stateProof(
  client: TendermintTrackedClient,
  proof: v1.IProof | null | undefined,
  path: string,
  now: bigint,
): StateProof {
  const names = client.state.proofSpecs?.length ? client.state.proofSpecs : ['tendermint'];
  const specs = names.map((name) => SPECS[name]);
  if (specs.length > 2 || specs.some((s) => s === undefined)) {
    throw new IsthmusError('PROOF_SPECS_UNSUPPORTED', `proof specs ${names.join(',')} are not supported`, {
      category: 'failed_precondition',
      context: { clientId: client.clientId },
    });
  }
  const key = utf8.encode(path);
  return {
    client: client.state,
    consensusStates: client.consensusStates,
    proofHeight: fromU64(proof?.height?.height),
    proof: proof?.bytes ?? new Uint8Array(0),
    path: specs.length === 1 ? [key] : [SDK_STORE_KEY, key],
    specs: specs.filter((s): s is ProofSpec => s !== undefined),
    now,
  };
}

/** Throws the light client's VerificationError unless `proof` proves `path` = `value` (or its absence). */
export function checkProof(
  client: TrackedClient,
  proof: v1.IProof | null | undefined,
  path: string,
  value: Uint8Array | undefined,
  now: bigint,
  sink?: VerificationSink,
): void {
  if (client.kind === 'evm') {
    checkEvmProof(client, proof, path, value, now, sink);
    return;
  }
  if (value === undefined) {
    measured(sink, 'non_membership', () => verifyNonMembership(stateProof(client, proof, path, now)));
  } else {
    measured(sink, 'membership', () => verifyMembership(stateProof(client, proof, path, now), value));
  }
}
