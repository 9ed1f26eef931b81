/**
 * The `Ledger` of a CometBFT chain, read through its node's JSON-RPC
 * (https://docs.cometbft.com/v0.38/rpc/; v0.34, v0.37 and v0.38 answers):
 *
 * - GetChainInfo / GetLatestHeight: `/status`.
 * - GetClientMessage: one "tendermint" ClientMessage, the ICS-07 header of
 *   the target (light-clients/tendermint ics07-header.ts) from `/commit` and `/validators` (paged),
 *   with the trusted height and the validator set of trusted height + 1 when
 *   a trusted height is given. One header from trusted to target: when the
 *   destination's client needs intermediate heights (not enough trust), the
 *   caller asks for them (light-clients/tendermint `verifySkipping` picks them).
 * - QueryProof: `/abci_query` on `/store/<store>/key` (store "ibc" by default)
 *   with the path's UTF-8 bytes as the key and `prove=true`; the ProofOps
 *   become a chained ICS-23 proof (proof-ops.ts). The state of height h is
 *   proven against the app hash in the header of h+1, so `proof.height` is
 *   h+1; height zero reads the state of latest − 1, whose proof the latest
 *   header already commits to.
 * - StreamEvents: `/block_results` per height, mapped by events.ts, with the
 *   block time and transaction ids from `/block`; a checkpoint after every
 *   height; `follow` polls `/status` for new blocks.
 * - Submit: refused (SUBMIT_UNSUPPORTED): signing Cosmos SDK transactions
 *   is not supported yet. QueryClient: refused (QUERY_CLIENT_UNSUPPORTED):
 *   reading ibc-go's hosted clients is not supported yet.
 *
 * Request heights use their `height`; their `revision` is not checked.
 */
import type { Logger } from 'pino';
import { bytesEqual } from '../../light-clients/bytes.js';
import { encodeIcs07Header, type LightBlock } from '../../light-clients/tendermint/index.js';
import { fromU64, toU64, v1 } from '../../proto/index.js';
import type { CallContext } from '../grpc/service.js';
import type { Ledger } from '../ledger/ledger.js';
import { parseAbciQuery } from './abci-query.js';
import { fetchBlockInfo } from './block.js';
import { chainEventOf } from './chain-event.js';
import { CometBftErrorCode, cometError, malformedAnswer } from './errors.js';
import { blockEventsOf } from './events.js';
import { fetchLightBlock, fetchSignedHeader } from './light-block.js';
import { chainedProofOf } from './proof-ops.js';
import { CometRpc } from './rpc.js';
import { parseStatus, revisionOf, type ChainStatus } from './status.js';
import { fetchValidatorSet, MAX_PER_PAGE } from './validators.js';
import { pause } from '../pause.js';

export interface CometBftLedgerOptions {
  /** Base URL of the node's RPC, e.g. `http://127.0.0.1:26657`. */
  readonly endpoint: string;
  readonly logger: Logger;
  /** Per-request timeout, milliseconds; default 10 s. */
  readonly timeoutMs?: number;
  /** Largest RPC answer read, bytes; default 32 MiB. */
  readonly maxResponseBytes?: number;
  /** `/validators` page size, at most 100 (the default). */
  readonly validatorsPerPage?: number;
  /** The store QueryProof reads (`/store/<store>/key`); default "ibc". */
  readonly store?: string;
  /** How often a following event stream asks for new blocks, milliseconds; default 1 s. */
  readonly pollIntervalMs?: number;
}

export const CHAIN_TYPE = 'cometbft';
export const CLIENT_TYPE = 'tendermint';

const utf8 = new TextEncoder();

function invalid(message: string, context: Record<string, unknown> = {}): Error {
  return cometError(CometBftErrorCode.InvalidRequest, 'invalid_argument', message, context);
}

export class CometBftLedger implements Ledger {
  private readonly rpc: CometRpc;
  private readonly log: Logger;
  private readonly perPage: number;
  private readonly store: string;
  private readonly pollIntervalMs: number;

