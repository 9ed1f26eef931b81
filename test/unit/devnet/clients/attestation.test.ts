/**
 * The registry's attestation clients without a host chain: the
 * `AttestationClientState` / `AttestationConsensusState` encodings,
 * CreateClient's checks, updates (and their replay), pruning of expired
 * consensus states, and the checks a state proof passes before its bytes
 * are read. Signers are the agency ledger's (adapters/external) ed25519
 * test keys.
 */
import { describe, expect, it } from '@jest/globals';
import {
  ClientRegistry,
  decodeAttestationClientState,
  decodeAttestationConsensusState,
  encodeAttestationClientState,
  encodeAttestationConsensusState,
  encodeClientState,
  encodeConsensusState,
} from '../../../../adapters/devnet/index.js';
import {
  Attestor,
  createAgencySigner,
  encodeAttestationMessage,
} from '../../../../adapters/external/index.js';
import {
  createClientState,
  type AttestationClientState,
} from '../../../../light-clients/attestation/index.js';
import { DEFAULT_TRUST_LEVEL } from '../../../../light-clients/tendermint/index.js';
import { fromU64, toU64, v1 } from '../../../../proto/index.js';
import { CHAIN_ID, SECOND, T0, signerEntry, testConfig } from '../../external/keys.js';
import { codeOf, MemoryKv } from './memory-kv.js';

const config = testConfig(
  [1, 2, 3].map((n) => signerEntry('ed25519', n)),
  2,
);
const attestor = new Attestor(
  config.signerSet.signers.map((s, i) => createAgencySigner(s, i)),
  BigInt(config.signerSet.threshold),
);
const TRUSTING_PERIOD = 10n * SECOND;

function clientState(
  overrides: Partial<Parameters<typeof createClientState>[0]> = {},
): AttestationClientState {
  return createClientState({
    chainId: CHAIN_ID,
    signers: attestor.signerSet.signers,
    threshold: attestor.signerSet.threshold,
    trustingPeriodNs: TRUSTING_PERIOD,
    maxClockDriftNs: 5n * SECOND,
    ...overrides,
  });
}

/** Height h is attested at T0 + h seconds with a root of h's bytes. */
const timeOf = (h: bigint): bigint => T0 + h * SECOND;
const attested = (h: bigint, root = new Uint8Array(32).fill(Number(h))): v1.ClientMessage =>
  encodeAttestationMessage(
    attestor.attest({ chainId: CHAIN_ID, height: h, timestampNs: timeOf(h), stateRoot: root }),
  );

function create(kv: MemoryKv, state = clientState(), consensus: Uint8Array = new Uint8Array(0)): string {
  return new ClientRegistry(kv).create('attestation', encodeAttestationClientState(state), consensus);
}

describe('attestation client encodings', () => {
  it('behavior: client and consensus states round-trip, frozen or not', () => {
    const state = clientState({ latestHeight: 7n, latestTimestampNs: timeOf(7n), signerSetSequence: 2n });
    expect(decodeAttestationClientState(encodeAttestationClientState(state))).toEqual(state);
    const frozen = { ...state, frozen: true };
    expect(decodeAttestationClientState(encodeAttestationClientState(frozen))).toEqual(frozen);
    const consensus = { timestampNs: timeOf(7n), root: new Uint8Array([1, 2, 3]) };
    expect(decodeAttestationConsensusState(encodeAttestationConsensusState(consensus))).toEqual(consensus);
  });

  it('error: unknown schemes, bad signer sets and junk bytes are rejected with their codes', () => {
    const base = v1.AttestationClientState.decode(encodeAttestationClientState(clientState()));
    const withSigners = (signers: v1.IAttestationSigner[], threshold = base.threshold): Uint8Array =>
      v1.AttestationClientState.encode({ ...base, signers, threshold }).finish();
    const [first] = base.signers;
    expect(codeOf(() => decodeAttestationClientState(withSigners([{ ...first, scheme: 'rsa' }])))).toBe(
      'INVALID_CLIENT_STATE',
    );
    expect(
      codeOf(() =>
        decodeAttestationClientState(withSigners(base.signers, toU64(fromU64(base.threshold) * 10n))),
      ),
    ).toBe('INVALID_SIGNER_SET');
    expect(codeOf(() => decodeAttestationClientState(new Uint8Array([0xff, 0xff])))).toBe(
      'MALFORMED_MESSAGE',
    );
    expect(codeOf(() => decodeAttestationConsensusState(new Uint8Array([0xff, 0xff])))).toBe(
      'MALFORMED_MESSAGE',
    );
  });

  it('error: CreateClient refuses a frozen client and a consensus state that does not match the latest height', () => {
    const kv = new MemoryKv();
    expect(codeOf(() => create(kv, { ...clientState(), frozen: true }))).toBe('INVALID_CLIENT_STATE');
    const consensus = encodeAttestationConsensusState({ timestampNs: timeOf(3n), root: new Uint8Array(32) });
    expect(codeOf(() => create(kv, clientState(), consensus))).toBe('INVALID_CONSENSUS_STATE');
    expect(codeOf(() => create(kv, clientState({ latestHeight: 3n, latestTimestampNs: timeOf(3n) })))).toBe(
      'INVALID_CONSENSUS_STATE',
    );
    expect(
      codeOf(() => create(kv, clientState({ latestHeight: 3n, latestTimestampNs: timeOf(2n) }), consensus)),
    ).toBe('INVALID_CONSENSUS_STATE');
    expect(kv.entries.size).toBe(0);
    const id = create(kv, clientState({ latestHeight: 3n, latestTimestampNs: timeOf(3n) }), consensus);
    expect(new ClientRegistry(kv).query(id, timeOf(4n)).consensusState?.root).toEqual(new Uint8Array(32));
  });

  it('behavior: client ids of every type count from one sequence', () => {
    const kv = new MemoryKv();
    const registry = new ClientRegistry(kv);
    const tendermint = registry.create(
      'tendermint',
      encodeClientState({
        chainId: 'health-1',
        trustLevel: DEFAULT_TRUST_LEVEL,
        trustingPeriod: 10n * SECOND,
        unbondingPeriod: 20n * SECOND,
        maxClockDrift: SECOND,
        latestHeight: 1n,
        frozenHeight: 0n,
      }),
      encodeConsensusState({
        timestamp: T0,
        root: new Uint8Array(32).fill(1),
        nextValidatorsHash: new Uint8Array(32),
      }),
    );
    expect([tendermint, create(kv)]).toEqual(['07-tendermint-0', '09-attestation-1']);
    expect([registry.clientType(tendermint), registry.clientType('09-attestation-1')]).toEqual([
      'tendermint',
      'attestation',
    ]);
    expect(codeOf(() => registry.clientState('09-attestation-1'))).toBe('CLIENT_NOT_FOUND');
    // The time at a height is read from any client type's consensus state.
    expect(registry.timeAt(tendermint, 1n)).toBe(T0);
    expect(codeOf(() => registry.timeAt(tendermint, 2n))).toBe('CONSENSUS_STATE_NOT_FOUND');
    expect(codeOf(() => registry.timeAt('09-attestation-7', 1n))).toBe('CLIENT_NOT_FOUND');
  });
});

