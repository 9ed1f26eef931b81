/**
 * Ethereum beacon-chain light client sync protocol (consensus-specs
 * `specs/altair/light-client/sync-protocol.md` with the Capella header of
 * `specs/capella/light-client/sync-protocol.md`; Deneb keeps its layout):
 * a store trusted from a bootstrap, moved forward by updates signed by the
 * sync committee.
 *
 * Deliberate simplifications, all on the side of rejecting: an update is
 * applied only when it carries a 2/3 supermajority (no `best_valid_update`,
 * no force update); Electra and later, whose generalized indices differ, are
 * refused (BEACON_FORK_UNSUPPORTED).
 */
import { equalBytes } from '@noble/curves/utils.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { evmError } from '../errors.js';
import { verifySyncAggregate } from './bls.js';
import {
  beaconBlockHeaderRoot,
  executionPayloadHeaderRoot,
  forkDataRoot,
  signingRoot,
  syncCommitteeRoot,
  type BeaconBlockHeader,
  type ExecutionPayloadHeader,
  type SyncCommittee,
} from './containers.js';
import { isValidMerkleBranch } from './ssz.js';

export interface LightClientHeader {
  readonly beacon: BeaconBlockHeader;
  readonly execution?: ExecutionPayloadHeader;
  readonly executionBranch?: readonly Uint8Array[];
}

export interface LightClientBootstrap {
  readonly header: LightClientHeader;
  readonly currentSyncCommittee: SyncCommittee;
  readonly currentSyncCommitteeBranch: readonly Uint8Array[];
}

export interface SyncAggregate {
  readonly bits: readonly boolean[];
  readonly signature: Uint8Array;
}

/** LightClientUpdate; finality and optimistic updates are the same without some parts. */
export interface LightClientUpdate {
  readonly attestedHeader: LightClientHeader;
  readonly nextSyncCommittee?: SyncCommittee;
  readonly nextSyncCommitteeBranch?: readonly Uint8Array[];
  readonly finalizedHeader?: LightClientHeader;
  readonly finalityBranch?: readonly Uint8Array[];
  readonly syncAggregate: SyncAggregate;
  readonly signatureSlot: bigint;
}

export interface LightClientStore {
  readonly finalizedHeader: LightClientHeader;
  readonly currentSyncCommittee: SyncCommittee;
  readonly nextSyncCommittee?: SyncCommittee;
  readonly optimisticHeader: LightClientHeader;
}

export interface BeaconChainConfig {
  readonly genesisValidatorsRoot: Uint8Array;
  /** Fork versions by activation epoch, ascending (genesis first). */
  readonly forks: ReadonlyArray<{ readonly epoch: bigint; readonly version: Uint8Array }>;
  readonly capellaEpoch: bigint;
  readonly electraEpoch: bigint;
}

/** Ethereum mainnet (consensus-specs `configs/mainnet.yaml`). */
export const mainnetBeaconConfig: BeaconChainConfig = {
  genesisValidatorsRoot: hexToBytes('4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95'),
  forks: [
    { epoch: 0n, version: hexToBytes('00000000') },
    { epoch: 74240n, version: hexToBytes('01000000') },
    { epoch: 144896n, version: hexToBytes('02000000') },
    { epoch: 194048n, version: hexToBytes('03000000') },
    { epoch: 269568n, version: hexToBytes('04000000') },
    { epoch: 364032n, version: hexToBytes('05000000') },
  ],
  capellaEpoch: 194048n,
  electraEpoch: 364032n,
};

const SLOTS_PER_EPOCH = 32n;
const EPOCHS_PER_SYNC_COMMITTEE_PERIOD = 256n;
const SYNC_COMMITTEE_SIZE = 512;
const DOMAIN_SYNC_COMMITTEE = Uint8Array.of(7, 0, 0, 0);
/** Generalized indices before Electra, as (depth, index within that depth). */
const CURRENT_SYNC_COMMITTEE = { depth: 5, index: 22 }; // gindex 54
const NEXT_SYNC_COMMITTEE = { depth: 5, index: 23 }; // gindex 55
const FINALIZED_ROOT = { depth: 6, index: 41 }; // gindex 105
const EXECUTION_PAYLOAD = { depth: 4, index: 9 }; // gindex 25

const epochOf = (slot: bigint): bigint => slot / SLOTS_PER_EPOCH;
const periodOf = (slot: bigint): bigint => epochOf(slot) / EPOCHS_PER_SYNC_COMMITTEE_PERIOD;

function fail(
  code: Parameters<typeof evmError>[0],
  message: string,
  context: Record<string, unknown> = {},
): never {
  throw evmError(code, message, context);
}

