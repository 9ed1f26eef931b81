/**
 * helios test data (a16z/helios at 1fbb9099ff57917061630069744ec1ff9098c3a6,
 * tests/testdata/rpc): mainnet block 21925176 (Cancun) with all its receipts
 * and eth_getProof results, and the header of mainnet block 26050794
 * (Prague). Headers must hash to their block hash; every proof must verify
 * against the block's stateRoot; the 202 receipts must rebuild receiptsRoot,
 * and a proof of each must give back the receipt and its logs.
 */
import { expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import {
  accountProofFromRpc,
  decodeHeader,
  encodeHeader,
  encodeReceipt,
  headerFromRpc,
  headerHash,
  logFromRpc,
  receiptFromRpc,
  receiptKey,
  rpcBlockHash,
  verifyGetProof,
  verifyReceiptProof,
} from '../../../light-clients/evm/index.js';
import { buildTrie } from '../../unit/evm/trie-builder.js';

const read = (dir: string, file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const bytes = (hex: string): Uint8Array => hexToBytes(hex.slice(2));

describeWithFixtures('helios', 'conformance: helios execution data @1fbb909', (dir) => {
  const cancun = join(dir, 'execution_mainnet_block_21925176');
  const block = read(cancun, 'block.json') as Record<string, unknown>;
  const header = headerFromRpc(block);

  it.each([
    ['Cancun block 21925176', 'execution_mainnet_block_21925176/block.json', 20],
    ['Prague block 26050794', 'execution_mainnet_prague_block_26050794/block_header_fields.json', 21],
  ])('conformance: %s hashes to its block hash', (_name, file, fields) => {
    const rpc = read(dir, file) as Record<string, unknown>;
    const parsed = headerFromRpc(rpc);
    expect(headerHash(parsed)).toEqual(rpcBlockHash(rpc));
    expect(decodeHeader(encodeHeader(parsed))).toEqual(parsed);
    expect(Object.keys(parsed)).toHaveLength(fields);
  });

  it.each(['proof.json', 'block_miner_proof.json'])(
    'conformance: eth_getProof %s verifies against the stateRoot',
    (file) => {
      const proof = accountProofFromRpc(read(cancun, file));
      const account = verifyGetProof(header.stateRoot, proof);
      expect(account.nonce).toBe(proof.nonce);
      expect(account.storageRoot).toEqual(proof.storageHash);
    },
  );

  it.each([
    ['account.json', 'proof.json'],
    ['block_miner_account.json', 'block_miner_proof.json'],
  ])('conformance: %s (account shape) verifies, and its code has the proven code hash', (file, sibling) => {
    const raw = read(cancun, file) as { account: Record<string, unknown>; code: string } & Record<
      string,
      unknown
    >;
    const { address } = read(cancun, sibling) as { address: string };
    const proof = accountProofFromRpc({
      address,
      ...raw.account,
      storageHash: raw.account.storageRoot,
      accountProof: raw.accountProof,
      storageProof: raw.storageProof,
    });
    const account = verifyGetProof(header.stateRoot, proof);
    expect(account.codeHash).toEqual(keccak_256(bytes(raw.code)));
  });

  const receipts = read(cancun, 'receipts.json') as unknown[];
  const trie = buildTrie(receipts.map((r, i) => [receiptKey(i), encodeReceipt(receiptFromRpc(r))] as const));

  it('conformance: all 202 receipts rebuild receiptsRoot', () => {
    expect(receipts).toHaveLength(202);
    expect(trie.root).toEqual(header.receiptsRoot);
  });

  it('conformance: a proof of every receipt gives back the receipt', () => {
    receipts.forEach((r, i) => {
      expect(verifyReceiptProof(header.receiptsRoot, i, trie.prove(receiptKey(i)))).toEqual(
        receiptFromRpc(r),
      );
    });
  });

  it('conformance: receipt.json and logs.json are the proven receipt and logs of their transaction', () => {
    const receipt = read(cancun, 'receipt.json') as { transactionIndex: string };
    const index = Number(receipt.transactionIndex);
    const proven = verifyReceiptProof(header.receiptsRoot, index, trie.prove(receiptKey(index)));
    expect(proven).toEqual(receiptFromRpc(receipt));
    expect(proven.logs).toEqual((read(cancun, 'logs.json') as unknown[]).map(logFromRpc));
  });
});
