/**
 * `isthmus clients create --of <EVM ledger> --evm-committee <file>` as its
 * own process: the main chain gets an attested evm client of the ledger,
 * made from the ledger's latest header once its signatures verified against
 * the committee the operator's file names; a file naming another committee
 * is refused and nothing is created.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SigningKey } from 'ethers';
import { stringify } from 'yaml';
import { EvmNetwork } from '../../../support/evm-network.js';
import { testServers } from '../../../support/env.js';
import { faultNames } from '../../relayer/faults/chains.js';
import { isthmus, killCliProcesses, type CliRun } from './cli.js';

let network: EvmNetwork | undefined;
let dir: string | undefined;

afterEach(async () => {
  killCliProcesses();
  await network?.close();
  network = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
}, 30_000);

async function files(
  n: EvmNetwork,
  memberKeys: readonly string[],
): Promise<{ config: string; committee: string }> {
  dir = await mkdtemp(join(tmpdir(), 'isthmus-evm-client-'));
  const config = join(dir, 'relayer.json');
  await writeFile(
    config,
    JSON.stringify({ ...n.config(testServers(), faultNames()), log: { level: 'fatal' } }),
  );
  const committee = join(dir, 'committee.yaml');
  await writeFile(
    committee,
    stringify({
      evmChainId: Number(n.ganache.chainId),
      contract: n.contract,
      threshold: 2,
      members: memberKeys.map((k) => new SigningKey(k).compressedPublicKey),
    }),
  );
  return { config, committee };
}

/** A fresh network, and `clients create` run on it with a committee file of `memberKeys` (default: its committee). */
async function createRun(memberKeys?: readonly string[]): Promise<{ n: EvmNetwork; run: CliRun }> {
  const n = new EvmNetwork();
  network = n;
  await n.open();
  const { config, committee } = await files(n, memberKeys ?? n.ganache.keys.slice(1, 4));
  const run = await isthmus(
    [
      'clients',
      'create',
      '--config',
      config,
      '--host',
      n.main,
      '--of',
      n.ledgerId,
      '--evm-committee',
      committee,
      '--json',
    ],
    60_000,
  );
  return { n, run };
}

describe('isthmus clients create of an EVM ledger', () => {
  it('behavior: creates on main an attested evm client of the ledger from its committee file', async () => {
    const { n, run } = await createRun();
    expect(run.code).toBe(0);
    const clientId = String(run.json().clientId);
    expect(clientId).toMatch(/^evm-\d+$/);
    expect(clientId).not.toBe(n.clientOnMain);
    const hosted = await n.mainLedger.queryClient({ clientId });
    expect({ type: hosted.clientState?.clientType, chainId: hosted.clientState?.chainId }).toEqual({
      type: 'evm',
      chainId: n.ledgerId,
    });
  }, 90_000);

  it('error: a committee file naming other keys is refused and nothing is created', async () => {
    const { n, run } = await createRun([
      '0x' + '31'.repeat(32),
      '0x' + '32'.repeat(32),
      '0x' + '33'.repeat(32),
    ]);
    expect(run.code).toBe(1);
    expect(run.json()).toMatchObject({ ok: false, code: 'INSUFFICIENT_SIGNER_WEIGHT' });
    await expect(n.mainLedger.queryClient({ clientId: 'evm-1' })).rejects.toMatchObject({
      code: 'CLIENT_NOT_FOUND',
    });
  }, 90_000);
});
