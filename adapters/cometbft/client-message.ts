/**
 * The `ClientMessage` this adapter serves (`client_type` "tendermint"): the
 * protobuf of an ICS-07 header, ibc-go `ibc.lightclients.tendermint.v1.Header`
 * — signed_header = 1, validator_set = 2, trusted_height = 3
 * (`ibc.core.client.v1.Height`: revision_number = 1, revision_height = 2),
 * trusted_validators = 4.
 *
 * Fields 1 and 2 are those of CometBFT's `LightBlock`, so the bytes are the
 * target's `LightBlock` (as `encodeLightBlock` writes it) followed by the
 * two trusted fields: `decodeLightBlock` reads them as the light block
 * (protobuf skips the unknown fields 3 and 4), and ibc-go reads them as its
 * header. Without a trusted height (a message to create a client from)
 * fields 3 and 4 are left out and the bytes are exactly the `LightBlock`.
 *
 * Not written: the sets' `proposer`, which the light client does not use
 * (an ibc-go host requires one on both sets; the RPC does not name the
 * proposer of the trusted set).
 */
import { Reader, Writer } from 'protobufjs';
import { cometbft } from '../../proto/gen/cometbft.js';
import { Long } from '../../proto/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import {
  decodeLightBlock,
  encodeLightBlock,
  makeValidatorSet,
  type LightBlock,
  type ValidatorSet,
} from '../../light-clients/tendermint/index.js';
import { CometBftErrorCode, cometError } from './errors.js';

import pb = cometbft.types.v1;

export interface TrustedPoint {
  readonly revision: bigint;
  readonly height: bigint;
  /** The validator set of `height + 1`: hashes to the trusted `next_validators_hash`. */
  readonly validators: ValidatorSet;
}

export interface Ics07Header {
  /** The target's signed header and its validator set (a next set is not carried). */
  readonly lightBlock: LightBlock;
  readonly trusted?: TrustedPoint;
}

const TRUSTED_HEIGHT_TAG = (3 << 3) | 2;
const TRUSTED_VALIDATORS_TAG = (4 << 3) | 2;

function validatorSetMessage(set: ValidatorSet): pb.ValidatorSet.$Properties {
  return {
    validators: set.validators.map((v) => ({
      address: v.address,
      pubKey: v.pubKey.type === 'ed25519' ? { ed25519: v.pubKey.bytes } : { secp256k1: v.pubKey.bytes },
      votingPower: Long.fromBigInt(v.votingPower),
    })),
    totalVotingPower: Long.fromBigInt(set.totalVotingPower),
  };
}

export function encodeIcs07Header(header: Ics07Header): Uint8Array {
  const lightBlock = encodeLightBlock(header.lightBlock);
  if (!header.trusted) return lightBlock;
  const { revision, height, validators } = header.trusted;
  const w = Writer.create();
  w.uint32(TRUSTED_HEIGHT_TAG).fork();
  // proto3: zero values are not written, as gogoproto does.
  if (revision !== 0n) w.uint32(8).uint64(Long.fromBigInt(revision, true));
  if (height !== 0n) w.uint32(16).uint64(Long.fromBigInt(height, true));
  w.ldelim();
  pb.ValidatorSet.encode(validatorSetMessage(validators), w.uint32(TRUSTED_VALIDATORS_TAG).fork()).ldelim();
  const tail = w.finish();
  const out = new Uint8Array(lightBlock.length + tail.length);
  out.set(lightBlock, 0);
  out.set(tail, lightBlock.length);
  return out;
}

function bad(reason: string, cause?: unknown): Error {
  return cometError(
    CometBftErrorCode.MalformedClientMessage,
    'invalid_argument',
    `not an ICS-07 header: ${reason}`,
    {},
    cause,
  );
}

function heightOf(bytes: Uint8Array): { revision: bigint; height: bigint } {
  const r = Reader.create(bytes);
  let revision = 0n;
  let height = 0n;
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag === 8) revision = BigInt(r.uint64().toString());
    else if (tag === 16) height = BigInt(r.uint64().toString());
    else r.skipType(tag & 7);
  }
  return { revision, height };
}

function validatorSetOf(bytes: Uint8Array): ValidatorSet {
  const message = pb.ValidatorSet.decode(bytes);
  return makeValidatorSet(
    message.validators.map((v, i) => {
      const key = v.pubKey;
      const pubKey = key?.ed25519?.length
        ? { type: 'ed25519' as const, bytes: Uint8Array.from(key.ed25519) }
        : key?.secp256k1?.length
          ? { type: 'secp256k1' as const, bytes: Uint8Array.from(key.secp256k1) }
          : undefined;
      if (!pubKey) throw bad(`trusted_validators[${i}] has no supported key`);
      const address = v.address ? Uint8Array.from(v.address) : new Uint8Array(0);
      return {
        pubKey,
        votingPower: BigInt(Long.fromValue(v.votingPower ?? 0).toString()),
        ...(address.length > 0 ? { address } : {}),
      };
    }),
    'trusted_validators',
  );
}

/** Reads what `encodeIcs07Header` wrote (or any ibc-go header, proposers ignored). */
export function decodeIcs07Header(bytes: Uint8Array): Ics07Header {
  let lightBlock: LightBlock;
  try {
    lightBlock = decodeLightBlock(bytes);
  } catch (cause) {
    throw bad('the light block does not decode', cause);
  }
  let heightBytes: Uint8Array | undefined;
  let validatorBytes: Uint8Array | undefined;
  try {
    const r = Reader.create(bytes);
    while (r.pos < r.len) {
      const tag = r.uint32();
      if (tag === TRUSTED_HEIGHT_TAG) heightBytes = r.bytes();
      else if (tag === TRUSTED_VALIDATORS_TAG) validatorBytes = r.bytes();
      else r.skipType(tag & 7);
    }
    if (heightBytes === undefined && validatorBytes === undefined) return { lightBlock };
    if (heightBytes === undefined || validatorBytes === undefined)
      throw bad('trusted_height and trusted_validators go together');
    return { lightBlock, trusted: { ...heightOf(heightBytes), validators: validatorSetOf(validatorBytes) } };
  } catch (cause) {
    if (IsthmusError.is(cause, CometBftErrorCode.MalformedClientMessage)) throw cause;
    throw bad('the trusted fields do not decode', cause);
  }
}
