/**
 * The agency ledger itself: an append-only log of records (path → value) in
 * a provable key/value store, sealed into heights. Each `seal()` commits the
 * store, takes the store's root as the state root of the new height, stamps
 * it with a strictly increasing time and has the agency's signers attest
 * (chain id, height, time, root). There is no consensus: the attestation
 * of k-of-n agency keys is what a counterparty trusts.
 *
 * Height 1 holds the genesis record (GENESIS_PATH); callers seal it.
 *
 * Unlike CometBFT, the root of the state at height h is attested at h itself
 * (not in the header of h+1), so a proof of state at h has proof height h.
 */
import type { Logger } from 'pino';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Attestation, SignerSet } from '../../light-clients/attestation/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import type { Attestor } from './attestor.js';
import type { VersionedStore } from './store-contract.js';

/** One sealed height as the ledger keeps it. */
export interface SealedHeight {
  readonly height: bigint;
  readonly timestampNs: bigint;
  readonly stateRoot: Uint8Array;
  readonly attestation: Attestation;
}

export interface AgencyLedgerOptions {
  readonly chainId: string;
  readonly attestor: Attestor;
  /** A fresh store (no version committed): its versions are this ledger's heights. */
  readonly store: VersionedStore;
  /** Heights whose attestation stays queryable; match the store's retention. */
  readonly retainHeights: number;
  /** Nanoseconds since the Unix epoch; injected so tests decide the time. */
  readonly clock: () => bigint;
  readonly logger: Logger;
}

/** ICS-24 paths are printable ASCII without spaces. */
const PATH_PATTERN = /^[\x21-\x7e]{1,512}$/;
export const MAX_RECORD_BYTES = 1024 * 1024;

const utf8 = new TextEncoder();

/**
 * The first record of every agency ledger (its chain id), sealed into
 * height 1. It keeps the tree from ever being empty: ICS-23 cannot prove
 * absence in an empty tree, and a counterparty may ask for absence at any
 * height.
 */
export const GENESIS_PATH = 'ledger/chain-id';

/** The store key of a record path; INVALID_PATH for a path no record can have. */
export function recordKey(path: string): Uint8Array {
  if (!PATH_PATTERN.test(path)) {
    throw new IsthmusError(
      'INVALID_PATH',
      'a record path is 1 to 512 printable ASCII characters, no spaces',
      {
        category: 'invalid_argument',
        context: { path: path.slice(0, 80) },
      },
    );
  }
  return utf8.encode(path);
}

export class AgencyLedger {
  readonly chainId: string;
  readonly #attestor: Attestor;
  readonly #store: VersionedStore;
  readonly #retain: number;
  readonly #clock: () => bigint;
  readonly #logger: Logger;
  readonly #sealed = new Map<bigint, SealedHeight>();
  #latest: SealedHeight | undefined;
  #pending = 0;
  #closed = false;
  /** Resolved at every seal and at close: how followers learn of a new height. */
  #waiters = new Set<() => void>();

  constructor(options: AgencyLedgerOptions) {
    if (options.store.latestVersion !== 0n) {
      throw new IsthmusError('STORE_NOT_FRESH', 'the agency ledger starts from an empty store', {
        category: 'failed_precondition',
        context: { latestVersion: options.store.latestVersion },
      });
    }
    this.chainId = options.chainId;
    this.#attestor = options.attestor;
    this.#store = options.store;
    this.#retain = options.retainHeights;
    this.#clock = options.clock;
    this.#logger = options.logger.child({ module: 'agency-ledger', chain: options.chainId });
    this.append(GENESIS_PATH, utf8.encode(options.chainId));
  }

  /** The registered set a counterparty's attestation client is created with. */
  get signerSet(): SignerSet {
    return this.#attestor.signerSet;
  }

  /** The latest sealed height, or undefined before the first seal. */
  get latest(): SealedHeight | undefined {
    return this.#latest;
  }

