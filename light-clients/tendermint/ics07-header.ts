/**
 * The ICS-07 header: what a Tendermint client is updated with, as ibc-go
 * encodes it (`ibc.lightclients.tendermint.v1.Header`): signed_header = 1,
 * validator_set = 2, trusted_height = 3 (`ibc.core.client.v1.Height`:
 * revision_number = 1, revision_height = 2), trusted_validators = 4.
 *
 * Fields 1 and 2 are those of CometBFT's `LightBlock`, so the bytes are the
 * target's `LightBlock` followed by the two trusted fields: `decodeLightBlock`
 * reads them as the light block (protobuf skips fields 3 and 4) and ibc-go
 * reads them as its header. Without a trusted height (a client is created
 * from it) the bytes are exactly the `LightBlock`. The sets' `proposer` is
 * not written: this client does not use it.
 *
 * This is the `ClientMessage.bytes` of client type "tendermint" on every
 * Ledger (devnet, CometBFT adapter).
 */
import Long from 'long';
import { Reader, Writer } from 'protobufjs';
import { malformed } from './errors.js';
import { decodeLightBlock, decodeValidatorSet, encodeLightBlock, encodeValidatorSet } from './protobuf.js';
import type { LightBlock, ValidatorSet } from './types.js';

/** The consensus state an update is verified from. */
export interface TrustedPoint {
  readonly revision: bigint;
  readonly height: bigint;
  /** The validator set of `height + 1`: hashes to the trusted `next_validators_hash`. */
  readonly validators: ValidatorSet;
}

export interface Ics07Header {
  /** The target's signed header and its validator set. */
  readonly lightBlock: LightBlock;
  readonly trusted?: TrustedPoint;
}

const TRUSTED_HEIGHT_TAG = (3 << 3) | 2;
const TRUSTED_VALIDATORS_TAG = (4 << 3) | 2;
const REVISION_TAG = (1 << 3) | 0;
const HEIGHT_TAG = (2 << 3) | 0;

export function encodeIcs07Header(header: Ics07Header): Uint8Array {
  const lightBlock = encodeLightBlock(header.lightBlock);
  if (!header.trusted) return lightBlock;
  const { revision, height, validators } = header.trusted;
  const w = Writer.create();
  w.uint32(TRUSTED_HEIGHT_TAG).fork();
  // proto3: zero values are not written, as gogoproto does.
  if (revision !== 0n) w.uint32(REVISION_TAG).uint64(Long.fromBigInt(revision, true));
  if (height !== 0n) w.uint32(HEIGHT_TAG).uint64(Long.fromBigInt(height, true));
  w.ldelim();
  w.uint32(TRUSTED_VALIDATORS_TAG).bytes(encodeValidatorSet(validators));
  const tail = w.finish();
  const out = new Uint8Array(lightBlock.length + tail.length);
  out.set(lightBlock, 0);
  out.set(tail, lightBlock.length);
  return out;
}

function heightOf(bytes: Uint8Array): { revision: bigint; height: bigint } {
  const r = Reader.create(bytes);
  let revision = 0n;
  let height = 0n;
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag === REVISION_TAG) revision = BigInt(r.uint64().toString());
    else if (tag === HEIGHT_TAG) height = BigInt(r.uint64().toString());
    else r.skipType(tag & 7);
  }
  return { revision, height };
}

/** Reads what `encodeIcs07Header` writes (or any ibc-go header; proposers are ignored). Throws MALFORMED_HEADER. */
export function decodeIcs07Header(bytes: Uint8Array): Ics07Header {
  const lightBlock = decodeLightBlock(bytes);
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
  } catch (cause) {
    throw malformed(
      'header',
      `the trusted fields do not decode: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
  if (heightBytes === undefined && validatorBytes === undefined) return { lightBlock };
  if (heightBytes === undefined || validatorBytes === undefined) {
    throw malformed('header', 'trusted_height and trusted_validators go together');
  }
  let trustedHeight: { revision: bigint; height: bigint };
  try {
    trustedHeight = heightOf(heightBytes);
  } catch (cause) {
    throw malformed('trusted_height', cause instanceof Error ? cause.message : String(cause));
  }
  return {
    lightBlock,
    trusted: { ...trustedHeight, validators: decodeValidatorSet(validatorBytes, 'trusted_validators') },
  };
}
