/**
 * What a client type the devnet hosts implements (ICS-02 `ClientState` /
 * `LightClientModule`, reduced to what Isthmus needs): creation from the
 * bytes of a `CreateClient`, updates and misbehaviour from a
 * `ClientMessage`, state proofs against a stored consensus state, the
 * counterparty's time at a trusted height (ICS-02 `GetTimestampAtHeight`,
 * for timeouts), and the `QueryClient` view. The registry (../client-registry.ts) picks the type
 * by client id prefix and hands it the client's slice of the store.
 */
import { fromU64, type v1 } from '../../../proto/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import type { ClientStore, RegistryStore } from './client-store.js';

/** A membership (with `value`) or non-membership (without) check, `height` being the proof height. */
export interface StateProofArgs {
  readonly proof: v1.IProof;
  readonly height: bigint;
  readonly path: Uint8Array;
  readonly value?: Uint8Array;
  /** Block time of the host, ns. */
  readonly now: bigint;
}

/** What an update or misbehaviour did, for the event and the result code. */
export interface ClientChange {
  readonly kind: 'updated' | 'unchanged' | 'frozen';
  /** Counterparty height of the consensus state concerned. */
  readonly height: bigint;
  readonly revision: bigint;
}

export interface ClientView {
  readonly clientState: v1.IClientState;
  readonly consensusState?: v1.IConsensusState;
}

export interface HostedClientType {
  /** `ClientMessage.client_type` / `CreateClient.client_type`: "tendermint", "attestation", ... */
  readonly clientType: string;
  /** Client ids are `{idPrefix}-{n}`. */
  readonly idPrefix: string;
  /** Opens a stored client: its decoded state bound to its slice of the store. */
  open(kv: RegistryStore, clientId: string, clientState: Uint8Array): HostedClient;
  /** Validates a `CreateClient` and stores its states under `clientId`. */
  create(kv: RegistryStore, clientId: string, clientState: Uint8Array, consensusState: Uint8Array): void;
}

export interface HostedClient {
  readonly store: ClientStore;
  update(message: v1.IClientMessage, now: bigint): ClientChange;
  submitMisbehaviour(message: v1.IClientMessage, now: bigint): ClientChange;
  verifyState(args: StateProofArgs): void;
  /** Block time (ns) of the consensus state stored at `height`, if any. */
  consensusTime(height: bigint): bigint | undefined;
  view(now: bigint): ClientView;
}

export const PROOF_KIND_ICS23 = 'ics23';

/**
 * The bytes of a proof of `kind` whose height is the one checked;
 * PROOF_KIND_MISMATCH or PROOF_HEIGHT_MISMATCH (invalid_argument)
 * otherwise. A proof without a height is taken at the height the caller
 * names.
 */
export function proofBytes(args: StateProofArgs, kind: string): Uint8Array {
  const got = args.proof.kind ?? '';
  if (got !== kind) {
    throw new IsthmusError('PROOF_KIND_MISMATCH', `expected an ${kind} proof, got ${JSON.stringify(got)}`, {
      category: 'invalid_argument',
      context: { kind: got, expected: kind },
    });
  }
  if (args.proof.height) {
    const proofHeight = fromU64(args.proof.height.height);
    if (proofHeight !== args.height) {
      throw new IsthmusError(
        'PROOF_HEIGHT_MISMATCH',
        `the proof is for height ${proofHeight}, not ${args.height}`,
        {
          category: 'invalid_argument',
          context: { proofHeight, height: args.height },
        },
      );
    }
  }
  return args.proof.bytes ?? new Uint8Array(0);
}

/** CLIENT_FROZEN: after misbehaviour a client verifies nothing and accepts no update (ICS-02). */
export function clientFrozen(clientType: string, chainId: string): IsthmusError {
  return new IsthmusError('CLIENT_FROZEN', `the ${clientType} client of ${chainId} is frozen`, {
    category: 'failed_precondition',
    context: { chainId },
  });
}

export function malformed(what: string, cause: unknown): IsthmusError {
  return new IsthmusError('MALFORMED_MESSAGE', `${what} is not a valid encoding`, {
    category: 'invalid_argument',
    cause,
  });
}

/** WRONG_CLIENT_TYPE unless `message` is of `clientType`. */
export function checkMessageType(message: v1.IClientMessage, clientType: string): void {
  if (message.clientType !== clientType) {
    throw new IsthmusError(
      'WRONG_CLIENT_TYPE',
      `expected a client message of type ${clientType}, got ${JSON.stringify(message.clientType ?? '')}`,
      { category: 'invalid_argument', context: { clientType: message.clientType ?? '' } },
    );
  }
}
