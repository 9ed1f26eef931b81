/** Header verification rules (CometBFT light/verifier.go) on generated, really signed chains. */
import { describe, expect, it } from '@jest/globals';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { VerificationError } from '../../../light-clients/index.js';
import { verifySignatureReference } from '../../../light-clients/crypto/signatures.js';
import {
  trustedStateOf,
  validatorSetHash,
  verifyLightBlock,
  type LightBlock,
  type TrustedState,
  type VerifyOptions,
} from '../../../light-clients/tendermint/index.js';
import { makeChain, members, nowAfter, optionsFor, validatorSetOf, variant } from './support/chain.js';

const four = members(['a', 'b', 'c', 'd']);
const chain = makeChain({ height: 12, validatorsAt: () => four });
const options: VerifyOptions = optionsFor(chain);
const trusted = trustedStateOf(chain.block(1n));

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    if (err instanceof VerificationError) return err.code;
    throw err;
  }
  return 'OK';
}

const verify = (
  block: LightBlock,
  from: TrustedState = trusted,
  now = nowAfter(chain, block.signedHeader.header.height),
  opts = options,
) => codeOf(() => verifyLightBlock(from, block, opts, now));

describe('tendermint verifier: valid headers', () => {
  it('behavior: an adjacent header verifies and becomes the next trusted state', () => {
    const block = chain.block(2n);
    const verified = verifyLightBlock(trusted, block, options, nowAfter(chain, 2n));
    expect(verified).toMatchObject({
      height: 2n,
      adjacent: true,
      tally: { signedPower: 30n, neededPower: 26n, totalPower: 40n, verifiedSignatures: 3 },
    });
    expect(verified.trusted).toEqual(trustedStateOf(block));
  });

  it('behavior: a skipping header verifies with the trusted set, stopping at the thresholds', () => {
    const verified = verifyLightBlock(trusted, chain.block(10n), options, nowAfter(chain, 10n));
    expect(verified).toMatchObject({ height: 10n, adjacent: false, tally: { verifiedSignatures: 3 } });
  });

  it('behavior: the noble reference verifier gives the same verdict', () => {
    expect(
      verify(chain.block(10n), trusted, nowAfter(chain, 10n), {
        ...options,
        verifySignature: verifySignatureReference,
      }),
    ).toBe('OK');
  });

  it('behavior: secp256k1 validators verify (RIPEMD-160 addresses, low-S signatures)', () => {
    const k1 = members(['k1', 'k2', 'k3'], 5n, 'secp256k1');
    const k1chain = makeChain({ height: 5, validatorsAt: () => k1 });
    expect(
      verifyLightBlock(
        trustedStateOf(k1chain.block(1n)),
        k1chain.block(4n),
        optionsFor(k1chain),
        nowAfter(k1chain, 4n),
      ),
    ).toMatchObject({
      height: 4n,
    });
  });
});