describe('attestation client updates and pruning', () => {
  it('behavior: updates store each attested root; a replay is unchanged; a tendermint message is refused', () => {
    const kv = new MemoryKv();
    const clientId = create(kv);
    const registry = new ClientRegistry(kv);
    expect(registry.update(clientId, attested(1n), timeOf(1n))).toEqual({
      kind: 'updated',
      height: 1n,
      revision: 0n,
    });
    expect(registry.update(clientId, attested(1n), timeOf(2n)).kind).toBe('unchanged');
    expect(registry.timeAt(clientId, 1n)).toBe(timeOf(1n));
    expect(
      codeOf(() => registry.update(clientId, attested(1n, new Uint8Array(32).fill(9)), timeOf(2n))),
    ).toBe('NON_MONOTONIC_HEIGHT');
    expect(
      codeOf(() => registry.update(clientId, { ...attested(2n), clientType: 'tendermint' }, timeOf(2n))),
    ).toBe('WRONG_CLIENT_TYPE');
  });

  it('behavior: an update prunes the consensus states past the trusting period and keeps the latest', () => {
    const kv = new MemoryKv();
    const clientId = create(kv);
    const registry = new ClientRegistry(kv);
    for (let h = 1n; h <= 12n; h++) registry.update(clientId, attested(h), timeOf(h) + SECOND);
    const now = timeOf(12n) + SECOND;
    const view = registry.query(clientId, now);
    expect(view.consensusState?.root).toEqual(new Uint8Array(32).fill(12));
    const store = new ClientRegistry(kv);
    const heights = Array.from({ length: 12 }, (_, i) => BigInt(i + 1));
    const kept = heights.filter((h) => {
      try {
        store.verifyNonMembership({
          clientId,
          height: h,
          proof: { kind: 'ics23' },
          path: new Uint8Array([1]),
          now,
        });
        return true;
      } catch (err) {
        return (err as { code?: string }).code !== 'CONSENSUS_STATE_NOT_FOUND';
      }
    });
    expect(kept).toEqual(heights.filter((h) => timeOf(h) + TRUSTING_PERIOD > now));
  });

  it('error: proofs against an expired or frozen client, or a height without a state, are refused first', () => {
    const kv = new MemoryKv();
    const clientId = create(kv);
    const registry = new ClientRegistry(kv);
    registry.update(clientId, attested(1n), timeOf(1n));
    const args = {
      clientId,
      height: 1n,
      proof: { kind: 'ics23' },
      path: new Uint8Array([1]),
      now: timeOf(1n),
    };
    expect(codeOf(() => registry.verifyNonMembership({ ...args, height: 2n }))).toBe(
      'CONSENSUS_STATE_NOT_FOUND',
    );
    expect(codeOf(() => registry.verifyNonMembership({ ...args, proof: { kind: 'mpt' } }))).toBe(
      'PROOF_KIND_MISMATCH',
    );
    expect(codeOf(() => registry.verifyNonMembership({ ...args, now: timeOf(1n) + TRUSTING_PERIOD }))).toBe(
      'CLIENT_EXPIRED',
    );
    expect(registry.query(clientId, timeOf(1n) + TRUSTING_PERIOD).clientState.status).toBe(
      v1.ClientStatus.CLIENT_STATUS_EXPIRED,
    );
    const misbehaviour = v1.ClientMessage.create({
      clientType: 'attestation',
      bytes: v1.AttestationMisbehaviour.encode({
        first: attested(1n).bytes,
        second: attested(1n, new Uint8Array(32).fill(9)).bytes,
      }).finish(),
    });
    expect(registry.submitMisbehaviour(clientId, misbehaviour, timeOf(2n))).toEqual({
      kind: 'frozen',
      height: 1n,
      revision: 0n,
    });
    expect(codeOf(() => registry.verifyNonMembership(args))).toBe('CLIENT_FROZEN');
    expect(codeOf(() => registry.update(clientId, attested(2n), timeOf(2n)))).toBe('CLIENT_FROZEN');
  });
});
