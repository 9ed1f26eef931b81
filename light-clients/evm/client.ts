/**
 * The EVM light client (ICS-02 shaped, docs/architecture.md "The trust
 * path"): a trusted header and the validator set that seals the next one,
 * moved forward one verified header at a time.
 *
 * `verifyHeader` is a pure function of (client state, trusted consensus
 * state, update, now). It checks, in order: client not frozen, trust not
 * expired, header well-formed, the claimed hash, adjacency and parent hash,
 * time, and the consensus seal. Heights are bigints; times are nanoseconds
 * since the Unix epoch (headers carry seconds).
 *
 * Consensus kinds: `qbft` and `ibft2` (committed seals, bft.ts), `clique`
 * (clique.ts; signer voting in clique-snapshot.ts), and `attested`, whose
 * seal check is delegated to an `AttestedSealVerifier` the caller supplies
 * (attested.ts makes one from a committee; this client applies the chain
 * rules around it). An attested header may skip block numbers: the
 * committee signs each header itself, so no chain of seals links it to the
 * trusted one.
 */
import { equalBytes } from '@noble/curves/utils.js';
import { bftBlockHash, verifyBftSeals } from './bft.js';
import { verifyCliqueSeal, type CliqueRecent } from './clique.js';
import { applyCliqueHeader, type CliqueVote } from './clique-snapshot.js';
import type { Address } from './ecrecover.js';
import { evmError } from './errors.js';
import { headerHash, headerValues, hex, type EvmHeader } from './header.js';

export type EvmConsensusKind = 'qbft' | 'ibft2' | 'clique' | 'attested';

export interface EvmClientState {
  readonly chainId: bigint;
  readonly consensus: EvmConsensusKind;
  /** How long a trusted header may be built upon, in nanoseconds. */
  readonly trustingPeriodNs: bigint;
  /** How far a header's time may be ahead of `now`, in nanoseconds. */
  readonly maxClockDriftNs: bigint;
  /** Clique checkpoint interval (blocks); required when `consensus` is `clique`. */
  readonly cliqueEpoch?: bigint;
  /** Set by misbehaviour; a frozen client verifies nothing. */
  readonly frozen: boolean;
}

export interface EvmConsensusState {
  readonly header: EvmHeader;
  /** The block hash by the chain's rules (for QBFT/IBFT 2.0 the hash without seals and round). */
  readonly hash: Uint8Array;
  /** The set that seals the next header (lower-case hex addresses). */
  readonly validators: readonly Address[];
  /** Clique: signers of the last blocks, for the recent-signer rule. */
  readonly recentSigners?: readonly CliqueRecent[];
  /** Clique: signer votes cast since the last checkpoint. */
  readonly cliqueVotes?: readonly CliqueVote[];
}

export interface EvmHeaderUpdate {
  readonly header: EvmHeader;
  /** The hash the source claims for the header (e.g. JSON-RPC `hash`); checked when given. */
  readonly hash?: Uint8Array;
  /** Consensus-specific proof for `attested` chains, passed to the verifier as is. */
  readonly attestation?: unknown;
}

/**
 * The extension point for `attested` chains: verifies that `attestation`
 * signs `hash` of `header` under the trusted signer set, throwing a
 * VerificationError otherwise, and returns the signer set for the next header.
 */
export type AttestedSealVerifier = (input: {
  readonly clientState: EvmClientState;
  readonly trusted: EvmConsensusState;
  readonly header: EvmHeader;
  readonly hash: Uint8Array;
  readonly attestation: unknown;
}) => readonly Address[];

export interface EvmVerifyOptions {
  readonly attested?: AttestedSealVerifier;
}

const NS_PER_SECOND = 1_000_000_000n;

/** A header's time in nanoseconds since the Unix epoch. */
export function headerTimeNs(header: EvmHeader): bigint {
  return header.timestamp * NS_PER_SECOND;
}

/** The block hash of `header` by the rules of `consensus`. */
export function blockHash(consensus: EvmConsensusKind, header: EvmHeader): Uint8Array {
  return consensus === 'qbft' || consensus === 'ibft2' ? bftBlockHash(consensus, header) : headerHash(header);
}

function cliqueEpoch(clientState: EvmClientState): bigint {
  const epoch = clientState.cliqueEpoch;
  if (epoch === undefined || epoch <= 0n)
    throw evmError('CONSENSUS_UNSUPPORTED', 'a Clique client needs a positive cliqueEpoch');
  return epoch;
}

/** Throws CLIENT_FROZEN or CLIENT_EXPIRED when the client may not be used at `now`. */
export function assertClientUsable(
  clientState: EvmClientState,
  trusted: EvmConsensusState,
  now: bigint,
): void {
  const context = { chainId: clientState.chainId, number: trusted.header.number };
  if (clientState.frozen) throw evmError('CLIENT_FROZEN', 'the client is frozen after misbehaviour', context);
  if (now >= headerTimeNs(trusted.header) + clientState.trustingPeriodNs)
    throw evmError('CLIENT_EXPIRED', 'the trusted header is older than the trusting period', context);
}

interface SealOutcome {
  readonly validators: readonly Address[];
  readonly recentSigners?: readonly CliqueRecent[];
  readonly cliqueVotes?: readonly CliqueVote[];
}

