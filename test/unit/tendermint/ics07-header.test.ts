/**
 * The tendermint ClientMessage encoding: ibc-go's ICS-07 `Header`
 * (signed_header = 1, validator_set = 2, trusted_height = 3,
 * trusted_validators = 4), whose first two fields are CometBFT's
 * `LightBlock`. Built from the recorded v0.38 kvstore commit at height 10
 * and its genesis validator (tendermint-rs a38e9f5, read in place).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from '@jest/globals';
import { Reader, Writer } from 'protobufjs';
import {
  decodeIcs07Header,
  encodeIcs07Header,
  decodeLightBlock,
  encodeLightBlock,
  headerHash,
  parseSignedHeader,
  parseValidatorSet,
  validatorSetHash,
  type LightBlock,
} from '../../../light-clients/tendermint/index.js';
import { describeWithFixtures } from '../../support/fixtures.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** Top-level field numbers, in order, and the bytes of field `want`. */
function fields(bytes: Uint8Array, want?: number): { numbers: number[]; value?: Uint8Array } {
  const r = Reader.create(bytes);
  const numbers: number[] = [];
  let value: Uint8Array | undefined;
  while (r.pos < r.len) {
    const tag = r.uint32();
    numbers.push(tag >>> 3);
    if (tag >>> 3 === want && (tag & 7) === 2) value = r.bytes();
    else r.skipType(tag & 7);
  }
  return value === undefined ? { numbers } : { numbers, value };
}

describeWithFixtures(
  'tendermint-rs/rpc_kvstore',
  'ICS-07 header encoding (tendermint-rs a38e9f5 kvstore v0.38)',
  (dir) => {
    const read = (name: string): Record<string, unknown> =>
      (
        JSON.parse(readFileSync(join(dir, 'v0_38', `${name}.json`), 'utf8')) as {
          result: Record<string, unknown>;
        }
      ).result;
    const validators = parseValidatorSet(read('genesis').genesis);
    const lightBlock: LightBlock = {
      signedHeader: parseSignedHeader(read('commit_at_height_10').signed_header),
      validatorSet: validators,
    };

    it('behavior: without a trusted point the bytes are exactly the LightBlock', () => {
      const bytes = encodeIcs07Header({ lightBlock });
      expect(hex(bytes)).toBe(hex(encodeLightBlock(lightBlock)));
      expect(fields(bytes).numbers).toEqual([1, 2]);
      expect(decodeIcs07Header(bytes).trusted).toBeUndefined();
    });

    it('behavior: with a trusted point, fields 3 and 4 follow, and it round-trips', () => {
      const bytes = encodeIcs07Header({ lightBlock, trusted: { revision: 3n, height: 7n, validators } });
      expect(fields(bytes).numbers).toEqual([1, 2, 3, 4]);
      // ibc.core.client.v1.Height{revision_number: 3, revision_height: 7}.
      expect(hex(fields(bytes, 3).value ?? new Uint8Array(0))).toBe('08031007');
      const back = decodeIcs07Header(bytes);
      expect(back.trusted?.revision).toBe(3n);
      expect(back.trusted?.height).toBe(7n);
      expect(back.trusted && hex(validatorSetHash(back.trusted.validators))).toBe(
        hex(validatorSetHash(validators)),
      );
      expect(hex(headerHash(back.lightBlock.signedHeader.header))).toBe(
        hex(lightBlock.signedHeader.commit.blockId.hash),
      );
      // A LightBlock reader skips the trusted fields.
      expect(hex(encodeLightBlock(decodeLightBlock(bytes)))).toBe(hex(encodeLightBlock(lightBlock)));
    });

    it('behavior: revision 0 is left out of the height, as proto3 encoders do', () => {
      const bytes = encodeIcs07Header({ lightBlock, trusted: { revision: 0n, height: 9n, validators } });
      expect(hex(fields(bytes, 3).value ?? new Uint8Array(0))).toBe('1009');
    });

    it('error: a trusted height without trusted validators is MALFORMED_HEADER', () => {
      const w = Writer.create();
      w.uint32((3 << 3) | 2)
        .fork()
        .uint32(16)
        .uint64(9)
        .ldelim();
      const tail = w.finish();
      const bytes = Buffer.concat([encodeLightBlock(lightBlock), tail]);
      expect(() => decodeIcs07Header(bytes)).toThrow(
        expect.objectContaining({ code: 'MALFORMED_HEADER', category: 'verification' }),
      );
    });

    it('error: bytes that are no light block are MALFORMED_HEADER', () => {
      for (const bytes of [Uint8Array.of(0x0a, 0x7f, 0x01), new Uint8Array(0)]) {
        expect(() => decodeIcs07Header(bytes)).toThrow(expect.objectContaining({ code: 'MALFORMED_HEADER' }));
      }
    });
  },
);
