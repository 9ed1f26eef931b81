/**
 * The devnet as a `Ledger` (adapters/ledger/ledger.ts): chain type
 * "devnet", client type "tendermint".
 *
 * - GetClientMessage returns "tendermint" `ClientMessage`s (tendermint-wire.ts)
 *   from the trusted height to the target: one skipping header when the
 *   validators of trusted + 1 still hold more than 1/3 of the power at the
 *   target (the default trust level), otherwise the furthest header each
 *   step can reach, in order (CometBFT's skipping verification, solved by
 *   the chain that knows every set instead of bisected by the client).
 * - QueryProof proves a path (its UTF-8 bytes are the store key) in the state
 *   after block h; `Proof.height` is h+1, the header whose app hash commits
 *   that state, and `Proof.bytes` is a chained ICS-23 proof of one store:
 *   `verifyMerkleProof(appHash(h+1), bytes, [key], value?, [tendermintSpec])`.
 *   Height zero means the latest provable state, latest - 1; a state whose
 *   committing header does not exist yet is HEIGHT_NOT_COMMITTED (retry
 *   after the next block).
 * - StreamEvents reports each block's events, then a checkpoint of its
 *   height (every block, with or without events); `follow` waits for new
 *   blocks until the call is cancelled.
 * - Submit applies the batch as one transaction in the next block.
 * - QueryClient reads a hosted client as the latest block committed it.
 */
import { IsthmusError } from '../../light-clients/index.js';
import { fromU64, toU64, v1 } from '../../proto/index.js';
import type { CallContext } from '../grpc/service.js';
import type { Ledger } from '../ledger/ledger.js';
import { chainedProofBytes } from '../store/index.js';
import type { DevnetChain } from './chain.js';
import { tendermintClientMessage } from './tendermint-wire.js';
import type { ValidatorSet } from '../../light-clients/tendermint/index.js';
import { ClientRegistry } from './client-registry.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export const DEVNET_CHAIN_TYPE = 'devnet';
export const PROOF_KIND_ICS23 = 'ics23';

function invalid(code: string, message: string, context: Record<string, unknown>): IsthmusError {
  return new IsthmusError(code, message, { category: 'invalid_argument', context });
}

/** Power of `trusted` that also signs for `target` (every devnet validator signs). */
function overlap(trusted: ValidatorSet, target: ValidatorSet): bigint {
  const signing = new Set(target.validators.map((v) => bytesToHex(v.address)));
  return trusted.validators.reduce(
    (sum, v) => (signing.has(bytesToHex(v.address)) ? sum + v.votingPower : sum),
    0n,
  );
}

export class DevnetLedger implements Ledger {
  readonly #chain: DevnetChain;

  constructor(chain: DevnetChain) {
    this.#chain = chain;
  }

  #height(height: bigint): v1.IHeight {
    return { revision: toU64(this.#chain.revision), height: toU64(height) };
  }

  /** A requested height: its revision must be this chain's (or unset). */
  #read(height: v1.IHeight | null | undefined, field: string): bigint {
    const revision = fromU64(height?.revision);
    if (revision !== 0n && revision !== this.#chain.revision) {
      throw invalid(
        'REVISION_MISMATCH',
        `${field} has revision ${revision}, the chain is at ${this.#chain.revision}`,
        {
          chainId: this.#chain.chainId,
          field,
          revision,
        },
      );
    }
    return fromU64(height?.height);
  }

