/**
 * The devnet chain core: an in-process BFT chain that produces real
 * CometBFT signed headers over an ICS-23-provable store.
 *
 * Block h, as CometBFT runs it: the pending transactions execute in order
 * (each message against its own store branch, written only if it
 * succeeds), the store commits version h, and the header of h carries the
 * app hash of version h-1 — the app hash of h appears in the header of h+1.
 * Validator updates made in block h change `next_validators_hash` of h+1
 * and the signing set from h+2. Times strictly increase (block 1 at the
 * genesis time, then the clock, at least 1 ms after the previous block).
 *
 * Blocks come on demand (`produceBlock()`), or on a timer (`start()`);
 * while no timer runs, each `submit()` produces the block that holds it.
 * Blocks and events stay in memory; with a data directory (`openDevnet`)
 * every block is also logged, and a restart replays the log to the same
 * height and app hash.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Logger } from 'pino';
import { IsthmusError, sha256 } from '../../light-clients/index.js';
import {
  decodeLightBlock,
  decodeValidatorSet,
  encodeLightBlock,
  encodeValidatorSet,
  makeValidatorSet,
  type LightBlock,
  type SignedHeader,
  type ValidatorSet,
} from '../../light-clients/tendermint/index.js';
import { toU64, v1 } from '../../proto/index.js';
import { ProvableStore, type StoreProof } from '../store/index.js';
import { buildSignedHeader } from './block-builder.js';
import { BlockLog, type BlockRecord } from './block-log.js';
import { BranchStore } from './branch-store.js';
import { DEFAULT_SEED, type Genesis } from './genesis.js';
import { deriveValidatorKey, type ValidatorKey } from './keys.js';
import type { DeliverContext, EventBody, Module, MsgKind, MsgOutcome, ValidatorUpdate } from './module.js';
import { revisionOf } from './revision.js';
import { clientsModule } from './clients-module.js';
import { validatorsModule } from './validators-module.js';

/** Keys a devnet can sign with: derived indices 0 .. MAX_KEYS-1 (keys.ts). */
const MAX_KEYS = 32;
const MIN_BLOCK_INTERVAL_NS = 1_000_000n;
const EMPTY = new Uint8Array(0);
/** Written in block 1: the chain id, under a key no module uses. */
export const CHAIN_ID_KEY = 'devnet/chain-id';

export interface DevnetOptions {
  readonly genesis: Genesis;
  readonly logger: Logger;
  /** Seed of the validator keys; default "isthmus-devnet". */
  readonly seed?: string;
  /** Store versions kept for proofs (default 1000). */
  readonly retainVersions?: number;
  /** Nanoseconds since the epoch; default the system clock. */
  readonly clock?: () => bigint;
  /** Modules besides the built-in ones (validators, tendermint clients). */
  readonly modules?: readonly Module[];
}

export interface DevnetBlock {
  readonly height: bigint;
  readonly timeNs: bigint;
  readonly signedHeader: SignedHeader;
  readonly validatorSet: ValidatorSet;
  readonly nextValidatorSet: ValidatorSet;
  /** Root of the store after this block (it appears in the next header). */
  readonly appHash: Uint8Array;
  readonly txs: readonly { readonly tx: Uint8Array; readonly response: v1.SubmitResponse }[];
  /** In (tx index, event index) order. */
  readonly events: readonly v1.ChainEvent[];
}

interface PendingTx {
  readonly bytes: Uint8Array;
  readonly request: v1.SubmitRequest;
  readonly resolve: (response: v1.SubmitResponse) => void;
  readonly reject: (err: unknown) => void;
}

function systemClock(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}

function hex(bytes: Uint8Array): string {
  return bytesToHex(bytes);
}

function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function fromB64(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text, 'base64'));
}

