/**
 * What every packet handler works with besides its message: the apps by
 * name, and how to reach this chain's client of a counterparty through a
 * message's store branch.
 */
import type { DeliverContext, KvStore } from '../module.js';
import type { AppContext, PacketApp } from './apps.js';
import type { CounterpartyClient } from './counterparty.js';
import { PacketErrorCode, packetError } from './errors.js';

export interface PacketEnv {
  readonly apps: ReadonlyMap<string, PacketApp>;
  readonly counterparty: (store: KvStore, now: bigint) => CounterpartyClient;
}

/** APP_NOT_FOUND unless an app of that name is installed. */
export function appOf(env: PacketEnv, name: string): PacketApp {
  const app = env.apps.get(name);
  if (!app)
    throw packetError(PacketErrorCode.AppNotFound, `no app ${JSON.stringify(name)} on this chain`, {
      app: name,
    });
  return app;
}

export function appContext(ctx: DeliverContext, store: KvStore = ctx.store): AppContext {
  return { chainId: ctx.chainId, height: ctx.height, timeNs: ctx.timeNs, store };
}
