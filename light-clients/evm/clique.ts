/**
 * Clique proof-of-authority seals (EIP-225; geth `consensus/clique`).
 *
 * extraData = vanity(32) ‖ signers(20 each, checkpoint blocks only) ‖ seal(65).
 * The seal signs keccak(RLP(header with extraData minus the seal)); the block
 * hash covers the whole header, seal included. A checkpoint block (number a
 * multiple of the epoch) lists the authorised signers. Difficulty is 2 when
 * the signer is in turn (sorted signers[number mod N]) and 1 otherwise. A
 * signer may seal at most one of any floor(N/2)+1 consecutive blocks.
 */
import { evmError } from './errors.js';
import { addressOf, recoverSigner, type Address } from './ecrecover.js';
import { headerHash, type EvmHeader } from './header.js';

export const CLIQUE_VANITY = 32;
export const CLIQUE_SEAL = 65;

/** A block and the signer that sealed it: what the recent-signer rule remembers. */
export interface CliqueRecent {
  readonly number: bigint;
  readonly signer: Address;
}

export interface CliqueSealCheck {
  readonly signer: Address;
  /** Signers listed by a checkpoint block; undefined for other blocks. */
  readonly checkpointSigners?: readonly Address[];
}

function malformed(message: string, context: Record<string, unknown>): never {
  throw evmError('MALFORMED_EXTRA_DATA', message, context);
}

export function cliqueSealHash(header: EvmHeader): Uint8Array {
  if (header.extraData.length < CLIQUE_VANITY + CLIQUE_SEAL)
    malformed('Clique extraData holds a 32-byte vanity and a 65-byte seal', { number: header.number });
  return headerHash({
    ...header,
    extraData: header.extraData.subarray(0, header.extraData.length - CLIQUE_SEAL),
  });
}

/** Signer of the seal and, at checkpoints, the listed signers; throws MALFORMED_EXTRA_DATA or SEAL_INVALID. */
export function recoverCliqueSeal(header: EvmHeader, epoch: bigint): CliqueSealCheck {
  const context = { number: header.number };
  const digest = cliqueSealHash(header);
  const middle = header.extraData.subarray(CLIQUE_VANITY, header.extraData.length - CLIQUE_SEAL);
  const checkpoint = header.number % epoch === 0n;
  if (!checkpoint && middle.length !== 0) malformed('only checkpoint blocks list signers', context);
  if (checkpoint && (middle.length === 0 || middle.length % 20 !== 0))
    malformed('a checkpoint lists one or more 20-byte signers', context);
  const signer = recoverSigner(digest, header.extraData.subarray(header.extraData.length - CLIQUE_SEAL));
  if (signer === undefined)
    throw evmError('SEAL_INVALID', 'the Clique seal is not a valid signature', context);
  if (!checkpoint) return { signer };
  const checkpointSigners: Address[] = [];
  for (let i = 0; i < middle.length; i += 20) checkpointSigners.push(addressOf(middle.subarray(i, i + 20)));
  return { signer, checkpointSigners };
}

/** Blocks in which a signer may seal only once: floor(N/2) + 1. */
export function cliqueSignerLimit(signers: number): bigint {
  return BigInt(Math.floor(signers / 2) + 1);
}

/**
 * Checks the seal of `header` given the authorised `signers` and the recent
 * blocks' signers: SIGNER_NOT_AUTHORISED, SIGNER_RECENTLY_SIGNED, and
 * SEAL_INVALID for a difficulty that contradicts the signer's turn.
 */
export function verifyCliqueSeal(
  header: EvmHeader,
  epoch: bigint,
  signers: readonly Address[],
  recents: readonly CliqueRecent[],
): CliqueSealCheck {
  const check = recoverCliqueSeal(header, epoch);
  const context = { number: header.number, signer: check.signer };
  if (!signers.includes(check.signer))
    throw evmError('SIGNER_NOT_AUTHORISED', 'the Clique signer is not in the authorised set', context);
  const limit = cliqueSignerLimit(signers.length);
  const last = recents.find((r) => r.signer === check.signer && r.number > header.number - limit);
  if (last !== undefined)
    throw evmError(
      'SIGNER_RECENTLY_SIGNED',
      `the signer sealed block ${last.number}, within ${limit} blocks`,
      {
        ...context,
        previous: last.number,
      },
    );
  const sorted = [...signers].sort();
  const inTurn = sorted[Number(header.number % BigInt(sorted.length))] === check.signer;
  if (header.difficulty !== (inTurn ? 2n : 1n))
    throw evmError('SEAL_INVALID', `difficulty ${header.difficulty} contradicts the signer's turn`, {
      ...context,
      inTurn,
    });
  return check;
}

/** The recent signers to remember after `number` was sealed by `signer`, for a set of `signers` members. */
export function nextCliqueRecents(
  recents: readonly CliqueRecent[],
  number: bigint,
  signer: Address,
  signers: number,
): CliqueRecent[] {
  const limit = cliqueSignerLimit(signers);
  // Block number+1 rejects a signer seen after number+1-limit; older entries can never matter again.
  return [...recents, { number, signer }].filter((r) => r.number > number + 1n - limit);
}
