/**
 * The commitment of a packet still pending on its source chain, shared by
 * acknowledge and timeout: both end a packet's life by deleting it.
 */
import type { KvStore } from '../module.js';
import { packetCommitment } from './commitment.js';
import { PacketErrorCode, packetError } from './errors.js';
import type { Packet } from './packet.js';
import { commitmentPath, pathKey } from './paths.js';

/**
 * The store key of `packet`'s commitment, or `undefined` when none is
 * stored (the packet was acknowledged or timed out already, or never sent);
 * COMMITMENT_MISMATCH when the stored commitment is of another packet.
 */
export function pendingCommitment(store: KvStore, packet: Packet): Uint8Array | undefined {
  const key = pathKey(commitmentPath(packet.sourceChannel, packet.sequence));
  const stored = store.get(key);
  if (stored === undefined) return undefined;
  if (!Buffer.from(stored).equals(packetCommitment(packet))) {
    throw packetError(PacketErrorCode.CommitmentMismatch, 'the packet is not the one this chain committed', {
      channel: packet.sourceChannel,
      sequence: packet.sequence,
    });
  }
  return key;
}
