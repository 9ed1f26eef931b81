/**
 * Where the relayer reports what an operator must look at: failures no
 * retry can fix (a forged proof or header, a corrupt job), raised once
 * instead of looping in the queue. A sink is injected into the roles, so a
 * process can log alerts (`LoggerAlerts`), keep them for a test or the
 * dashboard (`MemoryAlerts`), or publish them elsewhere later.
 */
import type { Logger } from '../logger.js';

export interface Alert {
  /** The error code behind the alert (e.g. PROOF_INVALID, a light client's VerificationError code). */
  readonly code: string;
  readonly message: string;
  /** Chain, packet id, step, job id: what an operator needs to find the cause. */
  readonly context: Readonly<Record<string, unknown>>;
}

export interface AlertSink {
  /** Records one alert; rejects if the sink failed (the roles log that and go on). */
  raise(alert: Alert): Promise<void>;
}

/** Keeps every alert raised, oldest first (tests, the embedded demo). */
export class MemoryAlerts implements AlertSink {
  readonly #alerts: Alert[] = [];

  async raise(alert: Alert): Promise<void> {
    this.#alerts.push(alert);
  }

  /** The alerts raised so far, oldest first. */
  get alerts(): readonly Alert[] {
    return [...this.#alerts];
  }
}

/** Writes each alert as one structured error line (with `alert: true`, for log-based alerting). */
export class LoggerAlerts implements AlertSink {
  readonly #logger: Logger;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  async raise(alert: Alert): Promise<void> {
    this.#logger.error({ alert: true, code: alert.code, ...alert.context }, alert.message);
  }
}
