/**
 * The registry's `attested` EVM clients (docs/evm.md, "Trust model"):
 * headers signed by a 2-of-3 secp256k1 committee, numbers skipped, too few
 * or forged signatures refused with nothing changed, a second block signed
 * at a trusted number freezing the client; packet paths of the
 * `IsthmusPackets` contract proven through `store_address` with real trie
 * proofs; the ledger id as the reported chain id; the time at a height;
 * the encodings and what CreateClient refuses.
 */
import { describe, expect, it } from '@jest/globals';
import { keccak_256 } from '@noble/hashes/sha3.js';
import {
  ClientRegistry,
  decodeEvmClientState,
  encodeEvmAccountProof,
  encodeEvmClientState,
  encodeEvmConsensusState,
  type HostedEvmClientState,
} from '../../../../adapters/devnet/index.js';
import {
  decodeEvmAttestedHeader,
  encodeEvmAttestedHeader,
} from '../../../../adapters/devnet/clients/evm-state.js';
import type { SignerSignature } from '../../../../light-clients/attestation/index.js';
import {
  blockHash,
  encodeHeader,
  type EvmConsensusState,
  type EvmHeader,
} from '../../../../light-clients/evm/index.js';
import { toU64, v1 } from '../../../../proto/index.js';
import { clientState, NOW, NOW_S, plainHeader } from '../../evm/chain-builder.js';
import { committee, LEDGER_ID } from '../../evm/committee-builder.js';
import { packetStoreState, storeAddress } from './evm-state-builder.js';
import { codeOf, MemoryKv } from './memory-kv.js';

const SECOND = 1_000_000_000n;
const c = committee();
const COMMITMENT = BigInt(`0x${'ab'.repeat(32)}`);
const state = packetStoreState([
  ['commitments/channel-0/1', COMMITMENT],
  ['receipts/channel-0/1', 1n],
]);

const hosted = (fields: Partial<HostedEvmClientState> = {}): HostedEvmClientState => ({
  ...clientState('attested'),
  latestHeight: 5n,
  storeAddress,
  ledgerId: LEDGER_ID,
  signerSet: c.signerSet,
  ...fields,
});
const trustedHeader = plainHeader({ number: 5n, timestamp: NOW_S - 50n });
const trusted: EvmConsensusState = {
  header: trustedHeader,
  hash: blockHash('attested', trustedHeader),
  validators: [],
};
const header = (number: bigint, fields: Partial<EvmHeader> = {}): EvmHeader =>
  plainHeader({
    number,
    timestamp: NOW_S - 40n + number,
    stateRoot: state.root,
    parentHash: trusted.hash,
    ...fields,
  });
const message = (h: EvmHeader, signatures: readonly SignerSignature[] = c.sign(h)): v1.ClientMessage =>
  v1.ClientMessage.create({ clientType: 'evm', bytes: encodeEvmAttestedHeader({ header: h, signatures }) });
const eip1186 = (proofHeight: bigint, ...paths: string[]): v1.IProof => ({
  kind: 'eip1186',
  bytes: encodeEvmAccountProof(state.proofOf(...paths)),
  height: { revision: toU64(0n), height: toU64(proofHeight) },
});
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function created(client: HostedEvmClientState = hosted()) {
  const kv = new MemoryKv();
  const registry = new ClientRegistry(kv);
  const clientId = registry.create('evm', encodeEvmClientState(client), encodeEvmConsensusState(trusted));
  return { kv, registry, clientId };
}

