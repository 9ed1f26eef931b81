/**
 * QueryProof through `/abci_query?prove=true`: the node answers as a Cosmos
 * SDK chain does, with one ICS-23 proof op for the key in the `ibc` IAVL
 * store (the cosmos/ics23 7f2c2d0 IAVL vectors, read in place) and one for
 * that store's root in the multi-store (a simple Merkle tree of five stores
 * built by the test); the app hash is that tree's root. No recorded
 * `abci_query` answer exists in the tendermint-rs captures, so this node is
 * synthetic; the proofs it serves are real ICS-23 proofs, and what the
 * adapter returns must verify with light-clients/ics23.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { CometBftLedger } from '../../../adapters/cometbft/index.js';
import { sdkSpecs, verifyMerkleProof } from '../../../light-clients/ics23/index.js';
import { fromU64, toU64 } from '../../../proto/index.js';
import { loadVector, type Vector } from '../../conformance/ics23/vectors.js';
import { describeWithFixtures } from '../../support/fixtures.js';
import { simpleTree, utf8 } from '../../unit/ics23/simple-tree.js';
import { encodeProof } from '../../unit/ics23/wire.js';
import { jsonRpcError, jsonRpcResult, startFakeNode, type Args, type FakeNode } from './fake-node.js';

const silent = pino({ level: 'silent' });
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

interface Served {
  readonly vector: Vector;
  readonly appHash: Uint8Array;
  readonly ops: readonly { type: string; key: string; data: string }[];
}

/** The multi-store over an `ibc` store with root `ibcRoot` and its proof op. */
function served(vector: Vector): Served {
  const stores = simpleTree(
    ['acc', 'bank', 'ibc', 'staking', 'upgrade'].map((name) => ({
      key: utf8(name),
      value: name === 'ibc' ? vector.root : randomBytes(32),
    })),
  );
  const at = stores.entries.findIndex((e) => text(e.key) === 'ibc');
  return {
    vector,
    appHash: stores.root,
    ops: [
      { type: 'ics23:iavl', key: b64(vector.key), data: b64(vector.bytes) },
      {
        type: 'ics23:simple',
        key: b64(utf8('ibc')),
        data: b64(encodeProof({ kind: 'exist', proof: stores.proof(at) })),
      },
    ],
  };
}

describeWithFixtures(
  'ics23',
  'integration: CometBFT adapter QueryProof (cosmos/ics23 7f2c2d0 IAVL vectors)',
  (dir) => {
    const present = served(loadVector(dir, 'iavl', 'exist_middle'));
    // Its key (00000001) is valid UTF-8, so a path can name it.
    const absent = served(loadVector(dir, 'iavl', 'nonexist_left'));
    let node: FakeNode;
    let ledger: CometBftLedger;

    const answer = (args: Args): ReturnType<Parameters<typeof startFakeNode>[0][string]> => {
      if (args.get('path') !== '/store/ibc/key' || args.get('prove') !== 'true')
        return jsonRpcError(-32602, 'Invalid params', 'unexpected path or prove');
      const key = Buffer.from((args.get('data') ?? '').replace(/^0x/, ''), 'hex');
      const height = args.get('height') ?? '0';
      const response = (s: Served, extra: Record<string, unknown> = {}): { body: string } => ({
        body: jsonRpcResult({
          response: {
            code: 0,
            log: '',
            info: '',
            index: '0',
            key: b64(s.vector.key),
            value: b64(s.vector.value),
            proofOps: { ops: s.ops },
            height,
            codespace: '',
            ...extra,
          },
        }),
      });
      if (key.equals(present.vector.key)) return response(present);
      if (key.equals(absent.vector.key)) return response(absent);
      if (key.toString() === 'legacy')
        return response(present, { proofOps: { ops: [{ type: 'iavl:v', key: b64(key), data: '' }] } });
      return response(present, { code: 18, codespace: 'sdk', log: 'invalid request', proofOps: null });
    };

    beforeAll(async () => {
      node = await startFakeNode({
        status: () => ({
          body: jsonRpcResult({
            node_info: { network: 'cosmoshub-4', version: '0.38.12' },
            sync_info: { latest_block_height: '20', latest_block_time: '2024-01-02T03:04:05.123456789Z' },
          }),
        }),
        abci_query: answer,
      });
      ledger = new CometBftLedger({ endpoint: node.url, logger: silent, timeoutMs: 5_000 });
    });
    afterAll(() => node.close());

    it('behavior: a stored value comes with a chained proof that verifies against the app hash', async () => {
      const path = text(present.vector.key);
      const got = await ledger.queryProof({ path, height: { height: toU64(7n) } });
      expect(got.exists).toBe(true);
      expect(Buffer.from(got.value).equals(Buffer.from(present.vector.value))).toBe(true);
      expect(got.proof?.kind).toBe('ics23');
      // The state of 7 is committed by the header of 8; cosmoshub-4 is revision 4.
      expect([fromU64(got.height?.revision), fromU64(got.height?.height)]).toEqual([4n, 7n]);
      expect([fromU64(got.proof?.height?.revision), fromU64(got.proof?.height?.height)]).toEqual([4n, 8n]);
      expect(() =>
        verifyMerkleProof(
          present.appHash,
          got.proof?.bytes ?? new Uint8Array(0),
          [utf8('ibc'), present.vector.key],
          got.value,
          sdkSpecs,
        ),
      ).not.toThrow();
      expect(node.requests).toContain(
        `abci_query?path=${encodeURIComponent('"/store/ibc/key"')}&data=0x${Buffer.from(present.vector.key).toString('hex')}&height=7&prove=true`,
      );
    });

    it('behavior: an absent key gives exists=false and an absence proof that verifies', async () => {
      const got = await ledger.queryProof({ path: text(absent.vector.key), height: { height: toU64(7n) } });
      expect(got.exists).toBe(false);
      expect(got.value).toHaveLength(0);
      expect(() =>
        verifyMerkleProof(
          absent.appHash,
          got.proof?.bytes ?? new Uint8Array(0),
          [utf8('ibc'), absent.vector.key],
          undefined,
        ),
      ).not.toThrow();
      // The same proof does not pass for the other tree's app hash.
      expect(() =>
        verifyMerkleProof(
          present.appHash,
          got.proof?.bytes ?? new Uint8Array(0),
          [utf8('ibc'), absent.vector.key],
          undefined,
        ),
      ).toThrow();
    });

    it('behavior: height zero reads the state of latest - 1, proven by the latest header', async () => {
      const got = await ledger.queryProof({ path: text(present.vector.key) });
      expect(fromU64(got.height?.height)).toBe(19n);
      expect(fromU64(got.proof?.height?.height)).toBe(20n);
    });

    it('error: proof ops that are not ICS-23 are PROOF_OPS_UNSUPPORTED, naming their type', async () => {
      const err = await ledger
        .queryProof({ path: 'legacy', height: { height: toU64(7n) } })
        .catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'PROOF_OPS_UNSUPPORTED', category: 'failed_precondition' });
      expect((err as Error).message).toMatch(/iavl:v/);
    });

    it('error: a query the application refuses is ABCI_QUERY_FAILED with its code', async () => {
      const err = await ledger
        .queryProof({ path: 'other', height: { height: toU64(7n) } })
        .catch((e: unknown) => e);
      expect(err).toMatchObject({
        code: 'ABCI_QUERY_FAILED',
        category: 'failed_precondition',
        context: { code: 18, codespace: 'sdk' },
      });
    });

    it('args: an empty path is INVALID_REQUEST', async () => {
      await expect(ledger.queryProof({ path: '' })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    });
  },
);
