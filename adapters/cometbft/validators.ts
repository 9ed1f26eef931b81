/**
 * The validator set of a height from `/validators` (rpc/core/consensus.go),
 * which pages its answer: every page is fetched, in order, until `total`
 * validators are in hand. CometBFT caps a page at 100 entries and a set at
 * 10,000 validators (types.MaxVotesCount), which bounds the loop.
 */
import { parseValidatorSet, type ValidatorSet } from '../../light-clients/tendermint/index.js';
import { malformedAnswer } from './errors.js';
import { answerReader } from './json.js';
import type { CometRpc } from './rpc.js';

export const MAX_PER_PAGE = 100;
const MAX_VALIDATORS = 10_000;

/** Fetches every page of `/validators?height=` and checks the set (keys, powers, order). */
export async function fetchValidatorSet(
  rpc: CometRpc,
  height: bigint,
  perPage: number = MAX_PER_PAGE,
  signal?: AbortSignal,
): Promise<ValidatorSet> {
  const r = answerReader('validators');
  const size = Math.min(Math.max(1, Math.trunc(perPage)), MAX_PER_PAGE);
  const entries: unknown[] = [];
  let total = Number.POSITIVE_INFINITY;
  const maxPages = Math.ceil(MAX_VALIDATORS / size);
  for (let page = 1; entries.length < total; page++) {
    if (page > maxPages)
      throw malformedAnswer('validators', 'total', `more than ${MAX_VALIDATORS} validators`);
    const o = r.object(
      await rpc.call('validators', { height, page: BigInt(page), per_page: BigInt(size) }, signal),
      'result',
    );
    const at = r.uint(o.block_height, 'block_height');
    if (at !== height) throw malformedAnswer('validators', 'block_height', `asked for ${height}, got ${at}`);
    const pageTotal = Number(r.uint(o.total, 'total'));
    if (pageTotal === 0 || pageTotal > MAX_VALIDATORS)
      throw malformedAnswer('validators', 'total', `${pageTotal} validators is out of range`);
    if (total !== Number.POSITIVE_INFINITY && pageTotal !== total)
      throw malformedAnswer('validators', 'total', 'changed between pages');
    total = pageTotal;
    const validators = r.array(o.validators, 'validators');
    // An empty page before the total is reached would loop forever; a too-full one is a lie.
    if (validators.length === 0 || validators.length > size || entries.length + validators.length > total)
      throw malformedAnswer('validators', 'validators', `page ${page} holds ${validators.length} entries`);
    entries.push(...validators);
  }
  try {
    return parseValidatorSet({ validators: entries }, 'validators');
  } catch (cause) {
    throw malformedAnswer('validators', 'validators', 'not a valid validator set', cause);
  }
}
