/** Header RLP for every fork's field list, and the checks on malformed headers. */
import { describe, expect, it } from '@jest/globals';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import {
  decodeHeader,
  encodeHeader,
  headerFromRpc,
  headerHash,
  rpcBlockHash,
  type EvmHeader,
} from '../../../light-clients/evm/index.js';
import { headerValues } from '../../../light-clients/evm/header.js';
import { encodeRlp, encodeScalar } from '../../../light-clients/evm/rlp.js';
import { headerToRpc, plainHeader } from './chain-builder.js';
import { expectCode } from './expect-code.js';

const root = (n: number): Uint8Array => keccak_256(Uint8Array.of(n));
const frontier = (): EvmHeader => {
  const { baseFeePerGas: _fee, ...rest } = plainHeader({ number: 5n });
  return rest;
};
const forks: ReadonlyArray<readonly [string, EvmHeader, number]> = [
  ['frontier', frontier(), 15],
  ['London', plainHeader({ number: 5n }), 16],
  ['Shanghai', plainHeader({ withdrawalsRoot: root(9) }), 17],
  [
    'Cancun',
    plainHeader({
      withdrawalsRoot: root(9),
      blobGasUsed: 131072n,
      excessBlobGas: 0n,
      parentBeaconBlockRoot: root(8),
    }),
    20,
  ],
  [
    'Prague',
    plainHeader({
      withdrawalsRoot: root(9),
      blobGasUsed: 0n,
      excessBlobGas: 1n,
      parentBeaconBlockRoot: root(8),
      requestsHash: root(7),
    }),
    21,
  ],
];

const toRpc = (h: EvmHeader): Record<string, string> => headerToRpc(h);

describe('evm header', () => {
  it.each(forks)('behavior: a %s header round-trips through RLP and JSON-RPC', (_fork, header, fields) => {
    const encoded = encodeHeader(header);
    expect(decodeHeader(encoded)).toEqual(header);
    expect(headerFromRpc(toRpc(header))).toEqual(header);
    expect(headerHash(header)).toEqual(keccak_256(encoded));
    expect(Object.keys(decodeHeader(encoded))).toHaveLength(fields);
  });

  it('behavior: rpcBlockHash reads the claimed hash and is undefined without one', () => {
    const header = plainHeader();
    const hash = `0x${bytesToHex(headerHash(header))}`;
    expect(rpcBlockHash({ ...toRpc(header), hash })).toEqual(headerHash(header));
    expect(rpcBlockHash(toRpc(header))).toBeUndefined();
  });

  it('error: a later fork field without the earlier ones is MALFORMED_HEADER', () => {
    const { baseFeePerGas: _fee, ...rest } = plainHeader({ withdrawalsRoot: root(9) });
    expectCode(() => encodeHeader(rest), 'MALFORMED_HEADER');
  });

  it('error: Cancun fields without all three of them is MALFORMED_HEADER', () => {
    expectCode(
      () => encodeHeader(plainHeader({ withdrawalsRoot: root(9), blobGasUsed: 1n })),
      'MALFORMED_HEADER',
    );
  });

  it.each([
    ['a 31-byte parent hash', { parentHash: new Uint8Array(31) }],
    ['a 19-byte beneficiary', { beneficiary: new Uint8Array(19) }],
    ['a 255-byte bloom', { logsBloom: new Uint8Array(255) }],
    ['a 9-byte nonce', { nonce: new Uint8Array(9) }],
    ['a negative number', { number: -1n }],
  ])('error: %s is MALFORMED_HEADER', (_what, fields) => {
    expectCode(() => encodeHeader(plainHeader(fields as Partial<EvmHeader>)), 'MALFORMED_HEADER');
  });

  it('error: RLP that is not a list, or has 18 fields, is MALFORMED_HEADER', () => {
    expectCode(() => decodeHeader(Uint8Array.of(0x80)), 'MALFORMED_HEADER');
    const items = [...Array(18)].map(() => new Uint8Array(0));
    expectCode(() => decodeHeader(encodeRlp(items)), 'MALFORMED_HEADER');
  });

  /** The header's RLP with field `index` replaced by the raw encoded bytes `raw` (to write non-canonical forms). */
  const withRawField = (header: EvmHeader, index: number, raw: Uint8Array): Uint8Array => {
    const items = headerValues(header).map((v) => encodeRlp(typeof v === 'bigint' ? encodeScalar(v) : v));
    items[index] = raw;
    const payload = Uint8Array.from(items.flatMap((i) => [...i]));
    const length = encodeScalar(BigInt(payload.length));
    return Uint8Array.from([0xf7 + length.length, ...length, ...payload]);
  };

  it('behavior: the raw-field writer reproduces the canonical encoding when given the canonical field', () => {
    const header = plainHeader({ gasUsed: 5n });
    expect(withRawField(header, 10, Uint8Array.of(0x05))).toEqual(encodeHeader(header));
  });

  it('error: a scalar with a leading zero byte is MALFORMED_HEADER', () => {
    expectCode(
      () => decodeHeader(withRawField(plainHeader(), 10, Uint8Array.of(0x82, 0x00, 0x05))),
      'MALFORMED_HEADER',
    );
  });

  it('error: non-canonical RLP (a byte below 0x80 wrapped in 0x81) is MALFORMED_HEADER', () => {
    expectCode(
      () => decodeHeader(withRawField(plainHeader(), 10, Uint8Array.of(0x81, 0x05))),
      'MALFORMED_HEADER',
    );
  });

  it.each([
    ['a quantity with a leading zero', { number: '0x01' }],
    ['a quantity without 0x', { number: '12' }],
    ['odd-length data', { extraData: '0xabc' }],
    ['a number instead of a string', { gasUsed: 5 }],
  ])('error: JSON-RPC %s is MALFORMED_HEADER', (_what, patch) => {
    expectCode(() => headerFromRpc({ ...toRpc(plainHeader()), ...patch }), 'MALFORMED_HEADER');
  });

  it('error: a JSON-RPC hash that is not 32 bytes is MALFORMED_HEADER', () => {
    expectCode(() => rpcBlockHash({ hash: '0x1234' }), 'MALFORMED_HEADER');
  });
});
