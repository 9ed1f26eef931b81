/**
 * Byte encodings of the EVM client's state on the devnet:
 * `isthmus.v1.EvmClientState` (with, for "attested", the committee),
 * `EvmConsensusState` (the trusted header as RLP, the set sealing the next
 * one, Clique's signer window and votes), the `EvmAttestedHeader` of an
 * attested update and the `EvmAccountProof` of "eip1186" proofs
 * (proto/isthmus/v1/types.proto). The block hash of a consensus state is
 * recomputed from its header by the consensus kind's rules, never taken
 * from the wire; a committee is re-validated by light-clients/attestation
 * `createSignerSet` whenever it is decoded.
 */
import {
  attestationSchemes,
  CHAIN_ID_PATTERN,
  createSignerSet,
  type SignerSet,
  type SignerSignature,
} from '../../../light-clients/attestation/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import {
  blockHash,
  decodeHeader,
  encodeHeader,
  type AccountProof,
  type EvmClientState,
  type EvmConsensusKind,
  type EvmConsensusState,
  type EvmHeader,
} from '../../../light-clients/evm/index.js';
import { fromU64, toU64, v1 } from '../../../proto/index.js';
import { schemeOf } from './attestation-state.js';
import { malformed } from './hosted-client.js';

/** The consensus kinds the devnet hosts: the sealed kinds, and "attested" with its committee. */
const HOSTED_KINDS: readonly EvmConsensusKind[] = ['qbft', 'ibft2', 'clique', 'attested'];
const ADDRESS = /^0x[0-9a-f]{40}$/;
const STORE_ADDRESS_BYTES = 20;

/** An EVM client as the devnet stores it: the light client's state and its latest trusted number. */
export interface HostedEvmClientState extends EvmClientState {
  readonly latestHeight: bigint;
  /**
   * The `IsthmusPackets` contract (20 bytes): when set, state-proof paths
   * are its ICS-24 path strings; otherwise an address then a slot word.
   */
  readonly storeAddress?: Uint8Array;
  /** The Isthmus chain id of the ledger; the decimal `chainId` when unset. */
  readonly ledgerId?: string;
  /** The committee signing the headers: set exactly when `consensus` is "attested". */
  readonly signerSet?: SignerSet;
}

/** An attested evm update: a header and the committee's signatures of it. */
export interface EvmAttestedHeader {
  readonly header: EvmHeader;
  readonly signatures: readonly SignerSignature[];
}

/** The chain id the client reports and an attested header is signed for: `ledgerId`, else the decimal chain id. */
export function evmLedgerId(state: HostedEvmClientState): string {
  return state.ledgerId ?? state.chainId.toString();
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
    storeAddress: state.storeAddress ?? new Uint8Array(0),
    ledgerId: state.ledgerId ?? '',
    signers: (state.signerSet?.signers ?? []).map((s) => ({
      scheme: s.scheme,
      publicKey: s.publicKey,
      weight: toU64(s.weight),
    })),
    threshold: toU64(state.signerSet?.threshold ?? 0n),
  }).finish();
}

/** The committee of an attested client, validated; INVALID_CLIENT_STATE when present on another kind. */
function committeeOf(m: v1.EvmClientState, consensus: EvmConsensusKind): SignerSet | undefined {
  const threshold = fromU64(m.threshold);
  if (consensus !== 'attested') {
    if (m.signers.length > 0 || threshold !== 0n)
      throw invalid('INVALID_CLIENT_STATE', 'only an attested client has a committee');
    return undefined;
  }
  if (m.signers.length === 0) throw invalid('INVALID_CLIENT_STATE', 'an attested client needs its committee');
  // createSignerSet throws INVALID_SIGNER_SET naming the rule (keys, duplicates, weights, threshold).
  return createSignerSet(
    m.signers.map((s) => ({
      scheme: schemeOf(s.scheme ?? ''),
      publicKey: s.publicKey ?? new Uint8Array(0),
      weight: fromU64(s.weight),
    })),
    threshold,
  );
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
  if (m.storeAddress.length !== 0 && m.storeAddress.length !== STORE_ADDRESS_BYTES) {
    throw invalid('INVALID_CLIENT_STATE', 'a store address is 20 bytes', { length: m.storeAddress.length });
  }
  if (m.ledgerId !== '' && !CHAIN_ID_PATTERN.test(m.ledgerId)) {
    throw invalid('INVALID_CLIENT_STATE', 'a ledger id is 1 to 64 letters, digits, ".", "_" or "-"');
  }
  const signerSet = committeeOf(m, consensus);
  return {
    chainId: fromU64(m.chainId),
    consensus,
    trustingPeriodNs,
    maxClockDriftNs: fromU64(m.maxClockDriftNs),
    ...(consensus === 'clique' ? { cliqueEpoch } : {}),
    frozen: m.frozen,
    latestHeight: fromU64(m.latestHeight?.height),
    ...(m.storeAddress.length > 0 ? { storeAddress: m.storeAddress } : {}),
    ...(m.ledgerId !== '' ? { ledgerId: m.ledgerId } : {}),
    ...(signerSet ? { signerSet } : {}),
  };
}

/** The `ClientMessage.bytes` of an attested update: `EvmAttestedHeader` (the header as RLP). */
export function encodeEvmAttestedHeader(message: EvmAttestedHeader): Uint8Array {
  return v1.EvmAttestedHeader.encode({
    header: encodeHeader(message.header),
    signatures: message.signatures.map((s) => ({
      scheme: s.scheme,
      publicKey: s.publicKey,
      signature: s.signature,
    })),
  }).finish();
}

/** Throws MALFORMED_MESSAGE for bad bytes or an unknown scheme, MALFORMED_HEADER for a bad header. */
export function decodeEvmAttestedHeader(bytes: Uint8Array): EvmAttestedHeader {
  let m: v1.EvmAttestedHeader;
  try {
    m = v1.EvmAttestedHeader.decode(bytes);
  } catch (cause) {
    throw malformed('evm attested header', cause);
  }
  const signatures = m.signatures.map((s, index): SignerSignature => {
    const scheme = attestationSchemes.find((known) => known === s.scheme);
    if (!scheme)
      throw new IsthmusError('MALFORMED_MESSAGE', `signature ${index}: unknown scheme`, {
        category: 'invalid_argument',
        context: { index, scheme: s.scheme ?? '' },
      });
    return {
      scheme,
      publicKey: s.publicKey ?? new Uint8Array(0),
      signature: s.signature ?? new Uint8Array(0),
    };
  });
  return { header: decodeHeader(m.header), signatures };
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
