/**
 * Relayer processes for the relay benchmark: each is `isthmus relay start
 * --config <file>` with every role, its log in a file. Their peak memory is the kernel's high-water mark
 * (`VmHWM` in /proc/<pid>/status) of the process and its helpers (tsx's
 * esbuild service when the package is not built). Every process still
 * running is killed when the benchmark's process exits, whatever the
 * reason.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { RelayerConfig } from '../relayer/config/schema.js';
import type { ChainPair } from './relay-chains.js';

const entry = fileURLToPath(new URL('../bin/isthmus.js', import.meta.url));
const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const STOP_GRACE_MS = 15_000;

const live = new Set<ChildProcess>();
// The last resort: `exit` handlers run synchronously, so only a kill fits here.
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export interface WorkerSettings {
  readonly concurrency: number;
  readonly batchSize: number;
  readonly batchDelayMs: number;
}

export interface RelayerSettings {
  readonly redisUrl: string;
  readonly natsUrl: string;
  readonly workers: WorkerSettings;
  readonly clearingIntervalMs: number;
}

/** The config of a relayer of `pair`'s one path (source → destination), distributed mode. */
export function relayerConfig(pair: ChainPair, settings: RelayerSettings): RelayerConfig {
  return {
    // `info` logs one line per delivered batch and the start, which the benchmark reads.
    log: { level: 'info' },
    chains: [pair.source, pair.dest].map((end) => ({
      id: end.chain.chainId,
      type: 'devnet' as const,
      endpoint: end.endpoint,
      witnesses: [],
    })),
    paths: [
      {
        source: {
          chain: pair.source.chain.chainId,
          channel: pair.source.channel,
          clientId: pair.source.clientId,
        },
        dest: { chain: pair.dest.chain.chainId, channel: pair.dest.channel, clientId: pair.dest.clientId },
        ordering: 'unordered',
      },
    ],
    redis: { url: settings.redisUrl },
    nats: { servers: [settings.natsUrl] },
    workers: settings.workers,
    clearing: { intervalMs: settings.clearingIntervalMs },
    clients: { refreshFraction: 1 / 3, checkIntervalMs: 30_000 },
    filters: { allow: [], deny: [] },
  };
}

/** The fields of the relayer's log lines read here (pino JSON, `batch delivered` from deliverBatch). */
interface LogEntry {
  readonly level?: string;
  readonly msg?: string;
  readonly code?: string;
  readonly packets?: number;
  readonly redundant?: number;
  readonly retry?: number;
}

export interface LogSummary {
  /** Submissions made (`batch delivered` lines) and the packet messages in them. */
  readonly batches: number;
  readonly packets: number;
  /** Steps the chain had already applied (another worker or clearing was first). */
  readonly redundant: number;
  /** Steps left for a retry. */
  readonly retried: number;
  /** Warnings and errors, counted by code (or message when there is none). */
  readonly warnings: ReadonlyMap<string, number>;
}

export interface RelayerProcess {
  readonly pid: number;
  readonly spawnedAtMs: number;
  /** Peak resident memory in bytes so far: the relayer and its helper processes. */
  peakRss(): { readonly relayer: number; readonly helpers: number };
  /** When the relayer logged that its roles had started (ms), if it did. */
  startedAtMs(): Promise<number | undefined>;
  /** The end of its log, for a failure report. */
  logTail(): Promise<string>;
  /** What its log says so far. */
  summary(): Promise<LogSummary>;
  /** Whether it exited on its own (a crash). */
  readonly exited: boolean;
  /** SIGTERM, then SIGKILL if it has not exited within the grace period. */
  stop(): Promise<void>;
}

/** Writes the config (JSON is YAML) and starts one relayer process on it. */
export async function spawnRelayer(
  config: RelayerConfig,
  configFile: string,
  logFile: string,
): Promise<RelayerProcess> {
  await writeFile(configFile, JSON.stringify(config, null, 2));
  const log = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, [entry, 'relay', 'start', '--config', configFile], {
      cwd: packageRoot,
      stdio: ['ignore', log, log],
    });
  } finally {
    closeSync(log);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error('the relayer process did not start');
  live.add(child);
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      live.delete(child);
      resolve();
    }),
  );
  const spawnedAtMs = Date.now();
  return {
    pid,
    spawnedAtMs,
    get exited() {
      return child.exitCode !== null || child.signalCode !== null;
    },
    peakRss: () => ({
      relayer: vmHwm(pid),
      helpers: descendants(pid).reduce((sum, p) => sum + vmHwm(p), 0),
    }),
    startedAtMs: async () => {
      for (const line of (await readFile(logFile, 'utf8')).split('\n')) {
        if (!line.includes('"relayer started"')) continue;
        const { time } = JSON.parse(line) as { time?: number };
        return time;
      }
      return undefined;
    },
    logTail: async () => (await readFile(logFile, 'utf8').catch(() => '')).slice(-3_000),
    summary: async () => {
      const summary = {
        batches: 0,
        packets: 0,
        redundant: 0,
        retried: 0,
        warnings: new Map<string, number>(),
      };
      for (const line of (await readFile(logFile, 'utf8').catch(() => '')).split('\n')) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as LogEntry;
        if (entry.msg === 'batch delivered') {
          summary.batches += 1;
          summary.packets += entry.packets ?? 0;
          summary.redundant += entry.redundant ?? 0;
          summary.retried += entry.retry ?? 0;
        } else if (entry.level === 'warn' || entry.level === 'error') {
          const key = entry.code ?? entry.msg ?? 'no message';
          summary.warnings.set(key, (summary.warnings.get(key) ?? 0) + 1);
        }
      }
      return summary;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      child.kill('SIGTERM');
      await exit;
      clearTimeout(kill);
    },
  };
}

/** A /proc file's text; empty once the process has gone (it may go between two reads). */
export function readProc(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** VmHWM of a live process in bytes; 0 once it has gone. */
function vmHwm(pid: number): number {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readProc(`/proc/${pid}/status`));
  return match ? Number(match[1]) * 1024 : 0;
}

/** Every live descendant of `pid` (Linux /proc). */
export function descendants(pid: number): number[] {
  const found: number[] = [];
  const queue = [pid];
  // Bounded: a process tree is finite, and each pid is visited once.
  for (let i = 0; i < queue.length && i < 1_000; i++) {
    const parent = queue[i] as number;
    const tasks = `/proc/${parent}/task`;
    let tids: string[];
    try {
      tids = readdirSync(tasks);
    } catch {
      continue; // gone meanwhile
    }
    for (const tid of tids) {
      const text = readProc(`${tasks}/${tid}/children`).trim();
      for (const child of text.length > 0 ? text.split(/\s+/).map(Number) : []) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}
