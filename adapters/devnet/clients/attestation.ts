/**
 * The devnet's attestation clients of agency ledgers (ledgers without BFT
 * consensus, adapters/external), ids `09-attestation-{n}`:
 *
 * - create: an `isthmus.v1.AttestationClientState` (signer set, threshold,
 *   chain id, trusting period, clock drift; clients/attestation-state.ts)
 *   and, when its latest height is not 0, the `AttestationConsensusState`
 *   at that height (empty bytes otherwise: the first update is the first
 *   trusted height);
 * - update: an "attestation" `ClientMessage` (adapters/external
 *   `decodeAttestationMessage`) verified by light-clients/attestation
 *   `verifyAttestation` at the block time; the consensus state at the
 *   attested height is its state root and time. Consensus states past the
 *   trusting period are then pruned, the latest kept. The signer set, not
 *   the last consensus state, is the trust anchor: a fresh attestation
 *   updates a client whose latest state has expired;
 * - misbehaviour: an `AttestationMisbehaviour` (two attestations of one
 *   height that disagree, both at the threshold) freezes the client
 *   (`checkMisbehaviour`);
 * - state proofs: the agency ledger's ICS-23 proofs (kind "ics23", one
 *   simple-Merkle tree) against the root attested at the proof height:
 *   `verifyMerkleProof(root, bytes, [path], value?, [tendermintSpec])`.
 *
 * Agency heights have revision 0 (adapters/external/heights.ts).
 */
import { checkMisbehaviour, verifyAttestation } from '../../../light-clients/attestation/index.js';
import { bytesEqual } from '../../../light-clients/bytes.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { tendermintSpec, verifyMerkleProof } from '../../../light-clients/ics23/index.js';
import { toU64, v1 } from '../../../proto/index.js';
import { ATTESTATION_CLIENT_TYPE, decodeAttestationMessage } from '../../external/index.js';
import {
  decodeAttestationClientState,
  decodeAttestationConsensusState,
  encodeAttestationClientState,
  encodeAttestationConsensusState,
  type AttestationConsensusState,
} from './attestation-state.js';
import { ClientStore, type RegistryStore } from './client-store.js';
import {
  checkMessageType,
  clientFrozen,
  PROOF_KIND_ICS23,
  proofBytes,
  malformed,
  type ClientChange,
  type ClientView,
  type HostedClient,
  type HostedClientType,
  type StateProofArgs,
} from './hosted-client.js';
import type { AttestationClientState } from '../../../light-clients/attestation/index.js';

export const ATTESTATION_CLIENT_PREFIX = '09-attestation';
const REVISION = 0n;

type Status = 'active' | 'expired' | 'frozen';

const STATUS = {
  active: v1.ClientStatus.CLIENT_STATUS_ACTIVE,
  expired: v1.ClientStatus.CLIENT_STATUS_EXPIRED,
  frozen: v1.ClientStatus.CLIENT_STATUS_FROZEN,
} as const;

class AttestationClient implements HostedClient {
  readonly store: ClientStore;
  readonly #state: AttestationClientState;

  constructor(kv: RegistryStore, clientId: string, state: AttestationClientState) {
    this.#state = state;
    this.store = new ClientStore(kv, clientId, REVISION);
  }

