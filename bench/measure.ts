/**
 * Timing for benchmarks. Each figure is the median of several rounds, and a
 * benchmark reports it as a ratio to a baseline measured in the same run:
 * the machines are noisy, so only same-run ratios compare across runs.
 * Every loop is bounded in iterations and in time.
 */
export interface Rate {
  readonly opsPerSec: number;
  readonly rounds: number;
}

export interface MeasureOptions {
  readonly rounds?: number;
  /** Upper bound on one round's duration. */
  readonly roundMs?: number;
  /** Upper bound on one round's iterations. */
  readonly maxIterations?: number;
}

export async function measure(fn: () => unknown, options: MeasureOptions = {}): Promise<Rate> {
  const rounds = options.rounds ?? 5;
  const roundMs = options.roundMs ?? 300;
  const maxIterations = options.maxIterations ?? 1_000_000;
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    const limit = start + BigInt(roundMs) * 1_000_000n;
    let n = 0;
    let now = start;
    while (n < maxIterations && now < limit) {
      const out = fn();
      if (out instanceof Promise) await out;
      n++;
      if ((n & 63) === 0) now = process.hrtime.bigint();
    }
    now = process.hrtime.bigint();
    rates.push(n / (Number(now - start) / 1e9));
  }
  rates.sort((a, b) => a - b);
  return { opsPerSec: rates[Math.floor(rates.length / 2)] ?? 0, rounds };
}

export function formatRate(rate: Rate): string {
  return `${Math.round(rate.opsPerSec).toLocaleString('en-US')} ops/s`;
}
