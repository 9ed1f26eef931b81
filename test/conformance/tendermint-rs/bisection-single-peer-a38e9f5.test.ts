/**
 * tendermint-rs a38e9f5 `light-client/tests/support/bisection/single_peer`:
 * skipping verification over a mock provider (trust options, the primary's
 * blocks, a target height, `now`; clock drift 10 s as upstream's harness).
 *
 * Per the fixtures' README these run as must-reject cases only: none of
 * their commit signatures verifies under the current (protobuf) sign bytes,
 * they predate it, their block ids are amino-era header hashes, and their
 * headers carry block protocol 0. Upstream runs
 * only the two files that expect an error; the `_`-prefixed ones cannot pass
 * and are checked to be rejected too. `expected_num_of_bisections` came from
 * another schedule and is not asserted. Positive bisection is covered by
 * test/unit/tendermint/bisection.test.ts on generated chains.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from '@jest/globals';
import { describeWithFixtures } from '../../support/fixtures.js';
import {
  headerHash,
  parseLightBlock,
  parseRfc3339,
  verifySkipping,
  type LightBlock,
} from '../../../light-clients/tendermint/index.js';
import { VerificationError } from '../../../light-clients/index.js';

interface BisectionFile {
  readonly trust_options: {
    readonly period: string;
    readonly height: string;
    readonly hash: string;
    readonly trust_level: { readonly numerator: string; readonly denominator: string };
  };
  readonly primary: { readonly chain_id: string; readonly lite_blocks: readonly unknown[] };
  readonly height_to_verify: string;
  readonly now: string;
  readonly expected_output: 'error' | 'no error';
}

const CLOCK_DRIFT = 10_000_000_000n;

describeWithFixtures(
  'tendermint-rs/bisection/single_peer',
  'conformance: tendermint-rs a38e9f5 bisection single peer (must reject)',
  (dir) => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const load = (name: string): { file: BisectionFile; blocks: Map<bigint, LightBlock> } => {
      const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as BisectionFile;
      const blocks = new Map(
        file.primary.lite_blocks.map((b) => {
          const block = parseLightBlock(b);
          return [block.signedHeader.header.height, block] as const;
        }),
      );
      return { file, blocks };
    };

    it('conformance: the four single-peer files are present', () => {
      expect(files).toEqual([
        '_happy_path.json',
        '_worst_case.json',
        'header_out_of_trusting_period.json',
        'not_enough_commits.json',
      ]);
    });

    // The files predate protobuf hashing too: their block ids are amino-era
    // header hashes, which today's encoding does not reproduce.
    it.each(files)(
      "conformance: %s — trust_options.hash is the trusted commit block id, not today's header hash",
      (name) => {
        const { file, blocks } = load(name);
        const trusted = blocks.get(BigInt(file.trust_options.height)) as LightBlock;
        const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();
        expect(hex(trusted.signedHeader.commit.blockId.hash)).toBe(file.trust_options.hash);
        expect(hex(headerHash(trusted.signedHeader.header))).not.toBe(file.trust_options.hash);
      },
    );

    it.each(files)('conformance: %s — skipping verification rejects it', async (name) => {
      const { file, blocks } = load(name);
      const trusted = blocks.get(BigInt(file.trust_options.height)) as LightBlock;
      const fetched: bigint[] = [];
      const outcome = verifySkipping({
        trusted,
        targetHeight: BigInt(file.height_to_verify),
        now: parseRfc3339(file.now),
        options: {
          chainId: file.primary.chain_id,
          trustingPeriod: BigInt(file.trust_options.period),
          maxClockDrift: CLOCK_DRIFT,
          trustLevel: {
            numerator: BigInt(file.trust_options.trust_level.numerator),
            denominator: BigInt(file.trust_options.trust_level.denominator),
          },
        },
        fetch: async (height) => {
          fetched.push(height);
          const block = blocks.get(height);
          if (!block) throw new Error(`no block ${height}`);
          return block;
        },
      });
      await expect(outcome).rejects.toBeInstanceOf(VerificationError);
      expect(fetched[0]).toBe(BigInt(file.height_to_verify));
    });

    it('conformance: header_out_of_trusting_period fails on the expired trusted state', async () => {
      const { file, blocks } = load('header_out_of_trusting_period.json');
      const outcome = verifySkipping({
        trusted: blocks.get(BigInt(file.trust_options.height)) as LightBlock,
        targetHeight: BigInt(file.height_to_verify),
        now: parseRfc3339(file.now),
        options: {
          chainId: file.primary.chain_id,
          trustingPeriod: BigInt(file.trust_options.period),
          maxClockDrift: CLOCK_DRIFT,
        },
        fetch: async (height) => blocks.get(height) as LightBlock,
      });
      await expect(outcome).rejects.toMatchObject({ code: 'TRUSTED_STATE_EXPIRED' });
    });
  },
);
