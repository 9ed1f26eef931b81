/**
 * A bounded hand-over from a push source (a bus subscription) to a pull
 * reader (a server stream): `put` waits while the inbox is full, so a slow
 * caller slows the subscription instead of growing memory without bound.
 * One producer and one reader.
 */
export class Inbox<T> {
  readonly #items: T[] = [];
  readonly #capacity: number;
  #closed = false;
  #wake: (() => void) | undefined;
  #room: (() => void) | undefined;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  async put(item: T): Promise<void> {
    while (this.#items.length >= this.#capacity && !this.#closed) {
      await new Promise<void>((resolve) => (this.#room = resolve));
    }
    if (this.#closed) return;
    this.#items.push(item);
    this.#signal('wake');
  }

  /** Ends `drain` once the items already in are read, and releases a waiting `put`. */
  close(): void {
    this.#closed = true;
    this.#signal('wake');
    this.#signal('room');
  }

  async *drain(): AsyncGenerator<T, void, undefined> {
    for (;;) {
      if (this.#items.length > 0) {
        const item = this.#items.shift() as T;
        this.#signal('room');
        yield item;
      } else if (this.#closed) {
        return;
      } else {
        await new Promise<void>((resolve) => (this.#wake = resolve));
      }
    }
  }

  #signal(which: 'wake' | 'room'): void {
    const resolve = which === 'wake' ? this.#wake : this.#room;
    if (which === 'wake') this.#wake = undefined;
    else this.#room = undefined;
    resolve?.();
  }
}
