/**
 * QBFT / IBFT 2.0 block hashing and committed-seal verification (Besu
 * `BftBlockHashing`, `BftHelpers.calculateRequiredValidatorQuorum`).
 *
 * - block hash: keccak(RLP(header with extraData re-encoded without seals and with round 0));
 *   the genesis header (number 0) is hashed as it is.
 * - committed-seal digest: keccak(RLP(header with extraData re-encoded without seals, real round)).
 * - a header is final when at least ceil(2n/3) distinct validators of the set
 *   that precedes it committed to it. The validator list in a header's own
 *   extraData is the set after that block: it seals the next header.
 */
import { evmError } from './errors.js';
import { recoverSigner, type Address } from './ecrecover.js';
import { decodeBftExtraData, encodeBftExtraData, type BftExtraData, type BftFlavour } from './extra-data.js';
import { headerHash, type EvmHeader } from './header.js';

/** Seals needed from a set of `n` validators: ceil(2n/3). */
export function bftQuorum(n: number): number {
  return Math.ceil((2 * n) / 3);
}

export function bftBlockHash(flavour: BftFlavour, header: EvmHeader): Uint8Array {
  if (header.number === 0n) return headerHash(header);
  const extra = decodeBftExtraData(flavour, header.extraData);
  return headerHash({ ...header, extraData: encodeBftExtraData(flavour, extra, 'without-seals-and-round') });
}

export function bftSealDigest(flavour: BftFlavour, header: EvmHeader, extra: BftExtraData): Uint8Array {
  return headerHash({ ...header, extraData: encodeBftExtraData(flavour, extra, 'without-seals') });
}

export interface BftSealCheck {
  readonly extra: BftExtraData;
  /** Validators whose committed seals verified, in seal order. */
  readonly committers: readonly Address[];
}

/**
 * Verifies the committed seals of `header` against `validators` (the set
 * that precedes it). Throws SEAL_INVALID (unrecoverable seal),
 * SEAL_NOT_VALIDATOR, DUPLICATE_SEAL or INSUFFICIENT_SEALS.
 */
export function verifyBftSeals(
  flavour: BftFlavour,
  header: EvmHeader,
  validators: readonly Address[],
): BftSealCheck {
  const extra = decodeBftExtraData(flavour, header.extraData);
  const digest = bftSealDigest(flavour, header, extra);
  const allowed = new Set(validators);
  const committers: Address[] = [];
  const seen = new Set<Address>();
  const context = { number: header.number };
  extra.seals.forEach((seal, index) => {
    const signer = recoverSigner(digest, seal);
    if (signer === undefined)
      throw evmError('SEAL_INVALID', 'a committed seal is not a valid signature', { ...context, index });
    if (!allowed.has(signer))
      throw evmError('SEAL_NOT_VALIDATOR', 'a committed seal is by a signer outside the validator set', {
        ...context,
        index,
        signer,
      });
    if (seen.has(signer))
      throw evmError('DUPLICATE_SEAL', 'a validator sealed the header twice', { ...context, index, signer });
    seen.add(signer);
    committers.push(signer);
  });
  // An empty set would make the quorum zero: a header no one sealed must never pass.
  const needed = Math.max(1, bftQuorum(allowed.size));
  if (committers.length < needed)
    throw evmError('INSUFFICIENT_SEALS', `${committers.length} committed seals, quorum is ${needed}`, {
      ...context,
      seals: committers.length,
      quorum: needed,
      validators: allowed.size,
    });
  return { extra, committers };
}