/** Checks the consensus seal of `header` against the trusted state; returns what it hands to the next header. */
function verifySeal(
  clientState: EvmClientState,
  trusted: EvmConsensusState,
  header: EvmHeader,
  hash: Uint8Array,
  attestation: unknown,
  options: EvmVerifyOptions,
): SealOutcome {
  switch (clientState.consensus) {
    case 'qbft':
    case 'ibft2':
      return {
        validators: verifyBftSeals(clientState.consensus, header, trusted.validators).extra.validators,
      };
    case 'clique': {
      const snapshot = applyCliqueHeader(
        {
          signers: trusted.validators,
          recents: trusted.recentSigners ?? [],
          votes: trusted.cliqueVotes ?? [],
        },
        header,
        cliqueEpoch(clientState),
      );
      return { validators: snapshot.signers, recentSigners: snapshot.recents, cliqueVotes: snapshot.votes };
    }
    case 'attested': {
      if (options.attested === undefined)
        throw evmError('CONSENSUS_UNSUPPORTED', 'an attested chain needs an attestation verifier', {
          chainId: clientState.chainId,
        });
      return { validators: options.attested({ clientState, trusted, header, hash, attestation }) };
    }
  }
}

/**
 * The chain rules every header meets whatever its consensus: well-formed,
 * the claimed hash (when given) is `hash`, the number is the trusted one
 * plus one, the parent is the trusted header, and time moves forward and is
 * not ahead of `now` by more than the clock drift. An `attested` header
 * need only be above the trusted one, and names it as parent when adjacent:
 * its signatures, not its ancestry, are what is verified, and its time
 * may repeat the trusted second (fast chains seal several blocks a second).
 */
export function verifyHeaderLink(
  clientState: EvmClientState,
  trusted: EvmConsensusState,
  update: EvmHeaderUpdate,
  hash: Uint8Array,
  now: bigint,
): void {
  const { header } = update;
  headerValues(header);
  const context = { chainId: clientState.chainId, number: header.number, hash: hex(hash) };
  if (update.hash !== undefined && !equalBytes(update.hash, hash))
    throw evmError('HEADER_HASH_MISMATCH', 'the header does not hash to the claimed hash', {
      ...context,
      claimed: hex(update.hash),
    });
  if (header.number <= trusted.header.number)
    throw evmError('NON_INCREASING_NUMBER', 'the header is not above the trusted one', {
      ...context,
      trusted: trusted.header.number,
    });
  const adjacent = header.number === trusted.header.number + 1n;
  if (!adjacent && clientState.consensus !== 'attested')
    throw evmError('NON_ADJACENT_HEADER', 'headers are verified one block at a time', {
      ...context,
      trusted: trusted.header.number,
    });
  if (adjacent && !equalBytes(header.parentHash, trusted.hash))
    throw evmError(
      'PARENT_HASH_MISMATCH',
      'the header does not name the trusted header as its parent',
      context,
    );
  // Seconds-resolution block times repeat on fast attested chains (dev chains seal a block per
  // transaction); a committee-signed header may share its predecessor's second, never go back.
  const attested = clientState.consensus === 'attested';
  if (attested ? header.timestamp < trusted.header.timestamp : header.timestamp <= trusted.header.timestamp)
    throw evmError('NON_MONOTONIC_TIME', 'the header is not later than the trusted one', context);
  if (headerTimeNs(header) > now + clientState.maxClockDriftNs)
    throw evmError(
      'HEADER_FROM_FUTURE',
      'the header is later than now plus the allowed clock drift',
      context,
    );
}

/**
 * Verifies `update` as the header following `trusted` and returns the new
 * trusted consensus state. Throws a VerificationError naming the failed rule.
 */
export function verifyHeader(
  clientState: EvmClientState,
  trusted: EvmConsensusState,
  update: EvmHeaderUpdate,
  now: bigint,
  options: EvmVerifyOptions = {},
): EvmConsensusState {
  assertClientUsable(clientState, trusted, now);
  const { header } = update;
  const hash = blockHash(clientState.consensus, header);
  verifyHeaderLink(clientState, trusted, update, hash, now);
  const outcome = verifySeal(clientState, trusted, header, hash, update.attestation, options);
  return { header, hash, ...outcome };
}

/** Two headers offered as proof that the chain's validators equivocated. */
export interface EvmMisbehaviour {
  readonly header1: EvmHeader;
  readonly header2: EvmHeader;
}

/**
 * Returns the client state frozen when `evidence` is misbehaviour: two
 * headers at one number, with different hashes, each validly sealed by the
 * trusted set. For Clique both must be sealed by the same signer: blocks by
 * different signers at one height are ordinary Clique forks, not equivocation.
 * Look-alikes (same hash, other numbers) return the state unchanged; a header
 * whose seal does not verify throws, as evidence must be valid to freeze.
 * An `attested` header carries no seal, so two bare headers prove nothing:
 * its host freezes the client when the committee signs two headers at one
 * number (an update conflicting with a stored consensus state).
 */
export function checkMisbehaviour(
  clientState: EvmClientState,
  trusted: EvmConsensusState,
  evidence: EvmMisbehaviour,
): EvmClientState {
  if (clientState.frozen) return clientState;
  const { header1, header2 } = evidence;
  if (header1.number !== header2.number) return clientState;
  const kind = clientState.consensus;
  if (equalBytes(blockHash(kind, header1), blockHash(kind, header2))) return clientState;
  switch (kind) {
    case 'qbft':
    case 'ibft2':
      verifyBftSeals(kind, header1, trusted.validators);
      verifyBftSeals(kind, header2, trusted.validators);
      return { ...clientState, frozen: true };
    case 'clique': {
      const epoch = cliqueEpoch(clientState);
      const first = verifyCliqueSeal(header1, epoch, trusted.validators, []);
      const second = verifyCliqueSeal(header2, epoch, trusted.validators, []);
      return first.signer === second.signer ? { ...clientState, frozen: true } : clientState;
    }
    case 'attested':
      throw evmError(
        'CONSENSUS_UNSUPPORTED',
        'attested headers carry no seal: conflicting signed updates are the evidence',
      );
  }
}
