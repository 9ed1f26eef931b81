/**
 * A WatchMessages stream that survives transient failures: when the stream
 * fails with a retryable error (UNAVAILABLE, a dropped connection), it is
 * opened again from the cursor of the last update the caller received, so
 * nothing is skipped and nothing seen is repeated. Reconnects wait with
 * full-jitter backoff (../../adapters/grpc/retry.ts) and are bounded:
 * `maxAttempts` failed streams in a row, with no update between them, end
 * the watch with the last failure. A stream the server ends normally ends
 * the watch; `cancel()` ends it quietly.
 */
import { IsthmusError } from '../../light-clients/index.js';
import { backoffMs, isRetryable, systemRetryRuntime, type RetryRuntime } from '../../adapters/grpc/retry.js';
import type { v1 } from '../../proto/index.js';
import { SdkErrorCode } from './errors.js';

export interface ResumePolicy {
  /** Streams opened in a row without an update before the watch gives up (the first included). */
  readonly maxAttempts: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
  readonly multiplier: number;
}

/** Five streams in a row over about 5 s of waits: a relay restart, not an outage. */
export const DEFAULT_RESUME_POLICY: ResumePolicy = Object.freeze({
  maxAttempts: 5,
  initialBackoffMs: 200,
  maxBackoffMs: 3_000,
  multiplier: 2,
});

/** Opens one stream for `request`, cancelled by `signal`. */
export type OpenWatchStream = (
  request: v1.IWatchMessagesRequest,
  signal: AbortSignal,
) => AsyncIterable<v1.WatchMessagesResponse>;

export interface MessageWatchOptions {
  readonly policy: ResumePolicy;
  readonly runtime?: RetryRuntime;
  /** The caller's signal: aborting it ends the watch as `cancel()` does. */
  readonly signal?: AbortSignal | undefined;
  /** Told about each reconnect before its wait. */
  readonly onResume?: (info: {
    attempt: number;
    waitMs: number;
    cursor: string;
    error: IsthmusError;
  }) => void;
}

/** Message updates as an async iterable (iterate it once), with `cancel()` and the last cursor. */
export class MessageWatch implements AsyncIterable<v1.WatchMessagesResponse> {
  readonly #open: OpenWatchStream;
  readonly #request: v1.IWatchMessagesRequest;
  readonly #options: MessageWatchOptions;
  readonly #controller = new AbortController();
  #cursor: string;
  #iterated = false;

  constructor(open: OpenWatchStream, request: v1.IWatchMessagesRequest, options: MessageWatchOptions) {
    this.#open = open;
    this.#request = request;
    this.#options = options;
    this.#cursor = request.cursor ?? '';
    const outer = options.signal;
    if (outer?.aborted) this.cancel();
    else outer?.addEventListener('abort', () => this.cancel(), { once: true });
  }

  /** The cursor of the last update received: pass it as `cursor` to resume in a later watch. */
  get cursor(): string {
    return this.#cursor;
  }

  /** Ends the watch: the open stream is cancelled and the loop ends without an error. */
  cancel(): void {
    this.#controller.abort();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<v1.WatchMessagesResponse, void, undefined> {
    if (this.#iterated) {
      throw new IsthmusError(SdkErrorCode.WatchReused, 'a message watch is iterated once; open another', {
        category: 'failed_precondition',
      });
    }
    this.#iterated = true;
    const { policy, onResume } = this.#options;
    const runtime = this.#options.runtime ?? systemRetryRuntime;
    const signal = this.#controller.signal;
    let failures = 0;
    try {
      while (!signal.aborted) {
        try {
          for await (const update of this.#open({ ...this.#request, cursor: this.#cursor }, signal)) {
            failures = 0;
            if (update.cursor !== '') this.#cursor = update.cursor;
            yield update;
            // Updates already buffered are not handed out after a cancel.
            if (signal.aborted) return;
          }
          return;
        } catch (err) {
          if (signal.aborted) return;
          failures += 1;
          if (!isRetryable(err) || failures >= policy.maxAttempts) throw err;
          const waitMs = backoffMs({ ...policy, overallTimeoutMs: 0 }, failures, runtime.random);
          onResume?.({ attempt: failures, waitMs, cursor: this.#cursor, error: err });
          try {
            await runtime.sleep(waitMs, signal);
          } catch {
            return;
          }
        }
      }
    } finally {
      // Leaving the loop early (break, return, throw) stops the stream too.
      this.cancel();
    }
  }
}
