/**
 * Waiting for the proof chain's next block. A step's proof is asked for in
 * the state after the block its event was seen in; right after that block
 * the chain cannot prove it yet (HEIGHT_NOT_COMMITTED: the header that
 * commits the state is the next block). That is the usual race with block
 * production, so rather than send the step back to the queue for a full
 * retry backoff, the batch waits for that one block — told by the chain's
 * own `StreamEvents` checkpoint, not by polling — and asks again.
 */
import type { Ledger } from '../../adapters/index.js';
import { fromU64, toU64, v1 } from '../../proto/index.js';

/**
 * Whether `source` reached block `height` within `timeoutMs`. A stream that
 * fails or ends early counts as not reached: the caller retries as it
 * would have without waiting.
 */
export async function blockReached(source: Ledger, height: v1.IHeight, timeoutMs: number): Promise<boolean> {
  const target = fromU64(height.height);
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), timeoutMs);
  try {
    const checkpoints = source.streamEvents(
      {
        fromHeight: { revision: height.revision ?? toU64(0n), height: toU64(target) },
        // No event has the unspecified kind, so only the checkpoints come.
        kinds: [v1.EventKind.EVENT_KIND_UNSPECIFIED],
        follow: true,
      },
      { signal: stop.signal },
    );
    for await (const item of checkpoints) {
      if (item.checkpoint && fromU64(item.checkpoint.height) >= target) return true;
    }
    return false;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
    stop.abort();
  }
}
