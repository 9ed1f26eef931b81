/**
 * The key of a packet's status in a NATS KV bucket:
 * `<chain>.<channel>.<sequence>`.
 *
 * NATS KV keys allow only `[-/_=.A-Za-z0-9]`, may not start or end with
 * `.`, and `.` separates subject tokens. The id's parts become tokens, so
 * `keys('<chain>.>')` could follow one chain; each part is escaped as a
 * packet subject token is (subject.ts: every UTF-8 byte outside
 * `[A-Za-z0-9_-]` as a mark and two upper-case hex digits) with `=` as the
 * mark instead of `~`, which KV keys refuse (`evm.1` -> `evm=2E1`, `=` ->
 * `=3D`, `/` -> `=2F`). The watcher's per-chain keys use the same form.
 * Since `=` is always escaped, the mapping is one-to-one, and
 * `packetIdFromKvKey` refuses any key it could not have produced.
 */
import { IsthmusError } from '../../light-clients/index.js';
import { packetId, parsePacketId, type PacketKey } from './packet-id.js';
import { escapeSubjectToken, unescapeSubjectToken } from './subject.js';

export const INVALID_PACKET_KEY = 'INVALID_PACKET_KEY';

/** `<chain>.<channel>.<sequence>` for a packet id; fails with INVALID_PACKET_ID. */
export function packetKvKey(id: string): string {
  const { sourceChain, sourceChannel, sequence } = parsePacketId(id);
  return `${escapeKeyToken(sourceChain)}.${escapeKeyToken(sourceChannel)}.${sequence}`;
}

/** The packet a status key was made from; fails with INVALID_PACKET_KEY. */
export function packetKeyFromKvKey(key: string): PacketKey {
  const tokens = key.split('.');
  const [chain, channel, sequence] = tokens;
  if (
    tokens.length !== 3 ||
    chain === undefined ||
    channel === undefined ||
    sequence === undefined ||
    !/^[1-9][0-9]*$/.test(sequence)
  ) {
    throw invalid(key);
  }
  const parsed = {
    sourceChain: unescapeKeyToken(chain, key),
    sourceChannel: unescapeKeyToken(channel, key),
    sequence: BigInt(sequence),
  };
  // Refuses parts that are no packet id's (a "/" is escaped, not a separator).
  try {
    packetId(parsed);
  } catch (cause) {
    throw invalid(key, cause);
  }
  return parsed;
}

/** The inverse of `packetKvKey`. */
export function packetIdFromKvKey(key: string): string {
  return packetId(packetKeyFromKvKey(key));
}

function escapeKeyToken(part: string): string {
  return escapeSubjectToken(part).replaceAll('~', '=');
}

function unescapeKeyToken(token: string, key: string): string {
  // A "~" would pass as a mark once "=" is swapped back: refuse it first.
  if (token.includes('~')) throw invalid(key);
  try {
    return unescapeSubjectToken(token.replaceAll('=', '~'));
  } catch (cause) {
    throw invalid(key, cause);
  }
}

function invalid(key: string, cause?: unknown): IsthmusError {
  return new IsthmusError(INVALID_PACKET_KEY, `"${key}" is not a packet status key`, {
    category: 'invalid_argument',
    context: { key },
    ...(cause === undefined ? {} : { cause }),
  });
}
