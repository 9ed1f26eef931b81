/**
 * The relayer process's alert sink: every alert is logged (for log-based
 * alerting) and kept (for a test, the demo's summary or the dashboard).
 */
import type { Logger } from '../logger.js';
import { LoggerAlerts, MemoryAlerts, type Alert, type AlertSink } from '../roles/alerts.js';

export class ProcessAlerts implements AlertSink {
  readonly #kept = new MemoryAlerts();
  readonly #log: LoggerAlerts;

  constructor(logger: Logger) {
    this.#log = new LoggerAlerts(logger.child({ module: 'alerts' }));
  }

  async raise(alert: Alert): Promise<void> {
    await this.#kept.raise(alert);
    await this.#log.raise(alert);
  }

  /** The alerts raised so far, oldest first. */
  get alerts(): readonly Alert[] {
    return this.#kept.alerts;
  }
}
