/** `isthmus verify header-tendermint` handler, on tendermint-rs model-based blocks and generated chains. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithFixtures } from '../../support/fixtures.js';
import { verifyTendermintHeaderCommand } from '../../../relayer/cli/verify/header-tendermint.js';
import { parseDuration } from '../../../relayer/cli/input.js';
import { UnusableInputError } from '../../../relayer/cli/verify/verdict.js';
import { formatRfc3339 } from '../../../light-clients/tendermint/index.js';
import { makeChain, members, nowAfter } from '../tendermint/support/chain.js';
import { toRpcJson } from '../tendermint/support/rpc-json.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isthmus-tm-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let count = 0;
async function file(json: unknown): Promise<string> {
  const path = join(dir, `f${count++}.json`);
  await writeFile(path, typeof json === 'string' ? json : JSON.stringify(json));
  return path;
}

describeWithFixtures(
  'tendermint-rs/model_based_single_step',
  'cli: verify header-tendermint on tendermint-rs a38e9f5 model-based blocks',
  (fixtures) => {
    interface Model {
      initial: { signed_header: unknown; next_validator_set: unknown; trusting_period: string };
      input: Array<{ block: Record<string, unknown>; now: string; verdict: string }>;
    }
    let model: Model;
    beforeAll(async () => {
      model = JSON.parse(await readFile(join(fixtures, 'MC4_4_faulty_TestSuccess.json'), 'utf8')) as Model;
    });
    const run = async (input: number) =>
      verifyTendermintHeaderCommand({
        trusted: await file(model.initial),
        update: await file(model.input[input]),
        now: model.input[input]!.now,
        trustingPeriod: `${BigInt(model.initial.trusting_period) / 1_000_000n}ms`,
        maxClockDrift: '0s',
      });

    it('behavior: the first SUCCESS input verifies from the initial block (a skipping step)', async () => {
      expect(model.input[1]!.verdict).toBe('SUCCESS');
      expect(await run(1)).toMatchObject({
        ok: true,
        code: 'OK',
        chainId: 'test-chain',
        trustedHeight: '1',
        adjacent: false,
      });
    });

    it('error: the NOT_ENOUGH_TRUST input is rejected with that code', async () => {
      expect(model.input[0]!.verdict).toBe('NOT_ENOUGH_TRUST');
      expect(await run(0)).toMatchObject({ ok: false, code: 'NOT_ENOUGH_TRUST', height: '5' });
    });

    it('behavior: two consecutive verified blocks, the first as the trusted light block', async () => {
      const verdict = await verifyTendermintHeaderCommand({
        trusted: await file(model.input[1]!.block),
        update: await file(model.input[2]),
        now: model.input[2]!.now,
        trustingPeriod: '1400s',
        maxClockDrift: '0s',
      });
      expect(model.input[2]!.verdict).toBe('SUCCESS');
      expect(verdict).toMatchObject({ ok: true, code: 'OK' });
    });
  },
);

describe('cli: verify header-tendermint on a generated chain', () => {
  const chain = makeChain({ height: 12, validatorsAt: () => members(['a', 'b', 'c', 'd']) });
  const now = formatRfc3339(nowAfter(chain, 12n));

  it('behavior: an adjacent update verifies, with its facts; a JSON-RPC {result} is unwrapped', async () => {
    const verdict = await verifyTendermintHeaderCommand({
      trusted: await file({ jsonrpc: '2.0', id: 1, result: toRpcJson(chain.block(1n)) }),
      update: await file(toRpcJson(chain.block(2n))),
      now,
    });
    expect(verdict).toEqual({
      ok: true,
      code: 'OK',
      message: expect.stringContaining('header 2'),
      chainId: chain.chainId,
      trustedHeight: '1',
      height: '2',
      hash: Buffer.from(chain.block(2n).signedHeader.commit.blockId.hash).toString('hex').toUpperCase(),
      time: formatRfc3339(chain.block(2n).signedHeader.header.time),
      adjacent: true,
      signedPower: '30',
      totalPower: '40',
      verifiedSignatures: 3,
    });
  });

  it('behavior: a skipping update verifies with the trusted next validator set', async () => {
    const verdict = await verifyTendermintHeaderCommand({
      trusted: await file(toRpcJson(chain.block(3n), 'part_set_header')),
      update: await file(toRpcJson(chain.block(12n))),
      now,
    });
    expect(verdict).toMatchObject({ ok: true, adjacent: false, height: '12' });
  });

  it('error: a corrupted signature is rejected (BAD_SIGNATURE)', async () => {
    const json = toRpcJson(chain.block(2n)) as {
      signed_header: { commit: { signatures: Array<{ signature: string }> } };
    };
    const sig = json.signed_header.commit.signatures[0]!;
    sig.signature = Buffer.from(
      Buffer.from(sig.signature, 'base64').map((b, i) => (i === 0 ? b ^ 1 : b)),
    ).toString('base64');
    const verdict = await verifyTendermintHeaderCommand({
      trusted: await file(toRpcJson(chain.block(1n))),
      update: await file(json),
      now,
    });
    expect(verdict).toMatchObject({ ok: false, code: 'BAD_SIGNATURE', height: '2' });
  });

  it('error: a trusting period that has run out (TRUSTED_STATE_EXPIRED)', async () => {
    const verdict = await verifyTendermintHeaderCommand({
      trusted: await file(toRpcJson(chain.block(1n))),
      update: await file(toRpcJson(chain.block(2n))),
      now,
      trustingPeriod: '30s',
    });
    expect(verdict).toMatchObject({ ok: false, code: 'TRUSTED_STATE_EXPIRED' });
  });

  it('error: a negative voting power in the update is a rejection (INVALID_VOTING_POWER)', async () => {
    const json = toRpcJson(chain.block(2n)) as {
      validator_set: { validators: Array<{ voting_power: string }> };
    };
    json.validator_set.validators[0]!.voting_power = '-1';
    const verdict = await verifyTendermintHeaderCommand({
      trusted: await file(toRpcJson(chain.block(1n))),
      update: await file(json),
      now,
    });
    expect(verdict).toMatchObject({ ok: false, code: 'INVALID_VOTING_POWER' });
  });

  describe('unusable input', () => {
    const good = async () => ({
      trusted: await file(toRpcJson(chain.block(1n))),
      update: await file(toRpcJson(chain.block(2n))),
      now,
    });

    it.each([
      ['a missing file', async () => ({ ...(await good()), update: join(dir, 'missing.json') })],
      ['a file that is not JSON', async () => ({ ...(await good()), trusted: await file('{not json') })],
      [
        'JSON without a signed_header',
        async () => ({ ...(await good()), update: await file({ header: {} }) }),
      ],
      [
        'a header of the wrong shape',
        async () => {
          const json = toRpcJson(chain.block(2n)) as { signed_header: { header: { height: string } } };
          json.signed_header.header.height = 'two';
          return { ...(await good()), update: await file(json) };
        },
      ],
      [
        'a skipping update without the trusted next validator set',
        async () => {
          const { next_validator_set: _, ...bare } = toRpcJson(chain.block(1n));
          return {
            ...(await good()),
            trusted: await file(bare),
            update: await file(toRpcJson(chain.block(5n))),
          };
        },
      ],
      [
        'a trusting period that is no duration',
        async () => ({ ...(await good()), trustingPeriod: 'two weeks' }),
      ],
      ['a clock drift with an unknown unit', async () => ({ ...(await good()), maxClockDrift: '10y' })],
      ['a trust level that is no fraction', async () => ({ ...(await good()), trustLevel: 'third' })],
      ['a trust level below 1/3', async () => ({ ...(await good()), trustLevel: '1/4' })],
      ['a `now` that is not RFC 3339', async () => ({ ...(await good()), now: 'yesterday' })],
    ])('args: %s throws UnusableInputError', async (_name, make) => {
      await expect(verifyTendermintHeaderCommand(await make())).rejects.toBeInstanceOf(UnusableInputError);
    });
  });
});

describe('cli: duration parsing', () => {
  it('args: days, hours, seconds, milliseconds and combinations', () => {
    expect(parseDuration('14d')).toBe(parseDuration('336h'));
    expect(parseDuration('10s')).toBe(10_000_000_000n);
    expect(parseDuration('500ms')).toBe(500_000_000n);
    expect(parseDuration('1h30m')).toBe(5_400_000_000_000n);
    expect(parseDuration('0s')).toBe(0n);
  });

  it('args: anything else throws UnusableInputError', () => {
    for (const text of ['', '10', 's', '-5s', '1.5h', '10 s'])
      expect(() => parseDuration(text)).toThrow(UnusableInputError);
  });
});
