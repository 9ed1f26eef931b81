/**
 * The `Ledger` reads clearing makes, each wrapped so a failure becomes
 * CLEARING_LEDGER_FAILED: the latest height, the packets a source sent and
 * has not closed, the acknowledgements a destination wrote, and single
 * paths (commitment, receipt, next receive sequence) through `QueryProof`.
 * Events only narrow the search; what a job is planned on is confirmed by
 * the proofs' `exists`, read from the chain's current state.
 */
import type { Ledger } from '../../adapters/index.js';
import { decodeU64, nextSequenceRecvPath } from '../../adapters/devnet/packets/index.js';
import { fromU64, toU64, v1 } from '../../proto/index.js';
import { ledgerRead } from './errors.js';
import type { ClearingPath } from './path.js';
import type { ChainPoint } from './plan.js';

export async function latestPoint(ledger: Ledger, chainId: string): Promise<ChainPoint> {
  const res = await ledgerRead({ chainId, operation: 'getLatestHeight' }, () => ledger.getLatestHeight({}));
  return {
    revision: fromU64(res.height?.revision),
    height: fromU64(res.height?.height),
    timeNs: fromU64(res.timeNs),
  };
}

/** Every event of `kinds` from `fromHeight` to the chain's latest height. */
async function eventsFrom(
  ledger: Ledger,
  chainId: string,
  from: { readonly revision: bigint; readonly height: bigint },
  kinds: readonly v1.EventKind[],
): Promise<v1.IChainEvent[]> {
  return ledgerRead({ chainId, operation: 'streamEvents' }, async () => {
    const events: v1.IChainEvent[] = [];
    const stream = ledger.streamEvents({
      fromHeight: { revision: toU64(from.revision), height: toU64(from.height) },
      kinds: [...kinds],
      follow: false,
    });
    for await (const item of stream) if (item.event) events.push(item.event);
    return events;
  });
}

function onPath(packet: v1.IPacket | null | undefined, path: ClearingPath): packet is v1.IPacket {
  return (
    packet !== null &&
    packet !== undefined &&
    packet.sourceChain === path.source.chain &&
    packet.sourceChannel === path.source.channel &&
    packet.destChain === path.dest.chain &&
    packet.destChannel === path.dest.channel
  );
}

/** A packet as its SEND_PACKET event reported it, with the height of that block. */
export interface SentPacket {
  readonly packet: v1.IPacket;
  readonly height: bigint;
}

/**
 * Packets the source sent on `path` whose acknowledgement or timeout it has
 * not reported, by sequence: the candidates whose commitment may remain.
 */
export async function sentPackets(
  source: Ledger,
  path: ClearingPath,
  from: { readonly revision: bigint; readonly height: bigint },
): Promise<Map<bigint, SentPacket>> {
  const events = await eventsFrom(source, path.source.chain, from, [
    v1.EventKind.EVENT_KIND_SEND_PACKET,
    v1.EventKind.EVENT_KIND_ACKNOWLEDGE_PACKET,
    v1.EventKind.EVENT_KIND_TIMEOUT_PACKET,
  ]);
  const open = new Map<bigint, SentPacket>();
  for (const event of events) {
    if (!onPath(event.packet, path)) continue;
    const sequence = fromU64(event.packet.sequence);
    if (event.kind === v1.EventKind.EVENT_KIND_SEND_PACKET) {
      open.set(sequence, { packet: event.packet, height: fromU64(event.cursor?.height?.height) });
    } else open.delete(sequence);
  }
  return open;
}

/** The acknowledgements the destination wrote for packets of `path`, by sequence. */
export async function writtenAcknowledgements(
  dest: Ledger,
  path: ClearingPath,
  from: { readonly revision: bigint; readonly height: bigint },
): Promise<Map<bigint, v1.IAcknowledgement>> {
  const events = await eventsFrom(dest, path.dest.chain, from, [v1.EventKind.EVENT_KIND_WRITE_ACK]);
  const acks = new Map<bigint, v1.IAcknowledgement>();
  for (const event of events) {
    if (onPath(event.packet, path) && event.acknowledgement) {
      acks.set(fromU64(event.packet.sequence), event.acknowledgement);
    }
  }
  return acks;
}

/** The value at `path` in the chain's latest provable state, or undefined when absent. */
export async function valueAt(
  ledger: Ledger,
  chainId: string,
  path: string,
): Promise<Uint8Array | undefined> {
  const res = await ledgerRead({ chainId, operation: 'queryProof', path }, () => ledger.queryProof({ path }));
  return res.exists ? res.value : undefined;
}

/**
 * Whether the source still holds the commitment of a packet it sent. The
 * latest provable state can be a block behind the latest events (a CometBFT
 * chain's state at h is proven by the header of h+1), so a state read
 * from before the send says nothing: the packet counts as committed.
 */
export async function stillCommitted(
  ledger: Ledger,
  chainId: string,
  path: string,
  sentAt: bigint,
): Promise<boolean> {
  const res = await ledgerRead({ chainId, operation: 'queryProof', path }, () => ledger.queryProof({ path }));
  return res.exists || fromU64(res.height?.height) < sentAt;
}

/** The destination's next receive sequence of an ordered channel (1 before its first packet). */
export async function nextSequenceRecv(ledger: Ledger, chainId: string, channel: string): Promise<bigint> {
  const path = nextSequenceRecvPath(channel);
  return ledgerRead({ chainId, operation: 'queryProof', path }, async () => {
    const res = await ledger.queryProof({ path });
    return decodeU64(res.exists ? res.value : undefined, 1n);
  });
}
