/**
 * The NATS subject a packet's status changes are published on:
 * `isthmus.packets.<chain>.<channel>.<sequence>`.
 *
 * The id's `/` separators become subject token separators (`.`), so a
 * subscriber can follow one chain (`isthmus.packets.<chain>.>`) or one
 * channel (`isthmus.packets.<chain>.<channel>.*`). Each part is escaped
 * first, because NATS tokens cannot hold `.`, `*`, `>` or whitespace and
 * chain ids such as `evm.1` contain dots: every byte of the part's UTF-8
 * form outside `[A-Za-z0-9_-]` becomes `~` and two upper-case hex digits
 * (`evm.1` -> `evm~2E1`, `~` itself -> `~7E`). The mapping is one-to-one
 * and reversed by `packetIdFromSubject`.
 */
import { IsthmusError } from '../../light-clients/index.js';
import { packetId, parsePacketId } from './packet-id.js';

export const PACKET_SUBJECT_PREFIX = 'isthmus.packets';
export const INVALID_PACKET_SUBJECT = 'INVALID_PACKET_SUBJECT';

const SAFE = /^[A-Za-z0-9_-]$/;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Escapes one id part into a NATS-safe subject token. */
export function escapeSubjectToken(part: string): string {
  let out = '';
  for (const char of part) {
    if (SAFE.test(char)) out += char;
    else
      for (const byte of encoder.encode(char)) out += `~${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The inverse of `escapeSubjectToken`; refuses tokens it could not have produced. */
export function unescapeSubjectToken(token: string): string {
  if (!/^(?:[A-Za-z0-9_-]|~[0-9A-F]{2})+$/.test(token)) throw invalid(token);
  const bytes: number[] = [];
  for (let i = 0; i < token.length;) {
    if (token[i] === '~') {
      bytes.push(Number.parseInt(token.slice(i + 1, i + 3), 16));
      i += 3;
    } else {
      bytes.push(token.charCodeAt(i));
      i += 1;
    }
  }
  try {
    const part = decoder.decode(Uint8Array.from(bytes));
    if (escapeSubjectToken(part) !== token) throw invalid(token);
    return part;
  } catch (err) {
    throw IsthmusError.is(err) ? err : invalid(token, err);
  }
}

/** `isthmus.packets.<chain>.<channel>.<sequence>` for a packet id. */
export function packetSubject(id: string): string {
  const { sourceChain, sourceChannel, sequence } = parsePacketId(id);
  return [
    PACKET_SUBJECT_PREFIX,
    escapeSubjectToken(sourceChain),
    escapeSubjectToken(sourceChannel),
    sequence,
  ].join('.');
}

/** The packet id a status subject was made from. */
export function packetIdFromSubject(subject: string): string {
  const prefix = `${PACKET_SUBJECT_PREFIX}.`;
  if (!subject.startsWith(prefix)) throw invalid(subject);
  const tokens = subject.slice(prefix.length).split('.');
  const [chain, channel, sequence] = tokens;
  if (tokens.length !== 3 || chain === undefined || channel === undefined || sequence === undefined) {
    throw invalid(subject);
  }
  if (!/^[1-9][0-9]*$/.test(sequence)) throw invalid(subject);
  return packetId({
    sourceChain: unescapeSubjectToken(chain),
    sourceChannel: unescapeSubjectToken(channel),
    sequence: BigInt(sequence),
  });
}

function invalid(value: string, cause?: unknown): IsthmusError {
  return new IsthmusError(INVALID_PACKET_SUBJECT, `"${value}" is not a packet status subject or token`, {
    category: 'invalid_argument',
    context: { value },
    ...(cause === undefined ? {} : { cause }),
  });
}
