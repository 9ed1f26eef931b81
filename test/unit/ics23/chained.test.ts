/**
 * Chained proofs through an SDK multi-store, as ibc-go checks them: a key
 * in an IAVL module store (the cosmos/ics23 IAVL vectors), that store's root
 * under its name in a simple Merkle tree of stores whose root is the app hash.
 */
import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import {
  iavlSpec,
  sdkSpecs,
  tendermintSpec,
  verifyChainedMembership,
  verifyChainedNonMembership,
  verifyMerkleProof,
  type CommitmentProof,
} from '../../../light-clients/ics23/index.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import { loadVector, type Vector } from '../../conformance/ics23/vectors.js';
import { codeOf } from './codes.js';
import { simpleTree, utf8 } from './simple-tree.js';
import { encodeChained } from './wire.js';

const storeNames = ['acc', 'bank', 'ibc', 'staking', 'upgrade'];

/** A multi-store whose `ibc` store has root `ibcRoot`; the others random. */
function multiStore(ibcRoot: Uint8Array): { appHash: Uint8Array; storeProof: CommitmentProof } {
  const stores = simpleTree(
    storeNames.map((name) => ({ key: utf8(name), value: name === 'ibc' ? ibcRoot : randomBytes(32) })),
  );
  const at = stores.entries.findIndex((e) => Buffer.from(e.key).toString() === 'ibc');
  return { appHash: stores.root, storeProof: { kind: 'exist', proof: stores.proof(at) } };
}

