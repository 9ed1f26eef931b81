/**
 * Attacks on the verifier, each asserting the rule that stops it, and
 * property tests: random mutations of a valid light block are always
 * rejected, and only ever with a VerificationError.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { VerificationError } from '../../../light-clients/index.js';
import {
  BlockIdFlag,
  decodeLightBlock,
  encodeLightBlock,
  parseLightBlock,
  trustedStateOf,
  verifyLightBlock,
  type CommitSig,
  type LightBlock,
} from '../../../light-clients/tendermint/index.js';
import { makeChain, members, nowAfter, optionsFor, signCommit, testKey, variant } from './support/chain.js';
import { toRpcJson } from './support/rpc-json.js';

const four = members(['a', 'b', 'c', 'd']);
// Three of four sign each block: every commit entry is needed, so every one is checked.
const chain = makeChain({ height: 8, validatorsAt: () => four, signersAt: () => new Set([0, 1, 2]) });
const options = optionsFor(chain);
const trusted = trustedStateOf(chain.block(1n));

function codeOf(block: LightBlock, height = block.signedHeader.header.height): string {
  try {
    verifyLightBlock(trusted, block, options, nowAfter(chain, height));
  } catch (err) {
    if (err instanceof VerificationError) return err.code;
    throw err;
  }
  return 'OK';
}

function withSignatures(block: LightBlock, map: (sigs: CommitSig[]) => CommitSig[]): LightBlock {
  const commit = block.signedHeader.commit;
  return {
    ...block,
    signedHeader: { ...block.signedHeader, commit: { ...commit, signatures: map([...commit.signatures]) } },
  };
}

describe('tendermint adversarial: votes', () => {
  it('behavior: the unmodified blocks verify, adjacent and skipping', () => {
    expect(codeOf(chain.block(2n))).toBe('OK');
    expect(codeOf(chain.block(7n))).toBe('OK');
  });

  it("error: DUPLICATE_VALIDATOR — one trusted validator's vote copied into a second slot is counted once", () => {
    // Skipping: trusted validators are found by address; a (10) twice would make 20 > 13.
    const block = withSignatures(chain.block(7n), (s) => [s[0]!, s[0]!, s[3]!, s[3]!]);
    expect(codeOf(block)).toBe('DUPLICATE_VALIDATOR');
  });

  it("error: VALIDATOR_SET_MISMATCH — the copied vote in another validator's slot of an adjacent commit", () => {
    const block = withSignatures(chain.block(2n), (s) => [s[0]!, s[0]!, s[2]!, s[3]!]);
    expect(codeOf(block)).toBe('VALIDATOR_SET_MISMATCH');
  });

  it("error: BAD_SIGNATURE — a validator's slot holding a signature by a key not in the set", () => {
    const outsider = testKey('mallory');
    const header = chain.block(2n).signedHeader.header;
    const forged = signCommit(chain.chainId, header, [...four.slice(1), { key: outsider, power: 10n }]);
    const block = withSignatures(chain.block(2n), (s) =>
      s.map((sig, i) =>
        i === 1
          ? {
              ...sig,
              signature: forged.signatures.find((f) => f.blockIdFlag === BlockIdFlag.Commit)!.signature,
            }
          : sig,
      ),
    );
    expect(codeOf(block)).toBe('BAD_SIGNATURE');
  });

  it('error: NOT_ENOUGH_TRUST — a skipping commit signed only by keys outside the trusted set', () => {
    const outsiders = members(['m1', 'm2', 'm3', 'm4']);
    const takenOver = makeChain({ height: 8, validatorsAt: (h) => (h <= 2n ? four : outsiders) });
    const from = trustedStateOf(takenOver.block(1n));
    expect(() =>
      verifyLightBlock(from, takenOver.block(7n), optionsFor(takenOver), nowAfter(takenOver, 7n)),
    ).toThrow(expect.objectContaining({ code: 'NOT_ENOUGH_TRUST' }));
  });

  it('error: BAD_SIGNATURE — votes for another block id', () => {
    const header = chain.block(2n).signedHeader.header;
    const otherVotes = signCommit(
      chain.chainId,
      { ...header, appHash: new Uint8Array(32) },
      four,
      1,
      new Set([0, 1, 2]),
    );
    const block = withSignatures(chain.block(2n), () => [...otherVotes.signatures]);
    expect(codeOf(block)).toBe('BAD_SIGNATURE');
  });

  it('error: BAD_SIGNATURE — sign bytes made with another chain id', () => {
    expect(
      codeOf(variant(chain, 2n, {}, { signChainId: 'isthmus-test-2', signers: new Set([0, 1, 2]) })),
    ).toBe('BAD_SIGNATURE');
  });

  it('error: INVALID_VOTING_POWER — negative and int64-overflowing powers in JSON', () => {
    for (const power of ['-10', '0', '9223372036854775808']) {
      const json = toRpcJson(chain.block(2n)) as {
        validator_set: { validators: Array<{ voting_power: string }> };
      };
      json.validator_set.validators[0]!.voting_power = power;
      expect(() => parseLightBlock(json)).toThrow(expect.objectContaining({ code: 'INVALID_VOTING_POWER' }));
    }
  });
});

// ---- property tests ----

type Mutation = (block: LightBlock) => LightBlock;

function flip(bytes: Uint8Array, at: number, bit: number): Uint8Array {
  if (bytes.length === 0) return Uint8Array.of(1 << bit);
  const out = Uint8Array.from(bytes);
  out[at % out.length]! ^= 1 << bit;
  return out;
}

const headerBytesFields = [
  'lastCommitHash',
  'dataHash',
  'validatorsHash',
  'nextValidatorsHash',
  'consensusHash',
  'appHash',
  'lastResultsHash',
  'evidenceHash',
  'proposerAddress',
] as const;

const nonZero = fc.bigInt({ min: -5n, max: 5n }).filter((d) => d !== 0n);
const position = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 }));

function patchHeader(block: LightBlock, patch: Partial<LightBlock['signedHeader']['header']>): LightBlock {
  return {
    ...block,
    signedHeader: { ...block.signedHeader, header: { ...block.signedHeader.header, ...patch } },
  };
}

function patchCommit(block: LightBlock, patch: Partial<LightBlock['signedHeader']['commit']>): LightBlock {
  return {
    ...block,
    signedHeader: { ...block.signedHeader, commit: { ...block.signedHeader.commit, ...patch } },
  };
}

function patchSig(block: LightBlock, index: number, patch: (sig: CommitSig) => CommitSig): LightBlock {
  return withSignatures(block, (sigs) => sigs.map((s, i) => (i === index ? patch(s) : s)));
}

/** Mutations that must each be rejected (the commit's three votes are all needed). */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.constantFrom(...headerBytesFields), position).map(
    ([field, [at, bit]]): Mutation =>
      (b) =>
        patchHeader(b, { [field]: flip(b.signedHeader.header[field], at, bit) }),
  ),
  fc.tuple(position).map(([[at, bit]]): Mutation => (b) => {
    const id = b.signedHeader.header.lastBlockId;
    return patchHeader(b, { lastBlockId: { ...id, hash: flip(id.hash, at, bit) } });
  }),
  nonZero.map(
    (d): Mutation =>
      (b) =>
        patchHeader(b, { height: b.signedHeader.header.height + d }),
  ),
  nonZero.map(
    (d): Mutation =>
      (b) =>
        patchHeader(b, { time: b.signedHeader.header.time + d }),
  ),
  nonZero.map(
    (d): Mutation =>
      (b) =>
        patchHeader(b, {
          version: { ...b.signedHeader.header.version, app: b.signedHeader.header.version.app + d },
        }),
  ),
  fc.string({ minLength: 1, maxLength: 3 }).map(
    (extra): Mutation =>
      (b) =>
        patchHeader(b, { chainId: b.signedHeader.header.chainId + extra }),
  ),
  nonZero.map(
    (d): Mutation =>
      (b) =>
        patchCommit(b, { height: b.signedHeader.commit.height + d }),
  ),
  fc.integer({ min: 1, max: 5 }).map(
    (d): Mutation =>
      (b) =>
        patchCommit(b, { round: b.signedHeader.commit.round + d }),
  ),
  position.map(([at, bit]): Mutation => (b) => {
    const id = b.signedHeader.commit.blockId;
    return patchCommit(b, { blockId: { ...id, hash: flip(id.hash, at, bit) } });
  }),
  position.map(([at, bit]): Mutation => (b) => {
    const id = b.signedHeader.commit.blockId;
    return patchCommit(b, {
      blockId: { ...id, partSetHeader: { ...id.partSetHeader, hash: flip(id.partSetHeader.hash, at, bit) } },
    });
  }),
  fc.integer({ min: 1, max: 5 }).map((d): Mutation => (b) => {
    const id = b.signedHeader.commit.blockId;
    return patchCommit(b, {
      blockId: { ...id, partSetHeader: { ...id.partSetHeader, total: id.partSetHeader.total + d } },
    });
  }),
  fc.tuple(fc.integer({ min: 0, max: 2 }), position).map(
    ([i, [at, bit]]): Mutation =>
      (b) =>
        patchSig(b, i, (s) => ({ ...s, signature: flip(s.signature, at, bit) })),
  ),
  fc.tuple(fc.integer({ min: 0, max: 2 }), position).map(
    ([i, [at, bit]]): Mutation =>
      (b) =>
        patchSig(b, i, (s) => ({ ...s, validatorAddress: flip(s.validatorAddress, at, bit) })),
  ),
  fc.tuple(fc.integer({ min: 0, max: 2 }), nonZero).map(
    ([i, d]): Mutation =>
      (b) =>
        patchSig(b, i, (s) => ({ ...s, timestamp: s.timestamp + d })),
  ),
  fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom(BlockIdFlag.Absent, BlockIdFlag.Nil)).map(
    ([i, flag]): Mutation =>
      (b) =>
        patchSig(b, i, (s) => ({ ...s, blockIdFlag: flag })),
  ),
  fc.integer({ min: 0, max: 3 }).map(
    (i): Mutation =>
      (b) =>
        withSignatures(b, (sigs) => sigs.filter((_, j) => j !== i)),
  ),
  fc.integer({ min: 0, max: 3 }).map(
    (i): Mutation =>
      (b) =>
        withSignatures(b, (sigs) => [...sigs.slice(0, i), sigs[i]!, ...sigs.slice(i)]),
  ),
  fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.bigInt({ min: 1n, max: 100n }))
    .map(([i, d]): Mutation => (b) => ({
      ...b,
      validatorSet: {
        ...b.validatorSet,
        validators: b.validatorSet.validators.map((v, j) =>
          j === i ? { ...v, votingPower: v.votingPower + d } : v,
        ),
      },
    })),
);

