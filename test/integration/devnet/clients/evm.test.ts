/**
 * An EVM client on a devnet, through the devnet's Ledger gRPC API: created
 * from a trusted QBFT header, updated with the next sealed header (event
 * CLIENT_UPDATED), a storage slot of the new state verified through the
 * registry; a header sealed by non-validators is rejected and changes
 * nothing; two sealed headers at one number, submitted as misbehaviour,
 * freeze the client (event MISBEHAVIOUR).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ClientRegistry,
  encodeEvmAccountProof,
  encodeEvmClientState,
  encodeEvmConsensusState,
} from '../../../../adapters/devnet/index.js';
import { encodeHeader } from '../../../../light-clients/evm/index.js';
import { fromU64, toU64, v1 } from '../../../../proto/index.js';
import { bftFixture, clientState, NOW, testKeys } from '../../../unit/evm/chain-builder.js';
import { slotPath, testState } from '../../../unit/devnet/clients/evm-state-builder.js';
import { devnet, eventsOf, OK, REJECTED, serve, submitOne, type Served } from './devnet-server.js';

describe('integration: an EVM (QBFT) client on a devnet', () => {
  const fixture = bftFixture('qbft');
  const { root, proof } = testState();
  const next = fixture.next(undefined, { stateRoot: root });
  // Block times just after the headers' own: never from the client's future, well within trust.
  const main = devnet('mainchain-1', NOW);
  let mainApi: Served;
  let clientId = '';

  beforeAll(async () => {
    mainApi = await serve(main);
  });

  afterAll(async () => {
    await mainApi.close();
  });

  it('behavior: CreateClient, UpdateClient with the next header, and a storage slot verifies', async () => {
    const created = await submitOne(mainApi, main, {
      createClient: {
        clientType: 'evm',
        clientState: encodeEvmClientState({ ...clientState('qbft'), latestHeight: 10n }),
        consensusState: encodeEvmConsensusState(fixture.trusted),
      },
    });
    expect(created.code).toBe(OK);
    clientId = new TextDecoder().decode(created.data ?? new Uint8Array(0));
    expect(clientId).toBe('evm-0');
    const updated = await submitOne(mainApi, main, {
      updateClient: { clientId, message: { clientType: 'evm', bytes: encodeHeader(next) } },
    });
    expect(updated.code).toBe(OK);
    const events = await eventsOf(mainApi, main, v1.EventKind.EVENT_KIND_CLIENT_UPDATED);
    expect(events.map((e) => [e.client?.clientType, fromU64(e.client?.consensusHeight?.height)])).toEqual([
      ['evm', 11n],
    ]);
    const registry = new ClientRegistry({ get: (key) => main.getAt(main.latestHeight, key) });
    registry.verifyMembership({
      clientId,
      height: 11n,
      proof: {
        kind: 'eip1186',
        bytes: encodeEvmAccountProof(proof),
        height: { revision: toU64(0n), height: toU64(11n) },
      },
      path: slotPath(0n),
      value: Uint8Array.of(42),
      now: main.latestBlock?.timeNs ?? 0n,
    });
  });

  it('error: a header sealed by non-validators is SEAL_NOT_VALIDATOR and changes nothing', async () => {
    const before = new ClientRegistry({ get: (key) => main.getAt(main.latestHeight, key) }).query(
      clientId,
      NOW,
    );
    const forged = fixture.next(testKeys(3, 50), { number: 11n });
    const res = await submitOne(mainApi, main, {
      updateClient: { clientId, message: { clientType: 'evm', bytes: encodeHeader(forged) } },
    });
    expect([res.code, res.errorCode]).toEqual([REJECTED, 'SEAL_NOT_VALIDATOR']);
    const after = new ClientRegistry({ get: (key) => main.getAt(main.latestHeight, key) }).query(
      clientId,
      NOW,
    );
    expect(after).toEqual(before);
  });

  it('behavior: two sealed headers at one number freeze the client with a MISBEHAVIOUR event', async () => {
    const other = fixture.next(undefined, { stateRoot: new Uint8Array(32).fill(5) });
    const res = await submitOne(mainApi, main, {
      submitMisbehaviour: {
        clientId,
        misbehaviour: {
          clientType: 'evm',
          bytes: v1.EvmMisbehaviour.encode({
            header_1: encodeHeader(next),
            header_2: encodeHeader(other),
          }).finish(),
        },
      },
    });
    expect(res.code).toBe(OK);
    const events = await eventsOf(mainApi, main, v1.EventKind.EVENT_KIND_MISBEHAVIOUR);
    expect(events.map((e) => [e.client?.clientId, fromU64(e.client?.consensusHeight?.height)])).toEqual([
      [clientId, 11n],
    ]);
    const again = await submitOne(mainApi, main, {
      updateClient: { clientId, message: { clientType: 'evm', bytes: encodeHeader(next) } },
    });
    expect(again.errorCode).toBe('CLIENT_FROZEN');
  });
});
