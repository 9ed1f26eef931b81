/**
 * Stopping one part of the relayer within a time bound: a part that does
 * not stop in time, or fails to, is logged and left behind so the rest of
 * the shutdown still runs.
 */
import type { Logger } from '../logger.js';

export async function stopWithin(
  what: string,
  stop: () => Promise<void> | void,
  timeoutMs: number,
  logger: Logger,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([Promise.resolve().then(stop), timedOut]);
    if (outcome === 'timeout') logger.warn({ part: what, timeoutMs }, 'did not stop in time; left behind');
  } catch (err) {
    logger.warn({ part: what, err }, 'failed to stop');
  } finally {
    clearTimeout(timer);
  }
}
