/**
 * Real redis-server and nats-server processes on free loopback ports, each
 * in its own temporary folder. Used by the integration global setup and by
 * tests that need a server of their own (crash and fail-over tests).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const INSTALL_HINT = 'apt-get update && apt-get install -y redis-server nats-server';

export class MissingServerError extends Error {
  constructor(binary: string) {
    super(
      `${binary} is not installed (not on PATH, nor in /usr/sbin or /usr/local/sbin).\nInstall it with:\n  ${INSTALL_HINT}`,
    );
    this.name = 'MissingServerError';
  }
}

/** Absolute path of a server binary; Debian puts nats-server in /usr/sbin, off a user's PATH. */
export function findBinary(name: string): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/bin'];
  for (const dir of dirs) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  throw new MissingServerError(name);
}

/** A port free on 127.0.0.1 at the time of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  log?: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  const tail = log ? await readFile(log, 'utf8').catch(() => '') : '';
  throw new Error(`${what} did not become ready in ${timeoutMs} ms${tail ? `\n${tail.slice(-2000)}` : ''}`);
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  stop(): Promise<void>;
  /**
   * Ends the process with `signal` (SIGKILL: a crash) and keeps its folder,
   * so a server started again with the same `port` and `dir` finds its data.
   */
  halt(signal?: NodeJS.Signals): Promise<void>;
}

/** Where a restarted server runs: the port and folder of the one it replaces. */
export interface RestartOptions {
  readonly port?: number;
  readonly dir?: string;
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill(signal);
  });
}

export interface RedisOptions extends RestartOptions {
  /** Append-only file on, for tests that kill and restart the server. */
  readonly appendOnly?: boolean;
}

export async function startRedis(options: RedisOptions = {}): Promise<RunningServer> {
  const bin = findBinary('redis-server');
  const cli = findBinary('redis-cli');
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'isthmus-redis-')));
  const port = options.port ?? (await freePort());
  const log = join(dir, 'redis.log');
  // In the foreground (no --daemonize) so the child handle is the server.
  const child = spawn(
    bin,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      options.appendOnly ? 'yes' : 'no',
      '--dir',
      dir,
      '--logfile',
      log,
    ],
    { stdio: 'ignore' },
  );
  child.unref();
  const ping = async (): Promise<boolean> =>
    spawnSync(cli, ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG';
  await waitFor(`redis-server on port ${port}`, ping, 10_000, log);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    async stop() {
      await stopProcess(child);
      await rm(dir, { recursive: true, force: true });
    },
    halt: (signal) => stopProcess(child, signal),
  };
}

/** nats-server with JetStream, its file store in `dir`/js. */
export async function startNats(options: RestartOptions = {}): Promise<RunningServer> {
  const bin = findBinary('nats-server');
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'isthmus-nats-')));
  const port = options.port ?? (await freePort());
  const monitor = await freePort();
  const log = join(dir, 'nats.log');
  const child = spawn(
    bin,
    ['-a', '127.0.0.1', '-p', String(port), '-m', String(monitor), '-js', '-sd', join(dir, 'js'), '-l', log],
    { stdio: 'ignore' },
  );
  child.unref();
  const healthy = async (): Promise<boolean> => (await fetch(`http://127.0.0.1:${monitor}/healthz`)).ok;
  await waitFor(`nats-server on port ${port}`, healthy, 10_000, log);
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    dir,
    async stop() {
      await stopProcess(child);
      await rm(dir, { recursive: true, force: true });
    },
    halt: (signal) => stopProcess(child, signal),
  };
}

declare global {
  var __isthmusServers: RunningServer[] | undefined;
}

/**
 * The integration project's global setup (jest loads it as CommonJS, without
 * the module mapper, so it lives here rather than importing this file): one
 * redis-server and one nats-server with JetStream for the whole run. Tests
 * reach them through `testServers()` (./env.ts) and keep apart by using their
 * own queue names and subjects. A missing binary fails the run with the
 * command that installs it.
 */
export default async function globalSetup(): Promise<void> {
  const [redis, nats] = await Promise.all([startRedis(), startNats()]).catch((err: unknown) => {
    process.stderr.write(`\n${(err as Error).message}\n\n`);
    throw err;
  });
  globalThis.__isthmusServers = [redis, nats];
  process.env.ISTHMUS_TEST_REDIS_URL = redis.url;
  process.env.ISTHMUS_TEST_NATS_URL = nats.url;
}
