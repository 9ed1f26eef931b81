/** The EVM client: header-chain rules, seals through verifyHeader, misbehaviour and the attested extension point. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { VerificationError } from '../../../light-clients/index.js';
import {
  bftBlockHash,
  checkMisbehaviour,
  headerFields,
  verifyHeader,
  type AttestedSealVerifier,
  type EvmConsensusState,
  type EvmHeader,
} from '../../../light-clients/evm/index.js';
import { bftFixture, clientState, NOW, NOW_S, plainHeader, testKeys } from './chain-builder.js';
import { expectCode } from './expect-code.js';

const SECOND = 1_000_000_000n;

describe.each(['qbft', 'ibft2'] as const)('evm client (%s)', (kind) => {
  const fx = bftFixture(kind, 4);
  const state = clientState(kind);
  const header = fx.next();
  const hash = bftBlockHash(kind, header);

  it('behavior: the next sealed header verifies and becomes the trusted state', () => {
    const next = verifyHeader(state, fx.trusted, { header, hash }, NOW);
    expect(next).toEqual({ header, hash, validators: fx.validators });
  });

  it("behavior: the header's extraData validators seal the header after it", () => {
    const newcomers = testKeys(3, 50);
    const changed = fx.next(
      undefined,
      {},
      newcomers.map((k) => k.address),
    );
    const trusted = verifyHeader(state, fx.trusted, { header: changed }, NOW);
    expect(trusted.validators).toEqual(newcomers.map((k) => k.address));
  });

  it('error: a frozen client is CLIENT_FROZEN', () => {
    const err = expectCode(
      () => verifyHeader({ ...state, frozen: true }, fx.trusted, { header }, NOW),
      'CLIENT_FROZEN',
    );
    expect(err.category).toBe('failed_precondition');
  });

  it('error: a trusted header older than the trusting period is CLIENT_EXPIRED', () => {
    const late = (NOW_S - 10n) * SECOND + state.trustingPeriodNs;
    expectCode(() => verifyHeader(state, fx.trusted, { header }, late), 'CLIENT_EXPIRED');
    expect(verifyHeader(state, fx.trusted, { header }, late - 1n).header).toBe(header);
  });

  it('error: a claimed hash the header does not have is HEADER_HASH_MISMATCH', () => {
    expectCode(
      () => verifyHeader(state, fx.trusted, { header, hash: keccak_256(hash) }, NOW),
      'HEADER_HASH_MISMATCH',
    );
  });

  it('error: a header naming another parent is PARENT_HASH_MISMATCH', () => {
    const stray = fx.next(undefined, { parentHash: keccak_256(Uint8Array.of(9)) });
    expectCode(() => verifyHeader(state, fx.trusted, { header: stray }, NOW), 'PARENT_HASH_MISMATCH');
  });

  it.each([10n, 9n])('error: a header at number %s is NON_INCREASING_NUMBER', (number) => {
    expectCode(
      () => verifyHeader(state, fx.trusted, { header: fx.next(undefined, { number }) }, NOW),
      'NON_INCREASING_NUMBER',
    );
  });

  it('error: a header two blocks ahead is NON_ADJACENT_HEADER', () => {
    expectCode(
      () => verifyHeader(state, fx.trusted, { header: fx.next(undefined, { number: 12n }) }, NOW),
      'NON_ADJACENT_HEADER',
    );
  });

  it.each([NOW_S - 10n, NOW_S - 11n])(
    'error: a header at time %s (trusted at NOW-10) is NON_MONOTONIC_TIME',
    (timestamp) => {
      expectCode(
        () => verifyHeader(state, fx.trusted, { header: fx.next(undefined, { timestamp }) }, NOW),
        'NON_MONOTONIC_TIME',
      );
    },
  );

  it('error: a header beyond now plus clock drift is HEADER_FROM_FUTURE; at the edge it passes', () => {
    const edge = NOW_S + state.maxClockDriftNs / SECOND;
    expect(
      verifyHeader(state, fx.trusted, { header: fx.next(undefined, { timestamp: edge }) }, NOW).header
        .timestamp,
    ).toBe(edge);
    expectCode(
      () => verifyHeader(state, fx.trusted, { header: fx.next(undefined, { timestamp: edge + 1n }) }, NOW),
      'HEADER_FROM_FUTURE',
    );
  });

  it('error: a seal by a non-validator, a duplicate and a short quorum are rejected through verifyHeader', () => {
    const outsider = testKeys(1, 99);
    expectCode(
      () => verifyHeader(state, fx.trusted, { header: fx.next([...fx.keys.slice(0, 2), ...outsider]) }, NOW),
      'SEAL_NOT_VALIDATOR',
    );
    expectCode(
      () =>
        verifyHeader(
          state,
          fx.trusted,
          { header: fx.next([...fx.keys.slice(0, 2), ...fx.keys.slice(0, 1)]) },
          NOW,
        ),
      'DUPLICATE_SEAL',
    );
    expectCode(
      () => verifyHeader(state, fx.trusted, { header: fx.next(fx.keys.slice(0, 2)) }, NOW),
      'INSUFFICIENT_SEALS',
    );
  });

  it('error: extraData that is not BFT extraData is MALFORMED_EXTRA_DATA', () => {
    expectCode(
      () => verifyHeader(state, fx.trusted, { header: { ...header, extraData: Uint8Array.of(1, 2) } }, NOW),
      'MALFORMED_EXTRA_DATA',
    );
  });

  /** Every field changed to another valid value of its shape. */
  const tampered = (h: EvmHeader, name: keyof EvmHeader): EvmHeader => {
    const value = h[name];
    if (typeof value === 'bigint') return { ...h, [name]: value + 1n };
    if (name === 'extraData') return h; // covered by the seal and extraData tests
    const bytes = new Uint8Array(value as Uint8Array);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    return { ...h, [name]: bytes };
  };

  it.each(headerFields.filter((f) => f.name in header && f.name !== 'extraData').map((f) => [f.name]))(
    'error: a tampered %s is HEADER_HASH_MISMATCH against the claimed hash, and fails its seals without one',
    (name) => {
      const changed = tampered(header, name);
      expectCode(
        () => verifyHeader(state, fx.trusted, { header: changed, hash }, NOW),
        'HEADER_HASH_MISMATCH',
      );
      expect(() => verifyHeader(state, fx.trusted, { header: changed }, NOW)).toThrow(VerificationError);
    },
  );

  it('behavior: random byte mutations of a valid header are always rejected with a VerificationError', () => {
    const names = headerFields.filter((f) => f.name in header).map((f) => f.name);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), fc.integer({ min: 0, max: 7 }), (name, at, bit) => {
        const value = header[name];
        let changed: EvmHeader;
        if (typeof value === 'bigint') changed = { ...header, [name]: value ^ (1n << BigInt(bit)) };
        else {
          const bytes = new Uint8Array(value as Uint8Array);
          bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ (1 << bit);
          changed = { ...header, [name]: bytes };
        }
        expect(() => verifyHeader(state, fx.trusted, { header: changed }, NOW)).toThrow(VerificationError);
      }),
      { numRuns: 200 },
    );
  });

  describe('misbehaviour', () => {
    const conflicting = fx.next(fx.keys.slice(1, 4), { gasUsed: 1n });

    it('behavior: two quorum-sealed headers at one number with different hashes freeze the client', () => {
      expect(checkMisbehaviour(state, fx.trusted, { header1: header, header2: conflicting }).frozen).toBe(
        true,
      );
    });

    it('behavior: the same block with other seals or round is a look-alike and does not freeze', () => {
      const resealed = fx.next(fx.keys.slice(1, 4));
      expect(checkMisbehaviour(state, fx.trusted, { header1: header, header2: resealed })).toBe(state);
    });

    it('behavior: headers at different numbers do not freeze', () => {
      const later = fx.next(undefined, { number: 12n });
      expect(checkMisbehaviour(state, fx.trusted, { header1: header, header2: later })).toBe(state);
    });

    it('behavior: a client already frozen stays as it is', () => {
      const frozen = { ...state, frozen: true };
      expect(checkMisbehaviour(frozen, fx.trusted, { header1: header, header2: conflicting })).toBe(frozen);
    });

    it('error: a conflicting header short of quorum is evidence that does not verify (INSUFFICIENT_SEALS)', () => {
      const weak = fx.next(fx.keys.slice(0, 1), { gasUsed: 1n });
      expectCode(
        () => checkMisbehaviour(state, fx.trusted, { header1: header, header2: weak }),
        'INSUFFICIENT_SEALS',
      );
    });
  });
});

