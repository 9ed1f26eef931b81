/**
 * The registry's EVM clients without a host chain, on QBFT headers sealed
 * with the EVM tests' own keys (test/unit/evm/chain-builder.ts): create
 * from a trusted header, update with the next one, a storage slot proven
 * (and an unset one proven 0) under the new state root; headers not sealed
 * by the trusted set rejected; two headers at one number freeze the client;
 * the encodings round-trip (Clique's window and votes included).
 */
import { describe, expect, it } from '@jest/globals';
import { keccak_256 } from '@noble/hashes/sha3.js';
import {
  ClientRegistry,
  decodeEvmClientState,
  decodeEvmConsensusState,
  encodeEvmAccountProof,
  encodeEvmClientState,
  encodeEvmConsensusState,
  type HostedEvmClientState,
} from '../../../../adapters/devnet/index.js';
import { encodeHeader, type EvmHeader } from '../../../../light-clients/evm/index.js';
import { toU64, v1 } from '../../../../proto/index.js';
import { bftFixture, clientState, cliqueHeader, NOW, testKeys } from '../../evm/chain-builder.js';
import { contract, slotPath, testState } from './evm-state-builder.js';
import { codeOf, MemoryKv } from './memory-kv.js';

const fixture = bftFixture('qbft');
const hosted = (fields: Partial<HostedEvmClientState> = {}): HostedEvmClientState => ({
  ...clientState('qbft'),
  latestHeight: fixture.trusted.header.number,
  ...fields,
});
const message = (header: EvmHeader): v1.ClientMessage =>
  v1.ClientMessage.create({ clientType: 'evm', bytes: encodeHeader(header) });

function created(): { kv: MemoryKv; registry: ClientRegistry; clientId: string } {
  const kv = new MemoryKv();
  const registry = new ClientRegistry(kv);
  const clientId = registry.create(
    'evm',
    encodeEvmClientState(hosted()),
    encodeEvmConsensusState(fixture.trusted),
  );
  return { kv, registry, clientId };
}

