/**
 * Skipping verification (CometBFT `light/client.go` `verifySkipping`):
 * from a trusted block, try the target directly; when the trusted validators
 * cannot vouch for it (NOT_ENOUGH_TRUST), fetch the block halfway between
 * the last verified height and the block that failed, and try that first;
 * each block verified becomes the new trusted state, and the cache of
 * fetched blocks is worked back towards the target. Any other failure ends
 * the verification. The provider is an injected `fetch(height)`: this
 * module does no I/O of its own.
 */
import { TendermintErrorCode, malformed } from './errors.js';
import type { LightBlock } from './types.js';
import { VerificationError } from '../verification-error.js';
import { trustedStateOf, verifyLightBlock, type TrustedState, type VerifyOptions } from './verifier.js';

export type LightBlockFetcher = (height: bigint) => Promise<LightBlock>;

export interface SkippingResult {
  /** The target block, verified. */
  readonly verified: LightBlock;
  /** Heights verified in order, from the trusted one to the target. */
  readonly trace: readonly bigint[];
  /** How many blocks `fetch` was asked for (the target included). */
  readonly fetched: number;
  /** The target as the new trusted state. */
  readonly trusted: TrustedState;
}

export interface SkippingRequest {
  /** A verified block; its next validator set is needed for skipping steps. */
  readonly trusted: LightBlock;
  readonly targetHeight: bigint;
  readonly options: VerifyOptions;
  /** Nanoseconds since the epoch. */
  readonly now: bigint;
  readonly fetch: LightBlockFetcher;
}

export async function verifySkipping(request: SkippingRequest): Promise<SkippingResult> {
  const { options, now, targetHeight } = request;
  const startHeight = request.trusted.signedHeader.header.height;
  if (targetHeight <= startHeight) {
    throw new VerificationError(
      TendermintErrorCode.NonIncreasingHeight,
      `target ${targetHeight} is not above trusted ${startHeight}`,
      {
        context: { height: targetHeight, trustedHeight: startHeight },
      },
    );
  }
  let fetched = 0;
  const fetchAt = async (height: bigint): Promise<LightBlock> => {
    fetched++;
    const block = await request.fetch(height);
    if (block.signedHeader.header.height !== height) {
      throw malformed(
        'fetched.signed_header.header.height',
        `asked for ${height}, got ${block.signedHeader.header.height}`,
      );
    }
    return block;
  };

  let trusted = trustedStateOf(request.trusted);
  const trace: bigint[] = [startHeight];
  // Fetched blocks, target first, each later one a pivot below the one before;
  // `depth` is the one being tried. After each success the target is tried
  // again, as upstream does: the new trusted state may reach it directly.
  const cache: LightBlock[] = [await fetchAt(targetHeight)];
  let depth = 0;
  for (;;) {
    const candidate = cache[depth] as LightBlock;
    try {
      const verified = verifyLightBlock(trusted, candidate, options, now);
      trusted = verified.trusted;
      trace.push(verified.height);
      if (depth === 0) return { verified: candidate, trace, fetched, trusted };
      cache.length = depth;
      depth = 0;
    } catch (err) {
      if (!(err instanceof VerificationError) || err.code !== TendermintErrorCode.NotEnoughTrust) throw err;
      if (depth === cache.length - 1) {
        // Adjacent steps never need trust, so the pivot lies strictly between.
        const candidateHeight = candidate.signedHeader.header.height;
        cache.push(await fetchAt(trusted.height + (candidateHeight - trusted.height) / 2n));
      }
      depth++;
    }
  }
}
