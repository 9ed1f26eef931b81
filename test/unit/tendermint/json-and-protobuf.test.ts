/** Reading CometBFT JSON shapes and protobuf light blocks. */
import { describe, expect, it } from '@jest/globals';
import {
  decodeLightBlock,
  encodeLightBlock,
  parseBlockId,
  parseLightBlock,
  parseValidatorSet,
  validatorSetHash,
} from '../../../light-clients/tendermint/index.js';
import { makeChain, members } from './support/chain.js';
import { toRpcJson } from './support/rpc-json.js';

const hexU = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

/** Replaces (or deletes, for undefined) the value at `path` inside parsed JSON. */
function setAt(json: unknown, path: readonly (string | number)[], value: unknown): void {
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], json) as Record<
    string | number,
    unknown
  >;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

const chain = makeChain({
  height: 3,
  validatorsAt: () => members(['a', 'b', 'c']),
  signersAt: () => new Set([0, 2]),
});

describe('tendermint JSON', () => {
  it('behavior: RPC JSON (parts) and tendermint-rs JSON (part_set_header) read back the same block', () => {
    const block = chain.block(2n);
    expect(parseLightBlock(toRpcJson(block, 'parts'))).toEqual(block);
    expect(parseLightBlock(toRpcJson(block, 'part_set_header'))).toEqual(block);
  });

  it('behavior: a null block id is the zero id; genesis validators use `power`', () => {
    expect(parseBlockId(null)).toEqual({
      hash: new Uint8Array(0),
      partSetHeader: { total: 0, hash: new Uint8Array(0) },
    });
    const set = chain.block(1n).validatorSet;
    const genesis = {
      validators: set.validators.map((v) => ({
        address: hexU(v.address),
        pub_key: { type: 'tendermint/PubKeyEd25519', value: b64(v.pubKey.bytes) },
        power: v.votingPower.toString(),
        name: '',
      })),
    };
    expect(hexU(validatorSetHash(parseValidatorSet(genesis)))).toBe(hexU(validatorSetHash(set)));
  });

  // [field, path to replace, replacement (undefined deletes)]
  it.each([
    ['signed_header.header.height', ['signed_header', 'header', 'height'], 'ten'],
    ['signed_header.header.time', ['signed_header', 'header', 'time'], '2020-01-01'],
    ['signed_header.header.app_hash', ['signed_header', 'header', 'app_hash'], 'XYZ'],
    [
      'signed_header.commit.signatures[0].signature',
      ['signed_header', 'commit', 'signatures', 0, 'signature'],
      '***',
    ],
    [
      'signed_header.commit.signatures[0].block_id_flag',
      ['signed_header', 'commit', 'signatures', 0, 'block_id_flag'],
      7,
    ],
    [
      'validator_set.validators[0].pub_key.type',
      ['validator_set', 'validators', 0, 'pub_key', 'type'],
      'tendermint/PubKeySr25519',
    ],
    ['validator_set.validators', ['validator_set', 'validators'], 'none'],
    ['signed_header', ['signed_header'], undefined],
  ] as const)('error: MALFORMED_HEADER — %s', (field, path, replacement) => {
    const json = toRpcJson(chain.block(2n));
    setAt(json, path, replacement);
    expect(() => parseLightBlock(json)).toThrow(
      expect.objectContaining({
        code: 'MALFORMED_HEADER',
        context: { field: expect.stringContaining(field) },
      }),
    );
  });
});

describe('tendermint protobuf light blocks', () => {
  it('behavior: encode then decode gives the block back (without the next set, which LightBlock has no field for)', () => {
    const { nextValidatorSet: _, ...block } = chain.block(3n);
    expect(decodeLightBlock(encodeLightBlock(block))).toEqual(block);
  });

  it('error: MALFORMED_HEADER — truncated bytes, garbage, and an empty message', () => {
    const bytes = encodeLightBlock(chain.block(3n));
    for (const data of [
      bytes.subarray(0, bytes.length - 7),
      Uint8Array.of(0xff, 0xff, 0xff),
      Uint8Array.of(0x0a, 0x05, 0x01),
      new Uint8Array(0),
    ]) {
      expect(() => decodeLightBlock(data)).toThrow(expect.objectContaining({ code: 'MALFORMED_HEADER' }));
    }
  });
});
