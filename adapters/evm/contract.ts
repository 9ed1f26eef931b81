/**
 * The `IsthmusPackets` contract as TypeScript (docs/evm.md, "Contract"):
 * its committed artifact and ABI, the provable-storage keys and slots, the
 * packet tuple, the committee digests and signatures, and its custom errors
 * as Isthmus error codes. Pure: no provider, no network.
 */
import { readFileSync } from 'node:fs';
import {
  AbiCoder,
  computeAddress,
  getAddress,
  getBytes,
  hexlify,
  id,
  Interface,
  keccak256,
  SigningKey,
  toUtf8Bytes,
  type BytesLike,
  type InterfaceAbi,
  type JsonFragment,
  type Result,
} from 'ethers';
import { IsthmusError, type ErrorCategory, type ErrorContext } from '../../light-clients/index.js';
import { provableSlot as slotOfPath } from '../../light-clients/evm/index.js';
import { fromU64, toU64, v1 } from '../../proto/index.js';

/** The compiled contract, as `contracts/compile.ts` writes it. */
export interface PacketsArtifact {
  readonly contractName: string;
  readonly compiler: { readonly version: string; readonly settings: unknown };
  readonly abi: readonly JsonFragment[];
  readonly bytecode: string;
  readonly deployedBytecode: string;
}

function isArtifact(value: unknown): value is PacketsArtifact {
  if (value === null || typeof value !== 'object') return false;
  const a = value as Record<string, unknown>;
  const hex = (v: unknown): boolean => typeof v === 'string' && /^0x([0-9a-f]{2})+$/i.test(v);
  return (
    typeof a.contractName === 'string' && Array.isArray(a.abi) && hex(a.bytecode) && hex(a.deployedBytecode)
  );
}

function loadArtifact(): PacketsArtifact {
  const parsed: unknown = JSON.parse(
    readFileSync(new URL('./contracts/IsthmusPackets.json', import.meta.url), 'utf8'),
  );
  if (!isArtifact(parsed)) {
    throw new IsthmusError('EVM_ARTIFACT_INVALID', 'IsthmusPackets.json is not a compiled contract', {
      category: 'internal',
    });
  }
  return parsed;
}

export const packetsArtifact: PacketsArtifact = loadArtifact();

export const packetsInterface: Interface = new Interface(packetsArtifact.abi as InterfaceAbi);

const abi = AbiCoder.defaultAbiCoder();

// ------------------------------------------------------------ provable storage

/** The `provable` key of an ICS-24 path: keccak256 of its UTF-8 bytes, 0x hex. */
export function provableKey(path: string): string {
  return keccak256(toUtf8Bytes(path));
}

/** The storage slot holding a path's value, as `eth_getProof` takes it (light-clients/evm `provableSlot`). */
export function provableSlot(path: string): Uint8Array {
  return slotOfPath(toUtf8Bytes(path));
}

// ---------------------------------------------------------------------- packets

/** The packet as the contract's ABI takes it: `v1.Packet` with its timeout height flattened. */
export interface PacketTuple {
  readonly sequence: bigint;
  readonly sourceChain: string;
  readonly sourceChannel: string;
  readonly destChain: string;
  readonly destChannel: string;
  readonly app: string;
  readonly payload: Uint8Array;
  readonly timeoutRevision: bigint;
  readonly timeoutHeight: bigint;
  readonly timeoutTimestampNs: bigint;
}

export function packetTuple(p: v1.IPacket): PacketTuple {
  return {
    sequence: fromU64(p.sequence),
    sourceChain: p.sourceChain ?? '',
    sourceChannel: p.sourceChannel ?? '',
    destChain: p.destChain ?? '',
    destChannel: p.destChannel ?? '',
    app: p.app ?? '',
    payload: p.payload ?? new Uint8Array(0),
    timeoutRevision: fromU64(p.timeoutHeight?.revision),
    timeoutHeight: fromU64(p.timeoutHeight?.height),
    timeoutTimestampNs: fromU64(p.timeoutTimestampNs),
  };
}

function malformedLog(field: string): never {
  throw new IsthmusError('EVM_LOG_MALFORMED', `a decoded packet has no valid ${field}`, {
    category: 'invalid_argument',
    context: { field },
  });
}