describeWithFixtures('ics23', 'ics23 chained proofs', (dir) => {
  const present: Vector = loadVector(dir, 'iavl', 'exist_middle');
  const absent: Vector = loadVector(dir, 'iavl', 'nonexist_middle');
  const ibc = utf8('ibc');

  describe('membership', () => {
    const { appHash, storeProof } = multiStore(present.root);
    const proofs = [present.proof, storeProof];
    const bytes = encodeChained(proofs);

    it('behavior: the key path verifies against the app hash, decoded or from bytes', () => {
      expect(
        codeOf(() => verifyChainedMembership(sdkSpecs, appHash, proofs, [ibc, present.key], present.value)),
      ).toBe('OK');
      expect(codeOf(() => verifyMerkleProof(appHash, bytes, [ibc, present.key], present.value))).toBe('OK');
    });

    it('error: another app hash is PROOF_INVALID', () => {
      const other = multiStore(present.root).appHash;
      expect(codeOf(() => verifyMerkleProof(other, bytes, [ibc, present.key], present.value))).toBe(
        'PROOF_INVALID',
      );
    });

    it('error: another store name is KEY_MISMATCH', () => {
      expect(
        codeOf(() => verifyMerkleProof(appHash, bytes, [utf8('bank'), present.key], present.value)),
      ).toBe('KEY_MISMATCH');
    });

    it('error: another key or value is KEY_MISMATCH / VALUE_MISMATCH', () => {
      expect(codeOf(() => verifyMerkleProof(appHash, bytes, [ibc, utf8('other')], present.value))).toBe(
        'KEY_MISMATCH',
      );
      expect(codeOf(() => verifyMerkleProof(appHash, bytes, [ibc, present.key], utf8('other')))).toBe(
        'VALUE_MISMATCH',
      );
    });

    it('error: an empty value is VALUE_EMPTY', () => {
      expect(codeOf(() => verifyMerkleProof(appHash, bytes, [ibc, present.key], new Uint8Array(0)))).toBe(
        'VALUE_EMPTY',
      );
    });

    it('error: the proofs in the wrong order fail the spec checks', () => {
      const swapped = encodeChained([storeProof, present.proof]);
      expect(codeOf(() => verifyMerkleProof(appHash, swapped, [ibc, present.key], present.value))).toBe(
        'LEAF_PREFIX_INVALID',
      );
    });

    it('error: the specs in the wrong order fail the spec checks', () => {
      const reversed = [tendermintSpec, iavlSpec];
      expect(
        codeOf(() => verifyMerkleProof(appHash, bytes, [ibc, present.key], present.value, reversed)),
      ).toBe('INNER_PREFIX_INVALID');
    });

    it('error: a key path of another length is CHAIN_LENGTH_MISMATCH', () => {
      expect(codeOf(() => verifyMerkleProof(appHash, bytes, [present.key], present.value))).toBe(
        'CHAIN_LENGTH_MISMATCH',
      );
      expect(
        codeOf(() => verifyChainedMembership([iavlSpec], appHash, proofs, [ibc, present.key], present.value)),
      ).toBe('CHAIN_LENGTH_MISMATCH');
    });

    it('error: a zero app hash is ROOT_INVALID', () => {
      expect(
        codeOf(() => verifyMerkleProof(new Uint8Array(32), bytes, [ibc, present.key], present.value)),
      ).toBe('ROOT_INVALID');
    });

    it('error: no proofs at all is PROOF_EMPTY', () => {
      expect(codeOf(() => verifyChainedMembership([], appHash, [], [], present.value))).toBe('PROOF_EMPTY');
      expect(
        codeOf(() => verifyMerkleProof(appHash, new Uint8Array(0), [ibc, present.key], present.value)),
      ).toBe('PROOF_EMPTY');
    });

    it('error: an absence proof in a membership chain is PROOF_TYPE_MISMATCH', () => {
      const mixed = encodeChained([absent.proof, storeProof]);
      expect(codeOf(() => verifyMerkleProof(appHash, mixed, [ibc, absent.key], present.value))).toBe(
        'PROOF_TYPE_MISMATCH',
      );
    });

    it('error: a chain shorter than the key path is CHAIN_LENGTH_MISMATCH', () => {
      const shortened = encodeChained([storeProof]);
      expect(
        codeOf(() =>
          verifyMerkleProof(appHash, shortened, [ibc, present.key], present.value, [tendermintSpec]),
        ),
      ).toBe('CHAIN_LENGTH_MISMATCH');
    });
  });

  describe('non-membership', () => {
    const { appHash, storeProof } = multiStore(absent.root);
    const bytes = encodeChained([absent.proof, storeProof]);

    it('behavior: the absent key verifies against the app hash', () => {
      expect(codeOf(() => verifyMerkleProof(appHash, bytes, [ibc, absent.key], undefined))).toBe('OK');
      expect(
        codeOf(() =>
          verifyChainedNonMembership(sdkSpecs, appHash, [absent.proof, storeProof], [ibc, absent.key]),
        ),
      ).toBe('OK');
    });

    it('error: a key outside the neighbours is KEY_NOT_IN_RANGE', () => {
      expect(codeOf(() => verifyMerkleProof(appHash, bytes, [ibc, Uint8Array.of(0)], undefined))).toBe(
        'KEY_NOT_IN_RANGE',
      );
    });

    it('error: an existence proof where absence is claimed is PROOF_TYPE_MISMATCH', () => {
      const wrong = encodeChained([present.proof, storeProof]);
      expect(codeOf(() => verifyMerkleProof(appHash, wrong, [ibc, present.key], undefined))).toBe(
        'PROOF_TYPE_MISMATCH',
      );
    });

    it('error: a store proof that is an absence proof is PROOF_TYPE_MISMATCH', () => {
      const wrong = encodeChained([absent.proof, absent.proof]);
      expect(codeOf(() => verifyMerkleProof(appHash, wrong, [ibc, absent.key], undefined))).toBe(
        'PROOF_TYPE_MISMATCH',
      );
    });

    it('error: another app hash is PROOF_INVALID', () => {
      const other = multiStore(absent.root).appHash;
      expect(codeOf(() => verifyMerkleProof(other, bytes, [ibc, absent.key], undefined))).toBe(
        'PROOF_INVALID',
      );
    });
  });
});

describe('ics23 chained proofs: arguments', () => {
  it('args: the SDK specs are IAVL then Tendermint', () => {
    expect(sdkSpecs).toEqual([iavlSpec, tendermintSpec]);
  });
});
