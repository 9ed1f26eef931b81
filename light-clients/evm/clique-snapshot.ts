/**
 * The Clique signer set as a state machine (EIP-225 "Voting"; geth
 * `consensus/clique/snapshot.go` `apply`): each sealed header may carry one
 * vote — beneficiary = the candidate, nonce 0xff…ff to authorise it or
 * 0x00…00 to drop it. A vote counts only when it would change the candidate's
 * membership; a signer's newer vote on a candidate replaces its older one.
 * When more than half of the signers agree, the change takes effect from the
 * next block, and every vote about the candidate (and, for a drop, by it) is
 * discarded. Checkpoint blocks (number a multiple of the epoch) reset all
 * votes, carry no vote, and must list exactly the current signers.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { verifyCliqueSeal, nextCliqueRecents, type CliqueRecent } from './clique.js';
import { addressOf, type Address } from './ecrecover.js';
import { evmError } from './errors.js';
import type { EvmHeader } from './header.js';

export interface CliqueVote {
  readonly signer: Address;
  readonly number: bigint;
  readonly address: Address;
  readonly authorize: boolean;
}

export interface CliqueSnapshot {
  /** Authorised signers, sorted. */
  readonly signers: readonly Address[];
  readonly recents: readonly CliqueRecent[];
  /** Votes cast since the last checkpoint that still count. */
  readonly votes: readonly CliqueVote[];
}

const NONCE_AUTH = 'ffffffffffffffff';
const NONCE_DROP = '0000000000000000';
/** keccak-256(RLP([])): Clique blocks have no ommers. */
const EMPTY_OMMERS_HASH = '1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347';

function malformed(message: string, header: EvmHeader): never {
  throw evmError('MALFORMED_HEADER', message, { number: header.number });
}

/** The header's vote; throws MALFORMED_HEADER for a field Clique forbids. */
function voteOf(header: EvmHeader, checkpoint: boolean): { address: Address; authorize: boolean } {
  const nonce = bytesToHex(header.nonce);
  if (bytesToHex(header.mixHash) !== '0'.repeat(64)) malformed('a Clique mixHash is zero', header);
  if (bytesToHex(header.ommersHash) !== EMPTY_OMMERS_HASH) malformed('a Clique block has no ommers', header);
  if (nonce !== NONCE_AUTH && nonce !== NONCE_DROP)
    malformed('a Clique nonce is all 0x00 or all 0xff', header);
  const address = addressOf(header.beneficiary);
  if (checkpoint && (nonce !== NONCE_DROP || address !== addressOf(new Uint8Array(20))))
    malformed('a Clique checkpoint carries no vote', header);
  return { address, authorize: nonce === NONCE_AUTH };
}

/**
 * Verifies a Clique header against `snapshot` (seal, authorisation, recent
 * signers, turn, checkpoint list, vote fields) and returns the snapshot after it.
 */
export function applyCliqueHeader(
  snapshot: CliqueSnapshot,
  header: EvmHeader,
  epoch: bigint,
): CliqueSnapshot {
  const { signer, checkpointSigners } = verifyCliqueSeal(header, epoch, snapshot.signers, snapshot.recents);
  const checkpoint = checkpointSigners !== undefined;
  const current = [...snapshot.signers].sort();
  if (checkpoint && checkpointSigners.join() !== current.join())
    throw evmError('CHECKPOINT_SIGNERS_MISMATCH', 'the checkpoint does not list the current signers', {
      number: header.number,
      listed: checkpointSigners,
      expected: current,
    });
  const vote = voteOf(header, checkpoint);
  let votes = (checkpoint ? [] : snapshot.votes).filter(
    (v) => !(v.signer === signer && v.address === vote.address),
  );
  let signers = current;
  if (signers.includes(vote.address) !== vote.authorize)
    votes = [...votes, { signer, number: header.number, ...vote }];
  const tally = votes.filter((v) => v.address === vote.address && v.authorize === vote.authorize).length;
  if (tally > Math.floor(signers.length / 2)) {
    if (vote.authorize) {
      signers = [...signers, vote.address].sort();
    } else {
      signers = signers.filter((s) => s !== vote.address);
      votes = votes.filter((v) => v.signer !== vote.address);
    }
    votes = votes.filter((v) => v.address !== vote.address);
  }
  return {
    signers,
    votes,
    recents: nextCliqueRecents(snapshot.recents, header.number, signer, signers.length),
  };
}
