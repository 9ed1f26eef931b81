/**
 * helios beacon test data (a16z/helios at 1fbb9099ff57917061630069744ec1ff9098c3a6,
 * ethereum/testdata, last changed in 2979288): real Ethereum mainnet
 * light-client JSON from August 2023 (Capella). A store is bootstrapped from
 * the bootstrap header's root and moved through the six period updates, the
 * finality update and the optimistic update; every sync-committee signature
 * is a real BLS aggregate over mainnet's domain.
 */
import { expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithFixtures } from '../../support/fixtures.js';
import {
  beaconBlockHeaderRoot,
  initializeLightClientStore,
  lightClientBootstrapFromJson,
  lightClientUpdateFromJson,
  mainnetBeaconConfig,
  processLightClientUpdate,
  type LightClientStore,
} from '../../../light-clients/evm/index.js';

describeWithFixtures(
  'helios/beacon_capella_mainnet',
  'conformance: helios beacon Capella mainnet @1fbb909',
  (dir) => {
    const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const bootstrap = lightClientBootstrapFromJson(read('bootstrap.json'));
    const updates = (read('updates.json') as unknown[]).map(lightClientUpdateFromJson);
    const trustedRoot = beaconBlockHeaderRoot(bootstrap.header.beacon);

    it('conformance: the bootstrap verifies for its header root (current committee and execution branches)', () => {
      const store = initializeLightClientStore(mainnetBeaconConfig, trustedRoot, bootstrap);
      expect(store.finalizedHeader.beacon.slot).toBe(7069376n);
      expect(store.currentSyncCommittee.pubkeys).toHaveLength(512);
    });

    it('conformance: six period updates, then the finality and optimistic updates, all verify in order', () => {
      let store: LightClientStore = initializeLightClientStore(mainnetBeaconConfig, trustedRoot, bootstrap);
      const finalized: bigint[] = [];
      for (const update of updates) {
        store = processLightClientUpdate(mainnetBeaconConfig, store, update, update.signatureSlot);
        finalized.push(store.finalizedHeader.beacon.slot);
        expect(store.nextSyncCommittee).toEqual(update.nextSyncCommittee);
      }
      // The first update brings the next committee but finalizes an older block than the bootstrap.
      expect(finalized).toEqual([7069376n, ...updates.slice(1).map((u) => u.finalizedHeader?.beacon.slot)]);
      const finality = lightClientUpdateFromJson(read('finality.json'));
      store = processLightClientUpdate(mainnetBeaconConfig, store, finality, finality.signatureSlot);
      expect(store.finalizedHeader.beacon.slot).toBe(7109344n);
      const optimistic = lightClientUpdateFromJson(read('optimistic.json'));
      store = processLightClientUpdate(mainnetBeaconConfig, store, optimistic, optimistic.signatureSlot);
      expect(store.optimisticHeader.beacon.slot).toBe(7109431n);
      expect(store.finalizedHeader.beacon.slot).toBe(7109344n);
      expect(store.finalizedHeader.execution?.blockNumber).toBe(
        finality.finalizedHeader?.execution?.blockNumber,
      );
    });
  },
);
