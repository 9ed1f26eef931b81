/**
 * The `records` app: a chain stores records another chain sends it, and
 * the sender learns the outcome — the demo's and the tests' app.
 *
 * Destination: a received record is stored at
 * `records/{source_chain}/{source_channel}/{sequence}` (the payload as is;
 * the channel is in the path because sequences count per channel) and
 * acknowledged with its SHA-256 (`Acknowledgement.result`). An empty record
 * or one over 64 KiB gets an error acknowledgement and is not stored.
 *
 * Source: the outcome of each sent record is kept at
 * `records-sent/{source_channel}/{sequence}`: "delivered" (its hash was
 * acknowledged), "refused: {error}" or "timed out".
 */
import { sha256 } from '../../../light-clients/index.js';
import type { v1 } from '../../../proto/index.js';
import type { AppContext, PacketApp } from './apps.js';
import type { Packet } from './packet.js';

export const RECORDS_APP = 'records';
export const MAX_RECORD_BYTES = 64 * 1024;

const encoder = new TextEncoder();

export function recordPath(sourceChain: string, sourceChannel: string, sequence: bigint): string {
  return `records/${sourceChain}/${sourceChannel}/${sequence}`;
}

export function sentRecordPath(sourceChannel: string, sequence: bigint): string {
  return `records-sent/${sourceChannel}/${sequence}`;
}

function setOutcome(packet: Packet, ctx: AppContext, outcome: string): void {
  ctx.store.set(
    encoder.encode(sentRecordPath(packet.sourceChannel, packet.sequence)),
    encoder.encode(outcome),
  );
}

export const recordsApp: PacketApp = {
  name: RECORDS_APP,

  onRecvPacket(packet: Packet, ctx: AppContext): v1.IAcknowledgement {
    if (packet.payload.length === 0) return { error: 'empty record' };
    if (packet.payload.length > MAX_RECORD_BYTES) {
      return { error: `record of ${packet.payload.length} bytes, over ${MAX_RECORD_BYTES}` };
    }
    ctx.store.set(
      encoder.encode(recordPath(packet.sourceChain, packet.sourceChannel, packet.sequence)),
      packet.payload,
    );
    return { result: sha256(packet.payload) };
  },

  onAcknowledgePacket(packet: Packet, ack: v1.IAcknowledgement, ctx: AppContext): void {
    // The destination's hash is proven by the ack proof; a different one would mean another record.
    const expected = Buffer.from(sha256(packet.payload));
    const delivered = ack.result !== undefined && ack.result !== null && expected.equals(ack.result);
    setOutcome(packet, ctx, delivered ? 'delivered' : `refused: ${ack.error ?? 'unexpected hash'}`);
  },

  onTimeoutPacket(packet: Packet, ctx: AppContext): void {
    setOutcome(packet, ctx, 'timed out');
  },
};
