/**
 * How transaction messages reach the devnet's modules. A `Module` names the
 * `Msg` kinds (the `isthmus.v1.Msg` oneof) it handles and delivers one
 * message at a time against a `DeliverContext`: a branch of the store that
 * is written only if the message succeeds, the block's height and time, an
 * event emitter and the validator-update hook. A message fails by throwing
 * an `IsthmusError`, whose code becomes the result's `error_code`; the
 * other messages of the batch still run.
 */
import type { v1 } from '../../proto/index.js';

/** A field name of the `Msg` oneof: "createClient", "sendPacket", "setValidators", ... */
export type MsgKind = NonNullable<v1.Msg['kind']>;

/** Key/value access for one message; changes reach the chain's store only on success. */
export interface KvStore {
  get(key: Uint8Array): Uint8Array | undefined;
  set(key: Uint8Array, value: Uint8Array): void;
  delete(key: Uint8Array): void;
}

/** A validator power change; power 0 removes. */
export interface ValidatorUpdate {
  readonly pubKey: Uint8Array;
  readonly power: bigint;
}

/** An event without the place in the chain, which the chain fills in. */
export type EventBody = Omit<v1.IChainEvent, 'chainId' | 'cursor' | 'txId' | 'timeNs'>;

export interface DeliverContext {
  readonly chainId: string;
  readonly height: bigint;
  /** Block time, nanoseconds since the epoch: the only clock a module reads. */
  readonly timeNs: bigint;
  readonly store: KvStore;
  emit(event: EventBody): void;
  /**
   * Queues validator updates for the end of the block (CometBFT
   * `EndBlock`): they change the set of height + 2. Throws when the result
   * would be invalid (empty, unknown key, power out of range).
   */
  updateValidators(updates: readonly ValidatorUpdate[]): void;
}

export interface MsgOutcome {
  /** ALREADY_DONE for a replay that changes nothing; OK otherwise. */
  readonly alreadyDone?: boolean;
  /** Message-specific output (`MsgResult.data`). */
  readonly data?: Uint8Array;
}

export interface Module {
  readonly name: string;
  readonly messages: readonly MsgKind[];
  deliver(msg: v1.Msg.$Properties, ctx: DeliverContext): MsgOutcome;
}