describe('attested evm clients on the registry: updates', () => {
  it('behavior: headers signed by 2 of 3 move the client, skipping numbers; the ledger id is its chain id', () => {
    const { registry, clientId } = created();
    expect(registry.update(clientId, message(header(6n)), NOW)).toEqual({
      kind: 'updated',
      height: 6n,
      revision: 0n,
    });
    expect(registry.update(clientId, message(header(9n), c.sign(header(9n), [1, 2])), NOW)).toEqual({
      kind: 'updated',
      height: 9n,
      revision: 0n,
    });
    const view = registry.query(clientId, NOW);
    expect(view.clientState.chainId).toBe(LEDGER_ID);
    expect(view.clientState.status).toBe(v1.ClientStatus.CLIENT_STATUS_ACTIVE);
    expect(view.clientState.latestHeight?.height?.toString()).toBe('9');
    expect(view.consensusState?.root).toEqual(state.root);
  });

  it('behavior: without a ledger id the decimal chain id is reported and signed for', () => {
    const { ledgerId: _unset, ...unnamed } = hosted({ chainId: 1337n });
    const plain = created(unnamed);
    expect(plain.registry.query(plain.clientId, NOW).clientState.chainId).toBe('1337');
    const h = header(6n);
    expect(codeOf(() => plain.registry.update(plain.clientId, message(h), NOW))).toBe('BAD_SIGNATURE');
    expect(plain.registry.update(plain.clientId, message(h, c.sign(h, [0, 1], '1337')), NOW).kind).toBe(
      'updated',
    );
  });

  it('error: 1 of 3, a forged signature, or an outsider committee is refused and changes nothing', () => {
    const { kv, registry, clientId } = created();
    const before = new Map(kv.entries);
    const h = header(6n);
    expect(codeOf(() => registry.update(clientId, message(h, c.sign(h, [2])), NOW))).toBe(
      'INSUFFICIENT_SIGNER_WEIGHT',
    );
    const [first, second] = c.sign(h);
    if (!first || !second) throw new Error('two signatures');
    const forged = { ...second, signature: second.signature.map((b, i) => (i === 40 ? b ^ 0x80 : b)) };
    expect(codeOf(() => registry.update(clientId, message(h, [first, forged]), NOW))).toBe('BAD_SIGNATURE');
    const outsiders = committee(3, 2n, 60);
    expect(codeOf(() => registry.update(clientId, message(h, outsiders.sign(h)), NOW))).toBe(
      'INSUFFICIENT_SIGNER_WEIGHT',
    );
    // Signatures of another header (another state root) do not sign this one.
    expect(
      codeOf(() => registry.update(clientId, message(h, c.sign(header(6n, { gasUsed: 1n }))), NOW)),
    ).toBe('BAD_SIGNATURE');
    expect(kv.entries).toEqual(before);
  });

  it('error: a header below the latest height and not stored is NON_INCREASING_NUMBER; a bare header is malformed', () => {
    const { kv, registry, clientId } = created();
    registry.update(clientId, message(header(9n)), NOW);
    const before = new Map(kv.entries);
    expect(codeOf(() => registry.update(clientId, message(header(7n)), NOW))).toBe('NON_INCREASING_NUMBER');
    expect(
      codeOf(() => registry.update(clientId, { clientType: 'evm', bytes: encodeHeader(header(10n)) }, NOW)),
    ).toBe('MALFORMED_MESSAGE');
    expect(kv.entries).toEqual(before);
  });

  it('behavior: the same block again is unchanged; another block signed at a trusted number freezes', () => {
    const { registry, clientId } = created();
    const h = header(6n);
    registry.update(clientId, message(h), NOW);
    expect(registry.update(clientId, message(h, c.sign(h, [2, 1])), NOW).kind).toBe('unchanged');
    const other = header(6n, { stateRoot: keccak_256(Uint8Array.of(6)) });
    // Evidence must be signed at threshold too: one signature freezes nothing.
    expect(codeOf(() => registry.update(clientId, message(other, c.sign(other, [0])), NOW))).toBe(
      'INSUFFICIENT_SIGNER_WEIGHT',
    );
    expect(registry.update(clientId, message(other), NOW)).toEqual({
      kind: 'frozen',
      height: 6n,
      revision: 0n,
    });
    expect(registry.query(clientId, NOW).clientState.status).toBe(v1.ClientStatus.CLIENT_STATUS_FROZEN);
    expect(codeOf(() => registry.update(clientId, message(header(7n)), NOW))).toBe('CLIENT_FROZEN');
    // The trusted header at the creation height conflicts just the same.
    const again = created();
    const rival = plainHeader({ number: 5n, timestamp: NOW_S - 50n, gasUsed: 5n });
    expect(again.registry.update(again.clientId, message(rival), NOW).kind).toBe('frozen');
  });

  it('error: bare-header misbehaviour is NOT_SUPPORTED for an attested client', () => {
    const { registry, clientId } = created();
    const bytes = v1.EvmMisbehaviour.encode({
      header_1: encodeHeader(header(6n)),
      header_2: encodeHeader(header(6n, { gasUsed: 2n })),
    }).finish();
    expect(codeOf(() => registry.submitMisbehaviour(clientId, { clientType: 'evm', bytes }, NOW))).toBe(
      'NOT_SUPPORTED',
    );
  });
});

