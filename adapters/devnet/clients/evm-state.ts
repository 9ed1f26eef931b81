/**
 * Byte encodings of the EVM client's state on the devnet:
 * `isthmus.v1.EvmClientState`, `EvmConsensusState` (the trusted header as
 * RLP, the set sealing the next one, Clique's signer window and votes) and
 * the `EvmAccountProof` of "eip1186" proofs (proto/isthmus/v1/types.proto).
 * The block hash of a consensus state is recomputed from its header by the
 * consensus kind's rules, never taken from the wire.
 */
import { IsthmusError } from '../../../light-clients/index.js';
import {
  blockHash,
  decodeHeader,
  encodeHeader,
  type AccountProof,
  type EvmClientState,
  type EvmConsensusKind,
  type EvmConsensusState,
} from '../../../light-clients/evm/index.js';
import { fromU64, toU64, v1 } from '../../../proto/index.js';
import { malformed } from './hosted-client.js';

/** The consensus kinds the devnet hosts; "attested" needs a seal verifier a chain cannot configure. */
const HOSTED_KINDS: readonly EvmConsensusKind[] = ['qbft', 'ibft2', 'clique'];
const ADDRESS = /^0x[0-9a-f]{40}$/;

/** An EVM client as the devnet stores it: the light client's state and its latest trusted number. */
export interface HostedEvmClientState extends EvmClientState {
  readonly latestHeight: bigint;
}

function invalid(code: string, message: string, context: Record<string, unknown> = {}): IsthmusError {
  return new IsthmusError(code, message, { category: 'invalid_argument', context });
}

function address(value: string): string {
  if (!ADDRESS.test(value))
    throw invalid('INVALID_CONSENSUS_STATE', 'an address is 0x and 40 lower-case hex digits');
  return value;
}

/** Big-endian bytes without leading zeros, as RLP scalars are. */
export function bigintToBytes(value: bigint): Uint8Array {
  const hex = value === 0n ? '' : value.toString(16);
  return Uint8Array.from(Buffer.from(hex.length % 2 === 1 ? `0${hex}` : hex, 'hex'));
}

export function bytesToBigint(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}

export function encodeEvmClientState(state: HostedEvmClientState): Uint8Array {
  return v1.EvmClientState.encode({
    chainId: toU64(state.chainId),
    consensus: state.consensus,
    trustingPeriodNs: toU64(state.trustingPeriodNs),
    maxClockDriftNs: toU64(state.maxClockDriftNs),
    cliqueEpoch: toU64(state.cliqueEpoch ?? 0n),
    frozen: state.frozen,
    latestHeight: { revision: toU64(0n), height: toU64(state.latestHeight) },
  }).finish();
}

/** Throws MALFORMED_MESSAGE for bad bytes, INVALID_CLIENT_STATE for a state no client could use. */
export function decodeEvmClientState(bytes: Uint8Array): HostedEvmClientState {
  let m: v1.EvmClientState;
  try {
    m = v1.EvmClientState.decode(bytes);
  } catch (cause) {
    throw malformed('evm client state', cause);
  }
  const consensus = HOSTED_KINDS.find((k) => k === m.consensus);
  if (!consensus) {
    throw invalid('INVALID_CLIENT_STATE', `consensus kind ${JSON.stringify(m.consensus)} is not hosted`, {
      hosted: HOSTED_KINDS.join(','),
    });
  }
  const cliqueEpoch = fromU64(m.cliqueEpoch);
  const trustingPeriodNs = fromU64(m.trustingPeriodNs);
  if (trustingPeriodNs === 0n) throw invalid('INVALID_CLIENT_STATE', 'the trusting period must be positive');
  if (consensus === 'clique' && cliqueEpoch === 0n) {
    throw invalid('INVALID_CLIENT_STATE', 'a Clique client needs a positive clique epoch');
  }
  return {
    chainId: fromU64(m.chainId),
    consensus,
    trustingPeriodNs,
    maxClockDriftNs: fromU64(m.maxClockDriftNs),
    ...(consensus === 'clique' ? { cliqueEpoch } : {}),
    frozen: m.frozen,
    latestHeight: fromU64(m.latestHeight?.height),
  };
}

export function encodeEvmConsensusState(state: EvmConsensusState): Uint8Array {
  return v1.EvmConsensusState.encode({
    header: encodeHeader(state.header),
    validators: [...state.validators],
    recentSigners: (state.recentSigners ?? []).map((r) => ({ number: toU64(r.number), signer: r.signer })),
    cliqueVotes: (state.cliqueVotes ?? []).map((v) => ({
      signer: v.signer,
      number: toU64(v.number),
      address: v.address,
      authorize: v.authorize,
    })),
  }).finish();
}

export function decodeEvmConsensusState(bytes: Uint8Array, kind: EvmConsensusKind): EvmConsensusState {
  let m: v1.EvmConsensusState;
  try {
    m = v1.EvmConsensusState.decode(bytes);
  } catch (cause) {
    throw malformed('evm consensus state', cause);
  }
  const header = decodeHeader(m.header);
  return {
    header,
    hash: blockHash(kind, header),
    validators: m.validators.map(address),
    ...(kind === 'clique'
      ? {
          recentSigners: m.recentSigners.map((r) => ({
            number: fromU64(r.number),
            signer: address(r.signer ?? ''),
          })),
          cliqueVotes: m.cliqueVotes.map((v) => ({
            signer: address(v.signer ?? ''),
            number: fromU64(v.number),
            address: address(v.address ?? ''),
            authorize: v.authorize ?? false,
          })),
        }
      : {}),
  };
}

export function encodeEvmAccountProof(proof: AccountProof): Uint8Array {
  return v1.EvmAccountProof.encode({
    address: proof.address,
    nonce: bigintToBytes(proof.nonce),
    balance: bigintToBytes(proof.balance),
    storageHash: proof.storageHash,
    codeHash: proof.codeHash,
    accountProof: [...proof.accountProof],
    storageProof: proof.storageProof.map((s) => ({
      key: s.key,
      value: bigintToBytes(s.value),
      proof: [...s.proof],
    })),
  }).finish();
}

export function decodeEvmAccountProof(bytes: Uint8Array): AccountProof {
  let m: v1.EvmAccountProof;
  try {
    m = v1.EvmAccountProof.decode(bytes);
  } catch (cause) {
    throw malformed('eip1186 proof', cause);
  }
  return {
    address: m.address,
    nonce: bytesToBigint(m.nonce),
    balance: bytesToBigint(m.balance),
    storageHash: m.storageHash,
    codeHash: m.codeHash,
    accountProof: m.accountProof,
    storageProof: m.storageProof.map((s) => ({
      key: s.key ?? new Uint8Array(0),
      value: bytesToBigint(s.value ?? new Uint8Array(0)),
      proof: s.proof ?? [],
    })),
  };
}
