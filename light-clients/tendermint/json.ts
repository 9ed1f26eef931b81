/**
 * Reading CometBFT RPC JSON (`/commit`, `/validators`, genesis) and the
 * light-block files of tendermint-rs into this client's types. Heights,
 * powers and totals are decimal strings; hashes and addresses hex (upper
 * case by convention, either accepted); keys and signatures base64; times
 * RFC 3339 with nanoseconds. A block id's part-set header is `parts` in RPC
 * JSON and `part_set_header` in tendermint-rs files: both are accepted. A
 * set's `total_voting_power` is not trusted (tendermint-rs writes "0"): it is
 * recomputed. Anything else malformed throws MALFORMED_HEADER naming the field.
 */
import { malformed } from './errors.js';
import { parseRfc3339 } from './time.js';
import {
  BlockIdFlag,
  type BlockId,
  type Commit,
  type CommitSig,
  type Header,
  type LightBlock,
  type PublicKey,
  type SignedHeader,
  type ValidatorSet,
} from './types.js';
import { MAX_INT64, makeValidatorSet, type ValidatorInput } from './validator-set.js';

type Json = Readonly<Record<string, unknown>>;

function object(value: unknown, field: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw malformed(field, 'expected an object');
  return value as Json;
}

function array(value: unknown, field: string): readonly unknown[] {
  if (!Array.isArray(value)) throw malformed(field, 'expected an array');
  return value;
}

function string(value: unknown, field: string): string {
  if (typeof value !== 'string') throw malformed(field, 'expected a string');
  return value;
}

/** A decimal int64 (string or safe integer number). */
function int64(value: unknown, field: string, min = -MAX_INT64 - 1n): bigint {
  let text: string;
  if (typeof value === 'number' && Number.isSafeInteger(value)) text = String(value);
  else if (typeof value === 'string' && /^-?\d{1,19}$/.test(value)) text = value;
  else throw malformed(field, 'expected a decimal integer');
  const n = BigInt(text);
  if (n < min || n > MAX_INT64) throw malformed(field, `integer ${text} out of range`);
  return n;
}

/** A decimal integer of any size: voting powers are range-checked by `makeValidatorSet`. */
function decimal(value: unknown, field: string): bigint {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d{1,40}$/.test(value)) return BigInt(value);
  throw malformed(field, 'expected a decimal integer');
}

function int32(value: unknown, field: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > 0x7fffffff) {
    throw malformed(field, 'expected a 32-bit integer');
  }
  return value;
}

/** Hex bytes; null, undefined and "" are empty. */
function hex(value: unknown, field: string): Uint8Array {
  if (value === null || value === undefined || value === '') return new Uint8Array(0);
  if (Array.isArray(value) && value.length === 0) return new Uint8Array(0);
  if (typeof value !== 'string' || value.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(value)) {
    throw malformed(field, 'expected hex bytes');
  }
  return Uint8Array.from(Buffer.from(value, 'hex'));
}

/** Standard base64 bytes; null, undefined and "" are empty. */
function base64(value: unknown, field: string): Uint8Array {
  if (value === null || value === undefined || value === '') return new Uint8Array(0);
  if (
    typeof value !== 'string' ||
    !/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value)
  ) {
    throw malformed(field, 'expected base64 bytes');
  }
  return Uint8Array.from(Buffer.from(value, 'base64'));
}

export function parseBlockId(value: unknown, field = 'block_id'): BlockId {
  if (value === null || value === undefined) {
    return { hash: new Uint8Array(0), partSetHeader: { total: 0, hash: new Uint8Array(0) } };
  }
  const o = object(value, field);
  const partsValue = o.part_set_header ?? o.parts;
  const parts =
    partsValue === undefined || partsValue === null ? {} : object(partsValue, `${field}.part_set_header`);
  return {
    hash: hex(o.hash, `${field}.hash`),
    partSetHeader: {
      total: parts.total === undefined ? 0 : int32(parts.total, `${field}.part_set_header.total`, 0),
      hash: hex(parts.hash, `${field}.part_set_header.hash`),
    },
  };
}