describe('tendermint adversarial: properties', () => {
  it('behavior: every random mutation of a valid adjacent or skipping block is rejected with a VerificationError', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2n, 7n),
        // One mutation at a time: two may cancel out (drop a vote, then copy one into its place).
        mutation,
        (height, mutate) => {
          expect(codeOf(mutate(chain.block(height)), height)).not.toBe('OK');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('behavior: random or corrupted protobuf bytes never crash: a VerificationError or a block that fails verification', () => {
    const valid = encodeLightBlock(chain.block(2n));
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })).map(([at, bit]) => flip(valid, at, bit)),
      fc.nat({ max: valid.length - 1 }).map((n) => valid.subarray(0, n)),
    );
    fc.assert(
      fc.property(bytes, (data) => {
        let block: LightBlock;
        try {
          block = decodeLightBlock(data);
        } catch (err) {
          expect(err).toBeInstanceOf(VerificationError);
          return;
        }
        // Bytes verification does not read (the set's total, an absent vote's time) may change;
        // whatever verifies is the original header and the original counted votes.
        if (codeOf(block, 2n) === 'OK') {
          const counted = (b: LightBlock) =>
            b.signedHeader.commit.signatures.filter((sig) => sig.blockIdFlag === BlockIdFlag.Commit);
          expect(block.signedHeader.header).toEqual(chain.block(2n).signedHeader.header);
          expect(counted(block)).toEqual(counted(chain.block(2n)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
