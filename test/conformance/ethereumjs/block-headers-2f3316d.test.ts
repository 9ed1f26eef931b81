/**
 * ethereumjs-monorepo block test data (packages/block/test/testdata at
 * 2f3316d42b34d65df341b5fabc81b303c093a399): real mainnet and Goerli
 * JSON-RPC blocks from Homestead to Shanghai. Each header must hash to the
 * block's `hash`, and survive an RLP round trip unchanged.
 */
import { expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithFixtures } from '../../support/fixtures.js';
import {
  decodeHeader,
  encodeHeader,
  headerFromRpc,
  headerHash,
  rpcBlockHash,
} from '../../../light-clients/evm/index.js';

const blocks: ReadonlyArray<readonly [string, number]> = [
  ['infura2000004wotxns.json', 15],
  ['alchemy14151203.json', 16],
  ['infura15571241.json', 16],
  ['testdata-from-rpc-with-withdrawals.json', 17],
];

describeWithFixtures('ethereumjs', 'conformance: ethereumjs block headers @2f3316d', (dir) => {
  it.each(blocks)('conformance: %s hashes to its block hash (%i fields)', (file, fields) => {
    const block = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    const header = headerFromRpc(block);
    const encoded = encodeHeader(header);
    expect(headerHash(header)).toEqual(rpcBlockHash(block));
    expect(decodeHeader(encoded)).toEqual(header);
    expect(encodeHeader(decodeHeader(encoded))).toEqual(encoded);
    expect(Object.keys(header)).toHaveLength(fields);
  });
});
