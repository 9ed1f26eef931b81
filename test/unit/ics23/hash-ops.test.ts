/** Hash and length ops beyond the origin's tables: the ops no table covers, and the refusals. */
import { describe, expect, it } from '@jest/globals';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { HashOp, LengthOp } from '../../../light-clients/ics23/index.js';
import { doHash, doHashOrNoop, lengthPrefix } from '../../../light-clients/ics23/hash-ops.js';
import { codeOf } from './codes.js';

const empty = new Uint8Array(0);

describe('ics23 hash ops', () => {
  // Published digests of the empty string (Keccak team / BLAKE3 reference).
  it('behavior: KECCAK256 of "" is the Ethereum empty hash', () => {
    expect(bytesToHex(doHash(HashOp.KECCAK256, empty))).toBe(
      'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470',
    );
  });

  it('behavior: BLAKE3 of "" is the reference digest', () => {
    expect(bytesToHex(doHash(HashOp.BLAKE3, empty))).toBe(
      'af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262',
    );
  });

  it('behavior: SHA256 of "abc" is the FIPS 180 digest', () => {
    expect(bytesToHex(doHash(HashOp.SHA256, utf8ToBytes('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('error: NO_HASH as the hash of a step is HASH_OP_UNSUPPORTED', () => {
    expect(codeOf(() => doHash(HashOp.NO_HASH, utf8ToBytes('x')))).toBe('HASH_OP_UNSUPPORTED');
  });

  it('error: a hash op outside the enum is HASH_OP_UNSUPPORTED', () => {
    expect(codeOf(() => doHash(77 as HashOp, utf8ToBytes('x')))).toBe('HASH_OP_UNSUPPORTED');
  });

  it('behavior: NO_HASH as a pre-hash passes the bytes through', () => {
    const data = utf8ToBytes('kept');
    expect(doHashOrNoop(HashOp.NO_HASH, data)).toBe(data);
  });
});

describe('ics23 length ops', () => {
  const data300 = new Uint8Array(300).fill(1);

  it('behavior: VAR_PROTO writes a two-byte varint for 300 bytes', () => {
    expect(bytesToHex(lengthPrefix(LengthOp.VAR_PROTO, data300))).toBe('ac02');
    expect(bytesToHex(lengthPrefix(LengthOp.VAR_PROTO, new Uint8Array(127)))).toBe('7f');
  });

  it.each([
    [LengthOp.FIXED32_BIG, '0000012c'],
    [LengthOp.FIXED32_LITTLE, '2c010000'],
    [LengthOp.FIXED64_BIG, '000000000000012c'],
    [LengthOp.FIXED64_LITTLE, '2c01000000000000'],
  ] as const)('behavior: length op %i writes %s as its prefix', (op, want) => {
    expect(bytesToHex(lengthPrefix(op, data300))).toBe(want);
  });

  it('behavior: NO_PREFIX and a satisfied REQUIRE_32/64_BYTES add no prefix', () => {
    expect(lengthPrefix(LengthOp.NO_PREFIX, data300)).toHaveLength(0);
    expect(lengthPrefix(LengthOp.REQUIRE_32_BYTES, new Uint8Array(32))).toHaveLength(0);
    expect(lengthPrefix(LengthOp.REQUIRE_64_BYTES, new Uint8Array(64))).toHaveLength(0);
  });

  it('error: REQUIRE_32_BYTES / REQUIRE_64_BYTES on other lengths is LENGTH_INVALID', () => {
    expect(codeOf(() => lengthPrefix(LengthOp.REQUIRE_32_BYTES, new Uint8Array(31)))).toBe('LENGTH_INVALID');
    expect(codeOf(() => lengthPrefix(LengthOp.REQUIRE_64_BYTES, new Uint8Array(32)))).toBe('LENGTH_INVALID');
  });

  it('error: VAR_RLP is LENGTH_OP_UNSUPPORTED, as in both reference implementations', () => {
    expect(codeOf(() => lengthPrefix(LengthOp.VAR_RLP, new Uint8Array(4)))).toBe('LENGTH_OP_UNSUPPORTED');
  });
});
