/**
 * The EVM ledger as an operator runs it, each step its own `isthmus`
 * process against ganache on loopback: `evm-deploy --config` deploys the
 * IsthmusPackets contract named by the configuration's ledger id and
 * committee; `evm-ledger --config` (the same file, with the contract added)
 * serves the Ledger gRPC service, which reports the EVM chain; a
 * configuration naming another EVM chain id is refused at start.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { LedgerClient } from '../../../adapters/index.js';
import { startGanache, type Ganache } from '../../support/ganache.js';
import { isthmus, killCliProcesses } from './operator/cli.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let ganache: Ganache | undefined;
let server: ChildProcess | undefined;
const dirs: string[] = [];

afterEach(async () => {
  server?.kill('SIGKILL');
  server = undefined;
  killCliProcesses();
  await ganache?.stop();
  ganache = undefined;
}, 30_000);
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function configFile(g: Ganache, extra: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'isthmus-evm-cli-'));
  dirs.push(dir);
  const file = join(dir, 'evm-ledger.yaml');
  const hex = (k: string | undefined) => (k ?? '').slice(2);
  await writeFile(
    file,
    stringify({
      chainId: 'agency-evm',
      rpcUrl: g.url,
      evmChainId: Number(g.chainId),
      listen: '127.0.0.1:0',
      sender: { privateKey: hex(g.keys[0]) },
      committee: {
        threshold: 2,
        members: [1, 2, 3].map((i) => ({ privateKey: hex(g.keys[i]) })),
      },
      ...extra,
    }),
  );
  return file;
}

/** Starts `isthmus evm-ledger` and resolves with the address it prints. */
function serve(file: string): Promise<string> {
  const child = spawn(process.execPath, [join(repo, 'bin', 'isthmus.js'), 'evm-ledger', '--config', file], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '', ISTHMUS__LOG__LEVEL: 'warn' },
  });
  server = child;
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /serving Ledger on (\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`evm-ledger exited ${code}: ${out}`)));
  });
}

describe('isthmus evm-deploy and evm-ledger', () => {
  it('behavior: deploys the contract, then serves the Ledger of the EVM chain with it', async () => {
    ganache = await startGanache();
    const deployed = await isthmus(['evm-deploy', '--config', await configFile(ganache, {})], 60_000);
    expect(deployed.code).toBe(0);
    const contract = /deployed at (0x[0-9a-f]{40})/.exec(deployed.stdout)?.[1];
    expect(contract).toBeDefined();
    expect(deployed.stdout).toMatch(/committee 2 of 0x[0-9a-f]{40}, 0x[0-9a-f]{40}, 0x[0-9a-f]{40}/);

    const address = await serve(await configFile(ganache, { contract }));
    const client = new LedgerClient({ address });
    try {
      const info = await client.getChainInfo({});
      expect({ chainId: info.chainId, chainType: info.chainType, clientType: info.clientType }).toEqual({
        chainId: 'agency-evm',
        chainType: 'evm',
        clientType: 'evm',
      });
    } finally {
      client.close();
    }
  }, 90_000);

  it('error: a configuration naming another EVM chain is refused at start (exit 1, CHAIN_MISMATCH)', async () => {
    ganache = await startGanache();
    const run = await isthmus(
      [
        'evm-ledger',
        '--config',
        await configFile(ganache, { evmChainId: 5, contract: '0x' + '11'.repeat(20) }),
      ],
      60_000,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/CHAIN_MISMATCH/);
  }, 90_000);
});
