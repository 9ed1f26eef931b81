/**
 * `isthmus verify …` end to end through the command line (in process): the
 * options as the issue names them, one JSON verdict on stdout, and the exit
 * codes 0 valid, 1 rejected, 2 unusable input.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../relayer/cli/main.js';
import { describeWithFixtures } from '../../support/fixtures.js';

let dir = '';
let stdout: string[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isthmus-verify-cli-'));
  jest.spyOn(process.stdout, 'write').mockImplementation((s) => stdout.push(String(s)) > 0);
  jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterAll(async () => {
  jest.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  stdout = [];
});

/** Runs the CLI; returns its exit code and the verdict it printed. */
async function run(args: string[]): Promise<{ code: number; verdict: Record<string, unknown> | undefined }> {
  const code = await main(args);
  const text = stdout.join('').trim();
  return { code, verdict: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

describeWithFixtures('ics23', 'cli: isthmus verify proof', (fixtures) => {
  let vector: { root: string; key: string; value: string; proof: string };
  let proofFile = '';
  beforeAll(async () => {
    vector = JSON.parse(await readFile(join(fixtures, 'iavl', 'exist_middle.json'), 'utf8')) as typeof vector;
    proofFile = join(dir, 'proof.hex');
    await writeFile(proofFile, vector.proof);
  });
  const args = (value: string): string[] => [
    'verify',
    'proof',
    '--spec',
    'iavl',
    '--root',
    vector.root,
    '--key',
    vector.key,
    '--value',
    value,
  ];

  it('behavior: a valid membership proof (from @file) exits 0 with ok true', async () => {
    const { code, verdict } = await run([...args(vector.value), '--proof', `@${proofFile}`]);
    expect(verdict).toMatchObject({ ok: true, code: 'OK' });
    expect(code).toBe(0);
  });

  it('error: another value exits 1 with the rule that failed', async () => {
    const { code, verdict } = await run([...args(`${vector.value}00`), '--proof', vector.proof]);
    expect(verdict).toMatchObject({ ok: false, code: 'VALUE_MISMATCH' });
    expect(code).toBe(1);
  });

  it('error: the same proof under another spec exits 1', async () => {
    const other = args(vector.value).map((a) => (a === 'iavl' ? 'tendermint' : a));
    const { code, verdict } = await run([...other, '--proof', vector.proof]);
    expect(verdict?.ok).toBe(false);
    expect(code).toBe(1);
  });

  it('error: a proof file that does not exist exits 2', async () => {
    const { code, verdict } = await run([...args(vector.value), '--proof', `@${join(dir, 'absent.hex')}`]);
    expect(verdict).toMatchObject({ ok: false, code: 'UNUSABLE_INPUT' });
    expect(code).toBe(2);
  });

  it('error: a missing required option or an unknown spec exits 2', async () => {
    expect((await run(['verify', 'proof', '--spec', 'iavl', '--root', vector.root])).code).toBe(2);
    expect(
      (await run([...args(vector.value).map((a) => (a === 'iavl' ? 'btree' : a)), '--proof', vector.proof]))
        .code,
    ).toBe(2);
  });
});

describeWithFixtures(
  'helios/execution_mainnet_block_21925176',
  'cli: isthmus verify evm-proof',
  (fixtures) => {
    let stateRoot = '';
    beforeAll(async () => {
      stateRoot = (JSON.parse(await readFile(join(fixtures, 'block.json'), 'utf8')) as { stateRoot: string })
        .stateRoot;
    });

    it('behavior: the mainnet eth_getProof verifies against the block state root (exit 0)', async () => {
      const { code, verdict } = await run([
        'verify',
        'evm-proof',
        '--get-proof',
        join(fixtures, 'proof.json'),
        '--state-root',
        stateRoot,
      ]);
      expect(verdict).toMatchObject({ ok: true, code: 'OK' });
      expect(code).toBe(0);
    });

    it('error: against another state root it is rejected (exit 1)', async () => {
      const other = `0x${'11'.repeat(32)}`;
      const { code, verdict } = await run([
        'verify',
        'evm-proof',
        '--get-proof',
        join(fixtures, 'proof.json'),
        '--state-root',
        other,
      ]);
      expect(verdict?.ok).toBe(false);
      expect(code).toBe(1);
    });
  },
);

describeWithFixtures(
  'tendermint-rs/model_based_single_step',
  'cli: isthmus verify header --type tendermint',
  (fixtures) => {
    interface Model {
      initial: { trusting_period: string };
      input: Array<{ block: unknown; now: string; verdict: string }>;
    }
    let model: Model;
    let trusted = '';
    beforeAll(async () => {
      model = JSON.parse(await readFile(join(fixtures, 'MC4_4_faulty_TestSuccess.json'), 'utf8')) as Model;
      trusted = join(dir, 'trusted.json');
      await writeFile(trusted, JSON.stringify(model.initial));
    });
    const header = async (input: number): Promise<string[]> => {
      const update = join(dir, `update-${input}.json`);
      await writeFile(update, JSON.stringify(model.input[input]));
      const period = `${BigInt(model.initial.trusting_period) / 1_000_000n}ms`;
      return [
        'verify',
        'header',
        '--type',
        'tendermint',
        '--trusted',
        trusted,
        '--update',
        update,
        '--now',
        model.input[input]!.now,
        '--trusting-period',
        period,
        '--max-clock-drift',
        '0s',
        '--trust-level',
        '1/3',
      ];
    };

    it('behavior: a SUCCESS block exits 0', async () => {
      expect(model.input[1]!.verdict).toBe('SUCCESS');
      const { code, verdict } = await run(await header(1));
      expect(verdict).toMatchObject({ ok: true, code: 'OK' });
      expect(code).toBe(0);
    });

    it('error: a NOT_ENOUGH_TRUST block exits 1 with that code', async () => {
      const { code, verdict } = await run(await header(0));
      expect(verdict).toMatchObject({ ok: false, code: 'NOT_ENOUGH_TRUST' });
      expect(code).toBe(1);
    });

    it('error: --type tendermint without --now exits 2', async () => {
      const args = (await header(1)).filter((_, i, all) => all[i] !== '--now' && all[i - 1] !== '--now');
      const { code, verdict } = await run(args);
      expect(verdict).toMatchObject({ ok: false, code: 'UNUSABLE_INPUT' });
      expect(code).toBe(2);
    });
  },
);

describe('cli: isthmus verify header', () => {
  it('error: an unknown --type exits 2', async () => {
    const { code } = await run(['verify', 'header', '--type', 'bitcoin', '--trusted', 'a', '--update', 'b']);
    expect(code).toBe(2);
  });
});
