/** `isthmus verify header-evm` and `verify evm-proof` handlers, on helios mainnet files and test-made chains. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithFixtures } from '../../support/fixtures.js';
import { verifyEvmHeaderCommand } from '../../../relayer/cli/verify/header-evm.js';
import { verifyEvmProofCommand } from '../../../relayer/cli/verify/evm-proof.js';
import { UnusableInputError } from '../../../relayer/cli/verify/verdict.js';
import { bftBlockHash, headerHash } from '../../../light-clients/evm/index.js';
import { bftFixture, cliqueHeader, headerToRpc, testKeys } from '../evm/chain-builder.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isthmus-evm-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, json: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof json === 'string' ? json : JSON.stringify(json));
  return path;
}

describeWithFixtures(
  'helios',
  'cli: verify evm-proof / header-evm on helios mainnet block 21925176',
  (fixtures) => {
    const folder = join(fixtures, 'execution_mainnet_block_21925176');
    const blockPath = join(folder, 'block.json');
    let block: Record<string, string> = {};
    beforeAll(async () => {
      block = JSON.parse(await readFile(blockPath, 'utf8')) as Record<string, string>;
    });

    it.each(['proof.json', 'block_miner_proof.json'])(
      'behavior: %s verifies against the block stateRoot',
      async (name) => {
        const verdict = await verifyEvmProofCommand({
          getProof: join(folder, name),
          stateRoot: block.stateRoot ?? '',
        });
        expect(verdict).toMatchObject({ ok: true, code: 'OK' });
      },
    );

    it('behavior: a JSON-RPC response {result} is unwrapped', async () => {
      const raw = JSON.parse(await readFile(join(folder, 'proof.json'), 'utf8')) as Record<string, unknown>;
      const path = await file('wrapped.json', { jsonrpc: '2.0', id: 1, result: raw });
      const verdict = await verifyEvmProofCommand({ getProof: path, stateRoot: block.stateRoot ?? '' });
      expect(verdict).toMatchObject({ ok: true, nonce: '1', address: raw.address });
    });

    it('error: another state root rejects the proof (PROOF_INVALID)', async () => {
      const verdict = await verifyEvmProofCommand({
        getProof: join(folder, 'proof.json'),
        stateRoot: block.receiptsRoot ?? '',
      });
      expect(verdict).toMatchObject({ ok: false, code: 'PROOF_INVALID' });
    });

    it('error: a stated balance that is not the proven one is ACCOUNT_MISMATCH', async () => {
      const raw = JSON.parse(await readFile(join(folder, 'proof.json'), 'utf8')) as Record<string, unknown>;
      const path = await file('rich.json', { ...raw, balance: '0x1' });
      const verdict = await verifyEvmProofCommand({ getProof: path, stateRoot: block.stateRoot ?? '' });
      expect(verdict).toMatchObject({ ok: false, code: 'ACCOUNT_MISMATCH' });
    });

    it('behavior: none — a child naming the real block as parent follows it', async () => {
      const child = {
        ...block,
        number: '0x14e8d39',
        parentHash: block.hash,
        timestamp: '0x67be0dbf',
        hash: undefined,
      };
      const verdict = await verifyEvmHeaderCommand({
        consensus: 'none',
        trusted: blockPath,
        update: await file('child.json', child),
      });
      expect(verdict).toMatchObject({ ok: true, code: 'OK', trustedNumber: '21925176', number: '21925177' });
    });

    it('error: none — a child naming another parent is PARENT_HASH_MISMATCH', async () => {
      const child = { ...block, number: '0x14e8d39', timestamp: '0x67be0dbf', hash: undefined };
      const verdict = await verifyEvmHeaderCommand({
        consensus: 'none',
        trusted: blockPath,
        update: await file('orphan.json', child),
      });
      expect(verdict).toMatchObject({ ok: false, code: 'PARENT_HASH_MISMATCH' });
    });

    it('error: none — a trusted block with a tampered field no longer has its hash (HEADER_HASH_MISMATCH)', async () => {
      const trusted = await file('tampered.json', { ...block, gasUsed: '0x1' });
      const verdict = await verifyEvmHeaderCommand({ consensus: 'none', trusted, update: blockPath });
      expect(verdict).toMatchObject({ ok: false, code: 'HEADER_HASH_MISMATCH' });
    });
  },
);

describe('cli: verify header-evm (test chains)', () => {
  it.each(['qbft', 'ibft2'] as const)(
    'behavior: a %s block sealed by a quorum of the trusted extraData set verifies',
    async (kind) => {
      const fx = bftFixture(kind, 4);
      const next = fx.next();
      const verdict = await verifyEvmHeaderCommand({
        consensus: kind,
        trusted: await file(`${kind}-trusted.json`, headerToRpc(fx.trusted.header, fx.trusted.hash)),
        update: await file(`${kind}-next.json`, { result: headerToRpc(next, bftBlockHash(kind, next)) }),
      });
      expect(verdict).toMatchObject({ ok: true, code: 'OK', number: '11', nextValidators: fx.validators });
    },
  );

  it('error: a qbft block one seal short is INSUFFICIENT_SEALS', async () => {
    const fx = bftFixture('qbft', 4);
    const verdict = await verifyEvmHeaderCommand({
      consensus: 'qbft',
      trusted: await file('q-trusted.json', headerToRpc(fx.trusted.header)),
      update: await file('q-weak.json', headerToRpc(fx.next(fx.keys.slice(0, 2)))),
    });
    expect(verdict).toMatchObject({ ok: false, code: 'INSUFFICIENT_SEALS' });
  });

  const keys = testKeys(2, 30);
  const signers = keys.map((k) => k.address).sort();
  const first = keys.find((k) => k.address === signers[0]);
  const second = keys.find((k) => k.address === signers[1]);
  if (first === undefined || second === undefined) throw new Error('two test signers');
  const checkpoint = cliqueHeader({ number: 30000n, difficulty: 2n }, first, signers);
  const next = cliqueHeader(
    {
      number: 30001n,
      difficulty: 2n,
      timestamp: checkpoint.timestamp + 2n,
      parentHash: headerHash(checkpoint),
    },
    second,
  );

  it('behavior: clique — a block after a trusted checkpoint verifies with the checkpoint signers', async () => {
    const verdict = await verifyEvmHeaderCommand({
      consensus: 'clique',
      trusted: await file('c-trusted.json', headerToRpc(checkpoint, headerHash(checkpoint))),
      update: await file('c-next.json', headerToRpc(next, headerHash(next))),
    });
    expect(verdict).toMatchObject({ ok: true, nextValidators: signers });
  });

  it('behavior: clique — a validators file stands in for a checkpoint, and the trusted signer counts as recent', async () => {
    const validators = await file('signers.json', { validators: signers });
    const trusted = await file('c-next-trusted.json', headerToRpc(next));
    const again = cliqueHeader(
      { number: 30002n, difficulty: 1n, timestamp: next.timestamp + 2n, parentHash: headerHash(next) },
      second,
    );
    const verdict = await verifyEvmHeaderCommand({
      consensus: 'clique',
      trusted,
      update: await file('c-again.json', headerToRpc(again)),
      validators,
    });
    expect(verdict).toMatchObject({ ok: false, code: 'SIGNER_RECENTLY_SIGNED' });
  });

  it('args: clique without a validators file or a checkpoint is unusable input', async () => {
    await expect(
      verifyEvmHeaderCommand({
        consensus: 'clique',
        trusted: await file('c-plain.json', headerToRpc(next)),
        update: await file('c-x.json', headerToRpc(next)),
      }),
    ).rejects.toBeInstanceOf(UnusableInputError);
  });

  it.each([
    [
      'a missing file',
      async () =>
        verifyEvmHeaderCommand({
          consensus: 'none',
          trusted: join(dir, 'nope.json'),
          update: join(dir, 'nope.json'),
        }),
    ],
    [
      'a file that is not JSON',
      async () =>
        verifyEvmHeaderCommand({
          consensus: 'none',
          trusted: await file('bad.json', '{'),
          update: await file('bad2.json', '{'),
        }),
    ],
    [
      'a block without its fields',
      async () =>
        verifyEvmHeaderCommand({
          consensus: 'none',
          trusted: await file('empty.json', {}),
          update: await file('empty2.json', {}),
        }),
    ],
    [
      'an unknown consensus',
      async () => verifyEvmHeaderCommand({ consensus: 'pow' as never, trusted: 'x', update: 'y' }),
    ],
    [
      'a validators file that is not addresses',
      async () =>
        verifyEvmHeaderCommand({
          consensus: 'qbft',
          trusted: await file('t.json', headerToRpc(checkpoint)),
          update: await file('u.json', headerToRpc(next)),
          validators: await file('v.json', ['0x12']),
        }),
    ],
    [
      'an eth_getProof of the wrong shape',
      async () =>
        verifyEvmProofCommand({
          getProof: await file('p.json', { address: '0x12' }),
          stateRoot: `0x${'00'.repeat(32)}`,
        }),
    ],
    [
      'a state root that is not 32 bytes',
      async () => verifyEvmProofCommand({ getProof: await file('p2.json', {}), stateRoot: '0x1234' }),
    ],
  ])('args: %s is unusable input', async (_what, run) => {
    await expect(run()).rejects.toBeInstanceOf(UnusableInputError);
  });
});
