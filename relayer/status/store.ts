/**
 * Where packet statuses are kept so they can be queried (the Relay API's
 * GetMessage / WatchMessages, the dashboard). Implementations: in one
 * process's memory (memory-store.ts) and in the bus's key/value store,
 * shared by every process (kv-store.ts), which applies transitions with
 * `applyTransition` by compare and set.
 */
import type { PacketRecord, PacketStatus, StatusTransition } from './model.js';
import type { TransitionResult } from './transition.js';

/** Empty fields match everything (relay.proto `WatchMessagesRequest`). */
export interface StatusFilter {
  /** The packet's source or destination chain. */
  readonly chainId?: string;
  /** The packet's source or destination channel. */
  readonly channel?: string;
  readonly app?: string;
  readonly statuses?: readonly PacketStatus[];
  /** At most this many records, in id order (chain, channel, then sequence). */
  readonly limit?: number;
}

export interface StatusStore {
  get(id: string): Promise<PacketRecord | undefined>;
  /** Applies one transition; `changed` says whether a status change is to be published. */
  apply(transition: StatusTransition): Promise<TransitionResult>;
  list(filter?: StatusFilter): Promise<PacketRecord[]>;
}

/** Whether `record` passes `filter`. */
export function matchesFilter(record: PacketRecord, filter: StatusFilter): boolean {
  const [sourceChain, sourceChannel] = record.id.split('/');
  const packet = record.packet;
  if (filter.chainId && filter.chainId !== sourceChain && filter.chainId !== packet?.destChain) return false;
  if (filter.channel && filter.channel !== sourceChannel && filter.channel !== packet?.destChannel)
    return false;
  if (filter.app && filter.app !== packet?.app) return false;
  if (filter.statuses && filter.statuses.length > 0 && !filter.statuses.includes(record.status)) return false;
  return true;
}
