/**
 * `isthmus verify header-tendermint`: verifies a CometBFT light block (the
 * update) from a trusted one, as the Tendermint light client does (CometBFT
 * light/verifier.go: adjacent or skipping by height), at the given time.
 *
 * Both files hold CometBFT RPC JSON in the light-block shape — `signed_header`
 * with `validator_set` and, optionally, `next_validator_set`, bare, as a
 * JSON-RPC `{result}`, or as a tendermint-rs test input `{block}`. The trusted
 * file's validator sets are not re-verified (it is trusted); its
 * `next_validator_set` is needed only when the update skips heights.
 */
import { IsthmusError } from '../../../light-clients/index.js';
import {
  checkTrustLevel,
  formatRfc3339,
  parseLightBlock,
  parseSignedHeader,
  parseValidatorSet,
  TendermintErrorCode,
  trustedStateOf,
  verifyLightBlock,
  type LightBlock,
  type TrustLevel,
} from '../../../light-clients/tendermint/index.js';
import { parseDuration, parseInput, parseTimeOption, readJsonFile } from '../input.js';
import { UnusableInputError, rejected, type Verdict } from './verdict.js';

export interface VerifyTendermintHeaderOptions {
  /** Path of the trusted light block's JSON. */
  readonly trusted: string;
  /** Path of the JSON of the light block to verify. */
  readonly update: string;
  /** The time to verify at, RFC 3339. */
  readonly now: string;
  /** `numerator/denominator`, default `1/3`. */
  readonly trustLevel?: string;
  /** A duration (`14d`, `336h`, ...); default 14 days. */
  readonly trustingPeriod?: string;
  /** A duration; default 10 s. */
  readonly maxClockDrift?: string;
}

function parseTrustLevel(text: string): TrustLevel {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m)
    throw new UnusableInputError(`trust level ${JSON.stringify(text)} is not a fraction such as 1/3`, {
      option: 'trustLevel',
    });
  const level = { numerator: BigInt(m[1] as string), denominator: BigInt(m[2] as string) };
  try {
    checkTrustLevel(level);
  } catch (cause) {
    throw new UnusableInputError(`trust level ${text} must lie in [1/3, 1]`, { option: 'trustLevel' }, cause);
  }
  return level;
}

async function readLightBlockJson(path: string, what: string): Promise<Record<string, unknown>> {
  let json = await readJsonFile(path, what);
  // Unwrap a JSON-RPC response, then a tendermint-rs test input.
  for (const key of ['result', 'block']) {
    if (json !== null && typeof json === 'object' && !('signed_header' in json) && key in json) {
      json = (json as Record<string, unknown>)[key];
    }
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json) || !('signed_header' in json)) {
    throw new UnusableInputError(`the ${what} file ${path} holds no signed_header`, { path });
  }
  return json as Record<string, unknown>;
}

/** A shape error (MALFORMED_HEADER) is unusable input; a broken rule (e.g. a negative power) is a rejection. */
const isMalformedHeader = (err: unknown): boolean =>
  IsthmusError.is(err, TendermintErrorCode.MalformedHeader);

/** The trusted block: its signed header and, when present, its next validator set. */
function trustedBlock(json: Record<string, unknown>): Pick<LightBlock, 'signedHeader' | 'nextValidatorSet'> {
  const signedHeader = parseSignedHeader(json.signed_header, 'signed_header');
  const next = json.next_validator_set;
  return {
    signedHeader,
    ...(next === undefined || next === null
      ? {}
      : { nextValidatorSet: parseValidatorSet(next, 'next_validator_set') }),
  };
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex').toUpperCase();

/** Runs the check and returns its verdict; throws UnusableInputError for input it cannot use. */
export async function verifyTendermintHeaderCommand(
  options: VerifyTendermintHeaderOptions,
): Promise<Verdict> {
  const trustLevel = parseTrustLevel(options.trustLevel ?? '1/3');
  const trustingPeriod = parseDuration(options.trustingPeriod ?? '14d', 'trustingPeriod');
  const maxClockDrift = parseDuration(options.maxClockDrift ?? '10s', 'maxClockDrift');
  const now = parseTimeOption(options.now, 'now');
  const trustedJson = await readLightBlockJson(options.trusted, 'trusted');
  const updateJson = await readLightBlockJson(options.update, 'update');

  try {
    const trusted = parseInput(
      'trusted',
      options.trusted,
      () => trustedBlock(trustedJson),
      isMalformedHeader,
    );
    const update = parseInput(
      'update',
      options.update,
      () => parseLightBlock(updateJson, 'update'),
      isMalformedHeader,
    );
    const trustedHeader = trusted.signedHeader.header;
    const height = update.signedHeader.header.height;
    if (height > trustedHeader.height + 1n && !trusted.nextValidatorSet) {
      throw new UnusableInputError(
        `the trusted file ${options.trusted} has no next_validator_set, needed to verify height ${height} from ${trustedHeader.height}`,
        { path: options.trusted },
      );
    }
    const facts = {
      chainId: trustedHeader.chainId,
      trustedHeight: trustedHeader.height.toString(),
      height: height.toString(),
    };
    try {
      const verified = verifyLightBlock(
        trustedStateOf(trusted),
        update,
        { chainId: trustedHeader.chainId, trustLevel, trustingPeriod, maxClockDrift },
        now,
      );
      return {
        ok: true,
        code: 'OK',
        message: `header ${height} of ${trustedHeader.chainId} verified from trusted height ${trustedHeader.height}`,
        ...facts,
        hash: hex(verified.hash),
        time: formatRfc3339(verified.time),
        adjacent: verified.adjacent,
        signedPower: verified.tally.signedPower.toString(),
        totalPower: verified.tally.totalPower.toString(),
        verifiedSignatures: verified.tally.verifiedSignatures,
      };
    } catch (err) {
      return rejected(err, facts);
    }
  } catch (err) {
    return rejected(err);
  }
}
