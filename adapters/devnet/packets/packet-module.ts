/**
 * The devnet's ICS-04 packet module: channels opened by admin transaction
 * (OpenChannel), and SendPacket / RecvPacket / AcknowledgePacket /
 * TimeoutPacket delivered to the apps installed with it. Each handler
 * throws a typed `IsthmusError` to refuse (the chain then discards the
 * message's writes) and returns ALREADY_DONE for a replay.
 *
 * Proofs of the counterparty's state go through this chain's client of it
 * (counterparty.ts).
 */
import { IsthmusError } from '../../../light-clients/index.js';
import type { v1 } from '../../../proto/index.js';
import type { DeliverContext, KvStore, Module, MsgOutcome } from '../module.js';
import { acknowledgePacket } from './acknowledge-packet.js';
import type { PacketApp } from './apps.js';
import { registryCounterparty, type CounterpartyClient } from './counterparty.js';
import type { PacketEnv } from './module-env.js';
import { openChannel } from './open-channel.js';
import { recvPacket } from './recv-packet.js';
import { recordsApp } from './records-app.js';
import { sendPacket } from './send-packet.js';
import { timeoutPacket } from './timeout-packet.js';

export interface PacketModuleOptions {
  /** The apps (ports) of this chain; default `[recordsApp]`. */
  readonly apps?: readonly PacketApp[];
  /** This chain's clients of counterparties; default the devnet's client registry. */
  readonly counterparty?: (store: KvStore, now: bigint) => CounterpartyClient;
}

export function packetModule(options: PacketModuleOptions = {}): Module {
  const apps = new Map<string, PacketApp>();
  for (const app of options.apps ?? [recordsApp]) {
    if (apps.has(app.name)) {
      throw new IsthmusError('MODULE_CONFLICT', `two apps are named ${app.name}`, {
        category: 'invalid_argument',
        context: { app: app.name },
      });
    }
    apps.set(app.name, app);
  }
  const env: PacketEnv = { apps, counterparty: options.counterparty ?? registryCounterparty };
  return {
    name: 'packets',
    messages: ['openChannel', 'sendPacket', 'recvPacket', 'acknowledgePacket', 'timeoutPacket'],
    deliver(msg: v1.Msg.$Properties, ctx: DeliverContext): MsgOutcome {
      if (msg.openChannel) return openChannel(msg.openChannel, ctx, env);
      if (msg.sendPacket) return sendPacket(msg.sendPacket, ctx, env);
      if (msg.recvPacket) return recvPacket(msg.recvPacket, ctx, env);
      if (msg.acknowledgePacket) return acknowledgePacket(msg.acknowledgePacket, ctx, env);
      return timeoutPacket(msg.timeoutPacket ?? {}, ctx, env);
    },
  };
}
