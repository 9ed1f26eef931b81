/**
 * Packet messages of a Submit turned into IsthmusPackets calls. The
 * messages that carry a counterparty's proof (recv, ack, timeout) are
 * verified first with the committee's own client of the channel's
 * counterparty (committee-clients.ts) — the same ICS-04 checks a devnet
 * makes — and only then signed by the committee keys this process holds
 * (docs/evm.md, "Trust model"). A proof that does not verify throws its
 * VerificationError: nothing is signed.
 */
import {
  ackCommitment,
  ackPath,
  canonicalAck,
  commitmentPath,
  packetCommitment,
  packetFromProto,
  receiptPath,
  type Packet,
} from '../devnet/packets/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import { fromU64, v1 } from '../../proto/index.js';
import type { Committee } from './committee.js';
import type { CommitteeClients } from './committee-clients.js';
import {
  ackDigest,
  packetsInterface,
  packetTuple,
  recvDigest,
  timeoutDigest,
  type DigestDomain,
} from './contract.js';

export interface PacketCallContext {
  readonly chainId: string;
  readonly committee: Committee;
  readonly clients: CommitteeClients;
  /** What signatures are bound to: the chain, the contract, the committee epoch (docs/evm.md). */
  readonly domain: () => Promise<DigestDomain>;
  readonly now: bigint;
}

/** One contract call of the batch, and how to read its return data. */
export interface PacketCall {
  readonly data: string;
  readonly function: 'sendPacket' | 'recvPacket' | 'acknowledgePacket' | 'timeoutPacket' | 'openChannel';
  /** Run after the call succeeded, with the decoded return values. */
  readonly onSuccess?: (decoded: readonly unknown[]) => Uint8Array;
}

const utf8 = new TextEncoder();
const hex = (b: Uint8Array): string => `0x${Buffer.from(b).toString('hex')}`;

function invalid(code: string, message: string, context: Record<string, unknown> = {}): IsthmusError {
  return new IsthmusError(code, message, { category: 'invalid_argument', context });
}

function channelClient(ctx: PacketCallContext, channel: string): string {
  const clientId = ctx.clients.channelClient(channel);
  if (clientId === undefined) {
    throw new IsthmusError('CHANNEL_NOT_FOUND', `no channel ${channel} opened through this adapter`, {
      category: 'not_found',
      context: { channel },
    });
  }
  return clientId;
}

function proofHeight(proof: v1.IProof | null | undefined): { revision: bigint; height: bigint } {
  const height = { revision: fromU64(proof?.height?.revision), height: fromU64(proof?.height?.height) };
  if (height.height === 0n) throw invalid('PROOF_HEIGHT_MISSING', 'the proof names no height');
  return height;
}

function packetOf(p: v1.IPacket | null | undefined): { proto: v1.Packet; packet: Packet } {
  const proto = v1.Packet.create(p ?? {});
  return { proto, packet: packetFromProto(proto) };
}

export function sendPacketCall(msg: v1.ISendPacket): PacketCall {
  const t = msg.timeoutHeight;
  return {
    function: 'sendPacket',
    data: packetsInterface.encodeFunctionData('sendPacket', [
      msg.sourceChannel ?? '',
      msg.app ?? '',
      msg.payload ?? new Uint8Array(0),
      fromU64(t?.revision),
      fromU64(t?.height),
      fromU64(msg.timeoutTimestampNs),
    ]),
    onSuccess: ([sequence]) => utf8.encode(String(sequence)),
  };
}

export function openChannelCall(msg: v1.IOpenChannel, clients: CommitteeClients): PacketCall {
  if (msg.ordering === v1.Ordering.ORDERING_ORDERED) {
    throw invalid('NOT_SUPPORTED', 'channels of an EVM ledger are unordered');
  }
  const clientId = msg.clientId ?? '';
  const tracked = clients.registry.query(clientId, 0n).clientState.chainId;
  if (tracked !== msg.counterpartyChainId) {
    throw invalid(
      'CLIENT_CHAIN_MISMATCH',
      `client ${clientId} tracks ${tracked}, not ${msg.counterpartyChainId}`,
      {
        clientId,
      },
    );
  }
  return {
    function: 'openChannel',
    data: packetsInterface.encodeFunctionData('openChannel', [
      msg.app ?? '',
      msg.counterpartyChainId ?? '',
      msg.counterpartyChannelId ?? '',
    ]),
    onSuccess: ([channel]) => {
      clients.setChannelClient(String(channel), clientId);
      return utf8.encode(String(channel));
    },
  };
}

