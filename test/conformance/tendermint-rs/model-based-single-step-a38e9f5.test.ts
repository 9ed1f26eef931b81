/**
 * tendermint-rs a38e9f5 `light-client/tests/support/model_based/single_step`:
 * TLA+-generated light-client steps with their verdicts. Harness as upstream
 * (`model_based.rs` `single_step_test`): the trusted block is
 * `initial.signed_header` with `initial.next_validator_set`; each input is
 * verified from the latest trusted block with trust level 1/3, the file's
 * trusting period, clock drift 0 and `now` from the input; a SUCCESS
 * becomes the new trusted block. NOT_ENOUGH_TRUST is this client's
 * NOT_ENOUGH_TRUST code, INVALID any other verification error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from '@jest/globals';
import { describeWithFixtures } from '../../support/fixtures.js';
import {
  parseLightBlock,
  parseRfc3339,
  parseSignedHeader,
  parseValidatorSet,
  TendermintErrorCode,
  verifyLightBlock,
  type SignatureVerifier,
  type TrustedState,
} from '../../../light-clients/tendermint/index.js';
import { VerificationError } from '../../../light-clients/index.js';
import { verifySignatureReference } from '../../../light-clients/crypto/signatures.js';

type Verdict = 'SUCCESS' | 'NOT_ENOUGH_TRUST' | 'INVALID';

interface ModelFile {
  readonly initial: {
    readonly signed_header: unknown;
    readonly next_validator_set: unknown;
    readonly trusting_period: string;
  };
  readonly input: ReadonlyArray<{ readonly block: unknown; readonly now: string; readonly verdict: Verdict }>;
}

function run(
  file: ModelFile,
  verifySignature?: SignatureVerifier,
): { expected: Verdict[]; actual: string[] } {
  const initial = parseSignedHeader(file.initial.signed_header);
  let trusted: TrustedState = {
    height: initial.header.height,
    time: initial.header.time,
    nextValidatorsHash: initial.header.nextValidatorsHash,
    nextValidators: parseValidatorSet(file.initial.next_validator_set),
  };
  const options = {
    chainId: initial.header.chainId,
    trustingPeriod: BigInt(file.initial.trusting_period),
    maxClockDrift: 0n,
    ...(verifySignature ? { verifySignature } : {}),
  };
  const actual = file.input.map((input) => {
    try {
      const verified = verifyLightBlock(
        trusted,
        parseLightBlock(input.block),
        options,
        parseRfc3339(input.now),
      );
      trusted = verified.trusted;
      return 'SUCCESS';
    } catch (err) {
      if (!(err instanceof VerificationError)) throw err;
      return err.code === TendermintErrorCode.NotEnoughTrust ? 'NOT_ENOUGH_TRUST' : `INVALID (${err.code})`;
    }
  });
  return { expected: file.input.map((i) => i.verdict), actual };
}

describeWithFixtures(
  'tendermint-rs/model_based_single_step',
  'conformance: tendermint-rs a38e9f5 model-based single step',
  (dir) => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();

    it('conformance: the folder holds the 39 model-based files', () => {
      expect(files).toHaveLength(39);
    });

    it.each(files)('conformance: %s — every verdict matches', (name) => {
      const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ModelFile;
      const { expected, actual } = run(file);
      expect(actual.map((a) => (a.startsWith('INVALID') ? 'INVALID' : a))).toEqual(expected);
    });

    it('conformance: the noble reference verifier reaches the same verdicts, with the same codes', () => {
      for (const name of files) {
        const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ModelFile;
        expect({ name, verdicts: run(file, verifySignatureReference).actual }).toEqual({
          name,
          verdicts: run(file).actual,
        });
      }
    });

    it('conformance: all three verdicts occur, SUCCESS steps included', () => {
      const verdicts = new Set(
        files.flatMap((name) =>
          (JSON.parse(readFileSync(join(dir, name), 'utf8')) as ModelFile).input.map((i) => i.verdict),
        ),
      );
      expect([...verdicts].sort()).toEqual(['INVALID', 'NOT_ENOUGH_TRUST', 'SUCCESS']);
    });
  },
);
