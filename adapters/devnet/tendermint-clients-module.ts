/**
 * The devnet's registry of tendermint (ICS-07) light clients of other
 * chains: `CreateClient` stores a client state and its first consensus
 * state; `UpdateClient` verifies a "tendermint" `ClientMessage`
 * (tendermint-wire.ts) with light-clients/tendermint `updateClient` at the
 * block time, and stores the consensus state it proves — or, when a valid
 * header conflicts with a stored consensus state, freezes the client
 * (event MISBEHAVIOUR). A frozen or expired client accepts nothing.
 *
 * Not yet: evm and attestation clients, `SubmitMisbehaviour`, pruning of
 * consensus states past the trusting period, and the time-order
 * misbehaviour check against neighbouring consensus states.
 */
import { IsthmusError } from '../../light-clients/index.js';
import { updateClient, validateClientState } from '../../light-clients/tendermint/index.js';
import { toU64, v1 } from '../../proto/index.js';
import { ClientRegistry, decodeClientState, decodeConsensusState } from './client-registry.js';
import type { DeliverContext, Module, MsgOutcome } from './module.js';
import { revisionOf } from './revision.js';
import { decodeTendermintHeader, TENDERMINT_CLIENT_TYPE } from './tendermint-wire.js';

function checkType(clientType: string | null | undefined): void {
  if (clientType !== TENDERMINT_CLIENT_TYPE) {
    throw new IsthmusError(
      'NOT_SUPPORTED',
      `client type ${JSON.stringify(clientType ?? '')} is not hosted here yet`,
      {
        category: 'invalid_argument',
        context: { clientType: clientType ?? '' },
      },
    );
  }
}

function createClient(msg: v1.CreateClient.$Properties, ctx: DeliverContext): MsgOutcome {
  checkType(msg.clientType);
  const clientState = decodeClientState(msg.clientState ?? new Uint8Array(0));
  if (clientState.frozenHeight !== 0n) {
    throw new IsthmusError('INVALID_CLIENT_STATE', 'a new client cannot be frozen', {
      category: 'invalid_argument',
    });
  }
  validateClientState(clientState);
  const consensusState = decodeConsensusState(msg.consensusState ?? new Uint8Array(0));
  const registry = new ClientRegistry(ctx.store);
  const clientId = registry.allocateId();
  registry.setClientState(clientId, clientState);
  registry.setConsensusState(clientId, clientState.chainId, clientState.latestHeight, consensusState);
  return { data: new TextEncoder().encode(clientId) };
}

function update(msg: v1.UpdateClient.$Properties, ctx: DeliverContext): MsgOutcome {
  const clientId = msg.clientId ?? '';
  const registry = new ClientRegistry(ctx.store);
  const client = registry.clientState(clientId);
  checkType(msg.message?.clientType);
  const header = decodeTendermintHeader(msg.message?.bytes ?? new Uint8Array(0));
  const result = updateClient(
    client,
    (height) => registry.consensusState(clientId, client.chainId, height),
    header,
    ctx.timeNs,
  );
  registry.setClientState(clientId, result.clientState);
  if (result.kind === 'unchanged') return { alreadyDone: true };
  if (result.kind === 'updated') {
    registry.setConsensusState(clientId, client.chainId, result.height, result.consensusState);
  }
  ctx.emit({
    kind:
      result.kind === 'frozen'
        ? v1.EventKind.EVENT_KIND_MISBEHAVIOUR
        : v1.EventKind.EVENT_KIND_CLIENT_UPDATED,
    client: {
      clientId,
      clientType: TENDERMINT_CLIENT_TYPE,
      consensusHeight: { revision: toU64(revisionOf(client.chainId)), height: toU64(result.height) },
      message: msg.message ?? null,
    },
  });
  return {};
}

export const tendermintClientsModule: Module = {
  name: 'tendermint-clients',
  messages: ['createClient', 'updateClient'],
  deliver(msg: v1.Msg.$Properties, ctx: DeliverContext): MsgOutcome {
    if (msg.createClient) return createClient(msg.createClient, ctx);
    return update(msg.updateClient ?? {}, ctx);
  },
};
