/**
 * The planner: one durable JetStream consumer (`planner`), shared by every
 * planner process, on every chain's events (`isthmus.*.events.*`). Each
 * event becomes its relay jobs on `deliver:<chain>` (plan-event.ts) and its
 * packet's status change. The message is acked only after every job was
 * added and the status applied; a failure naks it for redelivery. Adding is
 * idempotent by job id and status transitions are idempotent too, so a
 * redelivered or re-published event changes nothing twice — two planners
 * on one durable add each job once.
 *
 * A message that cannot be an event, or whose packet cannot be planned (an
 * invalid packet id), is terminated: redelivering it would fail alike.
 * Packets the filter refuses are acked with no job and no status.
 */
import { IsthmusError } from '../../../light-clients/index.js';
import {
  ack,
  nak,
  term,
  type Bus,
  type BusMessage,
  type Consumer,
  type AddResult,
  type Decision,
  type Queue,
} from '../../drivers/index.js';
import type { Logger } from '../../logger.js';
import type { StatusStore } from '../../status/index.js';
import {
  allEventsSubject,
  decodeEvent,
  defaultEventsTopology,
  eventsStream,
  type EventsTopology,
} from '../events.js';
import { packetAllowed, type PacketFilter } from '../../filter/index.js';
import { planEvent, type EventPlan, type PlannedJob } from './plan-event.js';

export const PLANNER_DURABLE = 'planner';

export interface PlannerOptions {
  readonly bus: Bus;
  readonly queue: Queue;
  readonly status: StatusStore;
  readonly logger: Logger;
  readonly filter?: PacketFilter;
  /** Durable consumer name, the same for every planner (default `planner`). */
  readonly durable?: string;
  /** A message not answered within this long is redelivered (default 30 s). */
  readonly ackWaitMs?: number;
  /** Redelivery delay after a failure (default 1 s). */
  readonly retryDelayMs?: number;
  /** Wall clock in ms (timeout job delays); default `Date.now`. */
  readonly nowMs?: () => number;
  /** Stream and subjects (default `isthmus-events`, `isthmus.*.events.*`). */
  readonly topology?: EventsTopology;
}

export interface PlannerStats {
  /** Jobs this planner added. */
  readonly added: number;
  /** Jobs the queue already held (a redelivery, another planner, clearing). */
  readonly existing: number;
  /** Packet events the filter refused. */
  readonly filtered: number;
  /** Messages terminated as unplannable. */
  readonly rejected: number;
}

export interface Planner {
  readonly stats: PlannerStats;
  /** Stops consuming; unanswered messages go back to the durable. */
  stop(): Promise<void>;
}

export async function startPlanner(options: PlannerOptions): Promise<Planner> {
  const log = options.logger.child({ role: 'planner' });
  const stats = { added: 0, existing: 0, filtered: 0, rejected: 0 };
  const nowMs = options.nowMs ?? Date.now;
  const retryDelayMs = options.retryDelayMs ?? 1_000;

  const handle = async (message: BusMessage): Promise<Decision> => {
    let plan: EventPlan;
    try {
      const event = decodeEvent(message.data);
      if (event.packet && options.filter && !packetAllowed(event.packet, options.filter)) {
        stats.filtered += 1;
        return ack;
      }
      plan = planEvent(event, nowMs());
    } catch (err) {
      stats.rejected += 1;
      log.error({ err, subject: message.subject, seq: message.seq }, 'unplannable event: terminated');
      return term;
    }
    try {
      for (const result of await addPlanned(options.queue, plan.jobs)) {
        if (result.added) stats.added += 1;
        else stats.existing += 1;
      }
    } catch (err) {
      return retryOrRefuse(err, message, plan.transition?.id);
    }
    if (plan.transition) {
      try {
        await options.status.apply(plan.transition);
      } catch (err) {
        // The jobs are queued, so the packet moves; only a status that may be
        // written later is worth a redelivery (a corrupt record is not).
        if (!IsthmusError.is(err) || err.retryable) return retryOrRefuse(err, message, plan.transition.id);
        log.error(
          { err, packetId: plan.transition.id, subject: message.subject, seq: message.seq },
          'packet status not recorded',
        );
      }
    }
    return ack;
  };

  // Every line about a packet carries its id, so one packet's story can be read across processes.
  const retryOrRefuse = (err: unknown, message: BusMessage, packetId: string | undefined): Decision => {
    const permanent = IsthmusError.is(err) && !err.retryable && err.category === 'invalid_argument';
    log.warn(
      { err, packetId, subject: message.subject, seq: message.seq },
      permanent ? 'event refused' : 'event retried',
    );
    if (permanent) {
      stats.rejected += 1;
      return term;
    }
    return nak(retryDelayMs);
  };

  const topology = options.topology ?? defaultEventsTopology;
  await options.bus.ensureStream(eventsStream(topology));
  const consumer: Consumer = await options.bus.consume(
    topology.stream,
    options.durable ?? PLANNER_DURABLE,
    allEventsSubject(topology),
    handle,
    options.ackWaitMs === undefined ? {} : { ackWaitMs: options.ackWaitMs },
  );
  log.info('planning relay jobs from chain events');
  return {
    get stats(): PlannerStats {
      return { ...stats };
    },
    stop: () => consumer.close(),
  };
}

/** Adds an event's jobs with one `addBulk` per queue (a SEND_PACKET's recv and timeout go to two). */
async function addPlanned(queue: Queue, jobs: readonly PlannedJob[]): Promise<AddResult[]> {
  const byQueue = new Map<string, PlannedJob[]>();
  for (const job of jobs) byQueue.set(job.queue, [...(byQueue.get(job.queue) ?? []), job]);
  const results = await Promise.all(
    [...byQueue].map(([name, queued]) =>
      queue.addBulk(
        name,
        queued.map((job) => ({
          name: job.data.step,
          data: job.data,
          options: { jobId: job.jobId, delayMs: job.delayMs },
        })),
      ),
    ),
  );
  return results.flat();
}
