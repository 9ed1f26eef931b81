/**
 * The running parts of a relayer process, kept in step with a wanted list:
 * `reconcile(wanted)` stops the parts no longer wanted or whose fingerprint
 * changed (a chain's endpoint, a worker's clients), newest first, then
 * starts the wanted parts not running, in the list's order. A part's
 * fingerprint covers what it was started from, including the parts it uses,
 * so one that depends on a changed part is restarted after it; stopping in
 * reverse start order then never stops a part before one that uses it.
 */
import type { Logger } from '../logger.js';
import { stopWithin } from './bounded.js';

export type StopPart = () => Promise<void> | void;

export interface PartSpec {
  /** `watcher <chain>`, `worker <chain>`, `clearing`, … */
  readonly key: string;
  /** What the part was started from; a change restarts it. */
  readonly fingerprint: string;
  readonly start: () => Promise<StopPart>;
}

interface Running {
  readonly fingerprint: string;
  readonly stop: StopPart;
}

export class Supervisor {
  /** In start order (a Map keeps insertion order). */
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly logger: Logger,
    private readonly stopTimeoutMs: number,
  ) {}

  /**
   * Brings the running parts to `wanted`. With `strict` (at start) the first
   * part that fails to start fails the call; otherwise it is logged and left
   * out, and the next reconcile tries it again.
   */
  async reconcile(wanted: readonly PartSpec[], strict: boolean): Promise<void> {
    const byKey = new Map(wanted.map((spec) => [spec.key, spec]));
    for (const [key, part] of [...this.running].reverse()) {
      if (byKey.get(key)?.fingerprint === part.fingerprint) continue;
      this.running.delete(key);
      this.logger.info({ part: key }, 'stopping part');
      await stopWithin(key, part.stop, this.stopTimeoutMs, this.logger);
    }
    for (const spec of wanted) {
      if (this.running.has(spec.key)) continue;
      try {
        const stop = await spec.start();
        this.running.set(spec.key, { fingerprint: spec.fingerprint, stop });
      } catch (err) {
        if (strict) throw err;
        this.logger.error({ err, part: spec.key }, 'part did not start; retried at the next network change');
      }
    }
  }

  /** Keys of the running parts, in start order. */
  keys(): string[] {
    return [...this.running.keys()];
  }

  /** Stops every part, newest first, each within the bound. */
  async close(): Promise<void> {
    await this.reconcile([], false);
  }
}
