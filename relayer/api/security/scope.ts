/**
 * What part of the network a Relay request touches, read from the decoded
 * request, for the allow rules to judge. Ids follow relay.proto: a message
 * id is `<source_chain>/<source_channel>/<sequence>` and a record id
 * `<chain_id>/<hex document hash>`; they are split from the right, so a
 * chain id may itself hold a slash.
 *
 * ListChains, ListPaths and Catalog touch no one chain: they are allowed or
 * denied by method alone and their answers are not filtered (the registry
 * of chains, paths and schemas is readable by every identity allowed those
 * methods).
 */
import type { v1 } from '../../../proto/index.js';
import type { relayMethods } from '../relay-definition.js';

export type RelayMethodKey = keyof typeof relayMethods;

export type RequestOf<K extends RelayMethodKey> = ReturnType<
  (typeof relayMethods)[K]['requestType']['decode']
>;

export interface Scope {
  /** The chain the request is about; null when it spans every chain (an empty filter or an unreadable id). */
  readonly chain: string | null;
  /**
   * The channel on that chain: null when it spans every channel; absent when
   * the method is about a chain as a whole (state, clients, notarization),
   * where channel limits do not apply.
   */
  readonly channel?: string | null;
}

const orEvery = (id: string | null | undefined): string | null => (id ? id : null);

/** `<chain>/<channel>/<sequence>` → chain and channel. */
function messageScope(id: string): Scope {
  const parts = id.split('/');
  if (parts.length < 3) return { chain: null, channel: null };
  return { chain: orEvery(parts.slice(0, -2).join('/')), channel: orEvery(parts.at(-2)) };
}

/** `<chain>/<hex hash>` → chain. */
function recordScope(id: string): Scope {
  const at = id.lastIndexOf('/');
  return { chain: at <= 0 ? null : id.slice(0, at) };
}

type Extractors = { readonly [K in RelayMethodKey]: (req: RequestOf<K>) => Scope | undefined };

const extractors: Extractors = {
  sendMessage: (r: v1.SendMessageRequest) => ({
    chain: orEvery(r.sourceChain),
    channel: orEvery(r.sourceChannel),
  }),
  getMessage: (r: v1.GetMessageRequest) => messageScope(r.messageId),
  // An identity limited to some chains (channels) must filter to one of them.
  watchMessages: (r: v1.WatchMessagesRequest) => ({ chain: orEvery(r.chainId), channel: orEvery(r.channel) }),
  queryState: (r: v1.QueryStateRequest) => ({ chain: orEvery(r.chainId) }),
  listChains: () => undefined,
  listPaths: () => undefined,
  getClient: (r: v1.GetClientRequest) => ({ chain: orEvery(r.chainId) }),
  catalog: () => undefined,
  registerSchema: (r: v1.RegisterSchemaRequest) => ({
    chain: orEvery(r.schema?.chainId),
    channel: orEvery(r.schema?.channel),
  }),
  notarize: (r: v1.NotarizeRequest) => ({ chain: orEvery(r.chainId) }),
  getEvidenceReceipt: (r: v1.GetEvidenceReceiptRequest) => recordScope(r.recordId),
};

/** The scope of a request; undefined for methods that touch no one chain. */
export function scopeOf<K extends RelayMethodKey>(method: K, request: RequestOf<K>): Scope | undefined {
  return (extractors[method] as (req: RequestOf<K>) => Scope | undefined)(request);
}