  constructor(options: CometBftLedgerOptions) {
    this.log = options.logger.child({ module: 'cometbft', endpoint: options.endpoint });
    this.rpc = new CometRpc({
      endpoint: options.endpoint,
      logger: this.log,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.maxResponseBytes === undefined ? {} : { maxResponseBytes: options.maxResponseBytes }),
    });
    this.perPage = options.validatorsPerPage ?? MAX_PER_PAGE;
    this.store = options.store ?? 'ibc';
    if (!/^[A-Za-z0-9_.-]+$/.test(this.store))
      throw invalid(`invalid store name ${JSON.stringify(this.store)}`);
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
  }

  async status(ctx?: CallContext): Promise<ChainStatus> {
    return parseStatus(await this.rpc.call('status', {}, ctx?.signal));
  }

  /** The light block of `height` (0: the latest) with its next validator set. */
  lightBlock(height: bigint, ctx?: CallContext): Promise<LightBlock> {
    return fetchLightBlock(this.rpc, height, this.perPage, ctx?.signal);
  }

  async getChainInfo(_req: v1.IGetChainInfoRequest, ctx?: CallContext): Promise<v1.GetChainInfoResponse> {
    const s = await this.status(ctx);
    return v1.GetChainInfoResponse.create({
      chainId: s.chainId,
      chainType: CHAIN_TYPE,
      clientType: CLIENT_TYPE,
      latestHeight: { revision: toU64(s.revision), height: toU64(s.latestHeight) },
      latestTimeNs: toU64(s.latestTimeNs),
    });
  }

  async getLatestHeight(
    _req: v1.IGetLatestHeightRequest,
    ctx?: CallContext,
  ): Promise<v1.GetLatestHeightResponse> {
    const s = await this.status(ctx);
    return v1.GetLatestHeightResponse.create({
      height: { revision: toU64(s.revision), height: toU64(s.latestHeight) },
      timeNs: toU64(s.latestTimeNs),
    });
  }

  async getClientMessage(
    req: v1.IGetClientMessageRequest,
    ctx?: CallContext,
  ): Promise<v1.GetClientMessageResponse> {
    const trusted = fromU64(req.trustedHeight?.height);
    const target = fromU64(req.targetHeight?.height);
    if (target !== 0n && trusted >= target)
      throw invalid(`target height ${target} must be above the trusted height ${trusted}`, {
        trusted,
        target,
      });
    const signedHeader = await fetchSignedHeader(this.rpc, target, ctx?.signal);
    const height = signedHeader.header.height;
    if (trusted >= height)
      throw invalid(`the latest height ${height} is not above the trusted height ${trusted}`, {
        trusted,
        height,
      });
    const [validatorSet, trustedValidators] = await Promise.all([
      fetchValidatorSet(this.rpc, height, this.perPage, ctx?.signal),
      trusted === 0n ? undefined : fetchValidatorSet(this.rpc, trusted + 1n, this.perPage, ctx?.signal),
    ]);
    const bytes = encodeIcs07Header({
      lightBlock: { signedHeader, validatorSet },
      ...(trustedValidators
        ? {
            trusted: {
              revision: fromU64(req.trustedHeight?.revision),
              height: trusted,
              validators: trustedValidators,
            },
          }
        : {}),
    });
    this.log.debug({ chainId: signedHeader.header.chainId, height, trusted }, 'client message built');
    return v1.GetClientMessageResponse.create({
      messages: [{ clientType: CLIENT_TYPE, bytes }],
      height: { revision: toU64(revisionOf(signedHeader.header.chainId)), height: toU64(height) },
    });
  }

  async queryProof(req: v1.IQueryProofRequest, ctx?: CallContext): Promise<v1.QueryProofResponse> {
    const path = req.path ?? '';
    if (path.length === 0) throw invalid('the path is empty');
    const status = await this.status(ctx);
    let height = fromU64(req.height?.height);
    if (height === 0n) height = status.latestHeight - 1n;
    if (height < 1n) throw invalid('no proven state yet: the chain has fewer than two blocks', { height });
    const key = utf8.encode(path);
    const answer = parseAbciQuery(
      await this.rpc.call(
        'abci_query',
        { path: `/store/${this.store}/key`, data: key, height, prove: true },
        ctx?.signal,
      ),
    );
    if (answer.code !== 0)
      throw cometError(
        CometBftErrorCode.AbciQueryFailed,
        'failed_precondition',
        `abci_query of ${path} at ${height} failed (${answer.codespace || 'no codespace'} ${answer.code}): ${answer.log}`,
        { path, height, code: answer.code, codespace: answer.codespace },
      );
    if (answer.height !== height)
      throw malformedAnswer('abci_query', 'response.height', `asked for ${height}, got ${answer.height}`);
    const proof = chainedProofOf(answer.proofOps);
    const innermost = proof.keyPath[proof.keyPath.length - 1];
    if (!innermost || !bytesEqual(innermost, key))
      throw malformedAnswer(
        'abci_query',
        'response.proofOps',
        'the innermost proof op is not for the queried key',
      );
    const revision = toU64(status.revision);
    return v1.QueryProofResponse.create({
      value: answer.value,
      exists: answer.value.length > 0,
      proof: { kind: 'ics23', bytes: proof.bytes, height: { revision, height: toU64(height + 1n) } },
      height: { revision, height: toU64(height) },
    });
  }

  async *streamEvents(
    req: v1.IStreamEventsRequest,
    ctx?: CallContext,
  ): AsyncIterable<v1.StreamEventsResponse> {
    const signal = ctx?.signal;
    let status = await this.status(ctx);
    const base64Attributes = /^v?0\.34\./.test(status.nodeVersion);
    const kinds = new Set(req.kinds ?? []);
    const after = req.after?.height ? req.after : undefined;
    const afterHeight = fromU64(after?.height?.height);
    let height = after ? afterHeight : fromU64(req.fromHeight?.height);
    if (height < status.earliestHeight) height = status.earliestHeight;
    if (height < 1n) height = 1n;
    for (;;) {
      for (; height <= status.latestHeight; height++) {
        if (signal?.aborted) return;
        yield* this.eventsAt(height, status, base64Attributes, kinds, after, signal);
        yield v1.StreamEventsResponse.create({
          checkpoint: { revision: toU64(status.revision), height: toU64(height) },
        });
      }
      if (!req.follow || signal?.aborted) return;
      await pause(this.pollIntervalMs, signal);
      if (signal?.aborted) return;
      status = await this.status(ctx);
    }
  }

  private async *eventsAt(
    height: bigint,
    status: ChainStatus,
    base64Attributes: boolean,
    kinds: ReadonlySet<v1.EventKind>,
    after: v1.IEventCursor | undefined,
    signal: AbortSignal | undefined,
  ): AsyncIterable<v1.StreamEventsResponse> {
    const found = blockEventsOf(await this.rpc.call('block_results', { height }, signal), base64Attributes);
    if (found.height !== height)
      throw malformedAnswer('block_results', 'height', `asked for ${height}, got ${found.height}`);
    for (const s of found.skipped)
      this.log.warn({ chainId: status.chainId, height, ...s }, 'ibc event lacks a field; not reported');
    const afterHeight = fromU64(after?.height?.height);
    const wanted = found.events.filter(
      (e) =>
        (kinds.size === 0 || kinds.has(e.kind)) &&
        (after === undefined ||
          height > afterHeight ||
          e.txIndex > (after.txIndex ?? 0) ||
          (e.txIndex === (after.txIndex ?? 0) && e.eventIndex > (after.eventIndex ?? 0))),
    );
    if (wanted.length === 0) return;
    const block = await fetchBlockInfo(this.rpc, height, signal);
    for (const event of wanted) {
      yield v1.StreamEventsResponse.create({
        event: chainEventOf(event, { chainId: status.chainId, revision: status.revision, block }),
      });
    }
  }

  async submit(_req: v1.ISubmitRequest): Promise<v1.SubmitResponse> {
    throw cometError(
      CometBftErrorCode.SubmitUnsupported,
      'failed_precondition',
      'submitting to a CometBFT chain is not supported yet: Cosmos SDK transaction signing is not implemented',
    );
  }

  async queryClient(req: v1.IQueryClientRequest): Promise<v1.QueryClientResponse> {
    throw cometError(
      CometBftErrorCode.QueryClientUnsupported,
      'failed_precondition',
      'reading light clients hosted on a CometBFT chain (ibc-go) is not supported yet',
      { clientId: req.clientId ?? '' },
    );
  }
}
