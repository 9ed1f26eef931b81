/**
 * `isthmus devnet` as its own process: it prints one endpoint per chain,
 * another process (this test) reaches each over real gRPC, sees blocks come
 * and verifies their headers with the tendermint light client; SIGTERM stops
 * it cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { LedgerClient } from '../../../adapters/index.js';
import {
  decodeIcs07Header,
  verifyLightBlock,
  trustedStateOf,
} from '../../../light-clients/tendermint/index.js';
import { fromU64, toU64 } from '../../../proto/index.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('integration: isthmus devnet in its own process', () => {
  let child: ChildProcess;
  const endpoints = new Map<string, string>();
  const clients: LedgerClient[] = [];

  beforeAll(async () => {
    child = spawn(
      process.execPath,
      [
        join(repo, 'bin', 'isthmus.js'),
        'devnet',
        '--chains',
        'mainchain,health',
        '--validators',
        '4',
        '--block-time',
        '100ms',
      ],
      { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } },
    );
    const lines = createInterface({ input: child.stdout! });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('devnet did not print ready within 60 s')), 60_000);
      child.once('exit', (code) => reject(new Error(`devnet exited early with ${code}`)));
      lines.on('line', (line) => {
        const [chainId, endpoint] = line.split(' ');
        if (line === 'ready') {
          clearTimeout(timer);
          resolve();
        } else if (chainId && endpoint) endpoints.set(chainId, endpoint);
      });
    });
  }, 70_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    if (child.exitCode === null) {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
  });

  it('behavior: prints an endpoint per chain, with ids <name>-1', () => {
    expect([...endpoints.keys()]).toEqual(['mainchain-1', 'health-1']);
    for (const endpoint of endpoints.values()) expect(endpoint).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it('behavior: each chain answers over gRPC, produces blocks, and its headers verify', async () => {
    for (const [chainId, endpoint] of endpoints) {
      const client = new LedgerClient({ address: endpoint, timeoutMs: 5_000 });
      clients.push(client);
      const info = await client.getChainInfo({});
      expect(info.chainId).toBe(chainId);
      expect(info.clientType).toBe('tendermint');
      // Wait (bounded) for a few blocks from the timer.
      let height = 0n;
      for (let i = 0; i < 100 && height < 3n; i++) {
        height = fromU64((await client.getLatestHeight({})).height?.height);
        if (height < 3n) await new Promise((r) => setTimeout(r, 50));
      }
      expect(height).toBeGreaterThanOrEqual(3n);

      const first = await client.getClientMessage({
        targetHeight: { revision: toU64(1n), height: toU64(1n) },
      });
      const next = await client.getClientMessage({
        trustedHeight: { revision: toU64(1n), height: toU64(1n) },
        targetHeight: { revision: toU64(1n), height: toU64(2n) },
      });
      const trusted = decodeIcs07Header(first.messages[0]!.bytes!);
      const update = decodeIcs07Header(next.messages[0]!.bytes!);
      const verified = verifyLightBlock(
        {
          ...trustedStateOf({ signedHeader: trusted.lightBlock.signedHeader }),
          nextValidators: update.trusted!.validators,
        },
        update.lightBlock,
        { chainId, trustingPeriod: 3600n * 1_000_000_000n, maxClockDrift: 10n * 1_000_000_000n },
        BigInt(Date.now()) * 1_000_000n,
      );
      expect(verified.height).toBe(2n);
    }
  });

  it('behavior: SIGTERM stops it with exit code 0', async () => {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