export class DevnetChain {
  readonly genesis: Genesis;
  readonly #logger: Logger;
  readonly #clock: () => bigint;
  readonly #store: ProvableStore;
  readonly #signers = new Map<string, ValidatorKey>();
  readonly #routes = new Map<MsgKind, Module>();
  readonly #blocks: DevnetBlock[] = [];
  /** The validator set of each height up to latest + 2. */
  readonly #sets = new Map<bigint, ValidatorSet>();
  readonly #pending: PendingTx[] = [];
  readonly #waiters = new Set<() => void>();
  #log: BlockLog | undefined;
  #appHash: Uint8Array = EMPTY;
  #timer: NodeJS.Timeout | undefined;

  constructor(options: DevnetOptions) {
    this.genesis = options.genesis;
    this.#logger = options.logger.child({ module: 'devnet', chain: options.genesis.chainId });
    this.#clock = options.clock ?? systemClock;
    this.#store = new ProvableStore(
      options.retainVersions === undefined ? {} : { retainVersions: options.retainVersions },
    );
    const seed = options.seed ?? DEFAULT_SEED;
    for (let i = 0; i < MAX_KEYS; i++) {
      const key = deriveValidatorKey(seed, options.genesis.chainId, i);
      this.#signers.set(hex(key.publicKey), key);
    }
    for (const module of [validatorsModule, clientsModule, ...(options.modules ?? [])]) {
      for (const kind of module.messages) {
        if (this.#routes.has(kind)) {
          throw new IsthmusError('MODULE_CONFLICT', `two modules handle ${kind}`, {
            category: 'invalid_argument',
            context: { kind, module: module.name },
          });
        }
        this.#routes.set(kind, module);
      }
    }
    const initial = this.#applyUpdates(
      makeValidatorSet([]),
      options.genesis.validators.map((v) => ({ pubKey: v.pubKey, power: v.power })),
    );
    this.#sets.set(1n, initial);
    this.#sets.set(2n, initial);
  }

  /** The ICS-02 revision of every height of this chain (revision.ts). */
  get revision(): bigint {
    return revisionOf(this.genesis.chainId);
  }

  get chainId(): string {
    return this.genesis.chainId;
  }

  /** 0n before the first block. */
  get latestHeight(): bigint {
    return BigInt(this.#blocks.length);
  }

  get latestBlock(): DevnetBlock | undefined {
    return this.#blocks.at(-1);
  }

  /** The block at `height`; throws HEIGHT_NOT_FOUND past the tip. */
  block(height: bigint): DevnetBlock {
    const block = height >= 1n ? this.#blocks[Number(height - 1n)] : undefined;
    if (!block) {
      throw new IsthmusError(
        'HEIGHT_NOT_FOUND',
        `no block at height ${height} (latest ${this.latestHeight})`,
        {
          category: 'not_found',
          context: { chainId: this.chainId, height, latestHeight: this.latestHeight },
        },
      );
    }
    return block;
  }

  /** The light block of `height` with its next validator set. */
  lightBlock(height: bigint): LightBlock {
    const b = this.block(height);
    return {
      signedHeader: b.signedHeader,
      validatorSet: b.validatorSet,
      nextValidatorSet: b.nextValidatorSet,
    };
  }

  /** The proof of `key` in the state after block `height` (store version = height). */
  prove(key: Uint8Array, height: bigint): StoreProof {
    return this.#store.prove(key, height);
  }

  /** The committed value of `key` after block `height`. */
  getAt(height: bigint, key: Uint8Array): Uint8Array | undefined {
    return this.#store.getAt(height, key);
  }

  /**
   * Queues a transaction (the batch of messages) and resolves with its
   * results once the block holding it is produced — at once when no timer runs.
   */
  submit(request: v1.ISubmitRequest): Promise<v1.SubmitResponse> {
    const bytes = v1.SubmitRequest.encode(request).finish();
    const decoded = v1.SubmitRequest.decode(bytes);
    return new Promise((resolve, reject) => {
      this.#pending.push({ bytes, request: decoded, resolve, reject });
      if (this.#timer === undefined) this.produceBlock();
    });
  }

  /** Produces blocks every `blockTimeMs` until `stop()`. */
  start(blockTimeMs: number): void {
    if (this.#timer !== undefined) return;
    this.#timer = setInterval(() => {
      try {
        this.produceBlock();
      } catch {
        // Logged by produceBlock; the timer stops with the chain's ability to make blocks.
        this.stop();
      }
    }, blockTimeMs);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Resolves once the chain has a block at `height` or above, or when `signal` aborts. */
  waitForHeight(height: bigint, signal?: AbortSignal): Promise<void> {
    if (this.latestHeight >= height || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        if (this.latestHeight < height && !signal?.aborted) return;
        this.#waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      this.#waiters.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  /**
   * Executes the pending transactions as the next block, commits and signs
   * it. A failure here (the data directory cannot be written) is fatal to
   * the chain: the transactions of the block are rejected with it.
   */
  produceBlock(): DevnetBlock {
    const pending = this.#pending.splice(0);
    let block: DevnetBlock;
    try {
      block = this.#produce(pending);
    } catch (err) {
      this.#logger.error({ err, height: this.latestHeight + 1n }, 'block production failed');
      for (const tx of pending) tx.reject(err);
      throw err;
    }
    block.txs.forEach((tx, i) => pending[i]?.resolve(tx.response));
    for (const wake of [...this.#waiters]) wake();
    return block;
  }

  #produce(pending: readonly PendingTx[]): DevnetBlock {
    const height = this.latestHeight + 1n;
    const previous = this.latestBlock;
    const timeNs =
      previous === undefined
        ? this.genesis.genesisTimeNs
        : (() => {
            const now = this.#clock();
            const floor = previous.timeNs + MIN_BLOCK_INTERVAL_NS;
            return now > floor ? now : floor;
          })();
    const validators = this.#set(height);
    const nextValidators = this.#set(height + 1n);
    const context = { height, timeNs, afterNext: nextValidators, events: [] as v1.ChainEvent[] };

    if (height === 1n) {
      const encoder = new TextEncoder();
      // The store is never empty, so every absence has a neighbour to prove it by (ICS-23 needs one).
      this.#store.set(encoder.encode(CHAIN_ID_KEY), encoder.encode(this.chainId));
      for (const { key, value } of this.genesis.appState) this.#store.set(encoder.encode(key), value);
    }
    const txs = pending.map((tx, txIndex) => ({
      tx: tx.bytes,
      response: this.#deliverTx(tx, txIndex, context),
    }));
    const changes = this.#store.pendingChanges();
    const { root } = this.#store.commit();

    const signedHeader = buildSignedHeader({
      chainId: this.chainId,
      height,
      timeNs,
      validators,
      nextValidators,
      appHash: this.#appHash,
      previous: previous?.signedHeader,
      txs: txs.map((t) => t.tx),
      lastResults: (previous?.txs ?? []).map((t) => v1.SubmitResponse.encode(t.response).finish()),
      signer: (key) => this.#signer(key),
    });
    const block: DevnetBlock = {
      height,
      timeNs,
      signedHeader,
      validatorSet: validators,
      nextValidatorSet: nextValidators,
      appHash: root,
      txs,
      events: context.events,
    };
    this.#log?.append(this.#record(block, context.afterNext, changes));
    this.#accept(block, context.afterNext);
    this.#logger.debug({ height, txs: txs.length, events: block.events.length }, 'block produced');
    return block;
  }

  /** Attaches a block log and replays its records (openDevnet). */
  replay(log: BlockLog, records: readonly BlockRecord[]): void {
    for (const record of records) {
      for (const [key, value] of record.changes) {
        if (value === null) this.#store.delete(fromHexKey(key));
        else this.#store.set(fromHexKey(key), fromB64(value));
      }
      const { root } = this.#store.commit();
      const light = decodeLightBlock(fromB64(record.lightBlock));
      const height = light.signedHeader.header.height;
      if (hex(root) !== record.appHash || height !== this.latestHeight + 1n) {
        throw new IsthmusError('DATA_DIR_CORRUPT', `replaying block ${record.height} gives another state`, {
          category: 'failed_precondition',
          context: { chainId: this.chainId, height: record.height },
        });
      }
      const block: DevnetBlock = {
        height,
        timeNs: light.signedHeader.header.time,
        signedHeader: light.signedHeader,
        validatorSet: light.validatorSet,
        nextValidatorSet: decodeValidatorSet(fromB64(record.nextValidators)),
        appHash: root,
        txs: record.txs.map((t) => ({
          tx: fromB64(t.tx),
          response: v1.SubmitResponse.decode(fromB64(t.response)),
        })),
        events: record.events.map((e) => v1.ChainEvent.decode(fromB64(e))),
      };
      this.#accept(block, decodeValidatorSet(fromB64(record.validatorsAfterNext)));
    }
    this.#log = log;
  }

  #accept(block: DevnetBlock, afterNext: ValidatorSet): void {
    this.#blocks.push(block);
    this.#sets.set(block.height + 2n, afterNext);
    this.#sets.delete(block.height - 1n);
    this.#appHash = block.appHash;
  }

  #record(
    block: DevnetBlock,
    afterNext: ValidatorSet,
    changes: ReturnType<ProvableStore['pendingChanges']>,
  ): BlockRecord {
    return {
      height: block.height.toString(),
      lightBlock: b64(encodeLightBlock(block)),
      nextValidators: b64(encodeValidatorSet(block.nextValidatorSet)),
      validatorsAfterNext: b64(encodeValidatorSet(afterNext)),
      appHash: hex(block.appHash),
      changes: changes.map(([key, value]) => [hex(key), value === undefined ? null : b64(value)] as const),
      txs: block.txs.map((t) => ({
        tx: b64(t.tx),
        response: b64(v1.SubmitResponse.encode(t.response).finish()),
      })),
      events: block.events.map((e) => b64(v1.ChainEvent.encode(e).finish())),
    };
  }

  /** The validator set of `height` (kept up to latest + 2; earlier ones live in the blocks). */
  validatorSet(height: bigint): ValidatorSet {
    const set = this.#sets.get(height);
    if (set) return set;
    return this.block(height).validatorSet;
  }

  #set(height: bigint): ValidatorSet {
    const set = this.#sets.get(height);
    if (!set) throw new RangeError(`validator set of height ${height} is not known yet`);
    return set;
  }

  #signer(publicKey: Uint8Array): ValidatorKey {
    const key = this.#signers.get(hex(publicKey));
    if (!key) throw new RangeError('validator key not derived from the seed');
    return key;
  }

  /** The set after `updates` (CometBFT `updateWithChangeSet`): power 0 removes, others set the power. */
  #applyUpdates(set: ValidatorSet, updates: readonly ValidatorUpdate[]): ValidatorSet {
    const powers = new Map(set.validators.map((v) => [hex(v.pubKey.bytes), v.votingPower]));
    for (const u of updates) {
      const id = hex(u.pubKey);
      if (!this.#signers.has(id)) {
        throw new IsthmusError(
          'VALIDATOR_KEY_UNKNOWN',
          `the devnet signs only with the first ${MAX_KEYS} keys derived from its seed`,
          { category: 'invalid_argument', context: { chainId: this.chainId, pubKey: id } },
        );
      }
      if (u.power === 0n) {
        if (!powers.delete(id)) {
          throw new IsthmusError('VALIDATOR_NOT_FOUND', 'cannot remove a validator that is not in the set', {
            category: 'invalid_argument',
            context: { chainId: this.chainId, pubKey: id },
          });
        }
      } else powers.set(id, u.power);
    }
    if (powers.size === 0) {
      throw new IsthmusError('VALIDATOR_SET_EMPTY', 'the update would leave no validator', {
        category: 'invalid_argument',
        context: { chainId: this.chainId },
      });
    }
    return makeValidatorSet(
      [...powers].map(([id, power]) => ({
        pubKey: { type: 'ed25519' as const, bytes: (this.#signers.get(id) as ValidatorKey).publicKey },
        votingPower: power,
      })),
    );
  }

  #deliverTx(
    tx: PendingTx,
    txIndex: number,
    block: { height: bigint; timeNs: bigint; afterNext: ValidatorSet; events: v1.ChainEvent[] },
  ): v1.SubmitResponse {
    const txId = hex(sha256(tx.bytes)).toUpperCase();
    let eventIndex = 0;
    const results = tx.request.messages.map((msg) => {
      const kind = msg.kind;
      const module = kind === undefined ? undefined : this.#routes.get(kind);
      if (!module) {
        return v1.MsgResult.create({
          code: v1.ResultCode.RESULT_CODE_REJECTED,
          errorCode: 'NOT_SUPPORTED',
          message: `this chain does not handle ${kind ?? 'an empty message'}`,
        });
      }
      const branch = new BranchStore(this.#store);
      const events: EventBody[] = [];
      let afterNext = block.afterNext;
      const ctx: DeliverContext = {
        chainId: this.chainId,
        height: block.height,
        timeNs: block.timeNs,
        store: branch,
        emit: (event) => events.push(event),
        updateValidators: (updates) => {
          afterNext = this.#applyUpdates(afterNext, updates);
        },
      };
      let outcome: MsgOutcome;
      try {
        outcome = module.deliver(msg, ctx);
      } catch (err) {
        return this.#rejected(err, kind as MsgKind, block.height);
      }
      branch.write();
      block.afterNext = afterNext;
      for (const event of events) {
        block.events.push(
          v1.ChainEvent.create({
            ...event,
            chainId: this.chainId,
            cursor: {
              height: { revision: toU64(this.revision), height: toU64(block.height) },
              txIndex,
              eventIndex: eventIndex++,
            },
            txId,
            timeNs: toU64(block.timeNs),
          }),
        );
      }
      return v1.MsgResult.create({
        code: outcome.alreadyDone ? v1.ResultCode.RESULT_CODE_ALREADY_DONE : v1.ResultCode.RESULT_CODE_OK,
        ...(outcome.data ? { data: outcome.data } : {}),
      });
    });
    return v1.SubmitResponse.create({
      results,
      txId,
      height: { revision: toU64(this.revision), height: toU64(block.height) },
    });
  }

  #rejected(err: unknown, kind: MsgKind, height: bigint): v1.MsgResult {
    if (err instanceof IsthmusError) {
      return v1.MsgResult.create({
        code: v1.ResultCode.RESULT_CODE_REJECTED,
        errorCode: err.code,
        message: err.message,
      });
    }
    // A fault of ours, not of the message: logged in full, its text withheld from the caller.
    this.#logger.error({ err, kind, height }, 'message failed unexpectedly');
    return v1.MsgResult.create({
      code: v1.ResultCode.RESULT_CODE_REJECTED,
      errorCode: 'INTERNAL',
      message: 'internal error',
    });
  }
}

function fromHexKey(key: string): Uint8Array {
  return Uint8Array.from(Buffer.from(key, 'hex'));
}

/** A devnet whose blocks are logged in `dataDir`, resumed from it when it holds a chain already. */
export async function openDevnet(
  options: Omit<DevnetOptions, 'genesis'> & { readonly genesis?: Genesis; readonly dataDir?: string },
): Promise<DevnetChain> {
  if (options.dataDir === undefined) {
    if (!options.genesis) {
      throw new IsthmusError('GENESIS_NOT_FOUND', 'a devnet needs a genesis or a data directory', {
        category: 'invalid_argument',
      });
    }
    return new DevnetChain({ ...options, genesis: options.genesis });
  }
  const { log, genesis, records } = await BlockLog.open(options.dataDir, options.genesis);
  const chain = new DevnetChain({ ...options, genesis });
  chain.replay(log, records);
  return chain;
}
