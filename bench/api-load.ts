/**
 * Closed-loop load for the Relay API benchmark: `concurrency` callers, each
 * making its next call as soon as the last one answers, for a bounded
 * number of calls and a bounded time per round. A round's rate counts the
 * calls that finished and the time until the last one did, so calls still
 * in flight at the deadline are neither lost nor free. The figure is the
 * median round; latencies are pooled over every measured round. The CPU
 * this process spent per call tells whether a figure was bound by the one
 * JavaScript thread that serves both ends on loopback; the CPU other
 * processes took meanwhile tells whether the shared machine was.
 */
import { watchCpu } from './relay-cpu.js';

export interface LoadPlan {
  readonly concurrency: number;
  /** A round before the measured ones, not counted (connections, JIT, caches). */
  readonly warmupMs: number;
  readonly rounds: number;
  /** Upper bound on starting calls in one round. */
  readonly roundMs: number;
  /** Upper bound on the calls of one round. */
  readonly maxCallsPerRound: number;
}

export interface LoadResult {
  /** Median over rounds. */
  readonly callsPerSec: number;
  /** Each measured round's rate, in order: a trend shows a cost that grows with the run. */
  readonly roundRates: readonly number[];
  /** Cores other processes used in each measured round. */
  readonly roundOthers: readonly number[];
  /** The machine's cores. */
  readonly cores: number;
  readonly calls: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** CPU time (user + system) of this process per call, median over rounds, in microseconds. */
  readonly cpuUsPerCall: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}

interface Round {
  readonly calls: number;
  readonly seconds: number;
  readonly cpuUs: number;
  readonly othersCores: number;
  readonly cores: number;
  readonly latenciesMs: readonly number[];
}

async function round(call: () => Promise<unknown>, plan: LoadPlan, ms: number): Promise<Round> {
  const latenciesMs: number[] = [];
  const machine = watchCpu([]);
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const deadline = start + ms;
  let started = 0;
  // The first failure stops every caller, so a part fails at once rather than measuring errors.
  let failure: { readonly error: unknown } | undefined;
  const caller = async (): Promise<void> => {
    while (failure === undefined && started < plan.maxCallsPerRound && performance.now() < deadline) {
      started++;
      const t = performance.now();
      try {
        await call();
      } catch (error) {
        failure ??= { error };
        return;
      }
      latenciesMs.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, caller));
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const shares = machine.stop();
  if (failure !== undefined) throw failure.error;
  return {
    calls: latenciesMs.length,
    seconds,
    cpuUs: cpu.user + cpu.system,
    othersCores: shares.others,
    cores: shares.cores,
    latenciesMs,
  };
}

export async function closedLoop(call: () => Promise<unknown>, plan: LoadPlan): Promise<LoadResult> {
  await round(call, plan, plan.warmupMs);
  const rounds: Round[] = [];
  for (let r = 0; r < plan.rounds; r++) rounds.push(await round(call, plan, plan.roundMs));
  const latencies = rounds.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
  const roundRates = rounds.map((r) => r.calls / r.seconds);
  return {
    callsPerSec: median(roundRates),
    roundRates,
    roundOthers: rounds.map((r) => r.othersCores),
    cores: rounds[0]?.cores ?? 0,
    calls: latencies.length,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    cpuUsPerCall: median(rounds.map((r) => r.cpuUs / Math.max(1, r.calls))),
  };
}