/** RecvPacket: the commitment proven on the source by the committee's client, then signed. */
export async function recvPacketCall(msg: v1.IRecvPacket, ctx: PacketCallContext): Promise<PacketCall> {
  const { proto, packet } = packetOf(msg.packet);
  if (packet.destChain !== ctx.chainId) {
    throw invalid('WRONG_CHAIN', `the packet is for ${packet.destChain}, this is ${ctx.chainId}`);
  }
  const clientId = channelClient(ctx, packet.destChannel);
  const height = proofHeight(msg.proofCommitment);
  const commitment = packetCommitment(packet);
  ctx.clients.registry.verifyMembership({
    clientId,
    height: height.height,
    proof: msg.proofCommitment ?? {},
    path: utf8.encode(commitmentPath(packet.sourceChannel, packet.sequence)),
    value: commitment,
    now: ctx.now,
  });
  const domain = await ctx.domain();
  const digest = recvDigest({
    ...domain,
    packetCommitment: hex(commitment),
    proofRevision: height.revision,
    proofHeight: height.height,
  });
  return {
    function: 'recvPacket',
    data: packetsInterface.encodeFunctionData('recvPacket', [
      packetTuple(proto),
      height.revision,
      height.height,
      ctx.committee.signDigest(digest),
    ]),
  };
}

/** AcknowledgePacket: the ack's commitment proven on the destination, then signed. */
export async function acknowledgePacketCall(
  msg: v1.IAcknowledgePacket,
  ctx: PacketCallContext,
): Promise<PacketCall> {
  const { proto, packet } = packetOf(msg.packet);
  if (packet.sourceChain !== ctx.chainId) {
    throw invalid('WRONG_CHAIN', `the packet is from ${packet.sourceChain}, this is ${ctx.chainId}`);
  }
  const clientId = channelClient(ctx, packet.sourceChannel);
  const height = proofHeight(msg.proofAcked);
  const ack = canonicalAck(msg.acknowledgement);
  const ackHash = ackCommitment(msg.acknowledgement);
  ctx.clients.registry.verifyMembership({
    clientId,
    height: height.height,
    proof: msg.proofAcked ?? {},
    path: utf8.encode(ackPath(packet.destChannel, packet.sequence)),
    value: ackHash,
    now: ctx.now,
  });
  const domain = await ctx.domain();
  const digest = ackDigest({
    ...domain,
    packetCommitment: hex(packetCommitment(packet)),
    ackCommitment: hex(ackHash),
    proofRevision: height.revision,
    proofHeight: height.height,
  });
  const success = 'result' in ack;
  return {
    function: 'acknowledgePacket',
    data: packetsInterface.encodeFunctionData('acknowledgePacket', [
      packetTuple(proto),
      success,
      'result' in ack ? ack.result : utf8.encode(ack.error),
      height.revision,
      height.height,
      ctx.committee.signDigest(digest),
    ]),
  };
}

/**
 * TimeoutPacket: the receipt's absence proven on the destination, and the
 * destination's time at the proof height from the client's consensus
 * state; the contract checks the timeout against both.
 */
export async function timeoutPacketCall(msg: v1.ITimeoutPacket, ctx: PacketCallContext): Promise<PacketCall> {
  const { proto, packet } = packetOf(msg.packet);
  if (packet.sourceChain !== ctx.chainId) {
    throw invalid('WRONG_CHAIN', `the packet is from ${packet.sourceChain}, this is ${ctx.chainId}`);
  }
  const clientId = channelClient(ctx, packet.sourceChannel);
  const height = proofHeight(msg.proofUnreceived);
  const registry = ctx.clients.registry;
  registry.verifyNonMembership({
    clientId,
    height: height.height,
    proof: msg.proofUnreceived ?? {},
    path: utf8.encode(receiptPath(packet.destChannel, packet.sequence)),
    now: ctx.now,
  });
  const proofTimeNs = registry.timeAt(clientId, height.height);
  const domain = await ctx.domain();
  const digest = timeoutDigest({
    ...domain,
    packetCommitment: hex(packetCommitment(packet)),
    proofRevision: height.revision,
    proofHeight: height.height,
    proofTimeNs,
  });
  return {
    function: 'timeoutPacket',
    data: packetsInterface.encodeFunctionData('timeoutPacket', [
      packetTuple(proto),
      height.revision,
      height.height,
      proofTimeNs,
      ctx.committee.signDigest(digest),
    ]),
  };
}