/** is_valid_light_client_header (Capella): the execution header is in the beacon block body. */
function checkHeader(config: BeaconChainConfig, header: LightClientHeader, what: string): void {
  const epoch = epochOf(header.beacon.slot);
  const context = { slot: header.beacon.slot, header: what };
  if (epoch >= config.electraEpoch)
    fail('BEACON_FORK_UNSUPPORTED', 'Electra light-client data is not supported', context);
  if (epoch < config.capellaEpoch) {
    if (header.execution !== undefined)
      fail('BEACON_BRANCH_INVALID', 'a pre-Capella header carries no execution header', context);
    return;
  }
  if (header.execution === undefined || header.executionBranch === undefined)
    return fail('BEACON_MALFORMED', 'a Capella header carries its execution header and branch', context);
  const root = executionPayloadHeaderRoot(header.execution);
  const { depth, index } = EXECUTION_PAYLOAD;
  if (!isValidMerkleBranch(root, header.executionBranch, depth, index, header.beacon.bodyRoot))
    fail('BEACON_BRANCH_INVALID', 'the execution header is not in the beacon block body', context);
}

function committeesEqual(a: SyncCommittee, b: SyncCommittee): boolean {
  return equalBytes(syncCommitteeRoot(a), syncCommitteeRoot(b));
}

/** initialize_light_client_store: the store a bootstrap for `trustedBlockRoot` yields. */
export function initializeLightClientStore(
  config: BeaconChainConfig,
  trustedBlockRoot: Uint8Array,
  bootstrap: LightClientBootstrap,
): LightClientStore {
  checkHeader(config, bootstrap.header, 'bootstrap');
  if (!equalBytes(beaconBlockHeaderRoot(bootstrap.header.beacon), trustedBlockRoot))
    fail('BEACON_ROOT_MISMATCH', 'the bootstrap header is not the trusted block');
  const { depth, index } = CURRENT_SYNC_COMMITTEE;
  const leaf = syncCommitteeRoot(bootstrap.currentSyncCommittee);
  if (
    !isValidMerkleBranch(
      leaf,
      bootstrap.currentSyncCommitteeBranch,
      depth,
      index,
      bootstrap.header.beacon.stateRoot,
    )
  )
    fail('BEACON_BRANCH_INVALID', 'the current sync committee is not in the bootstrap state');
  return {
    finalizedHeader: bootstrap.header,
    currentSyncCommittee: bootstrap.currentSyncCommittee,
    optimisticHeader: bootstrap.header,
  };
}

/** validate_light_client_update; `currentSlot` is the caller's clock, as a slot. */
export function validateLightClientUpdate(
  config: BeaconChainConfig,
  store: LightClientStore,
  update: LightClientUpdate,
  currentSlot: bigint,
): void {
  const participants = update.syncAggregate.bits.filter(Boolean).length;
  if (update.syncAggregate.bits.length !== SYNC_COMMITTEE_SIZE)
    fail('BEACON_MALFORMED', `sync committee bits are ${SYNC_COMMITTEE_SIZE}`);
  if (participants < 1) fail('INSUFFICIENT_PARTICIPATION', 'no sync committee member signed');
  checkHeader(config, update.attestedHeader, 'attested');
  const attestedSlot = update.attestedHeader.beacon.slot;
  const finalizedSlot = update.finalizedHeader?.beacon.slot ?? 0n;
  if (!(
    currentSlot >= update.signatureSlot &&
    update.signatureSlot > attestedSlot &&
    attestedSlot >= finalizedSlot
  ))
    fail('BEACON_SLOT_ORDER', 'slots must satisfy current >= signature > attested >= finalized', {
      currentSlot,
      signatureSlot: update.signatureSlot,
      attestedSlot,
      finalizedSlot,
    });
  const storePeriod = periodOf(store.finalizedHeader.beacon.slot);
  const signaturePeriod = periodOf(update.signatureSlot);
  const nextKnown = store.nextSyncCommittee !== undefined;
  if (
    nextKnown
      ? signaturePeriod !== storePeriod && signaturePeriod !== storePeriod + 1n
      : signaturePeriod !== storePeriod
  )
    fail('BEACON_PERIOD_INVALID', 'the update is signed in a period the store has no committee for', {
      storePeriod,
      signaturePeriod,
    });
  const attestedPeriod = periodOf(attestedSlot);
  const isCommitteeUpdate = update.nextSyncCommittee !== undefined;
  const hasNextCommittee = !nextKnown && isCommitteeUpdate && attestedPeriod === storePeriod;
  if (!(attestedSlot > store.finalizedHeader.beacon.slot || hasNextCommittee))
    fail('BEACON_UPDATE_IRRELEVANT', 'the update neither advances the store nor brings its next committee');

  if (update.finalizedHeader !== undefined) {
    checkHeader(config, update.finalizedHeader, 'finalized');
    const { depth, index } = FINALIZED_ROOT;
    const root = beaconBlockHeaderRoot(update.finalizedHeader.beacon);
    if (
      !isValidMerkleBranch(
        root,
        update.finalityBranch ?? [],
        depth,
        index,
        update.attestedHeader.beacon.stateRoot,
      )
    )
      fail('BEACON_BRANCH_INVALID', 'the finalized header is not in the attested state');
  }
  if (update.nextSyncCommittee !== undefined) {
    if (attestedPeriod === storePeriod && store.nextSyncCommittee !== undefined)
      if (!committeesEqual(update.nextSyncCommittee, store.nextSyncCommittee))
        fail(
          'BEACON_SYNC_COMMITTEE_MISMATCH',
          'the update names another next committee than the store knows',
        );
    const { depth, index } = NEXT_SYNC_COMMITTEE;
    const leaf = syncCommitteeRoot(update.nextSyncCommittee);
    if (
      !isValidMerkleBranch(
        leaf,
        update.nextSyncCommitteeBranch ?? [],
        depth,
        index,
        update.attestedHeader.beacon.stateRoot,
      )
    )
      fail('BEACON_BRANCH_INVALID', 'the next sync committee is not in the attested state');
  }

  const committee = signaturePeriod === storePeriod ? store.currentSyncCommittee : store.nextSyncCommittee;
  if (committee === undefined) return fail('BEACON_PERIOD_INVALID', 'no committee for the signature period');
  const forkSlot = (update.signatureSlot > 1n ? update.signatureSlot : 1n) - 1n;
  const forkEpoch = epochOf(forkSlot);
  const fork = [...config.forks].reverse().find((f) => f.epoch <= forkEpoch);
  if (fork === undefined) return fail('BEACON_FORK_UNSUPPORTED', 'no fork version for the signature slot');
  const domain = new Uint8Array(32);
  domain.set(DOMAIN_SYNC_COMMITTEE);
  domain.set(forkDataRoot(fork.version, config.genesisValidatorsRoot).subarray(0, 28), 4);
  const message = signingRoot(beaconBlockHeaderRoot(update.attestedHeader.beacon), domain);
  if (
    !verifySyncAggregate(
      committee.pubkeys,
      committee.aggregatePubkey,
      update.syncAggregate.bits,
      message,
      update.syncAggregate.signature,
    )
  )
    fail('SYNC_SIGNATURE_INVALID', 'the sync committee signature does not verify', { participants });
}

