/**
 * Runs `isthmus` (bin/isthmus.js, the sources through tsx) as its own
 * process for the operator tests: its stdout, stderr and exit code, bounded
 * in time. Every child still running is killed by `killCliProcesses`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const running = new Set<ChildProcess>();

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The first stdout line as JSON (what `--json` prints). */
  json(): Record<string, unknown>;
}

export function isthmus(args: readonly string[], timeoutMs = 30_000): Promise<CliRun> {
  const child = spawn(process.execPath, [join(repo, 'bin', 'isthmus.js'), ...args], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({
        code,
        stdout,
        stderr,
        json: () => JSON.parse(stdout.split('\n')[0] ?? '') as Record<string, unknown>,
      });
    });
  });
}

export function killCliProcesses(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}