describe('attested evm clients on the registry: packet store proofs and time', () => {
  const { registry, clientId } = created();
  registry.update(clientId, message(header(8n)), NOW);
  const args = (proof: v1.IProof, path: string) => ({
    clientId,
    height: 8n,
    proof,
    path: utf8(path),
    now: NOW,
  });
  const commitmentBytes = Uint8Array.from(Buffer.from('ab'.repeat(32), 'hex'));

  it('behavior: a commitment and a receipt are proven at their ICS-24 paths; an absent receipt reads 0', () => {
    const commitment = 'commitments/channel-0/1';
    registry.verifyMembership({ ...args(eip1186(8n, commitment), commitment), value: commitmentBytes });
    const receipt = 'receipts/channel-0/1';
    registry.verifyMembership({ ...args(eip1186(8n, receipt), receipt), value: Uint8Array.of(1) });
    const absent = 'receipts/channel-0/2';
    registry.verifyNonMembership(args(eip1186(8n, absent), absent));
  });

  it('error: wrong values, paths and absences are refused', () => {
    const commitment = 'commitments/channel-0/1';
    const proof = eip1186(8n, commitment);
    expect(
      codeOf(() =>
        registry.verifyMembership({ ...args(proof, commitment), value: commitmentBytes.map((b) => b ^ 1) }),
      ),
    ).toBe('STORAGE_VALUE_MISMATCH');
    expect(codeOf(() => registry.verifyNonMembership(args(proof, commitment)))).toBe(
      'STORAGE_VALUE_MISMATCH',
    );
    // The proof answers for another slot than the path's.
    expect(
      codeOf(() =>
        registry.verifyMembership({ ...args(proof, 'commitments/channel-0/2'), value: commitmentBytes }),
      ),
    ).toBe('PROOF_KEY_MISMATCH');
    expect(codeOf(() => registry.verifyMembership({ ...args(proof, ''), value: commitmentBytes }))).toBe(
      'INVALID_PATH',
    );
    expect(
      codeOf(() => registry.verifyMembership({ ...args(proof, commitment), value: new Uint8Array(32) })),
    ).toBe('INVALID_VALUE');
    expect(
      codeOf(() =>
        registry.verifyMembership({ ...args(proof, commitment), height: 6n, value: commitmentBytes }),
      ),
    ).toBe('PROOF_HEIGHT_MISMATCH');
  });

  it('error: a forged storage proof is refused (its nodes do not hash to the proven roots)', () => {
    const commitment = 'commitments/channel-0/1';
    const honest = state.proofOf(commitment);
    const [entry] = honest.storageProof;
    if (!entry) throw new Error('one storage entry');
    // A trie of the same path holding another commitment: a leaf that does not hash into the storage root.
    const lie = packetStoreState([['commitments/channel-0/1', COMMITMENT ^ 1n]]).proofOf(commitment);
    const forged = {
      ...honest,
      storageProof: [{ ...entry, value: COMMITMENT ^ 1n, proof: lie.storageProof[0]?.proof ?? [] }],
    };
    const proof = { ...eip1186(8n), bytes: encodeEvmAccountProof(forged) };
    expect(
      codeOf(() =>
        registry.verifyMembership({
          ...args(proof, commitment),
          value: commitmentBytes.map((b, i) => (i === 31 ? b ^ 1 : b)),
        }),
      ),
    ).toBe('PROOF_INVALID');
    // An account proof altered in its root node.
    const tampered = {
      ...honest,
      accountProof: honest.accountProof.map((node, i) =>
        i === 0 ? node.map((b, j) => (j === 5 ? b ^ 1 : b)) : node,
      ),
    };
    expect(
      codeOf(() =>
        registry.verifyMembership({
          ...args({ ...proof, bytes: encodeEvmAccountProof(tampered) }, commitment),
          value: commitmentBytes,
        }),
      ),
    ).toBe('PROOF_INVALID');
  });

  it('behavior: timeAt is the header time in ns at a stored height; CONSENSUS_STATE_NOT_FOUND elsewhere', () => {
    expect(registry.timeAt(clientId, 8n)).toBe((NOW_S - 32n) * SECOND);
    expect(registry.timeAt(clientId, 5n)).toBe((NOW_S - 50n) * SECOND);
    expect(codeOf(() => registry.timeAt(clientId, 7n))).toBe('CONSENSUS_STATE_NOT_FOUND');
  });
});

