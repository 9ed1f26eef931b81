/**
 * Where the demo writes: lines that scroll (what happened) and one summary
 * line that stays current. On a terminal the summary is the last line,
 * rewritten in place (carriage return, erase to end of line) and cut to the
 * terminal's width so it never wraps; elsewhere (a pipe, a log file) it is
 * printed as a line of its own every `plainEveryMs`, since a rewritten line
 * would only pile up there.
 */

/** The stream the demo writes to (the CLI passes process.stdout). */
export interface DemoStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

const ERASE_LINE = '\x1b[K';

export class DemoOutput {
  readonly #stream: DemoStream;
  readonly #plainEveryMs: number;
  #status = '';
  #lastPlainMs = Number.NEGATIVE_INFINITY;

  constructor(stream: DemoStream, plainEveryMs: number) {
    this.#stream = stream;
    this.#plainEveryMs = plainEveryMs;
  }

  get #tty(): boolean {
    return this.#stream.isTTY === true;
  }

  /** A line that stays; on a terminal the summary is redrawn under it. */
  line(text: string): void {
    if (this.#tty && this.#status !== '') {
      this.#stream.write(`\r${ERASE_LINE}${text}\n${this.#fit(this.#status)}`);
    } else {
      this.#stream.write(`${text}\n`);
    }
  }

  /** The current summary, at `nowMs`. */
  status(text: string, nowMs: number): void {
    this.#status = text;
    if (this.#tty) {
      this.#stream.write(`\r${ERASE_LINE}${this.#fit(text)}`);
    } else if (nowMs - this.#lastPlainMs >= this.#plainEveryMs) {
      this.#lastPlainMs = nowMs;
      this.#stream.write(`${text}\n`);
    }
  }

  /** Leaves the summary line behind: what follows starts on a line of its own. */
  endStatus(): void {
    if (this.#tty && this.#status !== '') this.#stream.write('\n');
    this.#status = '';
  }

  #fit(text: string): string {
    const width = this.#stream.columns ?? 0;
    return width > 1 && text.length >= width ? `${text.slice(0, width - 2)}…` : text;
  }
}
