/**
 * How the adapter reports a node that fails: HTTP errors, silence, garbage
 * and JSON-RPC error objects each become their typed IsthmusError, with
 * the retry verdict the relayer's queue acts on. Real HTTP on loopback.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { CometBftLedger, CometRpc } from '../../../adapters/cometbft/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { jsonRpcError, jsonRpcResult, startFakeNode, type FakeNode } from './fake-node.js';

const silent = pino({ level: 'silent' });

/** A loopback port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function failure(promise: Promise<unknown>): Promise<IsthmusError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IsthmusError);
  return err as IsthmusError;
}

describe('integration: CometBFT adapter transport failures', () => {
  let node: FakeNode;
  // Each test picks the answer of /status through this switch.
  let statusAnswer: ReturnType<Parameters<typeof startFakeNode>[0][string]> = { body: '' };
  let ledger: CometBftLedger;

  beforeAll(async () => {
    node = await startFakeNode({
      status: () => statusAnswer,
      commit: (args) =>
        jsonRpcError(
          -32603,
          'Internal error',
          `height ${args.get('height')} is not available, lowest height is 5`,
        ),
      validators: () => jsonRpcError(-32602, 'Invalid params', 'error converting json params to arguments'),
    });
    // Generous: a loaded machine must not turn the other answers into timeouts; "hang" waits it out.
    ledger = new CometBftLedger({ endpoint: `${node.url}/`, logger: silent, timeoutMs: 3_000 });
  });
  afterAll(() => node.close());

  it('error: HTTP 500 without a JSON-RPC body is RPC_UNAVAILABLE and retryable', async () => {
    statusAnswer = { status: 500, body: 'upstream exploded' };
    const err = await failure(ledger.getChainInfo({}));
    expect(err).toMatchObject({ code: 'RPC_UNAVAILABLE', category: 'unavailable', retryable: true });
    expect(err.context).toMatchObject({ method: 'status', status: 500 });
  });

  it('error: HTTP 404 is RPC_ERROR and not retried', async () => {
    statusAnswer = { status: 404, body: 'not found' };
    const err = await failure(ledger.getLatestHeight({}));
    expect(err).toMatchObject({ code: 'RPC_ERROR', category: 'failed_precondition', retryable: false });
  });

  it('error: a node that does not answer in time is RPC_TIMEOUT (deadline_exceeded, retryable)', async () => {
    statusAnswer = 'hang';
    const err = await failure(ledger.getChainInfo({}));
    expect(err).toMatchObject({ code: 'RPC_TIMEOUT', category: 'deadline_exceeded', retryable: true });
    expect(err.context).toMatchObject({ timeoutMs: 3_000 });
  });

  it('error: a call the caller aborts is RPC_CANCELLED', async () => {
    statusAnswer = 'hang';
    const controller = new AbortController();
    const pending = failure(ledger.getChainInfo({}, { signal: controller.signal }));
    controller.abort();
    expect(await pending).toMatchObject({ code: 'RPC_CANCELLED' });
  });

  it('error: a body that is not JSON is RPC_MALFORMED and not retried', async () => {
    statusAnswer = { body: '<html>gateway</html>' };
    const err = await failure(ledger.getChainInfo({}));
    expect(err).toMatchObject({ code: 'RPC_MALFORMED', retryable: false });
  });

  it('error: JSON-RPC without a result, or with another version, is RPC_MALFORMED', async () => {
    statusAnswer = { body: JSON.stringify({ jsonrpc: '2.0', id: -1 }) };
    expect(await failure(ledger.getChainInfo({}))).toMatchObject({
      code: 'RPC_MALFORMED',
      context: { method: 'status', field: 'result' },
    });
    statusAnswer = { body: JSON.stringify({ jsonrpc: '1.0', id: -1, result: {} }) };
    expect(await failure(ledger.getChainInfo({}))).toMatchObject({ code: 'RPC_MALFORMED' });
  });

  it('error: a result without the fields /status documents is RPC_MALFORMED naming the field', async () => {
    statusAnswer = { body: jsonRpcResult({ node_info: { network: 'x' } }) };
    expect(await failure(ledger.getChainInfo({}))).toMatchObject({
      code: 'RPC_MALFORMED',
      context: { field: 'sync_info' },
    });
    statusAnswer = {
      body: jsonRpcResult({
        node_info: { network: 'x' },
        sync_info: { latest_block_height: '-3', latest_block_time: '2023-05-17T14:12:53Z' },
      }),
    };
    expect(await failure(ledger.getChainInfo({}))).toMatchObject({
      code: 'RPC_MALFORMED',
      context: { field: 'sync_info.latest_block_height' },
    });
  });

  it('error: JSON-RPC error objects are typed: pruned heights and bad params', async () => {
    const pruned = await failure(ledger.lightBlock(3n));
    expect(pruned).toMatchObject({ code: 'HEIGHT_PRUNED', category: 'not_found', retryable: false });
    expect(pruned.context).toMatchObject({ method: 'commit', rpcCode: -32603 });
    const rpc = new CometRpc({ endpoint: node.url, logger: silent });
    const bad = await failure(rpc.call('validators', { height: 1n }));
    expect(bad).toMatchObject({ code: 'RPC_ERROR', category: 'invalid_argument', retryable: false });
    expect(bad.message).toMatch(/Invalid params: error converting json params/);
  });

  it('error: an answer past the size limit is RPC_RESPONSE_TOO_LARGE, read no further', async () => {
    const small = new CometBftLedger({ endpoint: node.url, logger: silent, maxResponseBytes: 1_000 });
    // Declared by content-length, and streamed without one.
    for (const chunked of [false, true]) {
      statusAnswer = { body: jsonRpcResult({ padding: 'x'.repeat(5_000) }), chunked };
      expect(await failure(small.getChainInfo({}))).toMatchObject({
        code: 'RPC_RESPONSE_TOO_LARGE',
        category: 'failed_precondition',
      });
    }
  });

  it('error: a node that refuses connections is RPC_UNAVAILABLE and retryable', async () => {
    const dead = new CometBftLedger({ endpoint: `http://127.0.0.1:${await closedPort()}`, logger: silent });
    expect(await failure(dead.getChainInfo({}))).toMatchObject({ code: 'RPC_UNAVAILABLE', retryable: true });
  });

  it('args: an endpoint that is not an http(s) URL is INVALID_REQUEST', () => {
    for (const endpoint of ['not a url', 'ftp://127.0.0.1:1']) {
      expect(() => new CometBftLedger({ endpoint, logger: silent })).toThrow(
        expect.objectContaining({ code: 'INVALID_REQUEST', category: 'invalid_argument' }),
      );
    }
  });
});
