/**
 * The hand-written encodings against independent computations: protobufjs
 * (generated from proto/cometbft) for the canonical vote and header fields,
 * noble SHA-256 for the RFC 6962 Merkle tree, node:crypto for addresses.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import Long from 'long';
import { cometbft } from '../../../proto/gen/cometbft.js';
import {
  BlockIdFlag,
  formatRfc3339,
  headerHash,
  merkleRoot,
  parseRfc3339,
  validatorAddress,
  voteSignBytes,
  type Commit,
} from '../../../light-clients/tendermint/index.js';
import { headerLeaves } from '../../../light-clients/tendermint/header-hash.js';
import { CHAIN_ID, makeChain, members, testKey } from './support/chain.js';

import pb = cometbft.types.v1;

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** The uvarint length prefix protoio writes before a delimited message. */
function delimited(body: Uint8Array): Uint8Array {
  const prefix: number[] = [];
  let n = body.length;
  while (n >= 0x80) {
    prefix.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  prefix.push(n);
  return Uint8Array.from([...prefix, ...body]);
}

function timestampOf(ns: bigint): { seconds: Long; nanos: number } {
  const seconds = ns / 1_000_000_000n - (ns % 1_000_000_000n < 0n ? 1n : 0n);
  return { seconds: Long.fromBigInt(seconds), nanos: Number(ns - seconds * 1_000_000_000n) };
}

describe('tendermint encoding: canonical vote sign bytes', () => {
  const commitOf = (height: bigint, round: number, voteTime: bigint): Commit => ({
    height,
    round,
    blockId: { hash: sha256(Uint8Array.of(1)), partSetHeader: { total: 3, hash: sha256(Uint8Array.of(2)) } },
    signatures: [
      {
        blockIdFlag: BlockIdFlag.Commit,
        validatorAddress: new Uint8Array(20),
        timestamp: voteTime,
        signature: new Uint8Array(64),
      },
    ],
  });

  it('behavior: equal protobufjs CanonicalVote bytes, length-prefixed, for any height, round and time', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: (1n << 63n) - 1n }),
        fc.integer({ min: 1, max: 0x7fffffff }),
        fc.bigInt({ min: -62_135_596_800_000_000_000n, max: 253_402_300_799_999_999_999n }),
        fc.string({ minLength: 1, maxLength: 50 }),
        (height, round, voteTime, chainId) => {
          const commit = commitOf(height, round, voteTime);
          const expected = pb.CanonicalVote.encode({
            type: pb.SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT,
            height: Long.fromBigInt(height),
            round: Long.fromNumber(round),
            blockId: {
              hash: commit.blockId.hash,
              partSetHeader: { total: 3, hash: commit.blockId.partSetHeader.hash },
            },
            timestamp: timestampOf(voteTime),
            chainId,
          }).finish();
          expect(hex(voteSignBytes(chainId, commit, 0))).toBe(hex(delimited(expected)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('behavior: round 0 and a zero time are omitted as scalars, the timestamp message is still written', () => {
    const bytes = voteSignBytes(CHAIN_ID, commitOf(5n, 0, 0n), 0);
    const body = pb.CanonicalVote.decode(bytes.subarray(1));
    expect(bytes[0]).toBe(bytes.length - 1);
    expect(body.timestamp).not.toBeNull();
    // Without the round field: type(2) + height(9) + block id(2+36+2+2+34) + timestamp(2) + chain id(2+14).
    expect(bytes.length - 1).toBe(2 + 9 + 2 + 34 + 2 + 2 + 34 + 2 + 2 + CHAIN_ID.length);
  });
});

describe('tendermint encoding: header hash', () => {
  const chain = makeChain({ height: 3, validatorsAt: () => members(['a', 'b']) });

  it('behavior: each of the 14 leaves equals its protobufjs encoding (wrapper types for cdcEncode)', () => {
    const h = chain.block(2n).signedHeader.header;
    const bytesValue = (b: Uint8Array): Uint8Array =>
      b.length === 0 ? new Uint8Array(0) : Uint8Array.from([0x0a, b.length, ...b]);
    const expected = [
      cometbft.version.v1.Consensus.encode({
        block: Long.fromBigInt(h.version.block, true),
        app: Long.fromBigInt(h.version.app, true),
      }).finish(),
      bytesValue(new TextEncoder().encode(h.chainId)),
      Uint8Array.from([0x08, Number(h.height)]),
      pb.CanonicalVote.encode({ timestamp: timestampOf(h.time) })
        .finish()
        .subarray(2),
      pb.BlockID.encode({
        hash: h.lastBlockId.hash,
        partSetHeader: { total: h.lastBlockId.partSetHeader.total, hash: h.lastBlockId.partSetHeader.hash },
      }).finish(),
      ...[
        h.lastCommitHash,
        h.dataHash,
        h.validatorsHash,
        h.nextValidatorsHash,
        h.consensusHash,
        h.appHash,
        h.lastResultsHash,
        h.evidenceHash,
        h.proposerAddress,
      ].map(bytesValue),
    ];
    expect(headerLeaves(h).map(hex)).toEqual(expected.map(hex));
  });

  it('behavior: an empty last_block_id still encodes its part-set header (12 00)', () => {
    expect(hex(headerLeaves(chain.block(1n).signedHeader.header)[4] as Uint8Array)).toBe('1200');
  });

  it('behavior: the hash is the Merkle root of the leaves', () => {
    const h = chain.block(3n).signedHeader.header;
    expect(hex(headerHash(h))).toBe(hex(merkleRoot(headerLeaves(h))));
  });
});

describe('tendermint encoding: RFC 6962 Merkle root', () => {
  const leaf = (x: Uint8Array): Uint8Array => sha256(Uint8Array.from([0, ...x]));
  const inner = (l: Uint8Array, r: Uint8Array): Uint8Array => sha256(Uint8Array.from([1, ...l, ...r]));
  const items = [1, 2, 3, 4, 5].map((n) => Uint8Array.of(n));
  const [a, b, c, d, e] = items.map(leaf) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];

  it('behavior: no items hash to SHA-256 of nothing; one item to its leaf hash', () => {
    expect(hex(merkleRoot([]))).toBe(hex(sha256(new Uint8Array(0))));
    expect(hex(merkleRoot(items.slice(0, 1)))).toBe(hex(a));
  });

  it('behavior: 3 and 5 items split at the largest power of two below the count', () => {
    expect(hex(merkleRoot(items.slice(0, 3)))).toBe(hex(inner(inner(a, b), c)));
    expect(hex(merkleRoot(items))).toBe(hex(inner(inner(inner(a, b), inner(c, d)), e)));
  });
});

describe('tendermint encoding: addresses and times', () => {
  it('behavior: an ed25519 address is the first 20 bytes of SHA-256 of the key', () => {
    const key = testKey('addr').pubKey;
    expect(hex(validatorAddress(key))).toBe(
      createHash('sha256').update(key.bytes).digest('hex').slice(0, 40),
    );
  });

  it('behavior: a secp256k1 address is RIPEMD-160 of SHA-256 of the compressed key', () => {
    const key = testKey('addr', 'secp256k1').pubKey;
    const expected = createHash('ripemd160')
      .update(createHash('sha256').update(key.bytes).digest())
      .digest('hex');
    expect(hex(validatorAddress(key))).toBe(expected);
  });

  it('behavior: RFC 3339 times keep their nanoseconds and round-trip, before the epoch too', () => {
    expect(parseRfc3339('2023-05-17T14:12:53.605374524Z')).toBe(
      BigInt(Date.UTC(2023, 4, 17, 14, 12, 53)) * 1_000_000n + 605_374_524n,
    );
    expect(parseRfc3339('0001-01-01T00:00:00Z')).toBe(-62_135_596_800n * 1_000_000_000n);
    expect(parseRfc3339('2020-01-01T02:00:00.5+02:00')).toBe(parseRfc3339('2020-01-01T00:00:00.500Z'));
    fc.assert(
      fc.property(
        fc.bigInt({ min: -62_135_596_800_000_000_000n, max: 253_402_300_799_999_999_999n }),
        (ns) => {
          expect(parseRfc3339(formatRfc3339(ns))).toBe(ns);
        },
      ),
    );
  });

  it('error: MALFORMED_HEADER — times that are not RFC 3339 or out of range', () => {
    for (const text of [
      '2023-05-17',
      '2023-02-30T00:00:00Z',
      '2023-05-17T24:00:00Z',
      '2023-05-17T00:00:00.1234567891Z',
      17,
    ]) {
      expect(() => parseRfc3339(text)).toThrow(expect.objectContaining({ code: 'MALFORMED_HEADER' }));
    }
  });
});
