/**
 * What the packet module asks of this chain's client of a channel's
 * counterparty, through the devnet's client registry (any hosted client
 * type): state proofs verified against the consensus state at the proof
 * height, the counterparty's time at a trusted height (TimeoutPacket's
 * timestamp check), and the height and time the client has reached (ICS-04
 * checks timeouts against the destination's clock as the client knows it).
 */
import { IsthmusError } from '../../../light-clients/index.js';
import { fromU64, v1 } from '../../../proto/index.js';
import { ClientRegistry } from '../client-registry.js';
import type { KvStore } from '../module.js';
import { PacketErrorCode, packetError } from './errors.js';
import type { HeightValue } from './packet.js';

/** A state proof as a packet message carries it, at a path of the counterparty's store. */
export interface CounterpartyProof {
  readonly clientId: string;
  readonly proof: v1.IProof | null | undefined;
  readonly path: string;
}

/** This chain's clients of counterparties, as one message sees them (its store branch, its block time). */
export interface CounterpartyClient {
  /** The chain the client tracks; CLIENT_NOT_FOUND for an unknown client. */
  chainId(clientId: string): string;
  /** The proof height (`Proof.height`), checked to be of the counterparty's revision. */
  proofHeight(clientId: string, proof: v1.IProof | null | undefined): HeightValue;
  verifyMembership(p: CounterpartyProof, value: Uint8Array): void;
  verifyNonMembership(p: CounterpartyProof): void;
  /** Block time of the counterparty at `height`, from the consensus state stored there. */
  timeAt(clientId: string, height: bigint): bigint;
  /** The latest height the client trusts and its block time; CLIENT_FROZEN / CLIENT_EXPIRED unless active. */
  latest(clientId: string): { readonly height: HeightValue; readonly timeNs: bigint };
}

const encoder = new TextEncoder();

export function registryCounterparty(store: KvStore, now: bigint): CounterpartyClient {
  const registry = new ClientRegistry(store);
  const chainId = (clientId: string): string => registry.query(clientId, now).clientState.chainId ?? '';
  const proofHeight = (clientId: string, proof: v1.IProof | null | undefined): HeightValue => {
    const { chainId, latestHeight } = registry.query(clientId, now).clientState;
    return proofHeightOf(chainId ?? '', fromU64(latestHeight?.revision), proof);
  };
  const args = (p: CounterpartyProof) => ({
    clientId: p.clientId,
    height: proofHeight(p.clientId, p.proof).height,
    proof: p.proof ?? {},
    path: encoder.encode(p.path),
    now,
  });

  return {
    chainId,
    proofHeight,
    verifyMembership: (p, value) => registry.verifyMembership({ ...args(p), value }),
    verifyNonMembership: (p) => registry.verifyNonMembership(args(p)),
    timeAt: (clientId, height) => registry.timeAt(clientId, height),
    latest(clientId) {
      const view = registry.query(clientId, now);
      const status = view.clientState.status;
      if (status !== v1.ClientStatus.CLIENT_STATUS_ACTIVE) {
        const frozen = status === v1.ClientStatus.CLIENT_STATUS_FROZEN;
        throw new IsthmusError(
          frozen ? 'CLIENT_FROZEN' : 'CLIENT_EXPIRED',
          `client ${clientId} is ${frozen ? 'frozen' : 'expired'}`,
          { category: 'failed_precondition', context: { clientId } },
        );
      }
      return {
        height: {
          revision: fromU64(view.clientState.latestHeight?.revision),
          height: fromU64(view.clientState.latestHeight?.height),
        },
        timeNs: fromU64(view.consensusState?.timestampNs),
      };
    },
  };
}

/** PROOF_UNSUPPORTED for a proof without a height or of another revision than the client's heights. */
function proofHeightOf(chainId: string, revision: bigint, proof: v1.IProof | null | undefined): HeightValue {
  const height = { revision: fromU64(proof?.height?.revision), height: fromU64(proof?.height?.height) };
  if (height.height === 0n || height.revision !== revision) {
    throw packetError(
      PacketErrorCode.ProofUnsupported,
      `proof height ${height.revision}-${height.height} is not a height of ${chainId}`,
      { chainId, revision: height.revision, height: height.height },
    );
  }
  return height;
}
