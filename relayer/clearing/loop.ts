/**
 * Clearing at start and every interval: the first run starts at
 * once, each next one `intervalMs` after the previous one finished, so runs
 * never overlap. A failed run is logged and the next interval tries again;
 * `stop()` cancels the timer and waits for a run in progress.
 */
import type { Logger } from 'pino';
import { IsthmusError } from '../../light-clients/index.js';
import { CLEARING_FAILED } from './clear-paths.js';

export const CLEARING_INTERVAL_INVALID = 'CLEARING_INTERVAL_INVALID';

export interface ClearingLoopOptions {
  /** One clearing run: plan and enqueue. */
  readonly run: () => Promise<void>;
  readonly intervalMs: number;
  readonly logger: Logger;
}

export interface ClearingLoop {
  stop(): Promise<void>;
}

export function startClearingLoop(options: ClearingLoopOptions): ClearingLoop {
  if (!Number.isFinite(options.intervalMs) || options.intervalMs <= 0) {
    throw new IsthmusError(
      'CLEARING_INTERVAL_INVALID',
      `clearing interval must be positive, got ${options.intervalMs}`,
      {
        category: 'invalid_argument',
        context: { intervalMs: options.intervalMs },
      },
    );
  }
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const tick = (): void => {
    timer = undefined;
    current = options
      .run()
      .catch((err: unknown) => {
        const code = IsthmusError.is(err) ? err.code : CLEARING_FAILED;
        options.logger.warn({ err, code }, 'clearing run failed; retrying at the next interval');
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs);
      });
  };
  tick();

  return {
    async stop(): Promise<void> {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await current;
    },
  };
}
