/**
 * The client refresher: at start and every `checkIntervalMs`, each hosted
 * client is checked (refresh-client.ts) and updated to its source's latest
 * height once `refreshFraction` of its trusting period has passed, so no
 * client expires for want of traffic.
 *
 * What an operator must act on is alerted once per client and cause: a
 * frozen client (CLIENT_FROZEN), an expired one (CLIENT_EXPIRED: it needs
 * recovery), a header that fails local verification (its VerificationError
 * code) or a refused update. The same cause is not alerted again on every
 * check; a successful check clears it. Transient Ledger failures are only
 * logged: the next check retries.
 *
 * With a bus, each client is refreshed by one process: a lease per client
 * (`<host>/<client>`) in a KV bucket with a TTL, as the watcher holds its
 * chain (../watcher/lease.ts), renewed at every check and taken over when
 * its holder stops renewing. Without a bus every refresher acts; a second
 * update of the same height is ALREADY_DONE, only a wasted transaction.
 */
import { ChainLease } from '../watcher/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import type { VerificationSink } from '../../delivery/index.js';
import type { Bus } from '../../drivers/index.js';
import type { Logger } from '../../logger.js';
import type { AlertSink } from '../alerts.js';
import { checkRefreshFraction } from './freshness.js';
import { refreshClient, type RefreshedClient, type RefreshResult } from './refresh-client.js';

export const REFRESHER_LEASES_BUCKET = 'isthmus-refresher-leases';
export const REFRESHER_BAD_INTERVAL = 'REFRESHER_BAD_INTERVAL';

export interface RefresherOptions {
  readonly clients: readonly RefreshedClient[];
  /** Update a client once this fraction of its trusting period has passed since its latest header (0 < f < 1). */
  readonly refreshFraction: number;
  readonly checkIntervalMs: number;
  readonly alerts: AlertSink;
  readonly logger: Logger;
  /** With it, one refresher per client across processes (a lease per client). */
  readonly bus?: Bus;
  /** KV bucket of the leases (default `isthmus-refresher-leases`). */
  readonly leasesBucket?: string;
  /** A lease not renewed for this long expires (default 3 x checkIntervalMs). Every refresher must use the same. */
  readonly leaseTtlMs?: number;
  /** Names the lease holder in the KV bucket; default `<pid>/<random>`. */
  readonly owner?: string;
  /** Nanoseconds since the epoch; default the system clock. */
  readonly now?: () => bigint;
  /** Told of every header verified before an update. */
  readonly metrics?: VerificationSink;
}

export interface Refresher {
  /** Checks every client once (after any check under way) and reports what was done to each; none after `stop`. */
  checkNow(): Promise<RefreshResult[]>;
  /** Stops the checks, waits for the one under way and releases the leases. */
  stop(): Promise<void>;
}

const systemNow = (): bigint => BigInt(Date.now()) * 1_000_000n;

/** Checks the options, opens the lease bucket (with a bus) and runs the first check at once. */
export async function startRefresher(options: RefresherOptions): Promise<Refresher> {
  checkRefreshFraction(options.refreshFraction);
  if (!Number.isSafeInteger(options.checkIntervalMs) || options.checkIntervalMs <= 0) {
    throw new IsthmusError(REFRESHER_BAD_INTERVAL, `check interval must be a positive number of ms`, {
      category: 'invalid_argument',
      context: { checkIntervalMs: options.checkIntervalMs },
    });
  }
  let leases: Map<RefreshedClient, ChainLease> | undefined;
  if (options.bus) {
    const kv = await options.bus.kv(options.leasesBucket ?? REFRESHER_LEASES_BUCKET, {
      ttlMs: options.leaseTtlMs ?? 3 * options.checkIntervalMs,
    });
    const owner = options.owner ?? `${process.pid}/${Math.random().toString(36).slice(2, 10)}`;
    leases = new Map(options.clients.map((c) => [c, new ChainLease(kv, clientKey(c), owner)]));
  }
  return new ClientRefresher(options, leases);
}

/** `<host chain>/<client id>`: one lease and one alert state per hosted client. */
function clientKey(client: RefreshedClient): string {
  return `${client.hostChainId}/${client.clientId}`;
}

