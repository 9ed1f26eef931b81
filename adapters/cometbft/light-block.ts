/**
 * A light block of height h as `light-clients/tendermint` verifies it:
 * the signed header from `/commit?height=h`, the validator set of h and the
 * next validator set (the set of h+1, which the header's
 * `next_validators_hash` commits to), both from `/validators`. Nothing is
 * trusted here — the light client checks hashes and signatures — but an
 * answer for another height than the one asked is refused as malformed.
 */
import {
  parseSignedHeader,
  type LightBlock,
  type SignedHeader,
} from '../../light-clients/tendermint/index.js';
import { malformedAnswer } from './errors.js';
import { answerReader } from './json.js';
import type { CometRpc } from './rpc.js';
import { fetchValidatorSet } from './validators.js';

/** The signed header of `height`, or of the latest block when `height` is 0. */
export async function fetchSignedHeader(
  rpc: CometRpc,
  height: bigint,
  signal?: AbortSignal,
): Promise<SignedHeader> {
  const r = answerReader('commit');
  const result = r.object(await rpc.call('commit', height === 0n ? {} : { height }, signal), 'result');
  let signedHeader: SignedHeader;
  try {
    signedHeader = parseSignedHeader(result.signed_header, 'signed_header');
  } catch (cause) {
    throw malformedAnswer('commit', 'signed_header', 'not a signed header', cause);
  }
  const { header, commit } = signedHeader;
  if ((height !== 0n && header.height !== height) || commit.height !== header.height)
    throw malformedAnswer(
      'commit',
      'signed_header',
      `asked for height ${height}, got header ${header.height} and commit ${commit.height}`,
    );
  return signedHeader;
}

export async function fetchLightBlock(
  rpc: CometRpc,
  height: bigint,
  perPage?: number,
  signal?: AbortSignal,
): Promise<LightBlock> {
  const signedHeader = await fetchSignedHeader(rpc, height, signal);
  const h = signedHeader.header.height;
  const [validatorSet, nextValidatorSet] = await Promise.all([
    fetchValidatorSet(rpc, h, perPage, signal),
    fetchValidatorSet(rpc, h + 1n, perPage, signal),
  ]);
  return { signedHeader, validatorSet, nextValidatorSet };
}