/** The packet of a decoded event (`log.args.packet`, or a `Result` of the tuple) as `v1.Packet`. */
export function packetFromLog(result: Result): v1.Packet {
  const [sequence, sourceChain, sourceChannel, destChain, destChannel, app, payload, rev, height, ts] =
    result.toArray() as unknown[];
  const u64 = (value: unknown, field: string): bigint =>
    typeof value === 'bigint' ? value : malformedLog(field);
  const str = (value: unknown, field: string): string =>
    typeof value === 'string' ? value : malformedLog(field);
  return v1.Packet.create({
    sequence: toU64(u64(sequence, 'sequence')),
    sourceChain: str(sourceChain, 'sourceChain'),
    sourceChannel: str(sourceChannel, 'sourceChannel'),
    destChain: str(destChain, 'destChain'),
    destChannel: str(destChannel, 'destChannel'),
    app: str(app, 'app'),
    payload: getBytes(str(payload, 'payload')),
    timeoutHeight: {
      revision: toU64(u64(rev, 'timeoutRevision')),
      height: toU64(u64(height, 'timeoutHeight')),
    },
    timeoutTimestampNs: toU64(u64(ts, 'timeoutTimestampNs')),
  });
}

/** What `recordOutcome(channel, sequence)` reports of a sent record (0 while pending or never sent). */
export const RecordOutcome = { Pending: 0n, Delivered: 1n, Refused: 2n, TimedOut: 3n } as const;

// ----------------------------------------------------------- committee digests

/** What makes a signature good for one contract and one committee (docs/evm.md, "Committee digests"). */
export interface DigestDomain {
  /** `block.chainid` of the EVM chain. */
  readonly evmChainId: bigint;
  /** The contract's address. */
  readonly contract: string;
  readonly epoch: bigint;
}

export interface RecvDigestFields extends DigestDomain {
  readonly packetCommitment: BytesLike;
  readonly proofRevision: bigint;
  readonly proofHeight: bigint;
}

export interface AckDigestFields extends RecvDigestFields {
  readonly ackCommitment: BytesLike;
}

export interface TimeoutDigestFields extends RecvDigestFields {
  readonly proofTimeNs: bigint;
}

export interface RotateDigestFields extends DigestDomain {
  readonly members: readonly string[];
  readonly threshold: bigint;
}

const TAGS = {
  recv: id('isthmus/evm/recv/v1'),
  ack: id('isthmus/evm/ack/v1'),
  timeout: id('isthmus/evm/timeout/v1'),
  rotate: id('isthmus/evm/rotate/v1'),
} as const;

const DOMAIN_TYPES = ['bytes32', 'uint256', 'address', 'uint64'] as const;

function digest(
  tag: keyof typeof TAGS,
  d: DigestDomain,
  types: readonly string[],
  values: readonly unknown[],
): string {
  return keccak256(
    abi.encode(
      [...DOMAIN_TYPES, ...types],
      [TAGS[tag], d.evmChainId, getAddress(d.contract), d.epoch, ...values],
    ),
  );
}

/** What the committee signs to have a packet received: its commitment is stored on the source at the proof height. */
export function recvDigest(f: RecvDigestFields): string {
  return digest(
    'recv',
    f,
    ['bytes32', 'uint64', 'uint64'],
    [hexlify(f.packetCommitment), f.proofRevision, f.proofHeight],
  );
}

/** An acknowledgement with this commitment is stored on the destination at the proof height. */
export function ackDigest(f: AckDigestFields): string {
  return digest(
    'ack',
    f,
    ['bytes32', 'bytes32', 'uint64', 'uint64'],
    [hexlify(f.packetCommitment), hexlify(f.ackCommitment), f.proofRevision, f.proofHeight],
  );
}

/** The destination holds no receipt at the proof height, whose block time is `proofTimeNs`. */
export function timeoutDigest(f: TimeoutDigestFields): string {
  return digest(
    'timeout',
    f,
    ['bytes32', 'uint64', 'uint64', 'uint64'],
    [hexlify(f.packetCommitment), f.proofRevision, f.proofHeight, f.proofTimeNs],
  );
}

/** The committee hands over to `members` at `threshold`. */
export function rotateDigest(f: RotateDigestFields): string {
  return digest('rotate', f, ['address[]', 'uint256'], [f.members.map((m) => getAddress(m)), f.threshold]);
}

/**
 * 65-byte `r ‖ s ‖ v` signatures of `digest` itself (no message prefix),
 * ordered by signer address as the contract requires. ethers signs with
 * low `s` (RFC 6979), which the contract also requires.
 */
