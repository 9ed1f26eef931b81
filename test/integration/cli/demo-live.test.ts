/**
 * `npm start`, the live demo, as its own process: it prints every
 * endpoint, then a summary line every few seconds (stdout is not a
 * terminal); once the summary shows messages of all three scenarios
 * relayed, SIGINT stops it: exit 0, and a final summary whose counts agree
 * with what was shown — nothing failed, nothing relayed twice.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const EACH = 2;
const SUMMARY =
  /^\[\d\d:\d\d\] relayed (\d+) \(credential (\d+), consent (\d+), verification (\d+)\) \| pending \d+ \| failed (\d+)/gm;

let child: ChildProcessWithoutNullStreams | undefined;

afterAll(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('integration: npm start (live demo)', () => {
  it('behavior: relays all three scenarios until SIGINT, then stops cleanly with a consistent final summary', async () => {
    const proc = spawn(
      process.execPath,
      [join(repo, 'bin', 'isthmus.js'), 'demo', '--block-time', '200ms', '--interval', '250ms'],
      { cwd: repo, env: { ...process.env, NODE_OPTIONS: '' } },
    );
    child = proc;
    let stdout = '';
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    let shown = 0;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${EACH} of each scenario within 45 s:\n${stdout}`)),
        45_000,
      );
      void exited.then((code) => reject(new Error(`exited early with ${code}: ${stderr}`)));
      proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      proc.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        for (const m of stdout.matchAll(SUMMARY)) {
          const [relayed = 0, credential = 0, consent = 0, verification = 0] = m.slice(1).map(Number);
          if (Math.min(credential, consent, verification) >= EACH) {
            shown = relayed;
            clearTimeout(timer);
            resolve();
          }
        }
      });
    });
    proc.kill('SIGINT');
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exited,
      new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve('still running 20 s after SIGINT'), 20_000);
      }),
    ]);
    clearTimeout(timer);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });

    for (const chain of ['mainchain-1', 'health-1', 'edu-1', 'agency-1']) {
      expect(stdout).toMatch(new RegExp(`^  ${chain} +127\\.0\\.0\\.1:\\d+ `, 'm'));
    }
    const final =
      /^final: sent (\d+), relayed (\d+) \(credential (\d+), consent (\d+), verification (\d+)\), pending (\d+), failed (\d+)/m.exec(
        stdout,
      );
    expect(final).not.toBeNull();
    const [sent = 0, relayed = 0, credential = 0, consent = 0, verification = 0, pending = 0, failed = 0] =
      final?.slice(1).map(Number) ?? [];
    expect(failed).toBe(0);
    expect(relayed).toBeGreaterThanOrEqual(Math.max(shown, 3 * EACH));
    expect(credential + consent + verification).toBe(relayed);
    expect(relayed + pending).toBe(sent);
    const acknowledged = stdout.match(/^ok \S+\/channel-\d+\/\d+ {2}/gm) ?? [];
    expect(new Set(acknowledged).size).toBe(acknowledged.length);
  }, 70_000);
});
