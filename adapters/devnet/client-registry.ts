/**
 * The light clients the devnet hosts (ICS-02 client semantics), kept in
 * its provable store (layout in clients/client-store.ts):
 *
 *   clients/nextSequence     decimal counter shared by every client type
 *
 * Client ids are `{prefix}-{n}` (ICS-02 `{type}-{sequence}`): the prefix
 * names the client type, so the registry dispatches on the id alone —
 * `07-tendermint` (clients/tendermint.ts), `09-attestation`
 * (clients/attestation.ts) and `evm` (clients/evm.ts). Every operation
 * runs against one store: a message's branch (written only if the message
 * succeeds) or a committed version (read-only). A frozen client rejects
 * everything with CLIENT_FROZEN, an expired one with CLIENT_EXPIRED.
 */
import { IsthmusError } from '../../light-clients/index.js';
import type { ClientState, ConsensusState } from '../../light-clients/tendermint/index.js';
import type { v1 } from '../../proto/index.js';
import { attestationClients } from './clients/attestation.js';
import { clientStatePath, type RegistryStore } from './clients/client-store.js';
import { evmClients } from './clients/evm.js';
import type { ClientChange, ClientView, HostedClient, HostedClientType } from './clients/hosted-client.js';
import {
  decodeClientState,
  decodeConsensusState,
  TENDERMINT_CLIENT_PREFIX,
  tendermintClients,
} from './clients/tendermint.js';
import { revisionOf } from './revision.js';

export { clientStatePath, consensusStatePath } from './clients/client-store.js';
export type { RegistryStore } from './clients/client-store.js';
export {
  decodeClientState,
  decodeConsensusState,
  encodeClientState,
  encodeConsensusState,
  TENDERMINT_CLIENT_PREFIX,
} from './clients/tendermint.js';
export type { ClientChange, ClientView } from './clients/hosted-client.js';

const HOSTED: readonly HostedClientType[] = [tendermintClients, attestationClients, evmClients];
const NEXT_SEQUENCE_PATH = 'clients/nextSequence';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function key(path: string): Uint8Array {
  return encoder.encode(path);
}

export interface MembershipArgs {
  readonly clientId: string;
  /** The proof height: of the consensus state whose root the proof is checked against. */
  readonly height: bigint;
  readonly proof: v1.IProof;
  readonly path: Uint8Array;
  readonly value: Uint8Array;
  /** Block time of the host chain, ns. */
  readonly now: bigint;
}

export type NonMembershipArgs = Omit<MembershipArgs, 'value'>;

function notFound(clientId: string): IsthmusError {
  return new IsthmusError('CLIENT_NOT_FOUND', `no client ${JSON.stringify(clientId)} on this chain`, {
    category: 'not_found',
    context: { clientId },
  });
}

export class ClientRegistry {
  readonly #store: RegistryStore;

  constructor(store: RegistryStore) {
    this.#store = store;
  }

  /** CreateClient: validates the states, stores them under a new id and returns it. */
  create(clientType: string, clientState: Uint8Array, consensusState: Uint8Array): string {
    const type = HOSTED.find((t) => t.clientType === clientType);
    if (!type) {
      throw new IsthmusError(
        'NOT_SUPPORTED',
        `client type ${JSON.stringify(clientType)} is not hosted here`,
        {
          category: 'invalid_argument',
          context: { clientType, hosted: HOSTED.map((t) => t.clientType).join(',') },
        },
      );
    }
    const current = this.#store.get(key(NEXT_SEQUENCE_PATH));
    const sequence = current ? BigInt(decoder.decode(current)) : 0n;
    const clientId = `${type.idPrefix}-${sequence}`;
    type.create(this.#store, clientId, clientState, consensusState);
    this.#writable().set(key(NEXT_SEQUENCE_PATH), encoder.encode((sequence + 1n).toString()));
    return clientId;
  }

  /** The client type of a stored client (`ClientMessage.client_type`). */
  clientType(clientId: string): string {
    return this.#open(clientId).type.clientType;
  }

  update(clientId: string, message: v1.IClientMessage, now: bigint): ClientChange {
    return this.#open(clientId).client.update(message, now);
  }

  submitMisbehaviour(clientId: string, message: v1.IClientMessage, now: bigint): ClientChange {
    return this.#open(clientId).client.submitMisbehaviour(message, now);
  }

  /** `value` is at `path` in the counterparty state the client trusts at the proof height. */
  verifyMembership(args: MembershipArgs): void {
    this.#open(args.clientId).client.verifyState(args);
  }

  /** Nothing is at `path` in the counterparty state the client trusts at the proof height. */
  verifyNonMembership(args: NonMembershipArgs): void {
    const { clientId, height, proof, path, now } = args;
    this.#open(clientId).client.verifyState({ height, proof, path, now });
  }

  /**
   * Block time (ns) of the counterparty at `height`, from the consensus
   * state the client stores there (ICS-02 `GetTimestampAtHeight`), whatever
   * the client type; CONSENSUS_STATE_NOT_FOUND when none is stored.
   */
  timeAt(clientId: string, height: bigint): bigint {
    const time = this.#open(clientId).client.consensusTime(height);
    if (time === undefined) {
      throw new IsthmusError(
        'CONSENSUS_STATE_NOT_FOUND',
        `client ${clientId} holds no consensus state at height ${height}`,
        { category: 'verification', context: { clientId, height } },
      );
    }
    return time;
  }

  /** The `QueryClient` view: the client with its status at `now`, and its latest consensus state. */
  query(clientId: string, now: bigint): ClientView {
    return this.#open(clientId).client.view(now);
  }

  /** A tendermint client's ICS-07 state; CLIENT_NOT_FOUND for any other id. */
  clientState(clientId: string): ClientState {
    if (!clientId.startsWith(`${TENDERMINT_CLIENT_PREFIX}-`)) throw notFound(clientId);
    return decodeClientState(this.#stateBytes(clientId));
  }

  /** A tendermint client's consensus state at a height of `chainId`, if stored. */
  consensusState(clientId: string, chainId: string, height: bigint): ConsensusState | undefined {
    if (!clientId.startsWith(`${TENDERMINT_CLIENT_PREFIX}-`)) throw notFound(clientId);
    const store = this.#open(clientId).client.store;
    if (store.revision !== revisionOf(chainId)) return undefined;
    const bytes = store.consensusState(height);
    return bytes ? decodeConsensusState(bytes) : undefined;
  }

  #open(clientId: string): { type: HostedClientType; client: HostedClient } {
    const type = HOSTED.find(
      (t) =>
        clientId.startsWith(`${t.idPrefix}-`) &&
        /^(0|[1-9][0-9]*)$/.test(clientId.slice(t.idPrefix.length + 1)),
    );
    if (!type) throw notFound(clientId);
    return { type, client: type.open(this.#store, clientId, this.#stateBytes(clientId)) };
  }

  #stateBytes(clientId: string): Uint8Array {
    const bytes = this.#store.get(key(clientStatePath(clientId)));
    if (!bytes) throw notFound(clientId);
    return bytes;
  }

  #writable(): Required<RegistryStore> {
    const store = this.#store;
    if (!store.set || !store.delete) throw new TypeError('the registry was opened read-only');
    return store as Required<RegistryStore>;
  }
}
