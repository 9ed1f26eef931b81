/**
 * A destination's `evm` client of an EVM ledger, checked the way the
 * destination will check it, before anything is submitted:
 *
 * - headers through light-clients/evm `verifyHeader` — for `attested`
 *   clients with the committee's signatures (`EvmAttestedHeader`, blocks may
 *   be skipped), for sealed kinds (qbft, ibft2, clique) one block at a time
 *   from the header RLP;
 * - proofs as EIP-1186 storage proofs of the packet path's slot in the
 *   IsthmusPackets contract the client names (`store_address`), against the
 *   state root of the header trusted at the proof height.
 */
import {
  bytesToBigint,
  decodeEvmAccountProof,
  decodeEvmAttestedHeader,
  decodeEvmClientState,
  decodeEvmConsensusState,
  evmLedgerId,
  type HostedEvmClientState,
} from '../../adapters/devnet/clients/evm-state.js';
import type { SignerSignature } from '../../light-clients/attestation/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import {
  attestedSealVerifier,
  decodeHeader,
  headerTimeNs,
  provableSlot,
  verifyHeader,
  verifyMembership,
  type EvmConsensusState,
  type EvmVerifyOptions,
} from '../../light-clients/evm/index.js';
import type { v1 } from '../../proto/index.js';
import { fromU64 } from '../../proto/index.js';
import { measured } from './measured.js';
import type { VerificationSink } from './types.js';

/** The destination's view of its evm client, as a batch moves it. */
export interface EvmTrackedClient {
  readonly kind: 'evm';
  readonly clientId: string;
  readonly state: HostedEvmClientState;
  readonly latestHeight: bigint;
  /** Trusted headers this batch can verify proofs against: the client's latest and each verified one. */
  readonly consensus: (number: bigint) => EvmConsensusState | undefined;
}

const utf8 = new TextEncoder();

export function evmTracked(
  clientId: string,
  hosted: v1.IClientState,
  consensus: v1.IConsensusState | null | undefined,
): EvmTrackedClient {
  const state = decodeEvmClientState(hosted.state ?? new Uint8Array(0));
  const latest = decodeEvmConsensusState(consensus?.state ?? new Uint8Array(0), state.consensus);
  return {
    kind: 'evm',
    clientId,
    state,
    latestHeight: state.latestHeight,
    consensus: (n) => (n === state.latestHeight ? latest : undefined),
  };
}

function options(state: HostedEvmClientState): EvmVerifyOptions {
  if (state.consensus !== 'attested' || state.signerSet === undefined) return {};
  return { attested: attestedSealVerifier(state.signerSet, evmLedgerId(state)) };
}

/** Runs each served header through the light client; returns the client they lead to. */
export function verifyEvmUpdate(
  client: EvmTrackedClient,
  messages: readonly v1.IClientMessage[],
  now: bigint,
  sink?: VerificationSink,
): EvmTrackedClient {
  const verify = options(client.state);
  const added = new Map<bigint, EvmConsensusState>();
  const lookup = (n: bigint): EvmConsensusState | undefined => added.get(n) ?? client.consensus(n);
  let latest = client.latestHeight;
  for (const message of messages) {
    const bytes = message.bytes ?? new Uint8Array(0);
    let header;
    let attestation: readonly SignerSignature[] | undefined;
    if (client.state.consensus === 'attested') {
      ({ header, signatures: attestation } = decodeEvmAttestedHeader(bytes));
    } else {
      header = decodeHeader(bytes);
    }
    const trusted = lookup(latest);
    if (!trusted) {
      throw new IsthmusError('CONSENSUS_STATE_NOT_FOUND', `no trusted header at ${latest}`, {
        category: 'verification',
        context: { clientId: client.clientId },
      });
    }
    const next = measured(sink, 'header', () =>
      verifyHeader(client.state, trusted, { header, ...(attestation ? { attestation } : {}) }, now, verify),
    );
    added.set(header.number, next);
    latest = header.number;
  }
  return {
    ...client,
    state: { ...client.state, latestHeight: latest },
    latestHeight: latest,
    consensus: lookup,
  };
}

/** Throws the light client's error unless `proof` proves `path` = `value` (absent: the slot reads 0). */
export function checkEvmProof(
  client: EvmTrackedClient,
  proof: v1.IProof | null | undefined,
  path: string,
  value: Uint8Array | undefined,
  now: bigint,
  sink?: VerificationSink,
): void {
  const address = client.state.storeAddress;
  if (address === undefined) {
    throw new IsthmusError('PROOF_UNSUPPORTED', `client ${client.clientId} names no packet contract`, {
      category: 'failed_precondition',
      context: { clientId: client.clientId },
    });
  }
  const height = fromU64(proof?.height?.height);
  const consensus = client.consensus(height);
  if (!consensus) {
    throw new IsthmusError('CONSENSUS_STATE_NOT_FOUND', `no trusted header at ${height}`, {
      category: 'verification',
      context: { clientId: client.clientId, height },
    });
  }
  const account = decodeEvmAccountProof(proof?.bytes ?? new Uint8Array(0));
  measured(sink, value === undefined ? 'non_membership' : 'membership', () =>
    verifyMembership(
      client.state,
      consensus,
      {
        kind: 'storage',
        address,
        slot: provableSlot(utf8.encode(path)),
        value: value === undefined ? 0n : bytesToBigint(value),
        proof: account,
      },
      now,
    ),
  );
}

/** Block time of the header trusted at `number`, ns. */
export function evmTimeAt(client: EvmTrackedClient, number: bigint): bigint | undefined {
  const consensus = client.consensus(number);
  return consensus && headerTimeNs(consensus.header);
}
