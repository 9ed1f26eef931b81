/**
 * Light blocks on the wire: the protobuf `cometbft.types.v1.LightBlock`
 * (proto/cometbft/types/v1/types.proto) to and from this client's types.
 * Truncated or garbage bytes, and messages that decode but miss required
 * parts, throw MALFORMED_HEADER; the result is checked no further here
 * (the verifier does that).
 */
import Long from 'long';
import { cometbft } from '../../proto/gen/cometbft.js';
import type { google } from '../../proto/gen/cometbft.js';
import { malformed } from './errors.js';
import { splitTime } from './time.js';
import {
  BlockIdFlag,
  type BlockId,
  type Commit,
  type Header,
  type LightBlock,
  type SignedHeader,
  type ValidatorSet,
} from './types.js';
import { makeValidatorSet } from './validator-set.js';

import pb = cometbft.types.v1;

type Int64 = number | Long | null | undefined;

function int64(value: Int64): bigint {
  if (value === null || value === undefined) return 0n;
  return typeof value === 'number' ? BigInt(value) : Long.fromValue(value).toBigInt();
}

function toLong(value: bigint, unsigned = false): Long {
  return Long.fromBigInt(value, unsigned);
}

function bytes(value: Uint8Array | null | undefined): Uint8Array {
  return value ? Uint8Array.from(value) : new Uint8Array(0);
}

function time(value: google.protobuf.Timestamp.$Properties | null | undefined, field: string): bigint {
  if (!value) throw malformed(field, 'missing timestamp');
  const nanos = value.nanos ?? 0;
  if (nanos < 0 || nanos > 999_999_999) throw malformed(field, 'nanos out of range');
  return int64(value.seconds) * 1_000_000_000n + BigInt(nanos);
}

function toTimestamp(ns: bigint): google.protobuf.Timestamp.$Properties {
  const { seconds, nanos } = splitTime(ns);
  return { seconds: toLong(seconds), nanos };
}

function blockId(value: pb.BlockID.$Properties | null | undefined): BlockId {
  return {
    hash: bytes(value?.hash),
    partSetHeader: { total: value?.partSetHeader?.total ?? 0, hash: bytes(value?.partSetHeader?.hash) },
  };
}

function toBlockId(id: BlockId): pb.BlockID.$Properties {
  return { hash: id.hash, partSetHeader: { total: id.partSetHeader.total, hash: id.partSetHeader.hash } };
}

function header(value: pb.Header.$Properties | null | undefined): Header {
  if (!value) throw malformed('signed_header.header', 'missing');
  return {
    version: { block: int64(value.version?.block), app: int64(value.version?.app) },
    chainId: value.chainId ?? '',
    height: int64(value.height),
    time: time(value.time, 'signed_header.header.time'),
    lastBlockId: blockId(value.lastBlockId),
    lastCommitHash: bytes(value.lastCommitHash),
    dataHash: bytes(value.dataHash),
    validatorsHash: bytes(value.validatorsHash),
    nextValidatorsHash: bytes(value.nextValidatorsHash),
    consensusHash: bytes(value.consensusHash),
    appHash: bytes(value.appHash),
    lastResultsHash: bytes(value.lastResultsHash),
    evidenceHash: bytes(value.evidenceHash),
    proposerAddress: bytes(value.proposerAddress),
  };
}

function commit(value: pb.Commit.$Properties | null | undefined): Commit {
  if (!value) throw malformed('signed_header.commit', 'missing');
  return {
    height: int64(value.height),
    round: value.round ?? 0,
    blockId: blockId(value.blockId),
    signatures: (value.signatures ?? []).map((s, i) => {
      const flag = s.blockIdFlag as number | undefined;
      if (flag !== BlockIdFlag.Absent && flag !== BlockIdFlag.Commit && flag !== BlockIdFlag.Nil) {
        throw malformed(
          `signed_header.commit.signatures[${i}].block_id_flag`,
          `unknown flag ${String(flag)}`,
        );
      }
      return {
        blockIdFlag: flag,
        validatorAddress: bytes(s.validatorAddress),
        timestamp: time(s.timestamp, `signed_header.commit.signatures[${i}].timestamp`),
        signature: bytes(s.signature),
      };
    }),
  };
}

