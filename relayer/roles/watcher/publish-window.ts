/**
 * The watcher's publishes in flight: a block's events are published without
 * waiting for each other's acknowledgement (the bus client sends them in
 * order on one connection, and the planner relies on no order between
 * events), at most `limit` at once, and the cursor moves only after every
 * one of them was stored (`drain`).
 */
export class PublishWindow {
  readonly #limit: number;
  readonly #pending = new Set<Promise<void>>();
  #failure: { readonly err: unknown } | undefined;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Starts `publish` once fewer than `limit` are in flight; throws the first failure seen so far. */
  async add(publish: () => Promise<void>): Promise<void> {
    while (this.#pending.size >= this.#limit) await Promise.race(this.#pending);
    this.#throwFailure();
    // The failure is kept, not left unhandled, and thrown by the next add or drain.
    const running: Promise<void> = publish()
      .catch((err: unknown) => {
        this.#failure ??= { err };
      })
      .finally(() => this.#pending.delete(running));
    this.#pending.add(running);
  }

  /** Waits for every publish started; throws the first failure. */
  async drain(): Promise<void> {
    await this.settled();
    this.#throwFailure();
  }

  /** Waits for every publish started, whatever their outcome. */
  async settled(): Promise<void> {
    await Promise.all(this.#pending);
  }

  #throwFailure(): void {
    if (this.#failure) throw this.#failure.err;
  }
}
