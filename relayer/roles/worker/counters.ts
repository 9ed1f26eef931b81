/** What a worker has done since it started, for metrics: one count per job outcome. */
import type { DeliveryOutcome } from '../../delivery/index.js';

export interface WorkerCounts {
  /** Steps this worker's submission applied on the destination. */
  readonly delivered: number;
  /** Steps the destination had applied already (another worker or relayer, a replay): success, not failure. */
  readonly redundant: number;
  /** Steps handed back to the queue to retry after a backoff. */
  readonly retried: number;
  /** Steps (or jobs with bad data) failed for good: dead-lettered and alerted. */
  readonly permanent: number;
}

export class WorkerCounters {
  #delivered = 0;
  #redundant = 0;
  #retried = 0;
  #permanent = 0;

  count(outcome: Pick<DeliveryOutcome, 'kind' | 'redundant'>): void {
    if (outcome.kind === 'retry') this.#retried += 1;
    else if (outcome.kind === 'permanent') this.#permanent += 1;
    else if (outcome.redundant === true) this.#redundant += 1;
    else this.#delivered += 1;
  }

  snapshot(): WorkerCounts {
    return {
      delivered: this.#delivered,
      redundant: this.#redundant,
      retried: this.#retried,
      permanent: this.#permanent,
    };
  }
}
