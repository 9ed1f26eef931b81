/** Beacon sync-committee light client: SSZ helpers and every rule of the sync protocol, on mainnet data tampered. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import {
  beaconBlockHeaderRoot,
  initializeLightClientStore,
  lightClientBootstrapFromJson,
  lightClientUpdateFromJson,
  mainnetBeaconConfig,
  processLightClientUpdate,
  validateLightClientUpdate,
  type LightClientStore,
  type LightClientUpdate,
} from '../../../light-clients/evm/index.js';
import { isValidMerkleBranch, merkleize, uintChunk } from '../../../light-clients/evm/beacon/ssz.js';
import { expectCode } from './expect-code.js';

const chunk = (n: number): Uint8Array => new Uint8Array(32).fill(n);
const pair = (a: Uint8Array, b: Uint8Array): Uint8Array => sha256(Uint8Array.from([...a, ...b]));

describe('evm beacon SSZ', () => {
  it('behavior: merkleize pads to a power of two with zero chunks', () => {
    expect(merkleize([chunk(1), chunk(2), chunk(3)])).toEqual(
      pair(pair(chunk(1), chunk(2)), pair(chunk(3), new Uint8Array(32))),
    );
    expect(merkleize([chunk(1)])).toEqual(chunk(1));
    expect(merkleize([], 4)).toEqual(
      pair(pair(new Uint8Array(32), new Uint8Array(32)), pair(new Uint8Array(32), new Uint8Array(32))),
    );
  });

  it('behavior: uint chunks are little-endian', () => {
    expect(uintChunk(0x0102n, 8).subarray(0, 3)).toEqual(Uint8Array.of(2, 1, 0));
  });

  it('behavior: a Merkle branch proves a leaf at its index and no other', () => {
    const leaves = [1, 2, 3, 4].map(chunk);
    const root = merkleize(leaves);
    const branch = [chunk(3), pair(chunk(1), chunk(2))];
    expect(isValidMerkleBranch(chunk(4), branch, 2, 3, root)).toBe(true);
    expect(isValidMerkleBranch(chunk(4), branch, 2, 2, root)).toBe(false);
    expect(isValidMerkleBranch(chunk(4), branch.slice(1), 2, 3, root)).toBe(false);
  });
});

describeWithFixtures(
  'helios/beacon_capella_mainnet',
  'evm beacon sync protocol (mainnet Capella, tampered)',
  (dir) => {
    const read = (file: string): Record<string, unknown> =>
      JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    const bootstrapJson = read('bootstrap.json');
    const bootstrap = lightClientBootstrapFromJson(bootstrapJson);
    const root = beaconBlockHeaderRoot(bootstrap.header.beacon);
    const store = initializeLightClientStore(mainnetBeaconConfig, root, bootstrap);
    const updates = (JSON.parse(readFileSync(join(dir, 'updates.json'), 'utf8')) as unknown[]).map(
      lightClientUpdateFromJson,
    );
    const first = updates[0] as LightClientUpdate;
    const flip = (b: Uint8Array): Uint8Array => b.map((x, i) => (i === 0 ? x ^ 1 : x));
    const process = (s: LightClientStore, u: LightClientUpdate, slot = u.signatureSlot) =>
      processLightClientUpdate(mainnetBeaconConfig, s, u, slot);

    it('error: a bootstrap for another block root is BEACON_ROOT_MISMATCH', () => {
      expectCode(
        () => initializeLightClientStore(mainnetBeaconConfig, flip(root), bootstrap),
        'BEACON_ROOT_MISMATCH',
      );
    });

    it('error: a bootstrap with a swapped committee key is BEACON_BRANCH_INVALID', () => {
      const [a, b, ...rest] = bootstrap.currentSyncCommittee.pubkeys;
      const swapped = {
        ...bootstrap,
        currentSyncCommittee: { ...bootstrap.currentSyncCommittee, pubkeys: [b, a, ...rest] as Uint8Array[] },
      };
      expectCode(
        () => initializeLightClientStore(mainnetBeaconConfig, root, swapped),
        'BEACON_BRANCH_INVALID',
      );
    });

    it('error: a bootstrap whose execution header has another state root is BEACON_BRANCH_INVALID', () => {
      const execution = bootstrap.header.execution;
      if (execution === undefined) throw new Error('Capella headers carry an execution header');
      const forged = {
        ...bootstrap,
        header: { ...bootstrap.header, execution: { ...execution, stateRoot: flip(execution.stateRoot) } },
      };
      expectCode(
        () => initializeLightClientStore(mainnetBeaconConfig, root, forged),
        'BEACON_BRANCH_INVALID',
      );
    });

    it('error: a Capella header without its execution part is BEACON_MALFORMED', () => {
      const { execution: _e, executionBranch: _b, ...beaconOnly } = bootstrap.header;
      expectCode(
        () => initializeLightClientStore(mainnetBeaconConfig, root, { ...bootstrap, header: beaconOnly }),
        'BEACON_MALFORMED',
      );
    });

    it('error: Electra-era data is BEACON_FORK_UNSUPPORTED', () => {
      expectCode(
        () => initializeLightClientStore({ ...mainnetBeaconConfig, electraEpoch: 0n }, root, bootstrap),
        'BEACON_FORK_UNSUPPORTED',
      );
    });

    it('error: an update whose attested header was changed is SYNC_SIGNATURE_INVALID', () => {
      const beacon = {
        ...first.attestedHeader.beacon,
        proposerIndex: first.attestedHeader.beacon.proposerIndex + 1n,
      };
      expectCode(
        () => process(store, { ...first, attestedHeader: { ...first.attestedHeader, beacon } }),
        'SYNC_SIGNATURE_INVALID',
      );
    });

    it('error: an update claiming one more participant than signed is SYNC_SIGNATURE_INVALID', () => {
      const absent = first.syncAggregate.bits.indexOf(false);
      expect(absent).toBeGreaterThanOrEqual(0);
      const bits = first.syncAggregate.bits.map((b, i) => b || i === absent);
      expectCode(
        () => process(store, { ...first, syncAggregate: { ...first.syncAggregate, bits } }),
        'SYNC_SIGNATURE_INVALID',
      );
    });

    it('error: an update with no participant is INSUFFICIENT_PARTICIPATION', () => {
      const bits = first.syncAggregate.bits.map(() => false);
      expectCode(
        () => process(store, { ...first, syncAggregate: { ...first.syncAggregate, bits } }),
        'INSUFFICIENT_PARTICIPATION',
      );
    });

    it('error: bits of another length than 512 are BEACON_MALFORMED', () => {
      expectCode(
        () =>
          process(store, {
            ...first,
            syncAggregate: { ...first.syncAggregate, bits: first.syncAggregate.bits.slice(8) },
          }),
        'BEACON_MALFORMED',
      );
    });

    it('error: an update signed after the current slot is BEACON_SLOT_ORDER', () => {
      expectCode(() => process(store, first, first.signatureSlot - 1n), 'BEACON_SLOT_ORDER');
    });

    it('error: a finality branch that does not lead to the attested state is BEACON_BRANCH_INVALID', () => {
      const branch = (first.finalityBranch ?? []).map((b, i) => (i === 2 ? flip(b) : b));
      expectCode(() => process(store, { ...first, finalityBranch: branch }), 'BEACON_BRANCH_INVALID');
    });

    it('error: a next committee that is not in the attested state is BEACON_BRANCH_INVALID', () => {
      const next = updates[1]?.nextSyncCommittee;
      if (next === undefined) throw new Error('the second update has a next committee');
      expectCode(() => process(store, { ...first, nextSyncCommittee: next }), 'BEACON_BRANCH_INVALID');
    });

    it('error: an update two periods ahead of the store is BEACON_PERIOD_INVALID', () => {
      expectCode(() => process(store, updates[2] as LightClientUpdate), 'BEACON_PERIOD_INVALID');
    });

    it('error: the same update again, once applied, is BEACON_UPDATE_IRRELEVANT', () => {
      expectCode(() => process(process(store, first), first), 'BEACON_UPDATE_IRRELEVANT');
    });

    it('error: an update naming another next committee than the store knows is BEACON_SYNC_COMMITTEE_MISMATCH', () => {
      const other = updates[1]?.nextSyncCommittee;
      if (other === undefined) throw new Error('the second update has a next committee');
      const earlier = {
        ...store.finalizedHeader,
        beacon: { ...store.finalizedHeader.beacon, slot: 7061505n },
      };
      const knowing: LightClientStore = { ...store, finalizedHeader: earlier, nextSyncCommittee: other };
      expectCode(
        () => validateLightClientUpdate(mainnetBeaconConfig, knowing, first, first.signatureSlot),
        'BEACON_SYNC_COMMITTEE_MISMATCH',
      );
    });

    it.each([
      [
        'a bootstrap without a header',
        () =>
          lightClientBootstrapFromJson({ data: { ...(bootstrapJson.data as object), header: undefined } }),
      ],
      [
        'a slot written as a number',
        () =>
          lightClientUpdateFromJson({
            data: { ...(read('optimistic.json').data as Record<string, unknown>), signature_slot: 5 },
          }),
      ],
      [
        'a 47-byte pubkey',
        () =>
          lightClientBootstrapFromJson({
            data: {
              ...(bootstrapJson.data as Record<string, unknown>),
              current_sync_committee: { pubkeys: ['0x00'], aggregate_pubkey: '0x00' },
            },
          }),
      ],
    ])('error: %s is BEACON_MALFORMED', (_what, run) => {
      expectCode(run, 'BEACON_MALFORMED');
    });
  },
);