describe('evm clients on the registry', () => {
  const { root, proof } = testState();
  const next = fixture.next(undefined, { stateRoot: root });
  const path = slotPath;
  const eip1186 = {
    kind: 'eip1186',
    bytes: encodeEvmAccountProof(proof),
    height: { revision: toU64(0n), height: toU64(11n) },
  };

  it('behavior: an update with the next sealed header, then a storage slot and an unset slot verify', () => {
    const { registry, clientId } = created();
    expect(clientId).toBe('evm-0');
    expect(registry.update(clientId, message(next), NOW)).toEqual({
      kind: 'updated',
      height: 11n,
      revision: 0n,
    });
    expect(registry.update(clientId, message(next), NOW).kind).toBe('unchanged');
    const view = registry.query(clientId, NOW);
    expect(view.clientState.status).toBe(v1.ClientStatus.CLIENT_STATUS_ACTIVE);
    expect(view.consensusState?.root).toEqual(root);
    const args = {
      clientId,
      height: 11n,
      proof: eip1186,
      path: path(0n),
      value: Uint8Array.of(42),
      now: NOW,
    };
    registry.verifyMembership(args);
    registry.verifyNonMembership({ ...args, path: path(3n) });
    expect(codeOf(() => registry.verifyMembership({ ...args, value: Uint8Array.of(43) }))).toBe(
      'STORAGE_VALUE_MISMATCH',
    );
    expect(codeOf(() => registry.verifyMembership({ ...args, path: path(9n) }))).toBe('PROOF_KEY_MISMATCH');
    expect(codeOf(() => registry.verifyMembership({ ...args, path: contract }))).toBe('INVALID_PATH');
    expect(codeOf(() => registry.verifyMembership({ ...args, proof: { ...eip1186, kind: 'ics23' } }))).toBe(
      'PROOF_KIND_MISMATCH',
    );
    expect(codeOf(() => registry.verifyMembership({ ...args, height: 10n }))).toBe('PROOF_HEIGHT_MISMATCH');
    expect(codeOf(() => registry.verifyMembership({ ...args, now: NOW + 3600n * 1_000_000_000n }))).toBe(
      'CLIENT_EXPIRED',
    );
  });

  it('error: headers sealed by others, not adjacent, or of another type are rejected and change nothing', () => {
    const { kv, registry, clientId } = created();
    const before = new Map(kv.entries);
    const outsiders = testKeys(3, 50);
    expect(codeOf(() => registry.update(clientId, message(fixture.next(outsiders)), NOW))).toBe(
      'SEAL_NOT_VALIDATOR',
    );
    expect(
      codeOf(() => registry.update(clientId, message(fixture.next(undefined, { number: 12n })), NOW)),
    ).toBe('CONSENSUS_STATE_NOT_FOUND');
    expect(codeOf(() => registry.update(clientId, { ...message(next), clientType: 'tendermint' }, NOW))).toBe(
      'WRONG_CLIENT_TYPE',
    );
    expect(kv.entries).toEqual(before);
  });

  it('behavior: two sealed headers at one number freeze the client; a look-alike does not', () => {
    const { registry, clientId } = created();
    const evidence = (h1: EvmHeader, h2: EvmHeader): v1.ClientMessage =>
      v1.ClientMessage.create({
        clientType: 'evm',
        bytes: v1.EvmMisbehaviour.encode({ header_1: encodeHeader(h1), header_2: encodeHeader(h2) }).finish(),
      });
    expect(codeOf(() => registry.submitMisbehaviour(clientId, evidence(next, next), NOW))).toBe(
      'MISBEHAVIOUR_INVALID',
    );
    const other = fixture.next(undefined, { stateRoot: new Uint8Array(32).fill(5) });
    expect(registry.submitMisbehaviour(clientId, evidence(next, other), NOW)).toEqual({
      kind: 'frozen',
      height: 11n,
      revision: 0n,
    });
    expect(registry.query(clientId, NOW).clientState.status).toBe(v1.ClientStatus.CLIENT_STATUS_FROZEN);
    expect(codeOf(() => registry.update(clientId, message(next), NOW))).toBe('CLIENT_FROZEN');
    expect(
      codeOf(() =>
        registry.verifyNonMembership({ clientId, height: 10n, proof: eip1186, path: path(3n), now: NOW }),
      ),
    ).toBe('CLIENT_FROZEN');
  });

  it('error: CreateClient refuses an attested chain without its committee, a Clique client without epoch and a mismatched header', () => {
    const kv = new MemoryKv();
    const registry = new ClientRegistry(kv);
    const trusted = encodeEvmConsensusState(fixture.trusted);
    const create = (state: HostedEvmClientState): string =>
      registry.create('evm', encodeEvmClientState(state), trusted);
    expect(codeOf(() => create(hosted({ consensus: 'attested' })))).toBe('INVALID_CLIENT_STATE');
    expect(codeOf(() => create(hosted({ consensus: 'clique' })))).toBe('INVALID_CLIENT_STATE');
    expect(codeOf(() => create(hosted({ latestHeight: 9n })))).toBe('INVALID_CONSENSUS_STATE');
    expect(codeOf(() => create(hosted({ frozen: true })))).toBe('INVALID_CLIENT_STATE');
    expect(kv.entries.size).toBe(0);
  });
});

describe('evm client encodings', () => {
  it('behavior: client and consensus states round-trip, Clique window and votes included', () => {
    const state = hosted({ consensus: 'clique', cliqueEpoch: 30000n });
    expect(decodeEvmClientState(encodeEvmClientState(state))).toEqual(state);
    const [signer, b] = testKeys(2);
    if (!signer || !b) throw new Error('two test keys');
    const header = cliqueHeader({ number: 5n }, signer);
    const consensus = {
      header,
      hash: keccak_256(encodeHeader(header)),
      validators: [signer.address, b.address],
      recentSigners: [{ number: 5n, signer: signer.address }],
      cliqueVotes: [{ signer: signer.address, number: 5n, address: b.address, authorize: false }],
    };
    expect(decodeEvmConsensusState(encodeEvmConsensusState(consensus), 'clique')).toEqual(consensus);
    expect(decodeEvmConsensusState(encodeEvmConsensusState(fixture.trusted), 'qbft')).toEqual(
      fixture.trusted,
    );
  });
});
