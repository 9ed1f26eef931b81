/**
 * `npm run demo`, the bounded demo, as its own process with the arguments
 * package.json gives it: three devnets and an agency ledger on loopback
 * gRPC, the relayer's roles in embedded mode, and a fixed number of sample
 * messages; it stops by itself with exit 0 once every message is relayed,
 * and its final summary says so.
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The arguments of the `demo` script after `node bin/isthmus.js`. */
function demoScriptArgs(): string[] {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [node, bin, ...args] = (pkg.scripts['demo'] ?? '').split(' ');
  expect([node, bin]).toEqual(['node', 'bin/isthmus.js']);
  return args;
}

describe('integration: npm run demo (bounded)', () => {
  it('behavior: relays every sample message, prints the endpoints and a consistent final summary, exits 0 by itself', async () => {
    const args = demoScriptArgs();
    const messages = Number(args[args.indexOf('--messages') + 1]);
    expect(messages).toBeGreaterThanOrEqual(3);
    const child = spawn(process.execPath, [join(repo, 'bin', 'isthmus.js'), ...args], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
      child.once('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    for (const chain of ['mainchain-1', 'health-1', 'edu-1', 'agency-1']) {
      expect(stdout).toMatch(new RegExp(`^  ${chain} +127\\.0\\.0\\.1:\\d+ `, 'm'));
    }
    const final =
      /^final: sent (\d+), relayed (\d+) \(credential (\d+), consent (\d+), verification (\d+)\), pending (\d+), failed (\d+)/m.exec(
        stdout,
      );
    expect(final?.slice(1).map(Number)).toEqual([
      messages,
      messages,
      Math.ceil(messages / 3),
      Math.ceil((messages - 1) / 3),
      Math.floor(messages / 3),
      0,
      0,
    ]);
    // Each relayed packet's hops, as the relayer's status store recorded them.
    expect(stdout).toMatch(
      /^ok edu-1\/channel-0\/1 {2}credential: send edu-1@\d+ -> recv mainchain-1@\d+ -> acknowledge edu-1@\d+/m,
    );
    expect(stdout).toMatch(
      /^ok mainchain-1\/channel-\d\/1 {2}verification: send mainchain-1@\d+ -> recv health-1@\d+/m,
    );
    expect(stdout).toMatch(/health-1 verified credential [0-9a-f]{12}… in mainchain-1's state/);
    expect(stdout).toMatch(/ok agency-1 land-titles\/LT-2026-0001 sealed, proven at height \d+/);
  }, 60_000);
});