export function signDigest(digest: BytesLike, keys: readonly SigningKey[] | readonly string[]): string[] {
  return keys
    .map((k) => (typeof k === 'string' ? new SigningKey(k) : k))
    .map((key) => ({
      signer: BigInt(computeAddress(key)),
      signature: key.sign(digest).serialized,
    }))
    .sort((a, b) => (a.signer < b.signer ? -1 : a.signer > b.signer ? 1 : 0))
    .map((s) => s.signature);
}

// ---------------------------------------------------------------------- errors

export interface ContractErrorCode {
  /** The custom error's name, or the Solidity built-in (`Error`, `Panic`), or `Unknown`. */
  readonly name: string;
  /** SCREAMING_SNAKE of the name for the contract's own errors; CONTRACT_REVERTED otherwise. */
  readonly code: string;
  /** The call would have changed nothing because it already happened (a replay): not a failure to retry. */
  readonly alreadyDone: boolean;
  readonly category: ErrorCategory;
  /** The error's arguments, as ethers decodes them. */
  readonly args: readonly unknown[];
}

export const CONTRACT_REVERTED = 'CONTRACT_REVERTED';

/** Every custom error of the contract and how a caller treats it. */
const CONTRACT_ERRORS: Readonly<
  Record<string, { readonly category: ErrorCategory; readonly alreadyDone?: true }>
> = {
  NotAdmin: { category: 'permission_denied' },
  UnsupportedApp: { category: 'invalid_argument' },
  InvalidChannel: { category: 'invalid_argument' },
  ChannelNotFound: { category: 'not_found' },
  AppMismatch: { category: 'invalid_argument' },
  InvalidTimeout: { category: 'invalid_argument' },
  WrongChain: { category: 'invalid_argument' },
  CounterpartyMismatch: { category: 'invalid_argument' },
  AlreadyReceived: { category: 'already_exists', alreadyDone: true },
  PacketExpired: { category: 'failed_precondition' },
  PacketNotPending: { category: 'already_exists', alreadyDone: true },
  CommitmentMismatch: { category: 'invalid_argument' },
  TimeoutNotReached: { category: 'failed_precondition' },
  InvalidCommittee: { category: 'invalid_argument' },
  BadSignature: { category: 'verification' },
  SignersNotAscending: { category: 'verification' },
  UnknownSigner: { category: 'verification' },
  BelowThreshold: { category: 'verification' },
  NestedBatch: { category: 'invalid_argument' },
};

function screamingSnake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/**
 * The code of a revert of the contract, from its revert data (an ethers
 * `CALL_EXCEPTION`'s `data`, or a `BatchResult`'s `returnData`). Data that
 * is none of the contract's errors (empty, `Error(string)`, `Panic`,
 * anything else) is CONTRACT_REVERTED.
 */
export function contractErrorCode(revertData: BytesLike | null | undefined): ContractErrorCode {
  let parsed: ReturnType<Interface['parseError']> = null;
  try {
    if (revertData !== null && revertData !== undefined) parsed = packetsInterface.parseError(revertData);
  } catch {
    // Data too short or not hex: an unknown revert, reported as such below.
  }
  const known = parsed === null ? undefined : CONTRACT_ERRORS[parsed.name];
  if (parsed === null || known === undefined) {
    return {
      name: parsed?.name ?? 'Unknown',
      code: CONTRACT_REVERTED,
      alreadyDone: false,
      category: 'failed_precondition',
      args: parsed === null ? [] : parsed.args.toArray(),
    };
  }
  return {
    name: parsed.name,
    code: screamingSnake(parsed.name),
    alreadyDone: known.alreadyDone === true,
    category: known.category,
    args: parsed.args.toArray(),
  };
}

/** A revert of the contract as an `IsthmusError`, its code and category from `contractErrorCode`. */
export function contractRevertError(
  revertData: BytesLike | null | undefined,
  context: ErrorContext = {},
  cause?: unknown,
): IsthmusError {
  const e = contractErrorCode(revertData);
  const args = e.args.map((a) => String(a)).join(', ');
  return new IsthmusError(e.code, `IsthmusPackets reverted with ${e.name}(${args})`, {
    category: e.category,
    context: { ...context, error: e.name },
    ...(cause === undefined ? {} : { cause }),
  });
}
