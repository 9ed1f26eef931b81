/**
 * The misbehaviour watcher: one durable consumer (`misbehaviour`), shared by
 * every process, of the CLIENT_UPDATED events the watcher role publishes
 * (`isthmus.*.events.client_updated`). For each update of a watched
 * tendermint client it asks the client's witnesses — other nodes of the
 * source chain — for their header at the same height. A witness header that
 * differs from the one the host accepted shows a fork (or a lying primary):
 * the pair is checked locally (evidence.ts), submitted as
 * `SubmitMisbehaviour` (the host freezes the client) and alerted as
 * MISBEHAVIOUR_DETECTED.
 *
 * Idempotent: a client already frozen is not checked again, so a
 * redelivered event (or a second watcher) submits nothing twice; a host
 * that refuses evidence for a frozen client is fine too. A witness that
 * cannot answer is logged and skipped — that is no misbehaviour. A host
 * that cannot be reached gets the event redelivered later (nak); everything
 * else is acked after handling.
 */
import type { Ledger } from '../../../adapters/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import {
  decodeIcs07Header,
  encodeIcs07Header,
  headerHash,
  type Ics07Header,
} from '../../../light-clients/tendermint/index.js';
import { fromU64, v1 } from '../../../proto/index.js';
import { TENDERMINT, tendermintClient, type TendermintTrackedClient } from '../../delivery/index.js';
import { ack, nak, term, type Bus, type BusMessage, type Decision } from '../../drivers/index.js';
import type { Logger } from '../../logger.js';
import type { AlertSink } from '../alerts.js';
import type { MisbehaviourMetrics } from '../metrics.js';
import {
  decodeEvent,
  defaultEventsTopology,
  kindSubject,
  eventsStream,
  type EventsTopology,
} from '../events.js';
import { checkConflict, misbehaviourMessage, sameBytes } from './evidence.js';
import { anchoredAt, witnessHeader } from './witness.js';

export const MISBEHAVIOUR_DURABLE = 'misbehaviour';
export const MISBEHAVIOUR_DETECTED = 'MISBEHAVIOUR_DETECTED';

/** A client a host keeps of `sourceChainId`, and the source's nodes to compare. */
export interface WatchedClient {
  readonly sourceChainId: string;
  /** The endpoint the relayer updates the client from; asked for the header when an event carries none. */
  readonly primary: Ledger;
  /** Other nodes of the source chain; a client without witnesses is not checked. */
  readonly witnesses: readonly Ledger[];
}

export interface WatchedHost {
  readonly hostChainId: string;
  readonly host: Ledger;
  /** By client id on the host. */
  readonly clients: ReadonlyMap<string, WatchedClient>;
}

export interface MisbehaviourWatcherOptions {
  readonly bus: Bus;
  readonly hosts: readonly WatchedHost[];
  readonly alerts: AlertSink;
  readonly logger: Logger;
  /** Stream and subjects (default `isthmus-events`, `isthmus.*.events.client_updated`). */
  readonly topology?: EventsTopology;
  /** Durable consumer name, the same for every process (default `misbehaviour`). */
  readonly durable?: string;
  /** A message not answered within this long is redelivered (default 30 s). */
  readonly ackWaitMs?: number;
  /** Redelivery delay when the host cannot be reached (default 1 s). */
  readonly retryDelayMs?: number;
  /** Told of each misbehaviour detected and each piece of evidence the host accepted. */
  readonly metrics?: MisbehaviourMetrics;
}

export interface MisbehaviourStats {
  /** CLIENT_UPDATED events of watched clients with witnesses. */
  readonly received: number;
  /** Of those, compared with at least one witness. */
  readonly checked: number;
  /** Witness headers that conflict with the accepted one and pass the local checks. */
  readonly detected: number;
  /** Evidence the host accepted. */
  readonly submitted: number;
  /** Witnesses that could not answer, or answered with a header that does not verify. */
  readonly witnessFailures: number;
}

export interface MisbehaviourWatcher {
  readonly stats: MisbehaviourStats;
  /** Stops consuming; unanswered messages go back to the durable. */
  stop(): Promise<void>;
}

export async function startMisbehaviourWatcher(
  options: MisbehaviourWatcherOptions,
): Promise<MisbehaviourWatcher> {
  const topology = options.topology ?? defaultEventsTopology;
  const checker = new UpdateChecker(options);
  await options.bus.ensureStream(eventsStream(topology));
  const consumer = await options.bus.consume(
    topology.stream,
    options.durable ?? MISBEHAVIOUR_DURABLE,
    // Every chain's CLIENT_UPDATED events: one filter for the durable whatever hosts a process watches.
    kindSubject(v1.EventKind.EVENT_KIND_CLIENT_UPDATED, topology),
    (message) => checker.handle(message),
    options.ackWaitMs === undefined ? {} : { ackWaitMs: options.ackWaitMs },
  );
  checker.log.info({ hosts: options.hosts.map((h) => h.hostChainId) }, 'watching client updates');
  return {
    get stats(): MisbehaviourStats {
      return checker.stats;
    },
    stop: () => consumer.close(),
  };
}

/** One update under check: where it happened and the header the host accepted. */
interface Update {
  readonly host: WatchedHost;
  readonly clientId: string;
  readonly watched: WatchedClient;
  readonly height: v1.IHeight;
  readonly header: Ics07Header;
  readonly bytes: Uint8Array;
}

class UpdateChecker {
  readonly log: Logger;
  readonly #options: MisbehaviourWatcherOptions;
  readonly #hosts: ReadonlyMap<string, WatchedHost>;
  readonly #counts = { received: 0, checked: 0, detected: 0, submitted: 0, witnessFailures: 0 };

