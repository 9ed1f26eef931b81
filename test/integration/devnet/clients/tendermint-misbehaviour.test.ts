/**
 * Tendermint misbehaviour submitted through a devnet's Ledger gRPC API:
 * mainchain hosts a client of health; two headers for one height, signed by
 * health's validators over different states (a fork), freeze it with a
 * MISBEHAVIOUR event, after which it rejects updates and proofs. Evidence
 * that proves nothing (one header twice, a header from non-validators) is
 * rejected and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ClientRegistry,
  encodeClientState,
  encodeConsensusState,
  tendermintClientMessage,
} from '../../../../adapters/devnet/index.js';
import { chainedProofBytes } from '../../../../adapters/store/index.js';
import { consensusStateOf, DEFAULT_TRUST_LEVEL } from '../../../../light-clients/tendermint/index.js';
import { fromU64, toU64, v1 } from '../../../../proto/index.js';
import {
  devnet,
  eventsOf,
  OK,
  REJECTED,
  SECOND,
  serve,
  submitOne,
  utf8,
  type Served,
} from './devnet-server.js';

const GENESIS_TIME = 1_764_000_000_000_000_000n;

describe('integration: tendermint SubmitMisbehaviour on a devnet', () => {
  const health = devnet('health-1', GENESIS_TIME);
  const fork = devnet('health-1', GENESIS_TIME, { value: 'forked record' });
  const impostor = devnet('health-1', GENESIS_TIME, { seed: 'not-the-validators' });
  const main = devnet('mainchain-1', GENESIS_TIME + 600n * SECOND);
  let mainApi: Served;
  let clientId = '';

  const header = (chain: typeof health, h: bigint, trusted: bigint): v1.ClientMessage =>
    tendermintClientMessage(chain.lightBlock(h), {
      height: trusted,
      validators: health.block(trusted).nextValidatorSet,
      revision: 1n,
    });
  const evidence = (h1: v1.ClientMessage, h2: v1.ClientMessage): v1.IMsg => ({
    submitMisbehaviour: {
      clientId,
      misbehaviour: {
        clientType: 'tendermint',
        bytes: v1.TendermintMisbehaviour.encode({ header_1: h1.bytes, header_2: h2.bytes }).finish(),
      },
    },
  });

  beforeAll(async () => {
    mainApi = await serve(main);
    for (const chain of [health, fork, impostor]) for (let i = 0; i < 5; i++) chain.produceBlock();
    const created = await submitOne(mainApi, main, {
      createClient: {
        clientType: 'tendermint',
        clientState: encodeClientState({
          chainId: 'health-1',
          trustLevel: DEFAULT_TRUST_LEVEL,
          trustingPeriod: 3600n * SECOND,
          unbondingPeriod: 7200n * SECOND,
          maxClockDrift: 10n * SECOND,
          latestHeight: 2n,
          frozenHeight: 0n,
        }),
        consensusState: encodeConsensusState(consensusStateOf(health.block(2n).signedHeader)),
      },
    });
    expect(created.code).toBe(OK);
    clientId = new TextDecoder().decode(created.data ?? new Uint8Array(0));
  });

  afterAll(async () => {
    await mainApi.close();
  });

  it('error: evidence that proves nothing is MISBEHAVIOUR_INVALID and changes nothing', async () => {
    const before = await mainApi.client.queryClient({ clientId });
    const same = header(health, 4n, 2n);
    for (const msg of [evidence(same, same), evidence(header(health, 4n, 2n), header(impostor, 4n, 2n))]) {
      const res = await submitOne(mainApi, main, msg);
      expect([res.code, res.errorCode]).toEqual([REJECTED, 'MISBEHAVIOUR_INVALID']);
    }
    const after = await mainApi.client.queryClient({ clientId });
    expect(after.clientState).toEqual(before.clientState);
    expect(await eventsOf(mainApi, main, v1.EventKind.EVENT_KIND_MISBEHAVIOUR)).toEqual([]);
  });

  it('behavior: two conflicting headers freeze the client with a MISBEHAVIOUR event', async () => {
    const res = await submitOne(mainApi, main, evidence(header(health, 4n, 2n), header(fork, 4n, 2n)));
    expect(res.code).toBe(OK);
    const q = await mainApi.client.queryClient({ clientId });
    expect(q.clientState?.status).toBe(v1.ClientStatus.CLIENT_STATUS_FROZEN);
    const events = await eventsOf(mainApi, main, v1.EventKind.EVENT_KIND_MISBEHAVIOUR);
    expect(
      events.map((e) => [
        e.client?.clientId,
        e.client?.clientType,
        fromU64(e.client?.consensusHeight?.height),
      ]),
    ).toEqual([[clientId, 'tendermint', 4n]]);
  });

  it('error: the frozen client rejects updates, misbehaviour and proofs with CLIENT_FROZEN', async () => {
    const update = await submitOne(mainApi, main, {
      updateClient: { clientId, message: header(health, 5n, 2n) },
    });
    expect(update.errorCode).toBe('CLIENT_FROZEN');
    const again = await submitOne(mainApi, main, evidence(header(health, 4n, 2n), header(fork, 4n, 2n)));
    expect(again.errorCode).toBe('CLIENT_FROZEN');
    const { proof } = health.prove(utf8('records/r1'), 1n);
    const registry = new ClientRegistry({ get: (key) => main.getAt(main.latestHeight, key) });
    expect(() =>
      registry.verifyMembership({
        clientId,
        height: 2n,
        proof: {
          kind: 'ics23',
          bytes: chainedProofBytes(proof),
          height: { revision: toU64(1n), height: toU64(2n) },
        },
        path: utf8('records/r1'),
        value: utf8('health record'),
        now: main.latestBlock?.timeNs ?? 0n,
      }),
    ).toThrow(expect.objectContaining({ code: 'CLIENT_FROZEN' }));
  });
});
