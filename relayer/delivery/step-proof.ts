/**
 * What each step proves, and the message it becomes once the proof holds
 * (ICS-04; paths as adapters/devnet/packets/paths.ts defines them):
 *
 * - recv: `commitments/{src channel}/{seq}` = packetCommitment on the
 *   packet's source. A proven absence means the packet is finished there
 *   (acknowledged or timed out): done, redundant, nothing to submit.
 * - ack: `acks/{dest channel}/{seq}` = ackCommitment on the packet's
 *   destination. A proven absence means the ack is not written yet: retry.
 * - timeout: on the packet's destination, the absence of
 *   `receipts/{dest channel}/{seq}` (unordered) or `nextSequenceRecv/{dest
 *   channel}` <= seq (ordered); the ordering is read from the submitting
 *   chain's own channel end. A proven receipt means the packet arrived: done
 *   (the ack step finishes it). The timeout must be reached at the proof
 *   height, as the chain will check; otherwise retry.
 */
import {
  ackCommitment,
  ackPath,
  channelPath,
  commitmentPath,
  decodeChannelEnd,
  decodeU64,
  nextSequenceRecvPath,
  packetCommitment,
  receiptPath,
} from '../../adapters/devnet/index.js';
import { heightReached, packetFromProto, timeReached } from '../../adapters/devnet/packets/index.js';
import type { Ledger } from '../../adapters/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import { fromU64, toU64, v1 } from '../../proto/index.js';
import { done, retry } from './classify.js';
import { checkProof } from './state-proof.js';
import type { DeliveryOutcome, DeliveryStep, VerificationSink } from './types.js';
import { trustedTimeAt, type TrackedClient } from './verified-update.js';

/** The chain a step's proof comes from. */
export function proofChainOf(step: DeliveryStep): string {
  return (step.step === 'recv' ? step.packet.sourceChain : step.packet.destChain) ?? '';
}

/** The chain a step's message is submitted on. */
export function submitChainOf(step: DeliveryStep): string {
  return (step.step === 'recv' ? step.packet.destChain : step.packet.sourceChain) ?? '';
}

/** A step's proof as served, not yet verified. */
export interface FetchedProof {
  readonly path: string;
  readonly response: v1.QueryProofResponse;
  /** Timeout steps: whether the packet's channel is ordered. */
  readonly ordered: boolean;
}

/** The proof-chain path a step proves. */
async function pathOf(step: DeliveryStep, dest: Ledger): Promise<{ path: string; ordered: boolean }> {
  const p = step.packet;
  const sequence = fromU64(p.sequence);
  if (step.step === 'recv') return { path: commitmentPath(p.sourceChannel ?? '', sequence), ordered: false };
  if (step.step === 'ack') return { path: ackPath(p.destChannel ?? '', sequence), ordered: false };
  const end = await dest.queryProof({ path: channelPath(p.sourceChannel ?? '') });
  if (!end.exists) {
    throw new IsthmusError('CHANNEL_NOT_FOUND', `no channel ${p.sourceChannel} on ${p.sourceChain}`, {
      category: 'not_found',
      context: { packetId: step.packetId },
    });
  }
  const ordered = decodeChannelEnd(end.value).ordered;
  return {
    path: ordered ? nextSequenceRecvPath(p.destChannel ?? '') : receiptPath(p.destChannel ?? '', sequence),
    ordered,
  };
}

/** Fetches the step's proof from the proof chain, in the state after block `stateHeight` (0: the latest). */
export async function fetchProof(
  step: DeliveryStep,
  source: Ledger,
  dest: Ledger,
  stateHeight: v1.IHeight | null,
): Promise<FetchedProof> {
  const { path, ordered } = await pathOf(step, dest);
  const response = await source.queryProof({ path, height: stateHeight });
  return { path, response, ordered };
}

export type Proven = { readonly message: v1.IMsg } | { readonly outcome: DeliveryOutcome };

/**
 * Verifies the fetched proof against `client` and returns the message to
 * submit, or the outcome when there is nothing to submit; throws the
 * light client's VerificationError when the proof does not hold.
 */
export function provenMessage(
  step: DeliveryStep,
  fetched: FetchedProof,
  client: TrackedClient,
  now: bigint,
  sink?: VerificationSink,
): Proven {
  const { path, response } = fetched;
  const proof = response.proof ?? null;
  const packet = v1.Packet.create(step.packet);
  const value = response.exists ? response.value : undefined;
  if (step.step === 'recv') {
    checkProof(client, proof, path, value && packetCommitment(packetFromProto(packet)), now, sink);
    if (!value) {
      // Absence means "already relayed" only in a state at or after the block that wrote the
      // commitment; in an older state (or when that block is unknown) it means "not yet provable",
      // and calling it done would drop the packet for as long as its job id is remembered.
      const provenAt = fromU64(response.height?.height);
      if (step.proofHeight !== undefined && step.proofHeight > 0n && provenAt >= step.proofHeight) {
        return { outcome: done(step, true, 'COMMITMENT_CLEARED') };
      }
      return {
        outcome: retry(
          step,
          'COMMITMENT_NOT_PROVABLE',
          `no commitment at ${path} in the state of height ${provenAt}`,
        ),
      };
    }
    return { message: { recvPacket: { packet, proofCommitment: proof } } };
  }
  if (step.step === 'ack') {
    // deliverBatch refuses an ack step without its acknowledgement (ACK_MISSING) before this.
    const acknowledgement = v1.Acknowledgement.create(step.acknowledgement ?? {});
    checkProof(client, proof, path, value && ackCommitment(acknowledgement), now, sink);
    if (!value) return { outcome: retry(step, 'ACK_NOT_WRITTEN', `no acknowledgement at ${path} yet`) };
    return { message: { acknowledgePacket: { packet, acknowledgement, proofAcked: proof } } };
  }
  // The served value is proven as it is; only then is it read.
  checkProof(client, proof, path, value, now, sink);
  const sequence = fromU64(packet.sequence);
  if (fetched.ordered) {
    if (!value) {
      throw new IsthmusError('PROOF_INVALID', `no ${path} to prove an ordered timeout with`, {
        category: 'verification',
        context: { packetId: step.packetId },
      });
    }
    if (decodeU64(value, 0n) > sequence) return { outcome: done(step, true, 'PACKET_ALREADY_RECEIVED') };
  } else if (value) {
    return { outcome: done(step, true, 'PACKET_ALREADY_RECEIVED') };
  }
  const proofHeight = fromU64(proof?.height?.height);
  const timeoutHeight = packet.timeoutHeight;
  const reached =
    heightReached(
      { revision: fromU64(proof?.height?.revision), height: proofHeight },
      { revision: fromU64(timeoutHeight?.revision), height: fromU64(timeoutHeight?.height) },
    ) || timeReached(trustedTimeAt(client, proofHeight) ?? 0n, fromU64(packet.timeoutTimestampNs));
  if (!reached) {
    return {
      outcome: retry(
        step,
        'TIMEOUT_NOT_REACHED',
        `the destination has not reached the timeout at ${proofHeight}`,
      ),
    };
  }
  return {
    message: {
      timeoutPacket: {
        packet,
        proofUnreceived: proof,
        ...(fetched.ordered ? { nextSequenceRecv: toU64(decodeU64(value, 0n)) } : {}),
      },
    },
  };
}
