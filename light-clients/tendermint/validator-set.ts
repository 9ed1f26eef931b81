/**
 * Validator sets as CometBFT defines them (`types/validator_set.go`,
 * `types/validator.go`, `crypto/{ed25519,secp256k1}`):
 *
 * - an address is the first 20 bytes of SHA-256(key) for ed25519 and
 *   RIPEMD-160(SHA-256(key)) for a compressed secp256k1 key;
 * - voting powers are positive int64s and the total stays at most
 *   MaxInt64 / 8 (`MaxTotalVotingPower`), so that sums never overflow;
 * - the canonical order is voting power descending, then address ascending;
 * - the set's hash is the Merkle root of `SimpleValidator{pub_key, voting_power}`
 *   in that order — the header's `validators_hash`.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { ripemd160 } from '@noble/hashes/legacy.js';
import { sha256 } from '../crypto/hash.js';
import { TendermintErrorCode, fail, malformed } from './errors.js';
import { merkleRoot } from './merkle.js';
import type { PublicKey, Validator, ValidatorSet } from './types.js';
import { varint } from './wire.js';
import { compareBytes } from '../bytes.js';

export const ADDRESS_LENGTH = 20;
export const MAX_INT64 = (1n << 63n) - 1n;
export const MAX_TOTAL_VOTING_POWER = MAX_INT64 / 8n;

const KEY_LENGTH: Readonly<Record<PublicKey['type'], number>> = { ed25519: 32, secp256k1: 33 };

/** The address CometBFT derives from a validator key. */
export function validatorAddress(key: PublicKey): Uint8Array {
  const digest = sha256(key.bytes);
  return key.type === 'ed25519' ? digest.subarray(0, ADDRESS_LENGTH) : ripemd160(digest);
}

export interface ValidatorInput {
  readonly pubKey: PublicKey;
  readonly votingPower: bigint;
  /** When given, must equal the address derived from the key. */
  readonly address?: Uint8Array;
}

/** CometBFT's canonical order: power descending, then address ascending. */
export function compareValidators(a: Validator, b: Validator): number {
  if (a.votingPower !== b.votingPower) return a.votingPower > b.votingPower ? -1 : 1;
  return compareBytes(a.address, b.address);
}

/**
 * A checked validator set in canonical order. It may be empty (a header's
 * next set can be, in tests; no commit verifies against it). Throws
 * MALFORMED_HEADER (wrong key length, address not derived from the key),
 * INVALID_VOTING_POWER (a power or the total out of range) or
 * DUPLICATE_VALIDATOR (one address twice).
 */
export function makeValidatorSet(inputs: readonly ValidatorInput[], field = 'validator_set'): ValidatorSet {
  const seen = new Set<string>();
  let total = 0n;
  const validators = inputs.map((input, i): Validator => {
    const where = `${field}.validators[${i}]`;
    const expected = KEY_LENGTH[input.pubKey.type];
    if (input.pubKey.bytes.length !== expected) {
      throw malformed(`${where}.pub_key`, `${input.pubKey.type} key must be ${expected} bytes`);
    }
    if (input.votingPower <= 0n || input.votingPower > MAX_INT64) {
      throw fail(
        TendermintErrorCode.InvalidVotingPower,
        `${where}: voting power ${input.votingPower} out of range`,
        {
          field: where,
          votingPower: input.votingPower,
        },
      );
    }
    const address = validatorAddress(input.pubKey);
    if (input.address !== undefined && compareBytes(input.address, address) !== 0) {
      throw malformed(`${where}.address`, 'address is not derived from the public key');
    }
    const id = bytesToHex(address);
    if (seen.has(id)) {
      throw fail(
        TendermintErrorCode.DuplicateValidator,
        `${where}: validator ${id.toUpperCase()} appears twice`,
        {
          field: where,
          address: id,
        },
      );
    }
    seen.add(id);
    total += input.votingPower;
    return { address, pubKey: input.pubKey, votingPower: input.votingPower };
  });
  if (total > MAX_TOTAL_VOTING_POWER) {
    throw fail(
      TendermintErrorCode.InvalidVotingPower,
      `${field}: total voting power ${total} exceeds ${MAX_TOTAL_VOTING_POWER}`,
      {
        field,
        totalVotingPower: total,
      },
    );
  }
  validators.sort(compareValidators);
  return { validators, totalVotingPower: total };
}

/** `SimpleValidator` proto: the Merkle leaf of one validator. */
export function encodeSimpleValidator(v: Validator): Uint8Array {
  const key = v.pubKey.bytes;
  const power = varint(v.votingPower);
  // 0a <len> { (0a|12) <len> key } 10 <power>: keys are 32 or 33 bytes, so every length fits one byte.
  const out = new Uint8Array(4 + key.length + 1 + power.length);
  out[0] = 0x0a;
  out[1] = key.length + 2;
  out[2] = v.pubKey.type === 'ed25519' ? 0x0a : 0x12;
  out[3] = key.length;
  out.set(key, 4);
  out[4 + key.length] = 0x10;
  out.set(power, 5 + key.length);
  return out;
}

/** The set's hash: `validators_hash` / `next_validators_hash` of a header. */
export function validatorSetHash(set: ValidatorSet): Uint8Array {
  return merkleRoot(set.validators.map(encodeSimpleValidator));
}

const indexByAddress = new WeakMap<ValidatorSet, ReadonlyMap<string, number>>();

/** The position of the validator with `address` in `set`, if any (memoised per set object). */
export function findValidator(set: ValidatorSet, address: Uint8Array): number | undefined {
  let index = indexByAddress.get(set);
  if (!index) {
    index = new Map(set.validators.map((v, i) => [bytesToHex(v.address), i]));
    indexByAddress.set(set, index);
  }
  return index.get(bytesToHex(address));
}
