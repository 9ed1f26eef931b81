/**
 * WatchMessages: packet status changes as they are published on the
 * `isthmus-packets` stream (relayer/status/publishing-store.ts), filtered
 * by chain, channel, app and status. The cursor returned with each update
 * is the stream sequence it came from (opaque to callers); a call with a
 * cursor resumes just after it. A call without one first gets the current
 * matching records from the status store — each with the cursor of the
 * stream's end when the listing began — and then every later change, so
 * nothing between the listing and the live updates is missed. The stream
 * ends when the caller cancels.
 */
import { revisionOf } from '../../adapters/devnet/index.js';
import { v1 } from '../../proto/index.js';
import type { Bus, BusMessage } from '../drivers/bus.js';
import type { Logger } from '../logger.js';
import { ALL_PACKETS_SUBJECT, PACKETS_STREAM, toMessage, type StatusStore } from '../status/index.js';
import { invalidField } from './errors.js';
import { Inbox } from './inbox.js';

export interface WatchDeps {
  readonly bus: Bus;
  readonly status: StatusStore;
  readonly logger: Logger;
  /** Default `isthmus-packets`. */
  readonly stream?: string;
}

/** Updates held for a slow caller before the subscription waits. */
const INBOX_CAPACITY = 256;
const knownStatuses = new Set<number>(
  Object.values(v1.MessageStatus).filter(
    (s): s is v1.MessageStatus => typeof s === 'number' && s !== v1.MessageStatus.MESSAGE_STATUS_UNSPECIFIED,
  ),
);

export function checkWatchRequest(req: v1.WatchMessagesRequest): bigint | undefined {
  for (const status of req.statuses) {
    if (!knownStatuses.has(status)) throw invalidField('statuses', `${status} is not a message status`);
  }
  if (req.cursor === '') return undefined;
  if (!/^(0|[1-9][0-9]{0,18})$/.test(req.cursor)) {
    throw invalidField('cursor', 'is not a cursor this API returned');
  }
  return BigInt(req.cursor);
}

function matches(message: v1.Message, req: v1.WatchMessagesRequest): boolean {
  const [sourceChain, sourceChannel] = message.messageId.split('/');
  const packet = message.packet;
  if (req.chainId !== '' && req.chainId !== sourceChain && req.chainId !== packet?.destChain) return false;
  if (req.channel !== '' && req.channel !== sourceChannel && req.channel !== packet?.destChannel)
    return false;
  if (req.app !== '' && req.app !== packet?.app) return false;
  return req.statuses.length === 0 || req.statuses.includes(message.status);
}

export async function* watchMessages(
  deps: WatchDeps,
  req: v1.WatchMessagesRequest,
  signal: AbortSignal | undefined,
): AsyncGenerator<v1.WatchMessagesResponse, void, undefined> {
  const afterSeq = checkWatchRequest(req);
  const stream = deps.stream ?? PACKETS_STREAM;
  const logger = deps.logger.child({ module: 'watch-messages' });
  const live = new Inbox<v1.WatchMessagesResponse>(INBOX_CAPACITY);
  // Hops already sent from the listing, by packet: a live update that is not newer is not sent again.
  const listed = new Map<string, number>();
  const onMessage = async (m: BusMessage): Promise<void> => {
    let message: v1.Message;
    try {
      message = v1.Message.decode(m.data);
    } catch (err) {
      logger.warn({ err, seq: m.seq, subject: m.subject }, 'unreadable packet status message skipped');
      return;
    }
    if (!matches(message, req) || message.hops.length <= (listed.get(message.messageId) ?? 0)) return;
    await live.put(v1.WatchMessagesResponse.create({ message, cursor: m.seq.toString() }));
  };
  const stop = (): void => live.close();
  signal?.addEventListener('abort', stop, { once: true });
  const start = afterSeq ?? (await deps.bus.lastSeq(stream));
  const subscription = await deps.bus.subscribe(stream, ALL_PACKETS_SUBJECT, { afterSeq: start }, onMessage);
  try {
    if (signal?.aborted) return;
    if (afterSeq === undefined) {
      const cursor = start.toString();
      for (const record of await deps.status.list({})) {
        const message = toMessage(record, revisionOf);
        if (!matches(message, req)) continue;
        listed.set(message.messageId, message.hops.length);
        yield v1.WatchMessagesResponse.create({ message, cursor });
        if (signal?.aborted) return;
      }
    }
    yield* live.drain();
  } finally {
    signal?.removeEventListener('abort', stop);
    live.close();
    await subscription.close();
  }
}
