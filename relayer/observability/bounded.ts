/**
 * A read with a time bound: scrapes and readiness checks must answer even
 * when a chain, Redis or NATS does not, so each read is aborted (through
 * its signal) and reported failed once the bound passes.
 */
import { IsthmusError } from '../../light-clients/index.js';

export const OBSERVABILITY_TIMEOUT = 'OBSERVABILITY_TIMEOUT';

export async function within<T>(
  what: string,
  timeoutMs: number,
  read: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const aborting = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      aborting.abort();
      reject(
        new IsthmusError(OBSERVABILITY_TIMEOUT, `${what} did not answer within ${timeoutMs} ms`, {
          category: 'unavailable',
          context: { what, timeoutMs },
        }),
      );
    }, timeoutMs);
  });
  try {
    return await Promise.race([read(aborting.signal), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
