/**
 * `/validators` pages its answer (at most 100 per page): the adapter fetches
 * every page and refuses a node whose pages do not add up. The node here
 * serves a five-validator set built by the test (ed25519 keys from fixed
 * seeds) in CometBFT's order, sliced by `page` and `per_page` as
 * rpc/core/consensus.go does.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { CometRpc, fetchValidatorSet } from '../../../adapters/cometbft/index.js';
import { validatorAddress } from '../../../light-clients/tendermint/index.js';
import { jsonRpcResult, startFakeNode, type Args, type FakeNode } from './fake-node.js';

const silent = pino({ level: 'silent' });

const validators = [50, 40, 30, 20, 10].map((power, i) => {
  const key = ed25519.getPublicKey(new Uint8Array(32).fill(i + 1));
  return {
    address: Buffer.from(validatorAddress({ type: 'ed25519', bytes: key }))
      .toString('hex')
      .toUpperCase(),
    pub_key: { type: 'tendermint/PubKeyEd25519', value: Buffer.from(key).toString('base64') },
    voting_power: String(power),
    proposer_priority: '0',
  };
});

/** Page `page` of the set; `tamper` changes what one page says. */
function page(args: Args, tamper?: (page: number, body: Record<string, unknown>) => void): { body: string } {
  const n = Number(args.get('page') ?? '1');
  const size = Number(args.get('per_page') ?? '30');
  const body: Record<string, unknown> = {
    block_height: args.get('height'),
    validators: validators.slice((n - 1) * size, n * size),
    count: String(Math.min(size, validators.length - (n - 1) * size)),
    total: String(validators.length),
  };
  tamper?.(n, body);
  return { body: jsonRpcResult(body) };
}

describe('integration: CometBFT adapter reads paged validator sets', () => {
  let node: FakeNode;
  let rpc: CometRpc;

  beforeAll(async () => {
    node = await startFakeNode({
      validators: (args) => {
        const h = args.get('height');
        if (h === '1') return page(args);
        if (h === '2') return page(args, (n, body) => n === 2 && (body.total = '7'));
        if (h === '3') return page(args, (n, body) => n === 2 && (body.validators = []));
        return page(args, (_n, body) => (body.block_height = '99'));
      },
    });
    rpc = new CometRpc({ endpoint: node.url, logger: silent, timeoutMs: 5_000 });
  });
  afterAll(() => node.close());

  it('behavior: every page is fetched, in order, and the set is whole', async () => {
    const before = node.requests.length;
    const set = await fetchValidatorSet(rpc, 1n, 2);
    expect(node.requests.slice(before)).toEqual([
      'validators?height=1&page=1&per_page=2',
      'validators?height=1&page=2&per_page=2',
      'validators?height=1&page=3&per_page=2',
    ]);
    expect(set.validators.map((v) => v.votingPower)).toEqual([50n, 40n, 30n, 20n, 10n]);
    expect(set.totalVotingPower).toBe(150n);
  });

  it('behavior: one page when the set fits', async () => {
    const before = node.requests.length;
    expect((await fetchValidatorSet(rpc, 1n)).validators).toHaveLength(5);
    expect(node.requests.slice(before)).toEqual(['validators?height=1&page=1&per_page=100']);
  });

  it('error: a total that changes between pages is RPC_MALFORMED', async () => {
    await expect(fetchValidatorSet(rpc, 2n, 2)).rejects.toMatchObject({
      code: 'RPC_MALFORMED',
      context: { method: 'validators', field: 'total' },
    });
  });

  it('error: an empty page before the total is reached is RPC_MALFORMED, not a loop', async () => {
    await expect(fetchValidatorSet(rpc, 3n, 2)).rejects.toMatchObject({
      code: 'RPC_MALFORMED',
      context: { field: 'validators' },
    });
  });

  it('error: a set for another height is RPC_MALFORMED', async () => {
    await expect(fetchValidatorSet(rpc, 4n)).rejects.toMatchObject({
      code: 'RPC_MALFORMED',
      context: { field: 'block_height' },
    });
  });
});
