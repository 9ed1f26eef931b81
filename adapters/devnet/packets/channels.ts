/**
 * Channel ends and their sequence counters in the store (paths.ts). A
 * devnet channel end is opened by an admin transaction (OpenChannel): there
 * is no ICS-04 handshake, each chain's admin opens its own end naming the
 * other's. The chain numbers its channels `channel-{n}` from 0.
 */
import { v1 } from '../../../proto/index.js';
import type { KvStore } from '../module.js';
import { PacketErrorCode, packetError } from './errors.js';
import {
  channelPath,
  decodeU64,
  encodeU64,
  NEXT_CHANNEL_PATH,
  nextSequenceAckPath,
  nextSequenceRecvPath,
  nextSequenceSendPath,
  pathKey,
} from './paths.js';

export interface ChannelEnd {
  readonly state: 'open' | 'closed';
  readonly ordered: boolean;
  readonly app: string;
  readonly counterpartyChainId: string;
  readonly counterpartyChannelId: string;
  /** The local client of the counterparty chain. */
  readonly clientId: string;
}

export type SequenceKind = 'send' | 'recv' | 'ack';

const SEQUENCE_PATH: Readonly<Record<SequenceKind, (channel: string) => string>> = {
  send: nextSequenceSendPath,
  recv: nextSequenceRecvPath,
  ack: nextSequenceAckPath,
};

export function encodeChannelEnd(c: ChannelEnd): Uint8Array {
  return v1.ChannelEnd.encode({
    state: c.state === 'open' ? v1.ChannelState.CHANNEL_STATE_OPEN : v1.ChannelState.CHANNEL_STATE_CLOSED,
    ordering: c.ordered ? v1.Ordering.ORDERING_ORDERED : v1.Ordering.ORDERING_UNORDERED,
    app: c.app,
    counterpartyChainId: c.counterpartyChainId,
    counterpartyChannelId: c.counterpartyChannelId,
    clientId: c.clientId,
  }).finish();
}

export function decodeChannelEnd(bytes: Uint8Array): ChannelEnd {
  const m = v1.ChannelEnd.decode(bytes);
  return {
    state: m.state === v1.ChannelState.CHANNEL_STATE_OPEN ? 'open' : 'closed',
    ordered: m.ordering === v1.Ordering.ORDERING_ORDERED,
    app: m.app,
    counterpartyChainId: m.counterpartyChainId,
    counterpartyChannelId: m.counterpartyChannelId,
    clientId: m.clientId,
  };
}

/** The channel ends of one chain, through a message's store branch. */
export class Channels {
  readonly #store: KvStore;

  constructor(store: KvStore) {
    this.#store = store;
  }

  /** CHANNEL_NOT_FOUND unless `channel` exists. */
  get(channel: string): ChannelEnd {
    const bytes = this.#store.get(pathKey(channelPath(channel)));
    if (!bytes) {
      throw packetError(
        PacketErrorCode.ChannelNotFound,
        `no channel ${JSON.stringify(channel)} on this chain`,
        {
          channel,
        },
      );
    }
    return decodeChannelEnd(bytes);
  }

  /** CHANNEL_NOT_FOUND or CHANNEL_CLOSED unless `channel` is open. */
  open(channel: string): ChannelEnd {
    const end = this.get(channel);
    if (end.state !== 'open') {
      throw packetError(PacketErrorCode.ChannelClosed, `channel ${channel} is closed`, { channel });
    }
    return end;
  }

  /** Stores a new channel end as `channel-{n}`; every counter starts at 1 (ICS-04). */
  create(end: ChannelEnd): string {
    const n = decodeU64(this.#store.get(pathKey(NEXT_CHANNEL_PATH)), 0n);
    this.#store.set(pathKey(NEXT_CHANNEL_PATH), encodeU64(n + 1n));
    const channel = `channel-${n}`;
    this.#store.set(pathKey(channelPath(channel)), encodeChannelEnd(end));
    for (const kind of ['send', 'recv', 'ack'] as const) this.setSequence(channel, kind, 1n);
    return channel;
  }

  close(channel: string): void {
    const end = this.get(channel);
    this.#store.set(pathKey(channelPath(channel)), encodeChannelEnd({ ...end, state: 'closed' }));
  }

  sequence(channel: string, kind: SequenceKind): bigint {
    return decodeU64(this.#store.get(pathKey(SEQUENCE_PATH[kind](channel))), 1n);
  }

  setSequence(channel: string, kind: SequenceKind, value: bigint): void {
    this.#store.set(pathKey(SEQUENCE_PATH[kind](channel)), encodeU64(value));
  }
}