describe('tendermint verifier: rejected headers, one rule each', () => {
  it('error: WRONG_CHAIN_ID — a header of another chain, validly signed for it', () => {
    expect(verify(variant(chain, 2n, { chainId: 'other-chain' }))).toBe('WRONG_CHAIN_ID');
  });

  it('error: NON_INCREASING_HEIGHT — a header at or below the trusted height', () => {
    expect(verify(chain.block(1n))).toBe('NON_INCREASING_HEIGHT');
    expect(verify(chain.block(3n), trustedStateOf(chain.block(5n)), nowAfter(chain, 5n))).toBe(
      'NON_INCREASING_HEIGHT',
    );
  });

  it('error: NON_MONOTONIC_TIME — a header not after the trusted time', () => {
    const time = chain.block(1n).signedHeader.header.time;
    expect(verify(variant(chain, 2n, { time }))).toBe('NON_MONOTONIC_TIME');
    expect(verify(variant(chain, 2n, { time: time - 1n }))).toBe('NON_MONOTONIC_TIME');
  });

  it('error: HEADER_FROM_FUTURE — a header at or beyond now + max clock drift', () => {
    const time = chain.block(2n).signedHeader.header.time;
    expect(verify(chain.block(2n), trusted, time - options.maxClockDrift)).toBe('HEADER_FROM_FUTURE');
    expect(verify(chain.block(2n), trusted, time - options.maxClockDrift + 1n)).toBe('OK');
  });

  it('error: TRUSTED_STATE_EXPIRED — the trusted state is past its trusting period', () => {
    const expiry = trusted.time + options.trustingPeriod;
    expect(verify(chain.block(2n), trusted, expiry)).toBe('TRUSTED_STATE_EXPIRED');
    expect(verify(chain.block(2n), trusted, expiry - 1n)).toBe('OK');
  });

  it("error: VALIDATOR_SET_MISMATCH — the supplied set is not the header's", () => {
    const block = chain.block(2n);
    expect(verify({ ...block, validatorSet: validatorSetOf(members(['a', 'b', 'c', 'e'])) })).toBe(
      'VALIDATOR_SET_MISMATCH',
    );
  });

  it('error: VALIDATOR_SET_MISMATCH — a commit with fewer entries than the set', () => {
    const block = chain.block(2n);
    const commit = {
      ...block.signedHeader.commit,
      signatures: block.signedHeader.commit.signatures.slice(0, 3),
    };
    expect(verify({ ...block, signedHeader: { ...block.signedHeader, commit } })).toBe(
      'VALIDATOR_SET_MISMATCH',
    );
  });

  it('error: NEXT_VALIDATOR_SET_MISMATCH — an adjacent header whose set is not the trusted next set', () => {
    const others = members(['w', 'x', 'y', 'z']);
    const block = variant(
      chain,
      2n,
      { validatorsHash: validatorSetHash(validatorSetOf(others)) },
      { members: others },
    );
    expect(verify({ ...block, validatorSet: validatorSetOf(others) })).toBe('NEXT_VALIDATOR_SET_MISMATCH');
  });

  it("error: NEXT_VALIDATOR_SET_MISMATCH — a supplied next set that is not the header's", () => {
    expect(verify({ ...chain.block(2n), nextValidatorSet: validatorSetOf(members(['q'])) })).toBe(
      'NEXT_VALIDATOR_SET_MISMATCH',
    );
  });

  it('error: NEXT_VALIDATOR_SET_MISMATCH — a trusted next set that does not hash to the trusted next_validators_hash', () => {
    expect(verify(chain.block(5n), { ...trusted, nextValidators: validatorSetOf(members(['q'])) })).toBe(
      'NEXT_VALIDATOR_SET_MISMATCH',
    );
  });

  it('error: MALFORMED_HEADER — a skipping step without the trusted next set', () => {
    const { nextValidators: _, ...bare } = trusted;
    expect(verify(chain.block(5n), bare)).toBe('MALFORMED_HEADER');
    expect(verify(chain.block(2n), bare)).toBe('OK');
  });

  it('error: COMMIT_BLOCK_ID_MISMATCH — a commit for another header or height', () => {
    const block = chain.block(2n);
    const other = chain.block(3n).signedHeader.commit;
    expect(verify({ ...block, signedHeader: { header: block.signedHeader.header, commit: other } })).toBe(
      'COMMIT_BLOCK_ID_MISMATCH',
    );
    const sameHeight = { ...other, height: 2n };
    expect(
      verify({ ...block, signedHeader: { header: block.signedHeader.header, commit: sameHeight } }),
    ).toBe('COMMIT_BLOCK_ID_MISMATCH');
  });

  it('error: INSUFFICIENT_VOTING_POWER — exactly 2/3 is not more than 2/3', () => {
    const six = members(['a', 'b', 'c', 'd', 'e', 'f']);
    const sixChain = makeChain({
      height: 3,
      validatorsAt: () => six,
      signersAt: (h) => new Set(h === 2n ? [0, 1, 2, 3] : [0, 1, 2, 3, 4]),
    });
    const t = trustedStateOf(sixChain.block(1n));
    expect(
      codeOf(() => verifyLightBlock(t, sixChain.block(2n), optionsFor(sixChain), nowAfter(sixChain, 2n))),
    ).toBe('INSUFFICIENT_VOTING_POWER');
    expect(
      codeOf(() =>
        verifyLightBlock(
          trustedStateOf(sixChain.block(2n)),
          sixChain.block(3n),
          optionsFor(sixChain),
          nowAfter(sixChain, 3n),
        ),
      ),
    ).toBe('OK');
  });

  it('error: NOT_ENOUGH_TRUST — a skipping header signed by too little of the trusted set', () => {
    const half = members(['a', 'e', 'f', 'g']);
    const shifting = makeChain({ height: 6, validatorsAt: (h) => (h <= 2n ? four : half) });
    const t = trustedStateOf(shifting.block(1n));
    // 1 of 4 trusted validators (1/4 <= 1/3) signed block 6.
    expect(
      codeOf(() => verifyLightBlock(t, shifting.block(6n), optionsFor(shifting), nowAfter(shifting, 6n))),
    ).toBe('NOT_ENOUGH_TRUST');
  });

  it('error: BAD_SIGNATURE — a counted signature that does not verify', () => {
    const block = chain.block(2n);
    const signatures = block.signedHeader.commit.signatures.map((s, i) =>
      i === 1 ? { ...s, signature: s.signature.map((b, j) => (j === 0 ? b ^ 1 : b)) } : s,
    );
    const commit = { ...block.signedHeader.commit, signatures };
    expect(verify({ ...block, signedHeader: { ...block.signedHeader, commit } })).toBe('BAD_SIGNATURE');
  });

  it('error: INVALID_TRUST_LEVEL — a trust level outside [1/3, 1]', () => {
    expect(
      verify(chain.block(5n), trusted, nowAfter(chain, 5n), {
        ...options,
        trustLevel: { numerator: 1n, denominator: 4n },
      }),
    ).toBe('INVALID_TRUST_LEVEL');
    expect(
      verify(chain.block(5n), trusted, nowAfter(chain, 5n), {
        ...options,
        trustLevel: { numerator: 4n, denominator: 3n },
      }),
    ).toBe('INVALID_TRUST_LEVEL');
    expect(
      verify(chain.block(5n), trusted, nowAfter(chain, 5n), {
        ...options,
        trustLevel: { numerator: 1n, denominator: 0n },
      }),
    ).toBe('INVALID_TRUST_LEVEL');
    expect(
      verify(chain.block(5n), trusted, nowAfter(chain, 5n), {
        ...options,
        trustLevel: { numerator: 2n, denominator: 3n },
      }),
    ).toBe('OK');
  });

  it('error: INVALID_TRUST_LEVEL — a level in range whose numerator overflows int64 arithmetic', () => {
    const huge = 1n << 62n;
    const trustLevel = { numerator: huge, denominator: huge + 1n };
    expect(verify(chain.block(5n), trusted, nowAfter(chain, 5n), { ...options, trustLevel })).toBe(
      'INVALID_TRUST_LEVEL',
    );
  });

  it('error: MALFORMED_HEADER — a header with another block protocol', () => {
    expect(verify(variant(chain, 2n, { version: { block: 10n, app: 1n } }))).toBe('MALFORMED_HEADER');
  });

  it('error: INVALID_PUBLIC_KEY — a secp256k1 validator key that is not a curve point', () => {
    const k1 = members(['k1', 'k2', 'k3'], 5n, 'secp256k1');
    const k1chain = makeChain({ height: 3, validatorsAt: () => k1 });
    let x = 1n;
    let bad = new Uint8Array(0);
    while (bad.length === 0) {
      const candidate = Uint8Array.from(Buffer.from(`02${(x++).toString(16).padStart(64, '0')}`, 'hex'));
      try {
        secp256k1.Point.fromBytes(candidate);
      } catch {
        bad = candidate;
      }
    }
    const original = k1chain.block(2n).validatorSet;
    const badSet = {
      ...original,
      validators: original.validators.map((v) => ({
        ...v,
        pubKey: { type: 'secp256k1' as const, bytes: bad },
      })),
    };
    const block = variant(k1chain, 2n, { validatorsHash: validatorSetHash(badSet) });
    const t: TrustedState = {
      ...trustedStateOf(k1chain.block(1n)),
      nextValidatorsHash: validatorSetHash(badSet),
    };
    const code = codeOf(() =>
      verifyLightBlock(
        t,
        { signedHeader: block.signedHeader, validatorSet: badSet },
        optionsFor(k1chain),
        nowAfter(k1chain, 2n),
      ),
    );
    expect(code).toBe('INVALID_PUBLIC_KEY');
  });
});
