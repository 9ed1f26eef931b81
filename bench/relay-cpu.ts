/**
 * Where the CPU goes during a measurement: the benchmark's own process (the
 * two devnets, their gRPC servers and the sender), the relayer processes,
 * redis-server and nats-server, and everything else on the machine (from
 * /proc/stat), in cores used on average. On a shared machine this says
 * what a figure was limited by.
 */
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { descendants, readProc } from './relay-process.js';

/** Linux reports process and machine CPU time in USER_HZ ticks, 100 per second on every common build. */
const TICKS_PER_SECOND = 100;

/** CPU seconds of a process (user + system); 0 once it has gone. */
function processSeconds(pid: number): number {
  const stat = readProc(`/proc/${pid}/stat`);
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  return Number.isFinite(ticks) ? ticks / TICKS_PER_SECOND : 0;
}

/** Busy CPU seconds of the whole machine: all cores, idle and I/O wait left out. */
function machineSeconds(): number {
  const line = readProc('/proc/stat').split('\n')[0] ?? '';
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return (
    ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) /
    TICKS_PER_SECOND
  );
}

/** The pid of the server whose command line holds `port` (our redis-server or nats-server). */
export function serverPid(binary: string, port: number): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    // redis-server rewrites its title to `<binary> <host>:<port>`; nats-server keeps `-p <port>`.
    const words = readProc(`/proc/${entry}/cmdline`).split(/[\0\s:]+/);
    if (words[0]?.endsWith(binary) && words.includes(String(port))) return Number(entry);
  }
  return undefined;
}

export interface CpuShares {
  /** Cores used on average, by part. */
  readonly chains: number;
  readonly relayers: number;
  readonly redis: number;
  readonly nats: number;
  readonly others: number;
  readonly cores: number;
}

interface Reading {
  readonly atMs: number;
  readonly chains: number;
  readonly relayers: number;
  readonly redis: number;
  readonly nats: number;
  readonly machine: number;
}

export interface CpuWatch {
  /** Cores used by each part since the watch began. */
  stop(): CpuShares;
}

/** Starts accounting CPU for the benchmark process, the relayers (with their helpers) and the servers. */
export function watchCpu(relayerPids: readonly number[], redisPid?: number, natsPid?: number): CpuWatch {
  const read = (): Reading => {
    const own = process.cpuUsage();
    const relayers = relayerPids.flatMap((pid) => [pid, ...descendants(pid)]);
    return {
      atMs: Date.now(),
      chains: (own.user + own.system) / 1e6,
      relayers: relayers.reduce((sum, pid) => sum + processSeconds(pid), 0),
      redis: redisPid === undefined ? 0 : processSeconds(redisPid),
      nats: natsPid === undefined ? 0 : processSeconds(natsPid),
      machine: machineSeconds(),
    };
  };
  const start = read();
  return {
    stop: () => {
      const end = read();
      const seconds = Math.max(0.001, (end.atMs - start.atMs) / 1000);
      const share = (k: Exclude<keyof Reading, 'atMs'>): number => (end[k] - start[k]) / seconds;
      const ours = share('chains') + share('relayers') + share('redis') + share('nats');
      return {
        chains: share('chains'),
        relayers: share('relayers'),
        redis: share('redis'),
        nats: share('nats'),
        others: Math.max(0, share('machine') - ours),
        cores: cpus().length,
      };
    },
  };
}

export function formatShares(s: CpuShares): string {
  const f = (x: number): string => x.toFixed(2);
  return `cores busy of ${s.cores}: chains ${f(s.chains)}, relayer ${f(s.relayers)}, redis ${f(s.redis)}, nats ${f(s.nats)}, other processes ${f(s.others)}`;
}