  async getChainInfo(): Promise<v1.GetChainInfoResponse> {
    const latest = this.#chain.latestBlock;
    return v1.GetChainInfoResponse.create({
      chainId: this.#chain.chainId,
      chainType: DEVNET_CHAIN_TYPE,
      clientType: 'tendermint',
      latestHeight: this.#height(latest?.height ?? 0n),
      latestTimeNs: toU64(latest?.timeNs ?? this.#chain.genesis.genesisTimeNs),
    });
  }

  async getLatestHeight(): Promise<v1.GetLatestHeightResponse> {
    const latest = this.#chain.latestBlock;
    return v1.GetLatestHeightResponse.create({
      height: this.#height(latest?.height ?? 0n),
      timeNs: toU64(latest?.timeNs ?? this.#chain.genesis.genesisTimeNs),
    });
  }

  async getClientMessage(req: v1.IGetClientMessageRequest): Promise<v1.GetClientMessageResponse> {
    const chain = this.#chain;
    const trusted = this.#read(req.trustedHeight, 'trusted_height');
    const requested = this.#read(req.targetHeight, 'target_height');
    const target = requested === 0n ? chain.latestHeight : requested;
    if (trusted === 0n) {
      // No trusted height: the target's light block alone, to create a client from.
      return v1.GetClientMessageResponse.create({
        messages: [tendermintClientMessage(chain.lightBlock(target))],
        height: this.#height(target),
      });
    }
    if (target <= trusted) {
      throw invalid('INVALID_HEIGHT', `cannot move a client from height ${trusted} to ${target}`, {
        chainId: chain.chainId,
        trustedHeight: trusted,
        targetHeight: target,
      });
    }
    chain.block(target); // HEIGHT_NOT_FOUND past the tip
    const messages: v1.ClientMessage[] = [];
    for (let from = trusted; from < target;) {
      const trustedSet = chain.block(from).nextValidatorSet;
      let to = target;
      // The adjacent header always verifies, so each step moves forward and the loop ends.
      while (
        to > from + 1n &&
        overlap(trustedSet, chain.block(to).validatorSet) * 3n <= trustedSet.totalVotingPower
      )
        to--;
      messages.push(
        tendermintClientMessage(chain.lightBlock(to), {
          height: from,
          validators: trustedSet,
          revision: chain.revision,
        }),
      );
      from = to;
    }
    return v1.GetClientMessageResponse.create({ messages, height: this.#height(target) });
  }

  async *streamEvents(
    req: v1.IStreamEventsRequest,
    ctx?: CallContext,
  ): AsyncIterable<v1.StreamEventsResponse> {
    const chain = this.#chain;
    const signal = ctx?.signal;
    const kinds = new Set(req.kinds ?? []);
    const after = req.after
      ? {
          height: this.#read(req.after.height, 'after.height'),
          tx: req.after.txIndex ?? 0,
          event: req.after.eventIndex ?? 0,
        }
      : undefined;
    const isAfter = (c: v1.IEventCursor): boolean =>
      !after ||
      fromU64(c.height?.height) > after.height ||
      (c.txIndex ?? 0) > after.tx ||
      ((c.txIndex ?? 0) === after.tx && (c.eventIndex ?? 0) > after.event);
    const from = after ? after.height : this.#read(req.fromHeight, 'from_height');
    for (let height = from < 1n ? 1n : from; !signal?.aborted; height++) {
      if (height > chain.latestHeight) {
        if (!req.follow) return;
        await chain.waitForHeight(height, signal);
        if (signal?.aborted) return;
      }
      for (const event of chain.block(height).events) {
        if (event.cursor && isAfter(event.cursor) && (kinds.size === 0 || kinds.has(event.kind))) {
          yield v1.StreamEventsResponse.create({ event });
        }
      }
      yield v1.StreamEventsResponse.create({ checkpoint: this.#height(height) });
    }
  }

  async queryProof(req: v1.IQueryProofRequest): Promise<v1.QueryProofResponse> {
    const chain = this.#chain;
    const path = req.path ?? '';
    if (path.length === 0) throw invalid('PATH_EMPTY', 'a proof needs a path', { chainId: chain.chainId });
    const requested = this.#read(req.height, 'height');
    const height = requested === 0n ? chain.latestHeight - 1n : requested;
    if (height < 1n || height >= chain.latestHeight) {
      throw new IsthmusError(
        'HEIGHT_NOT_COMMITTED',
        `the state after block ${height} is not committed by a header yet (latest ${chain.latestHeight})`,
        {
          category: 'unavailable',
          context: { chainId: chain.chainId, height, latestHeight: chain.latestHeight },
        },
      );
    }
    const key = new TextEncoder().encode(path);
    const { value, proof } = chain.prove(key, height);
    return v1.QueryProofResponse.create({
      ...(value ? { value } : {}),
      exists: value !== undefined,
      proof: { kind: PROOF_KIND_ICS23, bytes: chainedProofBytes(proof), height: this.#height(height + 1n) },
      height: this.#height(height),
    });
  }

  async submit(req: v1.ISubmitRequest): Promise<v1.SubmitResponse> {
    if ((req.messages ?? []).length === 0) {
      throw invalid('EMPTY_SUBMISSION', 'a submission needs at least one message', {
        chainId: this.#chain.chainId,
      });
    }
    return this.#chain.submit(req);
  }

  /** The client as the latest block committed it, with its consensus state at its latest height. */
  async queryClient(req: v1.IQueryClientRequest): Promise<v1.QueryClientResponse> {
    const chain = this.#chain;
    const clientId = req.clientId ?? '';
    const latest = chain.latestBlock;
    if (!latest) {
      throw new IsthmusError('CLIENT_NOT_FOUND', `no client ${JSON.stringify(clientId)} on this chain`, {
        category: 'not_found',
        context: { chainId: chain.chainId, clientId },
      });
    }
    const registry = new ClientRegistry({ get: (key) => chain.getAt(latest.height, key) });
    return v1.QueryClientResponse.create(registry.query(clientId, latest.timeNs));
  }
}
