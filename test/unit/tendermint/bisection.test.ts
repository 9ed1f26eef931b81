/**
 * Skipping verification (CometBFT verifySkipping) on generated chains with
 * validator-set changes: the target is verified, through the pivots the
 * upstream schedule picks, and each block is fetched once.
 */
import { describe, expect, it } from '@jest/globals';
import {
  verifySkipping,
  type LightBlock,
  type SkippingRequest,
} from '../../../light-clients/tendermint/index.js';
import { makeChain, members, nowAfter, optionsFor, type Member, type TestChain } from './support/chain.js';

const names = Array.from({ length: 16 }, (_, i) => `v${i}`);
const pool = members(names);

function request(
  chain: TestChain,
  targetHeight: bigint,
  fetched: bigint[],
  override: (b: LightBlock) => LightBlock = (b) => b,
): SkippingRequest {
  return {
    trusted: chain.block(1n),
    targetHeight,
    options: optionsFor(chain),
    now: nowAfter(chain, targetHeight),
    fetch: async (height) => {
      fetched.push(height);
      return override(chain.block(height));
    },
  };
}

describe('tendermint skipping verification', () => {
  it('behavior: an unchanged set reaches the target in one step, one fetch', async () => {
    const chain = makeChain({ height: 32, validatorsAt: () => pool.slice(0, 4) });
    const fetched: bigint[] = [];
    const result = await verifySkipping(request(chain, 32n, fetched));
    expect(result.verified).toBe(chain.block(32n));
    expect(result.trace).toEqual([1n, 32n]);
    expect(fetched).toEqual([32n]);
    expect(result.fetched).toBe(1);
    expect(result.trusted.height).toBe(32n);
  });

  it('behavior: a set sliding one validator every 4 blocks needs pivots 16, 8 and 24', async () => {
    // Set of block h: v[k..k+3] with k = (h-1)/4. From 1 the trusted next set is v0..v3;
    // 32 (v7..v10) and 16 (v3..v6) share at most 1/4 of it; 8 (v1..v4) shares 3/4.
    // From 8 (next set v2..v5) 16 verifies; from 16 (next v4..v7) 32 shares only v7,
    // so the pivot 24 (v5..v8) comes next, and from 24 (next v6..v9) 32 verifies.
    const chain = makeChain({
      height: 32,
      validatorsAt: (h) => pool.slice(Number((h - 1n) / 4n), Number((h - 1n) / 4n) + 4),
    });
    const fetched: bigint[] = [];
    const result = await verifySkipping(request(chain, 32n, fetched));
    expect(result.verified).toBe(chain.block(32n));
    expect(fetched).toEqual([32n, 16n, 8n, 24n]);
    expect(result.fetched).toBe(4);
    expect(result.trace).toEqual([1n, 8n, 16n, 24n, 32n]);
  });

  it('behavior: a set replaced at every block bisects down to adjacent steps, fetching each block once', async () => {
    const sets = new Map<bigint, Member[]>();
    const setAt = (h: bigint): Member[] => {
      if (!sets.has(h)) sets.set(h, members([`r${h}a`, `r${h}b`, `r${h}c`]));
      return sets.get(h)!;
    };
    const chain = makeChain({ height: 9, validatorsAt: setAt });
    const fetched: bigint[] = [];
    const result = await verifySkipping(request(chain, 9n, fetched));
    expect(result.trace).toEqual([1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n]);
    expect([...fetched].sort((a, b) => Number(a - b))).toEqual([2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n]);
    expect(fetched[0]).toBe(9n);
    expect(result.fetched).toBe(8);
  });

  it('behavior: an adjacent target is one adjacent step', async () => {
    const chain = makeChain({ height: 2, validatorsAt: () => pool.slice(0, 3) });
    const fetched: bigint[] = [];
    const result = await verifySkipping(request(chain, 2n, fetched));
    expect(result).toMatchObject({ trace: [1n, 2n], fetched: 1 });
  });

  it('error: BAD_SIGNATURE — a pivot with a corrupted vote ends the verification', async () => {
    const chain = makeChain({
      height: 32,
      validatorsAt: (h) => pool.slice(Number((h - 1n) / 4n), Number((h - 1n) / 4n) + 4),
    });
    const corrupt = (b: LightBlock): LightBlock => {
      if (b.signedHeader.header.height !== 8n) return b;
      const signatures = b.signedHeader.commit.signatures.map((s, i) =>
        i === 0 ? { ...s, signature: s.signature.map((x, j) => (j === 5 ? x ^ 0x10 : x)) } : s,
      );
      return { ...b, signedHeader: { ...b.signedHeader, commit: { ...b.signedHeader.commit, signatures } } };
    };
    const fetched: bigint[] = [];
    await expect(verifySkipping(request(chain, 32n, fetched, corrupt))).rejects.toMatchObject({
      code: 'BAD_SIGNATURE',
    });
    expect(fetched).toEqual([32n, 16n, 8n]);
  });

  it('error: NON_INCREASING_HEIGHT — a target not above the trusted height', async () => {
    const chain = makeChain({ height: 2, validatorsAt: () => pool.slice(0, 3) });
    const fetched: bigint[] = [];
    await expect(verifySkipping(request(chain, 1n, fetched))).rejects.toMatchObject({
      code: 'NON_INCREASING_HEIGHT',
    });
    expect(fetched).toEqual([]);
  });

  it('error: MALFORMED_HEADER — a provider answering with another height', async () => {
    const chain = makeChain({ height: 5, validatorsAt: () => pool.slice(0, 3) });
    const fetched: bigint[] = [];
    await expect(verifySkipping(request(chain, 5n, fetched, () => chain.block(4n)))).rejects.toMatchObject({
      code: 'MALFORMED_HEADER',
    });
  });

  it('error: a provider failure is passed on unchanged', async () => {
    const chain = makeChain({ height: 5, validatorsAt: () => pool.slice(0, 3) });
    const failure = new Error('provider down');
    const outcome = verifySkipping({ ...request(chain, 5n, []), fetch: () => Promise.reject(failure) });
    await expect(outcome).rejects.toBe(failure);
  });
});
