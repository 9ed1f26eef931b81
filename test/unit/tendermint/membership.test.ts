/**
 * ICS-07 state verification through the client: proofs checked against the
 * app hash of a stored consensus state, only while the client is active.
 */
import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { tendermintSpec } from '../../../light-clients/ics23/index.js';
import {
  verifyMembership,
  verifyNonMembership,
  type ClientState,
  type ConsensusState,
  type StateProof,
} from '../../../light-clients/tendermint/index.js';
import { loadVector } from '../../conformance/ics23/vectors.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import { codeOf } from '../ics23/codes.js';
import { simpleTree, utf8 } from '../ics23/simple-tree.js';
import { encodeChained } from '../ics23/wire.js';
import { NS } from './support/chain.js';

const NOW = 1_800_000_000n * NS;
const client: ClientState = {
  chainId: 'health-1',
  trustLevel: { numerator: 1n, denominator: 3n },
  trustingPeriod: 14n * 86_400n * NS,
  unbondingPeriod: 21n * 86_400n * NS,
  maxClockDrift: 10n * NS,
  latestHeight: 8n,
  frozenHeight: 0n,
};

function states(root: Uint8Array, timestamp = NOW - 60n * NS): (h: bigint) => ConsensusState | undefined {
  const consensus: ConsensusState = { timestamp, root, nextValidatorsHash: new Uint8Array(32).fill(1) };
  return (h) => (h === 8n ? consensus : undefined);
}

describe('tendermint client: state proofs on a single-store chain', () => {
  const entries = ['commitments/channel-0/1', 'commitments/channel-0/2', 'receipts/channel-0/9'].map((k) => ({
    key: utf8(k),
    value: randomBytes(32),
  }));
  const tree = simpleTree(entries);
  const at = 1;
  const entry = tree.entries[at]!;
  const proof = encodeChained([{ kind: 'exist', proof: tree.proof(at) }]);
  const base: StateProof = {
    client,
    consensusStates: states(tree.root),
    proofHeight: 8n,
    proof,
    path: [entry.key],
    specs: [tendermintSpec],
    now: NOW,
  };

  it('behavior: a stored value verifies against the consensus root', () => {
    expect(codeOf(() => verifyMembership(base, entry.value))).toBe('OK');
  });

  it('error: another value is VALUE_MISMATCH', () => {
    expect(codeOf(() => verifyMembership(base, randomBytes(32)))).toBe('VALUE_MISMATCH');
  });

  it('error: a root the client does not hold is PROOF_INVALID', () => {
    expect(
      codeOf(() => verifyMembership({ ...base, consensusStates: states(randomBytes(32)) }, entry.value)),
    ).toBe('PROOF_INVALID');
  });

  it('error: no consensus state at the proof height is CONSENSUS_STATE_NOT_FOUND', () => {
    expect(codeOf(() => verifyMembership({ ...base, proofHeight: 7n }, entry.value))).toBe(
      'CONSENSUS_STATE_NOT_FOUND',
    );
  });

  it('error: a frozen client verifies nothing (CLIENT_FROZEN)', () => {
    expect(
      codeOf(() => verifyMembership({ ...base, client: { ...client, frozenHeight: 5n } }, entry.value)),
    ).toBe('CLIENT_FROZEN');
  });

  it('error: an expired client verifies nothing (CLIENT_EXPIRED)', () => {
    const old = states(tree.root, NOW - 15n * 86_400n * NS);
    expect(codeOf(() => verifyMembership({ ...base, consensusStates: old }, entry.value))).toBe(
      'CLIENT_EXPIRED',
    );
  });

  it('error: a membership proof does not prove absence (PROOF_TYPE_MISMATCH)', () => {
    expect(codeOf(() => verifyNonMembership(base))).toBe('PROOF_TYPE_MISMATCH');
  });
});

describeWithFixtures('ics23', 'tendermint client: state proofs through an SDK multi-store', (dir) => {
  const absent = loadVector(dir, 'iavl', 'nonexist_middle');
  const stores = simpleTree(
    ['acc', 'ibc', 'upgrade'].map((name) => ({
      key: utf8(name),
      value: name === 'ibc' ? absent.root : randomBytes(32),
    })),
  );
  const storeAt = stores.entries.findIndex((e) => Buffer.from(e.key).toString() === 'ibc');
  const proof = encodeChained([absent.proof, { kind: 'exist', proof: stores.proof(storeAt) }]);
  const base: StateProof = {
    client,
    consensusStates: states(stores.root),
    proofHeight: 8n,
    proof,
    path: [utf8('ibc'), absent.key],
    now: NOW,
  };

  it('behavior: an absent key verifies with the default SDK specs', () => {
    expect(codeOf(() => verifyNonMembership(base))).toBe('OK');
  });

  it('error: the absence proof under another store name is KEY_MISMATCH', () => {
    expect(codeOf(() => verifyNonMembership({ ...base, path: [utf8('acc'), absent.key] }))).toBe(
      'KEY_MISMATCH',
    );
  });
});
