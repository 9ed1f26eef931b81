/**
 * Nonces of one account, allocated locally so that concurrent sends get
 * consecutive nonces and go out at once, without a round trip each.
 *
 * The count starts from the chain's `eth_getTransactionCount(address,
 * 'pending')` and is read again ("resync") whenever the sender learns it may
 * be wrong: another transaction took one of our nonces, or a send failed. A
 * resync while sends are outstanding only moves forward (their nonces are
 * ours, whatever the chain says yet); with none outstanding the chain's
 * count is the truth and may move the count back, which closes any gap a
 * failure left.
 *
 * Gaps matter because a nonce the chain never sees blocks every later one.
 * A nonce whose send failed before reaching the node goes back to the
 * manager (`release`) and the next allocation takes the lowest such nonce
 * first; when it is the highest one allocated the count simply steps back.
 * When a later nonce is already out, `release` says so and the caller may
 * take the nonce back (`reclaim`) to fill it itself — the sender sends a
 * zero-value transfer to its own address, so the later transactions do not
 * wait for a send that may never come.
 */
import type { TxLogger } from './options.js';

export interface NonceSource {
  getTransactionCount(address: string, blockTag: 'pending'): Promise<number>;
}

export interface NonceManagerOptions {
  readonly address: string;
  readonly source: NonceSource;
  readonly logger?: TxLogger;
}

/** The manager's view, for logs and tests. */
export interface NonceState {
  /** The next fresh nonce; undefined until the first sync. */
  readonly next: number | undefined;
  /** Released nonces below `next`, to be allocated first. */
  readonly free: readonly number[];
  /** Nonces allocated whose send has not finished. */
  readonly held: readonly number[];
}

export class NonceManager {
  readonly address: string;
  private readonly source: NonceSource;
  private readonly log: TxLogger | undefined;
  private next: number | undefined;
  private readonly free: number[] = [];
  private readonly held = new Set<number>();
  private stale = true;
  /** Nonces below it are known to be taken, whatever the chain's count says yet. */
  private floor = 0;
  /** Serialises allocations, so that two never sync at once nor get the same nonce. */
  private lock: Promise<void> = Promise.resolve();

  constructor(options: NonceManagerOptions) {
    this.address = options.address;
    this.source = options.source;
    this.log = options.logger;
  }

  /** The next nonce to send with: the lowest released one, else a fresh one. */
  allocate(): Promise<number> {
    const result = this.lock.then(async () => {
      if (this.stale || this.next === undefined) await this.sync();
      const nonce = this.free.shift() ?? this.fresh();
      this.held.add(nonce);
      return nonce;
    });
    this.lock = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /**
   * Nothing with `nonce` reached the node: it is free again. True when a
   * later nonce is already allocated, so that `nonce` is a gap that blocks
   * it until something fills it.
   */
  release(nonce: number): boolean {
    this.held.delete(nonce);
    if (this.next === undefined || nonce >= this.next || nonce < this.floor) return false;
    if (!this.free.includes(nonce)) {
      this.free.push(nonce);
      this.free.sort((a, b) => a - b);
    }
    // Released nonces at the top, with nothing allocated above them, are simply not used yet.
    while (this.free.length > 0 && this.free[this.free.length - 1] === this.next - 1) {
      this.free.pop();
      this.next -= 1;
    }
    return this.free.includes(nonce);
  }

  /** Takes a released `nonce` back to fill it; false when an allocation took it meanwhile. */
  reclaim(nonce: number): boolean {
    const at = this.free.indexOf(nonce);
    if (at < 0) return false;
    this.free.splice(at, 1);
    this.held.add(nonce);
    return true;
  }

  /** The send with `nonce` is over, and a transaction of ours with it reached the node. */
  finish(nonce: number): void {
    this.held.delete(nonce);
  }

  /** Another transaction of this account has `nonce`: never hand it out again, and resync. */
  taken(nonce: number): void {
    this.held.delete(nonce);
    const at = this.free.indexOf(nonce);
    if (at >= 0) this.free.splice(at, 1);
    this.floor = Math.max(this.floor, nonce + 1);
    this.stale = true;
  }

  /** Reads the chain's count again before the next allocation. */
  resync(): void {
    this.stale = true;
  }

  state(): NonceState {
    return { next: this.next, free: [...this.free], held: [...this.held].sort((a, b) => a - b) };
  }

  private fresh(): number {
    const nonce = this.next as number;
    this.next = nonce + 1;
    return nonce;
  }

  private async sync(): Promise<void> {
    const chain = await this.source.getTransactionCount(this.address, 'pending');
    // Some nodes (ganache) leave pool transactions out of the pending count: the floor covers them.
    const base = Math.max(chain, this.floor);
    const before = this.next;
    if (this.held.size === 0 || this.next === undefined) {
      this.next = base;
      this.free.length = 0;
    } else {
      this.next = Math.max(this.next, base);
      const below = this.free.filter((n) => n < base).length;
      this.free.splice(0, below);
    }
    this.stale = false;
    this.floor = 0;
    if (before !== this.next)
      this.log?.debug({ address: this.address, chain, before, next: this.next }, 'nonce count synced');
  }
}