class ClientRefresher implements Refresher {
  readonly #options: RefresherOptions;
  readonly #leases: Map<RefreshedClient, ChainLease> | undefined;
  readonly #log: Logger;
  readonly #now: () => bigint;
  readonly #stopping = new AbortController();
  /** The code last alerted per client, so a cause that persists is alerted once. */
  readonly #alerted = new Map<string, string>();
  /** The check under way (or the last one): checks run one at a time. */
  #running: Promise<unknown> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;

  constructor(options: RefresherOptions, leases: Map<RefreshedClient, ChainLease> | undefined) {
    this.#options = options;
    this.#leases = leases;
    this.#log = options.logger.child({ role: 'refresher' });
    this.#now = options.now ?? systemNow;
    this.#log.info({ clients: options.clients.length }, 'refreshing clients');
    this.#tick();
  }

  checkNow(): Promise<RefreshResult[]> {
    const run = this.#running.then(() => this.#checkAll());
    this.#running = run.catch(() => undefined);
    return run;
  }

  async stop(): Promise<void> {
    this.#stopping.abort();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
    for (const lease of this.#leases?.values() ?? []) {
      await lease.release().catch((err: unknown) => this.#log.warn({ err }, 'lease release failed'));
    }
  }

  /** One check, then the next one `checkIntervalMs` after it ends (checks never overlap). */
  #tick(): void {
    this.checkNow()
      .catch((err: unknown) => this.#log.error({ err }, 'client check failed'))
      .finally(() => {
        if (this.#stopping.signal.aborted) return;
        this.#timer = setTimeout(() => this.#tick(), this.#options.checkIntervalMs);
      });
  }

  async #checkAll(): Promise<RefreshResult[]> {
    if (this.#stopping.signal.aborted) return [];
    return Promise.all(this.#options.clients.map((client) => this.#checkOne(client)));
  }

  async #checkOne(client: RefreshedClient): Promise<RefreshResult> {
    const lease = this.#leases?.get(client);
    if (lease && !(await this.#hold(lease, client))) {
      return { hostChainId: client.hostChainId, clientId: client.clientId, action: 'standby' };
    }
    const result = await refreshClient(
      client,
      this.#now,
      this.#options.refreshFraction,
      this.#stopping.signal,
      this.#options.metrics,
    );
    await this.#report(client, result);
    return result;
  }

  /**
   * Whether this process refreshes `client` now: it renews the lease it
   * holds or takes a free one. A bucket that cannot be read counts as held —
   * a duplicate update is only ALREADY_DONE, an expired client needs an
   * operator.
   */
  async #hold(lease: ChainLease, client: RefreshedClient): Promise<boolean> {
    try {
      if (lease.held && (await lease.renew())) return true;
      return await lease.tryAcquire();
    } catch (err) {
      this.#log.warn(
        { err, hostChainId: client.hostChainId, clientId: client.clientId },
        'refresher lease unreadable: refreshing anyway',
      );
      return true;
    }
  }

  async #report(client: RefreshedClient, result: RefreshResult): Promise<void> {
    const key = clientKey(client);
    const fields = {
      hostChainId: client.hostChainId,
      clientId: client.clientId,
      sourceChainId: client.sourceChainId,
      ...(result.height === undefined ? {} : { height: result.height }),
    };
    if (result.action === 'fresh' || result.action === 'updated') {
      this.#alerted.delete(key);
      if (result.action === 'updated') this.#log.info(fields, 'client updated');
      else this.#log.debug(fields, 'client fresh');
      return;
    }
    const code = result.code ?? result.action;
    if (!result.alert) {
      this.#log.warn({ ...fields, code, err: result.error }, result.message ?? 'client check failed');
      return;
    }
    if (this.#alerted.get(key) === code) {
      this.#log.debug({ ...fields, code }, 'still alerted');
      return;
    }
    this.#alerted.set(key, code);
    this.#log.warn({ ...fields, code, err: result.error }, result.message ?? 'client needs an operator');
    await this.#options.alerts
      .raise({ code, message: result.message ?? code, context: fields })
      .catch((err: unknown) => this.#log.error({ err, ...fields, code }, 'alert sink failed'));
  }
}
