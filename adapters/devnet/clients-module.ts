/**
 * The devnet's ICS-02 client messages: `CreateClient` (result data: the new
 * client id), `UpdateClient` and `SubmitMisbehaviour` for every client type
 * the registry hosts (client-registry.ts). An update emits CLIENT_UPDATED;
 * an update that proves a conflict, or submitted misbehaviour, freezes the
 * client and emits MISBEHAVIOUR. A replayed update is ALREADY_DONE.
 */
import { toU64, v1 } from '../../proto/index.js';
import { ClientRegistry, type ClientChange } from './client-registry.js';
import type { DeliverContext, Module, MsgOutcome } from './module.js';

function emitChange(
  ctx: DeliverContext,
  clientId: string,
  clientType: string,
  change: ClientChange,
  message: v1.IClientMessage | null | undefined,
): MsgOutcome {
  if (change.kind === 'unchanged') return { alreadyDone: true };
  ctx.emit({
    kind:
      change.kind === 'frozen'
        ? v1.EventKind.EVENT_KIND_MISBEHAVIOUR
        : v1.EventKind.EVENT_KIND_CLIENT_UPDATED,
    client: {
      clientId,
      clientType,
      consensusHeight: { revision: toU64(change.revision), height: toU64(change.height) },
      message: message ?? null,
    },
  });
  return {};
}

export const clientsModule: Module = {
  name: 'clients',
  messages: ['createClient', 'updateClient', 'submitMisbehaviour'],
  deliver(msg: v1.Msg.$Properties, ctx: DeliverContext): MsgOutcome {
    const registry = new ClientRegistry(ctx.store);
    if (msg.createClient) {
      const { clientType, clientState, consensusState } = msg.createClient;
      const empty = new Uint8Array(0);
      const clientId = registry.create(clientType ?? '', clientState ?? empty, consensusState ?? empty);
      return { data: new TextEncoder().encode(clientId) };
    }
    if (msg.submitMisbehaviour) {
      const clientId = msg.submitMisbehaviour.clientId ?? '';
      const message = msg.submitMisbehaviour.misbehaviour ?? {};
      const change = registry.submitMisbehaviour(clientId, message, ctx.timeNs);
      return emitChange(ctx, clientId, registry.clientType(clientId), change, message);
    }
    const clientId = msg.updateClient?.clientId ?? '';
    const message = msg.updateClient?.message ?? {};
    const change = registry.update(clientId, message, ctx.timeNs);
    return emitChange(ctx, clientId, registry.clientType(clientId), change, message);
  },
};