  constructor(options: MisbehaviourWatcherOptions) {
    this.#options = options;
    this.#hosts = new Map(options.hosts.map((h) => [h.hostChainId, h]));
    this.log = options.logger.child({ role: 'misbehaviour' });
  }

  get stats(): MisbehaviourStats {
    return { ...this.#counts };
  }

  async handle(message: BusMessage): Promise<Decision> {
    let event: v1.ChainEvent;
    try {
      event = decodeEvent(message.data);
    } catch (err) {
      this.log.error({ err, subject: message.subject, seq: message.seq }, 'undecodable event: terminated');
      return term;
    }
    const host = this.#hosts.get(event.chainId);
    const clientId = event.client?.clientId ?? '';
    const watched = host?.clients.get(clientId);
    if (!host || !watched || watched.witnesses.length === 0 || event.client?.clientType !== TENDERMINT) {
      return ack;
    }
    this.#counts.received += 1;
    const height = event.client.consensusHeight ?? {};
    const fields = { hostChainId: host.hostChainId, clientId, height: fromU64(height.height) };
    try {
      const client = await tendermintClient(host.host, clientId, watched.sourceChainId);
      if (client.state.frozenHeight !== 0n) {
        // Evidence is in (a redelivery, another watcher) or the host froze it itself: nothing to add.
        this.log.info({ ...fields, frozenHeight: client.state.frozenHeight }, 'client already frozen');
        return ack;
      }
      const accepted = await this.#acceptedHeader(event.client, watched, height);
      return await this.#compare(client, { host, clientId, watched, height, ...accepted });
    } catch (err) {
      if (IsthmusError.is(err) && err.retryable) {
        this.log.warn({ ...fields, err }, 'host unreachable: update checked later');
        return nak(this.#options.retryDelayMs ?? 1_000);
      }
      this.log.error({ ...fields, err }, 'client update could not be checked');
      return ack;
    }
  }

  /** The header the host accepted: the event's, or the primary's light block when the event carries none. */
  async #acceptedHeader(
    event: v1.IClientEvent,
    watched: WatchedClient,
    height: v1.IHeight,
  ): Promise<{ header: Ics07Header; bytes: Uint8Array }> {
    const bytes = event.message?.bytes ?? new Uint8Array(0);
    if (bytes.length > 0) return { header: decodeIcs07Header(bytes), bytes };
    const header = await witnessHeader(watched.primary, undefined, height);
    return { header, bytes: encodeIcs07Header(header) };
  }

  /** Asks each witness in turn; the first that proves a conflict gets its evidence submitted. */
  async #compare(client: TendermintTrackedClient, update: Update): Promise<Decision> {
    const ours = update.header;
    const hash = headerHash(ours.lightBlock.signedHeader.header);
    let answered = false;
    for (const [index, witness] of update.watched.witnesses.entries()) {
      const fields = this.#fields(update, index);
      let theirs: Ics07Header;
      try {
        theirs = anchoredAt(await witnessHeader(witness, ours.trusted, update.height), ours.trusted);
      } catch (err) {
        this.#counts.witnessFailures += 1;
        this.log.warn({ ...fields, err }, 'witness did not answer: not misbehaviour');
        continue;
      }
      answered = true;
      if (sameBytes(hash, headerHash(theirs.lightBlock.signedHeader.header))) continue;
      try {
        checkConflict(client.state.chainId, client.state.trustLevel, ours, theirs);
      } catch (err) {
        this.#counts.witnessFailures += 1;
        this.log.warn({ ...fields, err }, 'witness header differs but does not verify: not evidence');
        continue;
      }
      this.#counts.checked += 1;
      this.#counts.detected += 1;
      this.#options.metrics?.misbehaviourDetected(update.host.hostChainId, update.clientId);
      return this.#report(update, index, theirs);
    }
    if (answered) this.#counts.checked += 1;
    return ack;
  }

  /** Submits the evidence (when the update names a trusted point) and raises the alert. */
  async #report(update: Update, index: number, theirs: Ics07Header): Promise<Decision> {
    const fields = this.#fields(update, index);
    let evidence: string;
    let decision = ack;
    if (!update.header.trusted) {
      evidence = 'not submitted: the update names no trusted point';
    } else {
      try {
        const res = await update.host.host.submit({
          messages: [misbehaviourMessage(update.clientId, update.bytes, theirs)],
        });
        const [result] = res.results;
        if (result?.code === v1.ResultCode.RESULT_CODE_OK) {
          this.#counts.submitted += 1;
          this.#options.metrics?.misbehaviourSubmitted(update.host.hostChainId, update.clientId);
          evidence = 'submitted';
        } else {
          evidence = `refused: ${result?.errorCode || 'RESULT_MISSING'} ${result?.message ?? ''}`.trim();
        }
      } catch (err) {
        evidence = `submission failed: ${IsthmusError.is(err) ? err.code : String(err)}`;
        if (IsthmusError.is(err) && err.retryable) decision = nak(this.#options.retryDelayMs ?? 1_000);
      }
    }
    const message = `a witness of ${update.watched.sourceChainId} serves another header at height ${fields.height} than the one ${update.host.hostChainId} accepted for ${update.clientId}`;
    this.log.error({ ...fields, evidence }, message);
    await this.#options.alerts
      .raise({ code: MISBEHAVIOUR_DETECTED, message, context: { ...fields, evidence } })
      .catch((err: unknown) => this.log.error({ ...fields, err }, 'alert sink failed'));
    return decision;
  }

  #fields(update: Update, witness: number) {
    return {
      hostChainId: update.host.hostChainId,
      clientId: update.clientId,
      sourceChainId: update.watched.sourceChainId,
      height: fromU64(update.height.height),
      witness,
    };
  }
}
