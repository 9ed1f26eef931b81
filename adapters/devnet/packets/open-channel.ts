/**
 * OpenChannel (admin): a channel end of a local app towards a counterparty
 * chain's channel, over a local client of that chain (checked to exist and
 * to track that chain). Returns the new channel id, UTF-8, in `data`.
 */
import { v1 } from '../../../proto/index.js';
import type { DeliverContext, MsgOutcome } from '../module.js';
import { Channels } from './channels.js';
import { PacketErrorCode, packetError } from './errors.js';
import { appOf, type PacketEnv } from './module-env.js';

export function openChannel(
  msg: v1.OpenChannel.$Properties,
  ctx: DeliverContext,
  env: PacketEnv,
): MsgOutcome {
  const app = appOf(env, msg.app ?? '').name;
  const counterpartyChainId = msg.counterpartyChainId ?? '';
  const counterpartyChannelId = msg.counterpartyChannelId ?? '';
  const clientId = msg.clientId ?? '';
  const ordering = msg.ordering ?? v1.Ordering.ORDERING_UNSPECIFIED;
  if (counterpartyChainId === '' || counterpartyChannelId === '') {
    throw packetError(
      PacketErrorCode.InvalidChannel,
      'a channel needs its counterparty chain and channel',
      {},
    );
  }
  if (ordering !== v1.Ordering.ORDERING_ORDERED && ordering !== v1.Ordering.ORDERING_UNORDERED) {
    throw packetError(PacketErrorCode.InvalidChannel, 'a channel is ordered or unordered', { ordering });
  }
  const tracked = env.counterparty(ctx.store, ctx.timeNs).chainId(clientId);
  if (tracked !== counterpartyChainId) {
    throw packetError(
      PacketErrorCode.CounterpartyMismatch,
      `client ${clientId} tracks ${tracked}, not ${counterpartyChainId}`,
      { clientId, chainId: tracked, counterpartyChainId },
    );
  }
  const channel = new Channels(ctx.store).create({
    state: 'open',
    ordered: ordering === v1.Ordering.ORDERING_ORDERED,
    app,
    counterpartyChainId,
    counterpartyChannelId,
    clientId,
  });
  return { data: new TextEncoder().encode(channel) };
}
