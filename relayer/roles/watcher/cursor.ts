/**
 * The watcher's resume position per chain, kept in the bus KV (bucket
 * `isthmus-watchers`, one key per chain): the cursor of the last event
 * whose block was fully published. A restarted or failed-over watcher asks
 * `StreamEvents` for what comes strictly after it, so nothing is skipped;
 * what is published twice is de-duplicated by its message id.
 *
 * A checkpoint (every event up to height h published) is stored as the
 * cursor after the last possible event of h (tx and event at 2^32-1).
 */
import { toU64, type v1 } from '../../../proto/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import type { KvStore } from '../../drivers/index.js';
import { escapeSubjectToken } from '../../status/index.js';

export const WATCHERS_BUCKET = 'isthmus-watchers';
export const WATCHER_BAD_CURSOR = 'WATCHER_BAD_CURSOR';
const LAST_INDEX = 0xffff_ffff;

export interface WatchCursor {
  /** The chain's revision at `height` (0: whatever the chain is at). */
  readonly revision: bigint;
  readonly height: bigint;
  readonly tx: number;
  readonly event: number;
}

/** A NATS KV key for a chain id (KV keys allow `=` but not `~`; the mapping stays one-to-one). */
export function chainKey(chainId: string): string {
  return escapeSubjectToken(chainId).replaceAll('~', '=');
}

/** The cursor that follows every event of `height`. */
export function endOfHeight(revision: bigint, height: bigint): WatchCursor {
  return { revision, height, tx: LAST_INDEX, event: LAST_INDEX };
}

/** The `after` of a `StreamEventsRequest`. */
export function toEventCursor(cursor: WatchCursor): v1.IEventCursor {
  return {
    height: { revision: toU64(cursor.revision), height: toU64(cursor.height) },
    txIndex: cursor.tx,
    eventIndex: cursor.event,
  };
}

export async function readCursor(kv: KvStore, chainId: string): Promise<WatchCursor | undefined> {
  const entry = await kv.get(chainKey(chainId));
  if (entry === undefined || entry.value.length === 0) return undefined;
  const text = new TextDecoder().decode(entry.value);
  const parsed: unknown = JSON.parse(text);
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    'revision' in parsed &&
    'height' in parsed &&
    'tx' in parsed &&
    'event' in parsed &&
    typeof parsed.revision === 'string' &&
    /^[0-9]+$/.test(parsed.revision) &&
    typeof parsed.height === 'string' &&
    /^[0-9]+$/.test(parsed.height) &&
    Number.isSafeInteger(parsed.tx) &&
    Number.isSafeInteger(parsed.event)
  ) {
    return {
      revision: BigInt(parsed.revision),
      height: BigInt(parsed.height),
      tx: Number(parsed.tx),
      event: Number(parsed.event),
    };
  }
  throw new IsthmusError(WATCHER_BAD_CURSOR, `stored watcher cursor of ${chainId} is malformed`, {
    category: 'internal',
    context: { chainId, text },
  });
}

export async function writeCursor(kv: KvStore, chainId: string, cursor: WatchCursor): Promise<void> {
  const text = JSON.stringify({
    revision: cursor.revision.toString(),
    height: cursor.height.toString(),
    tx: cursor.tx,
    event: cursor.event,
  });
  await kv.put(chainKey(chainId), new TextEncoder().encode(text));
}