/**
 * Validates `update` and returns the store after it. Updates without a 2/3
 * supermajority are refused (INSUFFICIENT_PARTICIPATION) rather than kept as
 * a best candidate.
 */
export function processLightClientUpdate(
  config: BeaconChainConfig,
  store: LightClientStore,
  update: LightClientUpdate,
  currentSlot: bigint,
): LightClientStore {
  validateLightClientUpdate(config, store, update, currentSlot);
  const participants = update.syncAggregate.bits.filter(Boolean).length;
  if (participants * 3 < SYNC_COMMITTEE_SIZE * 2)
    fail('INSUFFICIENT_PARTICIPATION', 'fewer than 2/3 of the sync committee signed', { participants });
  const attested = update.attestedHeader;
  let next: LightClientStore =
    attested.beacon.slot > store.optimisticHeader.beacon.slot
      ? { ...store, optimisticHeader: attested }
      : store;
  const finalized = update.finalizedHeader;
  if (finalized === undefined) return next;
  const storePeriod = periodOf(store.finalizedHeader.beacon.slot);
  const finalizedPeriod = periodOf(finalized.beacon.slot);
  const bringsNext =
    store.nextSyncCommittee === undefined &&
    update.nextSyncCommittee !== undefined &&
    finalizedPeriod === periodOf(attested.beacon.slot);
  if (!bringsNext && finalized.beacon.slot <= store.finalizedHeader.beacon.slot) return next;
  // apply_light_client_update
  if (next.nextSyncCommittee === undefined) {
    if (finalizedPeriod !== storePeriod)
      fail('BEACON_PERIOD_INVALID', 'a store without its next committee advances only within its period');
    next = {
      ...next,
      ...(update.nextSyncCommittee === undefined ? {} : { nextSyncCommittee: update.nextSyncCommittee }),
    };
  } else if (finalizedPeriod === storePeriod + 1n) {
    const { nextSyncCommittee: _old, ...rest } = next;
    next = {
      ...rest,
      currentSyncCommittee: next.nextSyncCommittee,
      ...(update.nextSyncCommittee === undefined ? {} : { nextSyncCommittee: update.nextSyncCommittee }),
    };
  }
  if (finalized.beacon.slot > next.finalizedHeader.beacon.slot) {
    next = { ...next, finalizedHeader: finalized };
    if (finalized.beacon.slot > next.optimisticHeader.beacon.slot)
      next = { ...next, optimisticHeader: finalized };
  }
  return next;
}
