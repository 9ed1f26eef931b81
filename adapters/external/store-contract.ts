/**
 * What the agency ledger needs of its provable key/value store: the part of
 * `ProvableStore` (adapters/store) it uses, stated here so that the ledger
 * is written against the contract rather than one implementation.
 */
export interface VersionedStore {
  /** Working (uncommitted) state. */
  get(key: Uint8Array): Uint8Array | undefined;
  /** Empty values are refused (ICS-23 forbids them). */
  set(key: Uint8Array, value: Uint8Array): void;
  /** Versions 1, 2, 3, ...; the root of the simple Merkle tree of the committed state. */
  commit(): { readonly version: bigint; readonly root: Uint8Array };
  readonly latestVersion: bigint;
  /**
   * `proof`: bytes of a `cosmos.ics23.v1.CommitmentProof`, existence when
   * `value` is defined and absence otherwise, under `tendermintSpec`.
   */
  prove(
    key: Uint8Array,
    version?: bigint,
  ): { readonly value: Uint8Array | undefined; readonly proof: Uint8Array; readonly version: bigint };
}