function validatorSet(value: pb.ValidatorSet.$Properties | null | undefined, field: string): ValidatorSet {
  if (!value) throw malformed(field, 'missing');
  return makeValidatorSet(
    (value.validators ?? []).map((v, i) => {
      const key = v.pubKey;
      const pubKey = key?.ed25519
        ? { type: 'ed25519' as const, bytes: bytes(key.ed25519) }
        : key?.secp256k1
          ? { type: 'secp256k1' as const, bytes: bytes(key.secp256k1) }
          : undefined;
      if (!pubKey) throw malformed(`${field}.validators[${i}].pub_key`, 'missing or unsupported key');
      const address = bytes(v.address);
      return { pubKey, votingPower: int64(v.votingPower), ...(address.length > 0 ? { address } : {}) };
    }),
    field,
  );
}

/** A `LightBlock` from its protobuf bytes. */
export function decodeLightBlock(data: Uint8Array): LightBlock {
  let message: pb.LightBlock;
  try {
    message = pb.LightBlock.decode(data);
  } catch (cause) {
    throw malformed(
      'light_block',
      `not a protobuf LightBlock: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
  const sh = message.signedHeader;
  if (!sh) throw malformed('signed_header', 'missing');
  const signedHeader: SignedHeader = { header: header(sh.header), commit: commit(sh.commit) };
  return { signedHeader, validatorSet: validatorSet(message.validatorSet, 'validator_set') };
}

/** The protobuf bytes of a light block (its validator set; a next set has no place in `LightBlock`). */
export function encodeLightBlock(block: LightBlock): Uint8Array {
  const { header: h, commit: c } = block.signedHeader;
  return pb.LightBlock.encode({
    signedHeader: {
      header: {
        version: { block: toLong(h.version.block, true), app: toLong(h.version.app, true) },
        chainId: h.chainId,
        height: toLong(h.height),
        time: toTimestamp(h.time),
        lastBlockId: toBlockId(h.lastBlockId),
        lastCommitHash: h.lastCommitHash,
        dataHash: h.dataHash,
        validatorsHash: h.validatorsHash,
        nextValidatorsHash: h.nextValidatorsHash,
        consensusHash: h.consensusHash,
        appHash: h.appHash,
        lastResultsHash: h.lastResultsHash,
        evidenceHash: h.evidenceHash,
        proposerAddress: h.proposerAddress,
      },
      commit: {
        height: toLong(c.height),
        round: c.round,
        blockId: toBlockId(c.blockId),
        signatures: c.signatures.map((s) => ({
          blockIdFlag: s.blockIdFlag,
          validatorAddress: s.validatorAddress,
          timestamp: toTimestamp(s.timestamp),
          signature: s.signature,
        })),
      },
    },
    validatorSet: toValidatorSet(block.validatorSet),
  }).finish();
}

function toValidatorSet(set: ValidatorSet): pb.ValidatorSet.$Properties {
  return {
    validators: set.validators.map((v) => ({
      address: v.address,
      pubKey: v.pubKey.type === 'ed25519' ? { ed25519: v.pubKey.bytes } : { secp256k1: v.pubKey.bytes },
      votingPower: toLong(v.votingPower),
    })),
    totalVotingPower: toLong(set.totalVotingPower),
  };
}

/** The protobuf bytes of a validator set (`cometbft.types.v1.ValidatorSet`, no proposer). */
export function encodeValidatorSet(set: ValidatorSet): Uint8Array {
  return pb.ValidatorSet.encode(toValidatorSet(set)).finish();
}

/** A validator set from its protobuf bytes, checked and in canonical order; `field` names it in errors. */
export function decodeValidatorSet(data: Uint8Array, field = 'validator_set'): ValidatorSet {
  let message: pb.ValidatorSet;
  try {
    message = pb.ValidatorSet.decode(data);
  } catch (cause) {
    throw malformed(
      field,
      `not a protobuf ValidatorSet: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
  return validatorSet(message, field);
}
