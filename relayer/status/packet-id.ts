/**
 * The id of a packet across Isthmus: `<src chain>/<channel>/<sequence>`
 * (relay.proto `SendMessageResponse.message_id`). Chain and channel ids may
 * not contain `/`, so the id splits back into its parts unambiguously.
 */
import { IsthmusError } from '../../light-clients/index.js';

export interface PacketKey {
  readonly sourceChain: string;
  readonly sourceChannel: string;
  readonly sequence: bigint;
}

export const INVALID_PACKET_ID = 'INVALID_PACKET_ID';

export function packetId(key: PacketKey): string {
  checkPart(key.sourceChain, 'source chain');
  checkPart(key.sourceChannel, 'source channel');
  if (key.sequence < 1n) throw invalid(`a packet sequence starts at 1, got ${key.sequence}`, key.sequence);
  return `${key.sourceChain}/${key.sourceChannel}/${key.sequence}`;
}

export function parsePacketId(id: string): PacketKey {
  const parts = id.split('/');
  const [sourceChain, sourceChannel, sequence] = parts;
  if (
    parts.length !== 3 ||
    sourceChain === undefined ||
    sourceChannel === undefined ||
    sequence === undefined ||
    !/^[1-9][0-9]*$/.test(sequence)
  ) {
    throw invalid(`a packet id is <chain>/<channel>/<sequence>, got "${id}"`, id);
  }
  return packetKeyOf(sourceChain, sourceChannel, BigInt(sequence));
}

/** Id order: chain, then channel, then sequence as a number (so 10 follows 9). */
export function comparePacketKeys(x: PacketKey, y: PacketKey): number {
  if (x.sourceChain !== y.sourceChain) return x.sourceChain < y.sourceChain ? -1 : 1;
  if (x.sourceChannel !== y.sourceChannel) return x.sourceChannel < y.sourceChannel ? -1 : 1;
  return x.sequence === y.sequence ? 0 : x.sequence < y.sequence ? -1 : 1;
}

function packetKeyOf(sourceChain: string, sourceChannel: string, sequence: bigint): PacketKey {
  checkPart(sourceChain, 'source chain');
  checkPart(sourceChannel, 'source channel');
  return { sourceChain, sourceChannel, sequence };
}

function checkPart(value: string, label: string): void {
  if (value === '' || value.includes('/')) {
    throw invalid(`the ${label} of a packet id must be non-empty and without "/", got "${value}"`, value);
  }
}

function invalid(message: string, value: unknown): IsthmusError {
  return new IsthmusError(INVALID_PACKET_ID, message, { category: 'invalid_argument', context: { value } });
}
