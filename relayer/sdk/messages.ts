/**
 * Message ids and statuses as an SDK caller names them.
 *
 * A message id is `<source_chain>/<source_channel>/<sequence>` (relay.proto,
 * SendMessageResponse.message_id). Statuses go by lower-case names; `sent`,
 * `received` and `acknowledged` follow each other, while `acknowledged`,
 * `timed_out` and `failed` are final.
 */
import { IsthmusError } from '../../light-clients/index.js';
import { fromU64, v1 } from '../../proto/index.js';
import { SdkErrorCode } from './errors.js';

/** What identifies a message: the packet's source end and sequence. */
export interface MessageRef {
  readonly sourceChain: string;
  readonly sourceChannel: string;
  readonly sequence: bigint;
}

/** The id of the message carrying `packet`. */
export function messageIdOf(packet: MessageRef | v1.IPacket): string {
  const sequence = typeof packet.sequence === 'bigint' ? packet.sequence : fromU64(packet.sequence);
  return `${packet.sourceChain ?? ''}/${packet.sourceChannel ?? ''}/${sequence}`;
}

/** The parts of a message id; SDK_MESSAGE_ID_INVALID when it has none. */
export function parseMessageId(messageId: string): MessageRef {
  // Split from the right: channel ids and sequences have no '/', a chain id might.
  const last = messageId.lastIndexOf('/');
  const middle = last > 0 ? messageId.lastIndexOf('/', last - 1) : -1;
  const sourceChain = messageId.slice(0, Math.max(middle, 0));
  const sourceChannel = messageId.slice(middle + 1, last);
  const digits = messageId.slice(last + 1);
  if (middle <= 0 || sourceChannel === '' || !/^[1-9][0-9]{0,19}$/.test(digits)) {
    throw new IsthmusError(
      SdkErrorCode.MessageIdInvalid,
      'a message id is <source_chain>/<source_channel>/<sequence>',
      { category: 'invalid_argument', context: { messageId } },
    );
  }
  return { sourceChain, sourceChannel, sequence: BigInt(digits) };
}

export type MessageStatusName = 'sent' | 'received' | 'acknowledged' | 'timed_out' | 'failed';

const statusByName: Readonly<Record<MessageStatusName, v1.MessageStatus>> = {
  sent: v1.MessageStatus.MESSAGE_STATUS_SENT,
  received: v1.MessageStatus.MESSAGE_STATUS_RECEIVED,
  acknowledged: v1.MessageStatus.MESSAGE_STATUS_ACKNOWLEDGED,
  timed_out: v1.MessageStatus.MESSAGE_STATUS_TIMED_OUT,
  failed: v1.MessageStatus.MESSAGE_STATUS_FAILED,
};

export function messageStatus(name: MessageStatusName): v1.MessageStatus {
  return statusByName[name];
}

/** The name of a wire status; `undefined` for UNSPECIFIED and values this SDK does not know. */
export function messageStatusName(
  status: v1.MessageStatus | null | undefined,
): MessageStatusName | undefined {
  return (Object.keys(statusByName) as MessageStatusName[]).find((name) => statusByName[name] === status);
}

/** Place on the way sent → received → acknowledged; final failures are off it. */
const progress: Readonly<Partial<Record<MessageStatusName, number>>> = {
  sent: 1,
  received: 2,
  acknowledged: 3,
};
const final: ReadonlySet<MessageStatusName> = new Set(['acknowledged', 'timed_out', 'failed']);

/**
 * Whether a message at `current` has reached `target` ("reached" for a
 * status on the way means at or past it), cannot reach it any more, or may
 * still.
 */
export function statusVerdict(
  current: MessageStatusName | undefined,
  target: MessageStatusName,
): 'reached' | 'unreachable' | 'pending' {
  if (current === undefined) return 'pending';
  const want = progress[target];
  const have = progress[current];
  if (current === target || (want !== undefined && have !== undefined && have >= want)) return 'reached';
  return final.has(current) ? 'unreachable' : 'pending';
}