describe('attested evm client encodings and CreateClient', () => {
  it('behavior: the client state round-trips with its committee, store address and ledger id', () => {
    const decoded = decodeEvmClientState(encodeEvmClientState(hosted()));
    expect(decoded).toEqual(hosted());
    const h = header(6n);
    const signatures = c.sign(h);
    expect(decodeEvmAttestedHeader(encodeEvmAttestedHeader({ header: h, signatures }))).toEqual({
      header: h,
      signatures,
    });
  });

  it('error: an unknown scheme in an attested header is MALFORMED_MESSAGE', () => {
    const bytes = v1.EvmAttestedHeader.encode({
      header: encodeHeader(header(6n)),
      signatures: [{ scheme: 'rsa', publicKey: new Uint8Array(33), signature: new Uint8Array(64) }],
    }).finish();
    expect(codeOf(() => decodeEvmAttestedHeader(bytes))).toBe('MALFORMED_MESSAGE');
  });

  it('error: CreateClient refuses a committee missing or misplaced, a bad store address or ledger id, validators', () => {
    const kv = new MemoryKv();
    const registry = new ClientRegistry(kv);
    const create = (state: HostedEvmClientState, consensus: EvmConsensusState = trusted): string =>
      registry.create('evm', encodeEvmClientState(state), encodeEvmConsensusState(consensus));
    const { signerSet: _committee, ...bare } = hosted();
    expect(codeOf(() => create(bare))).toBe('INVALID_CLIENT_STATE');
    expect(codeOf(() => create(hosted({ consensus: 'qbft' })))).toBe('INVALID_CLIENT_STATE');
    expect(codeOf(() => create(hosted({ signerSet: { ...c.signerSet, threshold: 4n } })))).toBe(
      'INVALID_SIGNER_SET',
    );
    expect(codeOf(() => create(hosted({ storeAddress: new Uint8Array(19) })))).toBe('INVALID_CLIENT_STATE');
    expect(codeOf(() => create(hosted({ ledgerId: 'agency evm' })))).toBe('INVALID_CLIENT_STATE');
    expect(
      codeOf(() =>
        create(hosted(), { ...trusted, validators: ['0x00000000000000000000000000000000000000a1'] }),
      ),
    ).toBe('INVALID_CONSENSUS_STATE');
    expect(kv.entries.size).toBe(0);
  });
});