export function parseHeader(value: unknown, field = 'header'): Header {
  const o = object(value, field);
  const version = object(o.version, `${field}.version`);
  return {
    version: {
      block: int64(version.block, `${field}.version.block`, 0n),
      app: version.app === undefined ? 0n : int64(version.app, `${field}.version.app`, 0n),
    },
    chainId: string(o.chain_id, `${field}.chain_id`),
    height: int64(o.height, `${field}.height`, 0n),
    time: parseRfc3339(o.time, `${field}.time`),
    lastBlockId: parseBlockId(o.last_block_id, `${field}.last_block_id`),
    lastCommitHash: hex(o.last_commit_hash, `${field}.last_commit_hash`),
    dataHash: hex(o.data_hash, `${field}.data_hash`),
    validatorsHash: hex(o.validators_hash, `${field}.validators_hash`),
    nextValidatorsHash: hex(o.next_validators_hash, `${field}.next_validators_hash`),
    consensusHash: hex(o.consensus_hash, `${field}.consensus_hash`),
    appHash: hex(o.app_hash, `${field}.app_hash`),
    lastResultsHash: hex(o.last_results_hash, `${field}.last_results_hash`),
    evidenceHash: hex(o.evidence_hash, `${field}.evidence_hash`),
    proposerAddress: hex(o.proposer_address, `${field}.proposer_address`),
  };
}

function parseFlag(value: unknown, field: string): BlockIdFlag {
  if (value === BlockIdFlag.Absent || value === BlockIdFlag.Commit || value === BlockIdFlag.Nil) return value;
  const named: Record<string, BlockIdFlag> = {
    BLOCK_ID_FLAG_ABSENT: BlockIdFlag.Absent,
    BLOCK_ID_FLAG_COMMIT: BlockIdFlag.Commit,
    BLOCK_ID_FLAG_NIL: BlockIdFlag.Nil,
  };
  const flag = typeof value === 'string' ? named[value] : undefined;
  if (flag === undefined)
    throw malformed(field, 'expected a block id flag 1 (absent), 2 (commit) or 3 (nil)');
  return flag;
}

function parseCommitSig(value: unknown, field: string): CommitSig {
  const o = object(value, field);
  return {
    blockIdFlag: parseFlag(o.block_id_flag, `${field}.block_id_flag`),
    validatorAddress: hex(o.validator_address, `${field}.validator_address`),
    timestamp: parseRfc3339(o.timestamp, `${field}.timestamp`),
    signature: base64(o.signature, `${field}.signature`),
  };
}

export function parseCommit(value: unknown, field = 'commit'): Commit {
  const o = object(value, field);
  return {
    height: int64(o.height, `${field}.height`, 0n),
    round: int32(o.round, `${field}.round`, 0),
    blockId: parseBlockId(o.block_id, `${field}.block_id`),
    signatures: array(o.signatures ?? [], `${field}.signatures`).map((s, i) =>
      parseCommitSig(s, `${field}.signatures[${i}]`),
    ),
  };
}

export function parseSignedHeader(value: unknown, field = 'signed_header'): SignedHeader {
  const o = object(value, field);
  return {
    header: parseHeader(o.header, `${field}.header`),
    commit: parseCommit(o.commit, `${field}.commit`),
  };
}

const KEY_TYPES: Readonly<Record<string, PublicKey['type']>> = {
  'tendermint/PubKeyEd25519': 'ed25519',
  'cometbft/PubKeyEd25519': 'ed25519',
  'tendermint/PubKeySecp256k1': 'secp256k1',
  'cometbft/PubKeySecp256k1': 'secp256k1',
};

function parsePublicKey(value: unknown, field: string): PublicKey {
  const o = object(value, field);
  const type = KEY_TYPES[string(o.type, `${field}.type`)];
  if (!type) throw malformed(`${field}.type`, `unsupported key type ${JSON.stringify(o.type)}`);
  return { type, bytes: base64(o.value, `${field}.value`) };
}

/** One validator entry; `voting_power` (RPC) or `power` (genesis). */
function parseValidator(value: unknown, field: string): ValidatorInput {
  const o = object(value, field);
  const address = hex(o.address, `${field}.address`);
  return {
    pubKey: parsePublicKey(o.pub_key, `${field}.pub_key`),
    votingPower: decimal(o.voting_power ?? o.power, `${field}.voting_power`),
    ...(address.length > 0 ? { address } : {}),
  };
}

/** `{validators: [...]}` (RPC `/validators`, tendermint-rs files, genesis) as a checked set. */
export function parseValidatorSet(value: unknown, field = 'validator_set'): ValidatorSet {
  const o = object(value, field);
  const entries = array(o.validators, `${field}.validators`);
  return makeValidatorSet(
    entries.map((v, i) => parseValidator(v, `${field}.validators[${i}]`)),
    field,
  );
}

/** `{signed_header, validator_set, next_validator_set?}`. */
export function parseLightBlock(value: unknown, field = 'light_block'): LightBlock {
  const o = object(value, field);
  const next = o.next_validator_set;
  return {
    signedHeader: parseSignedHeader(o.signed_header, `${field}.signed_header`),
    validatorSet: parseValidatorSet(o.validator_set, `${field}.validator_set`),
    ...(next === undefined || next === null
      ? {}
      : { nextValidatorSet: parseValidatorSet(next, `${field}.next_validator_set`) }),
  };
}
