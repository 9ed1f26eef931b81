/**
 * The tendermint ClientMessage (the ICS-07 header: light block, trusted
 * height, trusted validators) and the data-directory log: round trips, a torn last
 * line, and the errors of malformed input.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import {
  decodeTendermintHeader,
  makeGenesis,
  openDevnet,
  revisionOf,
  tendermintClientMessage,
} from '../../../adapters/devnet/index.js';
import { encodeLightBlock } from '../../../light-clients/tendermint/index.js';

const logger = pino({ level: 'silent' });
const GENESIS_TIME = 1_764_000_000_000_000_000n;

describe('tendermint ClientMessage encoding', () => {
  it('behavior: a client message decodes to the light block and trusted state it was made from', async () => {
    const chain = await openDevnet({
      genesis: makeGenesis({ chainId: 'edu-3', genesisTimeNs: GENESIS_TIME }),
      logger,
    });
    chain.produceBlock();
    chain.produceBlock();
    const message = tendermintClientMessage(chain.lightBlock(2n), {
      height: 1n,
      validators: chain.block(1n).nextValidatorSet,
      revision: 3n,
    });
    expect(message.clientType).toBe('tendermint');
    const header = decodeTendermintHeader(message.bytes);
    expect(header.signedHeader).toEqual(chain.block(2n).signedHeader);
    expect(header.validatorSet).toEqual(chain.block(2n).validatorSet);
    expect(header.trustedHeight).toBe(1n);
    expect(header.trustedValidators).toEqual(chain.block(1n).nextValidatorSet);
    expect(header.trustedValidators.totalVotingPower).toBe(40n);
  });

  it('error: garbage is MALFORMED_HEADER; a light block without a trusted height is MALFORMED_CLIENT_MESSAGE', async () => {
    expect(() => decodeTendermintHeader(Uint8Array.of(0xff, 0xff))).toThrow(
      expect.objectContaining({ code: 'MALFORMED_HEADER' }),
    );
    const chain = await openDevnet({
      genesis: makeGenesis({ chainId: 'edu-3', genesisTimeNs: GENESIS_TIME }),
      logger,
    });
    chain.produceBlock();
    expect(() => decodeTendermintHeader(encodeLightBlock(chain.lightBlock(1n)))).toThrow(
      expect.objectContaining({ code: 'MALFORMED_CLIENT_MESSAGE', category: 'invalid_argument' }),
    );
  });

  it('args: revisions follow ibc-go chain id parsing', () => {
    expect([
      revisionOf('health-1'),
      revisionOf('edu-12'),
      revisionOf('devnet'),
      revisionOf('a-01'),
      revisionOf('x--1'),
    ]).toEqual([1n, 12n, 0n, 0n, 0n]);
  });
});

describe('devnet data directory', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  async function dataDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'isthmus-devnet-unit-'));
    dirs.push(dir);
    return dir;
  }

  it('behavior: a torn last line is dropped and the chain continues after the last whole block', async () => {
    const dir = await dataDir();
    const genesis = makeGenesis({ chainId: 'edu-1', genesisTimeNs: GENESIS_TIME, validators: 1 });
    const first = await openDevnet({ genesis, dataDir: dir, logger });
    first.produceBlock();
    first.produceBlock();
    await appendFile(join(dir, 'blocks.jsonl'), '{"height":"3","lightBl');
    const second = await openDevnet({ dataDir: dir, logger });
    expect(second.latestHeight).toBe(2n);
    second.produceBlock();
    const third = await openDevnet({ dataDir: dir, logger });
    expect(third.latestHeight).toBe(3n);
    expect(third.latestBlock?.signedHeader).toEqual(second.latestBlock?.signedHeader);
    expect(JSON.parse(await readFile(join(dir, 'genesis.json'), 'utf8')).chain_id).toBe('edu-1');
  });

  it('error: a corrupt log and a missing genesis are refused', async () => {
    const dir = await dataDir();
    await expect(openDevnet({ dataDir: dir, logger })).rejects.toMatchObject({ code: 'GENESIS_NOT_FOUND' });
    const genesis = makeGenesis({ chainId: 'edu-1', genesisTimeNs: GENESIS_TIME, validators: 1 });
    const first = await openDevnet({ genesis, dataDir: dir, logger });
    first.produceBlock();
    first.produceBlock();
    const log = join(dir, 'blocks.jsonl');
    const lines = (await readFile(log, 'utf8')).split('\n');
    const tampered = JSON.parse(lines[0] ?? '{}') as { appHash: string };
    tampered.appHash = '00'.repeat(32);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(log, [JSON.stringify(tampered), ...lines.slice(1)].join('\n'));
    await expect(openDevnet({ dataDir: dir, logger })).rejects.toMatchObject({ code: 'DATA_DIR_CORRUPT' });
    await expect(openDevnet({ logger })).rejects.toMatchObject({ code: 'GENESIS_NOT_FOUND' });
  });
});
