/**
 * The hash and length operations of ICS-23 leaf and inner ops
 * (cosmos/ics23 `HashOp`, `LengthOp`; behaviour as its Go `doHash` /
 * `doLengthOp` and Rust `do_hash` / `do_length`).
 *
 * SHA-256 — every built-in spec's only hash — goes through node:crypto
 * (`crypto/hash.ts`); so does SHA-512. The rarer ops use @noble/hashes.
 */
import { hash as nodeHash } from 'node:crypto';
import { blake2b, blake2s } from '@noble/hashes/blake2.js';
import { blake3 } from '@noble/hashes/blake3.js';
import { ripemd160 } from '@noble/hashes/legacy.js';
import { sha512_256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { sha256 } from '../crypto/hash.js';
import { ics23Error } from './failure.js';
import { HashOp, LengthOp } from './types.js';

/** `op(data)`; NO_HASH is not a hash here (a leaf or inner op must hash). */
export function doHash(op: HashOp, data: Uint8Array): Uint8Array {
  switch (op) {
    case HashOp.SHA256:
      return sha256(data);
    case HashOp.SHA512:
      return nodeHash('sha512', data, 'buffer');
    case HashOp.KECCAK256:
      return keccak_256(data);
    case HashOp.RIPEMD160:
      return ripemd160(data);
    case HashOp.BITCOIN:
      return ripemd160(sha256(data));
    case HashOp.SHA512_256:
      return sha512_256(data);
    case HashOp.BLAKE2B_512:
      return blake2b(data);
    case HashOp.BLAKE2S_256:
      return blake2s(data);
    case HashOp.BLAKE3:
      return blake3(data);
    default:
      throw ics23Error('HASH_OP_UNSUPPORTED', `hash op ${op} cannot hash`, { hashOp: op });
  }
}

/** Pre-hashing: NO_HASH passes the data through. */
export function doHashOrNoop(op: HashOp, data: Uint8Array): Uint8Array {
  return op === HashOp.NO_HASH ? data : doHash(op, data);
}

function varintProto(n: number): Uint8Array {
  // Keys and values are almost always under 128 bytes: one length byte.
  if (n < 0x80) return Uint8Array.of(n);
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return Uint8Array.from(out);
}

function fixed(bytes: 4 | 8, littleEndian: boolean, n: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  if (bytes === 4) view.setUint32(0, n, littleEndian);
  else view.setBigUint64(0, BigInt(n), littleEndian);
  return out;
}

const NONE = new Uint8Array(0);

/**
 * The bytes the length op puts before `data` (a leaf writes
 * `lengthPrefix(op, data) ‖ data`); checks REQUIRE_32/64_BYTES. VAR_RLP is
 * refused, as both reference implementations (Go and Rust) refuse it:
 * accepting a proof they reject would let this verifier diverge from the
 * chains it follows.
 */
export function lengthPrefix(op: LengthOp, data: Uint8Array): Uint8Array {
  switch (op) {
    case LengthOp.NO_PREFIX:
      return NONE;
    case LengthOp.VAR_PROTO:
      return varintProto(data.length);
    case LengthOp.FIXED32_BIG:
      return fixed(4, false, data.length);
    case LengthOp.FIXED32_LITTLE:
      return fixed(4, true, data.length);
    case LengthOp.FIXED64_BIG:
      return fixed(8, false, data.length);
    case LengthOp.FIXED64_LITTLE:
      return fixed(8, true, data.length);
    case LengthOp.REQUIRE_32_BYTES:
    case LengthOp.REQUIRE_64_BYTES: {
      const want = op === LengthOp.REQUIRE_32_BYTES ? 32 : 64;
      if (data.length !== want)
        throw ics23Error('LENGTH_INVALID', `data is ${data.length} bytes, not ${want}`, {
          lengthOp: op,
          length: data.length,
        });
      return NONE;
    }
    default:
      throw ics23Error('LENGTH_OP_UNSUPPORTED', `length op ${op} is not supported`, { lengthOp: op });
  }
}