describe('evm client (attested extension point)', () => {
  const state = clientState('attested');
  const trustedHeader = plainHeader({ number: 5n, timestamp: NOW_S - 20n });
  const trusted: EvmConsensusState = {
    header: trustedHeader,
    hash: keccak_256(new Uint8Array(0)),
    validators: ['0x00000000000000000000000000000000000000a1'],
  };
  const header = plainHeader({ number: 6n, timestamp: NOW_S - 10n, parentHash: trusted.hash });

  it('behavior: the supplied verifier decides the seal and names the next signer set; chain rules still apply', () => {
    const seen: unknown[] = [];
    const attested: AttestedSealVerifier = (input) => {
      seen.push(input.attestation);
      return ['0x00000000000000000000000000000000000000b2'];
    };
    const next = verifyHeader(state, trusted, { header, attestation: 'proof' }, NOW, { attested });
    expect(next.validators).toEqual(['0x00000000000000000000000000000000000000b2']);
    expect(seen).toEqual(['proof']);
    expectCode(
      () =>
        verifyHeader(
          state,
          trusted,
          { header: { ...header, parentHash: keccak_256(Uint8Array.of(1)) } },
          NOW,
          { attested },
        ),
      'PARENT_HASH_MISMATCH',
    );
  });

  it('error: an attested client without a verifier is CONSENSUS_UNSUPPORTED', () => {
    expectCode(() => verifyHeader(state, trusted, { header }, NOW), 'CONSENSUS_UNSUPPORTED');
    expectCode(
      () => checkMisbehaviour(state, trusted, { header1: header, header2: { ...header, gasUsed: 3n } }),
      'CONSENSUS_UNSUPPORTED',
    );
  });
});