  /** The oldest height still retained (0 before the first seal). */
  get oldestRetained(): bigint {
    const latest = this.#latest?.height ?? 0n;
    const oldest = latest - BigInt(this.#retain) + 1n;
    return latest === 0n ? 0n : oldest < 1n ? 1n : oldest;
  }

  /**
   * Appends a record, visible in the next sealed height. The log is
   * append-only: a path is written once (RECORD_EXISTS), and a value is 1
   * byte to MAX_RECORD_BYTES (INVALID_RECORD).
   */
  append(path: string, value: Uint8Array): void {
    const key = recordKey(path);
    if (value.length === 0 || value.length > MAX_RECORD_BYTES) {
      throw new IsthmusError('INVALID_RECORD', `a record value is 1 to ${MAX_RECORD_BYTES} bytes`, {
        category: 'invalid_argument',
        context: { path, bytes: value.length },
      });
    }
    if (this.#store.get(key) !== undefined) {
      throw new IsthmusError('RECORD_EXISTS', `the log already holds a record at ${path}`, {
        category: 'already_exists',
        context: { chainId: this.chainId, path },
      });
    }
    this.#store.set(key, value.slice());
    this.#pending++;
  }

  /** Makes the next height: commits the store, attests its root, wakes followers. */
  seal(): SealedHeight {
    if (this.#closed) {
      throw new IsthmusError('LEDGER_CLOSED', 'the agency ledger is closed', { category: 'unavailable' });
    }
    const previous = this.#latest;
    const { version, root } = this.#store.commit();
    const expected = (previous?.height ?? 0n) + 1n;
    if (version !== expected) {
      throw new IsthmusError(
        'STORE_VERSION_MISMATCH',
        `the store committed ${version}, expected ${expected}`,
        {
          context: { chainId: this.chainId, version, expected },
        },
      );
    }
    // The attestation client requires strictly increasing times.
    const now = this.#clock();
    const timestampNs =
      previous !== undefined && now <= previous.timestampNs ? previous.timestampNs + 1n : now;
    const attestation = this.#attestor.attest({
      chainId: this.chainId,
      height: version,
      timestampNs,
      stateRoot: root,
    });
    const sealed: SealedHeight = Object.freeze({
      height: version,
      timestampNs,
      stateRoot: root.slice(),
      attestation,
    });
    this.#sealed.set(version, sealed);
    this.#sealed.delete(version - BigInt(this.#retain));
    this.#latest = sealed;
    this.#logger.debug(
      { height: version, records: this.#pending, root: bytesToHex(root) },
      'sealed a height',
    );
    this.#pending = 0;
    this.#wake();
    return sealed;
  }

  /**
   * The sealed height `height`; HEIGHT_NOT_FOUND (not_found) when it is not
   * sealed yet or no longer retained.
   */
  sealedAt(height: bigint): SealedHeight {
    const sealed = this.#sealed.get(height);
    if (sealed === undefined) {
      const latest = this.#latest?.height ?? 0n;
      throw new IsthmusError(
        'HEIGHT_NOT_FOUND',
        height > latest
          ? `height ${height} is not sealed yet (latest ${latest})`
          : `height ${height} is no longer retained (oldest ${this.oldestRetained})`,
        { category: 'not_found', context: { chainId: this.chainId, height, latestHeight: latest } },
      );
    }
    return sealed;
  }

  /**
   * The record at `path` in the state of `height` (a retained sealed height)
   * with the store's ICS-23 proof of it, or of its absence.
   */
  prove(
    path: string,
    height: bigint,
  ): { readonly value: Uint8Array | undefined; readonly proof: Uint8Array } {
    const key = recordKey(path);
    this.sealedAt(height);
    const { value, proof } = this.#store.prove(key, height);
    return { value, proof };
  }

  /**
   * Resolves once a height above `height` is sealed, the ledger closes, or
   * `signal` aborts; true only in the first case.
   */
  async waitForHeightAbove(height: bigint, signal?: AbortSignal): Promise<boolean> {
    const above = () => (this.#latest?.height ?? 0n) > height;
    while (!above() && !this.#closed && !signal?.aborted) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.#waiters.delete(done);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        this.#waiters.add(done);
        signal?.addEventListener('abort', done, { once: true });
      });
    }
    return above();
  }

  /** Stops sealing and releases every follower. */
  close(): void {
    this.#closed = true;
    this.#wake();
  }

  get closed(): boolean {
    return this.#closed;
  }

  #wake(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }
}
