/**
 * Reading CometBFT JSON-RPC results: /status (chain id, revision, heights,
 * time), /abci_query, /block, and JSON-RPC error objects as typed errors.
 * Shapes follow rpc/core/types of CometBFT v0.34–v0.38.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  parseAbciQuery,
  parseBlock,
  parseStatus,
  revisionOf,
  rpcErrorOf,
} from '../../../adapters/cometbft/index.js';
import { IsthmusError } from '../../../light-clients/index.js';

function thrown(f: () => unknown): IsthmusError {
  try {
    f();
  } catch (e) {
    if (e instanceof IsthmusError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

const status = {
  node_info: { network: 'cosmoshub-4', version: '0.37.4' },
  sync_info: {
    latest_block_height: '19000001',
    latest_block_time: '2024-03-01T10:00:00.123456789Z',
    earliest_block_height: '18000000',
  },
};

describe('/status', () => {
  it('behavior: chain id, revision, version, latest and earliest heights, time in ns', () => {
    expect(parseStatus(status)).toEqual({
      chainId: 'cosmoshub-4',
      revision: 4n,
      nodeVersion: '0.37.4',
      latestHeight: 19_000_001n,
      latestTimeNs: 1_709_287_200_123_456_789n,
      earliestHeight: 18_000_000n,
    });
  });

  it('behavior: revision numbers follow ibc-go ParseChainID', () => {
    expect(revisionOf('cosmoshub-4')).toBe(4n);
    expect(revisionOf('evmos_9001-2')).toBe(2n);
    expect(revisionOf('dockerchain')).toBe(0n);
    expect(revisionOf('chain-01')).toBe(0n); // a leading zero is not a revision
    expect(revisionOf('chain--1')).toBe(0n);
    expect(revisionOf('-1')).toBe(0n);
  });

  it('error: missing or ill-typed fields are RPC_MALFORMED naming the field', () => {
    const cases: [unknown, string][] = [
      [null, 'result'],
      [{ ...status, node_info: { network: 7 } }, 'node_info.network'],
      [
        { ...status, sync_info: { ...status.sync_info, latest_block_height: '1e3' } },
        'sync_info.latest_block_height',
      ],
      [
        { ...status, sync_info: { ...status.sync_info, latest_block_time: 'yesterday' } },
        'sync_info.latest_block_time',
      ],
    ];
    for (const [result, field] of cases) {
      const err = thrown(() => parseStatus(result));
      expect(err).toMatchObject({ code: 'RPC_MALFORMED', context: { method: 'status', field } });
    }
  });
});

describe('/abci_query', () => {
  const response = {
    code: 0,
    log: '',
    info: '',
    index: '0',
    key: Buffer.from('k').toString('base64'),
    value: Buffer.from('v').toString('base64'),
    height: '7',
    codespace: '',
  };
  const ops = { ops: [{ type: 'ics23:iavl', key: 'aw==', data: 'CgE=' }] };

  it('behavior: reads value, height and proof ops (proofOps or proof_ops)', () => {
    for (const shape of [{ proofOps: ops }, { proof_ops: ops }]) {
      const a = parseAbciQuery({ response: { ...response, ...shape } });
      expect(Buffer.from(a.value).toString()).toBe('v');
      expect(a.height).toBe(7n);
      expect(a.proofOps).toEqual([
        { type: 'ics23:iavl', key: Uint8Array.of(0x6b), data: Uint8Array.of(10, 1) },
      ]);
    }
  });

  it('behavior: an absent key has an empty value; an unproven answer has no ops', () => {
    const a = parseAbciQuery({ response: { ...response, value: null, proofOps: null } });
    expect(a.value).toHaveLength(0);
    expect(a.proofOps).toEqual([]);
  });

  it('error: bytes that are not base64 are RPC_MALFORMED', () => {
    const err = thrown(() => parseAbciQuery({ response: { ...response, value: 'not base64!' } }));
    expect(err).toMatchObject({ code: 'RPC_MALFORMED', context: { field: 'response.value' } });
  });
});

describe('/block', () => {
  it('behavior: block time and transaction ids (upper-case hex SHA-256 of the tx bytes)', () => {
    const tx = Buffer.from('a transaction');
    const info = parseBlock({
      block: {
        header: { height: '5', time: '2024-01-01T00:00:00Z' },
        data: { txs: [tx.toString('base64')] },
      },
    });
    expect(info.height).toBe(5n);
    expect(info.timeNs).toBe(1_704_067_200_000_000_000n);
    expect(info.txIds).toEqual([createHash('sha256').update(tx).digest('hex').toUpperCase()]);
  });

  it('behavior: a block without transactions (txs null) has no ids', () => {
    expect(
      parseBlock({ block: { header: { height: '5', time: '2024-01-01T00:00:00Z' }, data: { txs: null } } })
        .txIds,
    ).toEqual([]);
  });
});

describe('JSON-RPC error objects', () => {
  it('behavior: codes map to categories; height errors are told apart by their text', () => {
    const cases: [unknown, string, string][] = [
      [{ code: -32601, message: 'Method not found' }, 'RPC_ERROR', 'failed_precondition'],
      [{ code: -32602, message: 'Invalid params', data: 'bad height' }, 'RPC_ERROR', 'invalid_argument'],
      [{ code: -32700, message: 'Parse error' }, 'RPC_ERROR', 'invalid_argument'],
      [{ code: -32603, message: 'Internal error', data: 'database closed' }, 'RPC_ERROR', 'unavailable'],
      [
        {
          code: -32603,
          message: 'Internal error',
          data: 'height 12 must be less than or equal to the current blockchain height 10',
        },
        'HEIGHT_NOT_YET_AVAILABLE',
        'unavailable',
      ],
      [
        { code: -32603, message: 'Internal error', data: 'height 3 is not available, lowest height is 5' },
        'HEIGHT_PRUNED',
        'not_found',
      ],
      ['garbage', 'RPC_ERROR', 'unavailable'],
    ];
    for (const [error, code, category] of cases) {
      expect(rpcErrorOf('commit', error)).toMatchObject({ code, category, context: { method: 'commit' } });
    }
  });
});