  update(message: v1.IClientMessage, now: bigint): ClientChange {
    const attestation = decodeAttestationMessage(message);
    if (this.#state.frozen) throw clientFrozen(ATTESTATION_CLIENT_TYPE, this.#state.chainId);
    const stored = this.#consensus(attestation.height);
    if (
      stored &&
      stored.timestampNs === attestation.timestampNs &&
      bytesEqual(stored.root, attestation.stateRoot)
    ) {
      // A replay of what is already trusted changes nothing (ICS-02 duplicate update).
      return { kind: 'unchanged', height: attestation.height, revision: REVISION };
    }
    const { clientState, attested } = verifyAttestation(this.#state, attestation, now);
    this.store.setClientState(encodeAttestationClientState(clientState));
    this.store.setConsensusState(
      attested.height,
      encodeAttestationConsensusState({ timestampNs: attested.timestampNs, root: attested.stateRoot }),
    );
    this.store.pruneExpired(
      attested.height,
      (bytes) => decodeAttestationConsensusState(bytes).timestampNs + clientState.trustingPeriodNs <= now,
    );
    return { kind: 'updated', height: attested.height, revision: REVISION };
  }

  submitMisbehaviour(message: v1.IClientMessage): ClientChange {
    checkMessageType(message, ATTESTATION_CLIENT_TYPE);
    let evidence: v1.AttestationMisbehaviour;
    try {
      evidence = v1.AttestationMisbehaviour.decode(message.bytes ?? new Uint8Array(0));
    } catch (cause) {
      throw malformed('attestation misbehaviour', cause);
    }
    const side = (bytes: Uint8Array) =>
      decodeAttestationMessage({ clientType: ATTESTATION_CLIENT_TYPE, bytes });
    const first = side(evidence.first);
    const frozen = checkMisbehaviour(this.#state, { first, second: side(evidence.second) });
    this.store.setClientState(encodeAttestationClientState(frozen));
    return { kind: 'frozen', height: first.height, revision: REVISION };
  }

  verifyState(args: StateProofArgs): void {
    const status = this.#status(args.now);
    const context = { chainId: this.#state.chainId, latestHeight: this.#state.latestHeight };
    if (status === 'frozen') throw clientFrozen(ATTESTATION_CLIENT_TYPE, this.#state.chainId);
    if (status === 'expired') {
      throw new IsthmusError(
        'CLIENT_EXPIRED',
        `the attestation client of ${this.#state.chainId} has expired`,
        {
          category: 'failed_precondition',
          context,
        },
      );
    }
    const proof = proofBytes(args, PROOF_KIND_ICS23);
    const consensus = this.#consensus(args.height);
    if (!consensus) {
      throw new IsthmusError('CONSENSUS_STATE_NOT_FOUND', `no attested state at height ${args.height}`, {
        category: 'verification',
        context: { ...context, proofHeight: args.height },
      });
    }
    verifyMerkleProof(consensus.root, proof, [args.path], args.value, [tendermintSpec]);
  }

  consensusTime(height: bigint): bigint | undefined {
    return this.#consensus(height)?.timestampNs;
  }

  view(now: bigint): ClientView {
    const state = this.#state;
    const height = { revision: toU64(REVISION), height: toU64(state.latestHeight) };
    const consensus = this.#consensus(state.latestHeight);
    return {
      clientState: {
        clientId: this.store.clientId,
        clientType: ATTESTATION_CLIENT_TYPE,
        chainId: state.chainId,
        latestHeight: height,
        status: STATUS[this.#status(now)],
        state: encodeAttestationClientState(state),
      },
      ...(consensus
        ? {
            consensusState: {
              height,
              timestampNs: toU64(consensus.timestampNs),
              root: consensus.root,
              state: encodeAttestationConsensusState(consensus),
            },
          }
        : {}),
    };
  }

  /** Frozen wins; a client whose latest attested state is past the trusting period is expired. */
  #status(now: bigint): Status {
    if (this.#state.frozen) return 'frozen';
    const latest = this.#consensus(this.#state.latestHeight);
    if (latest && latest.timestampNs + this.#state.trustingPeriodNs <= now) return 'expired';
    return 'active';
  }

  #consensus(height: bigint): AttestationConsensusState | undefined {
    const bytes = this.store.consensusState(height);
    return bytes ? decodeAttestationConsensusState(bytes) : undefined;
  }
}

export const attestationClients: HostedClientType = {
  clientType: ATTESTATION_CLIENT_TYPE,
  idPrefix: ATTESTATION_CLIENT_PREFIX,
  open: (kv, clientId, clientState) =>
    new AttestationClient(kv, clientId, decodeAttestationClientState(clientState)),
  create(kv, clientId, clientStateBytes, consensusStateBytes) {
    const state = decodeAttestationClientState(clientStateBytes);
    if (state.frozen) {
      throw new IsthmusError('INVALID_CLIENT_STATE', 'a new client cannot be frozen', {
        category: 'invalid_argument',
      });
    }
    const hasConsensus = consensusStateBytes.length > 0;
    if (hasConsensus !== state.latestHeight > 0n) {
      throw new IsthmusError(
        'INVALID_CONSENSUS_STATE',
        'a consensus state is given exactly when the latest height is not 0',
        { category: 'invalid_argument', context: { latestHeight: state.latestHeight } },
      );
    }
    const consensus = hasConsensus ? decodeAttestationConsensusState(consensusStateBytes) : undefined;
    if (consensus && consensus.timestampNs !== state.latestTimestampNs) {
      throw new IsthmusError('INVALID_CONSENSUS_STATE', 'the consensus state is not at the latest time', {
        category: 'invalid_argument',
        context: { latestTimestampNs: state.latestTimestampNs, timestampNs: consensus.timestampNs },
      });
    }
    const store = new ClientStore(kv, clientId, REVISION);
    store.setClientState(encodeAttestationClientState(state));
    if (consensus) store.setConsensusState(state.latestHeight, encodeAttestationConsensusState(consensus));
  },
};
