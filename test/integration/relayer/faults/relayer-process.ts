/**
 * `isthmus relay start` as a child process (bin/isthmus.js, the sources
 * through tsx) for the fault tests: its config is written to a temporary
 * file, its JSON log lines are kept, and it is stopped with SIGTERM (a
 * clean close, which logs each worker's final counts) or killed with
 * SIGKILL (a crash). Every process started here is recorded, so a test's
 * `afterEach` kills what is left even when the test failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { RelayerConfig } from '../../../../relayer/config/schema.js';
import type { RelayerRole } from '../../../../relayer/service/index.js';
import type { WorkerCounts } from '../../../../relayer/roles/worker/index.js';
import { waitUntil } from '../drivers/wait.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

/** One pino line, as the relayer writes it. */
export type LogLine = Record<string, unknown> & { readonly msg?: string };

const running = new Set<RelayerProcess>();

export class RelayerProcess {
  readonly lines: LogLine[] = [];
  readonly #child: ChildProcess;
  readonly #exited: Promise<void>;
  readonly #dir: string;

  private constructor(child: ChildProcess, dir: string) {
    this.#child = child;
    this.#dir = dir;
    this.#exited = new Promise((resolve) => child.once('exit', () => resolve()));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        this.lines.push(JSON.parse(line) as LogLine);
      } catch {
        this.lines.push({ msg: line });
      }
    });
  }

  /** Starts the process and waits until it says it is relaying (or fails if it exits first). */
  static async start(config: RelayerConfig, roles: readonly RelayerRole[]): Promise<RelayerProcess> {
    const dir = await mkdtemp(join(tmpdir(), 'isthmus-relay-'));
    const file = join(dir, 'relayer.yaml');
    // JSON is YAML: the config object as it is.
    await writeFile(file, JSON.stringify(config));
    const child = spawn(
      process.execPath,
      [join(repo, 'bin', 'isthmus.js'), 'relay', 'start', '--config', file, '--role', roles.join(',')],
      { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } },
    );
    const relayer = new RelayerProcess(child, dir);
    running.add(relayer);
    await waitUntil(
      `relayer process (${roles.join(',')}) started`,
      () => {
        if (!relayer.alive) throw new Error(`the relayer process exited early: ${relayer.describe()}`);
        return relayer.lines.some((l) => typeof l.msg === 'string' && l.msg.startsWith('relaying in'));
      },
      30_000,
    );
    return relayer;
  }

  get alive(): boolean {
    return this.#child.exitCode === null && this.#child.signalCode === null;
  }

  get exitCode(): number | null {
    return this.#child.exitCode;
  }

  /** SIGTERM, then waits for the exit (SIGKILL after `timeoutMs`). */
  async stop(timeoutMs = 15_000): Promise<void> {
    if (this.alive) {
      const kill = setTimeout(() => this.#child.kill('SIGKILL'), timeoutMs);
      this.#child.kill('SIGTERM');
      await this.#exited;
      clearTimeout(kill);
    }
    await this.#forget();
  }

  /** SIGKILL: a crash, nothing closed. */
  async kill(): Promise<void> {
    if (this.alive) this.#child.kill('SIGKILL');
    await this.#exited;
    await this.#forget();
  }

  /** Lines whose message is `msg`. */
  logged(msg: string): LogLine[] {
    return this.lines.filter((l) => l.msg === msg);
  }

  /** The final counts each worker logged when it stopped, by destination chain. */
  finalCounts(): Map<string, WorkerCounts> {
    return new Map(
      this.logged('worker stopped').map((l) => [
        String(l.destChain),
        {
          delivered: Number(l.delivered),
          redundant: Number(l.redundant),
          retried: Number(l.retried),
          permanent: Number(l.permanent),
        },
      ]),
    );
  }

  describe(): string {
    return `exit ${this.#child.exitCode ?? this.#child.signalCode}; last lines:\n${this.lines
      .slice(-10)
      .map((l) => JSON.stringify(l))
      .join('\n')}`;
  }

  async #forget(): Promise<void> {
    running.delete(this);
    await rm(this.#dir, { recursive: true, force: true });
  }
}

/** Kills every relayer process still running (afterEach / afterAll). */
export async function killRelayerProcesses(): Promise<void> {
  await Promise.all([...running].map((r) => r.kill()));
}
