/**
 * The `Ledger` contract served for an EVM chain with an IsthmusPackets
 * contract (docs/evm.md): chain type "evm", light-client type "evm"
 * (consensus `attested`). Heights are block numbers, revision 0; a block
 * counts once it is `confirmations` below the head.
 *
 * - GetClientMessage: one "evm" message, the target header (RLP, rebuilt
 *   from RPC and hash-checked) with the committee's signatures
 *   (`EvmAttestedHeader`); attested clients may skip blocks.
 * - StreamEvents: the contract's logs, polled; a checkpoint after each
 *   range of blocks.
 * - QueryProof: `commitments/…`, `receipts/…`, `acks/…` and `records/…`
 *   with an EIP-1186 proof of their slot (docs/evm.md, "Provable storage"),
 *   checked against the block's state root before it is served;
 *   `channels/{id}` as a ChannelEnd read from the contract, without proof.
 * - Submit: client messages apply to the committee's clients; packet
 *   messages become contract calls (verified and signed first:
 *   packet-calls.ts), sent in ONE `batch` transaction whose BatchResult
 *   events give the result of each.
 * - QueryClient: the committee's clients.
 */
import type { Logger } from 'pino';
import { IsthmusError } from '../../light-clients/index.js';
import { toU64, fromU64, v1 } from '../../proto/index.js';
import { EVM_CLIENT_TYPE, PROOF_KIND_EIP1186 } from '../devnet/clients/evm.js';
import { encodeEvmAccountProof, encodeEvmAttestedHeader } from '../devnet/clients/evm-state.js';
import type { CallContext } from '../grpc/service.js';
import type { Ledger } from '../ledger/ledger.js';
import type { ChainReader } from './chain-reader.js';
import { attestedClientMsg, type AttestedClientParams } from './client-msg.js';
import type { Committee } from './committee.js';
import type { CommitteeClients } from './committee-clients.js';
import { contractErrorCode, packetsInterface, provableSlot, type DigestDomain } from './contract.js';
import { eventsOfLogs } from './events.js';
import {
  acknowledgePacketCall,
  openChannelCall,
  recvPacketCall,
  sendPacketCall,
  timeoutPacketCall,
  type PacketCallContext,
  type PacketCall,
} from './packet-calls.js';
import type { SentTx, TxSender } from './tx/index.js';
import { pause } from '../pause.js';

export const EVM_CHAIN_TYPE = 'evm';
export const MAX_SUBMIT_MESSAGES = 200;
/** Blocks per `eth_getLogs`: nodes cap ranges (Besu 1000 by default). */
const LOG_RANGE = 500n;
const PROVABLE = /^(commitments|receipts|acks|records)\//;
const CHANNEL = /^channels\/(channel-[0-9]+)$/;

export interface EvmLedgerParts {
  readonly chainId: string;
  readonly evmChainId: bigint;
  readonly contract: string;
  readonly reader: ChainReader;
  readonly sender: TxSender;
  readonly committee: Committee;
  readonly clients: CommitteeClients;
  readonly pollIntervalMs: number;
  readonly logger: Logger;
  /** Nanoseconds since the Unix epoch: the clock the committee's clients check expiry with. */
  readonly clock?: () => bigint;
}

const wallClockNs = (): bigint => BigInt(Date.now()) * 1_000_000n;
const height = (h: bigint): v1.Height => v1.Height.create({ revision: toU64(0n), height: toU64(h) });

function result(code: v1.ResultCode, errorCode = '', message = '', data?: Uint8Array): v1.MsgResult {
  return v1.MsgResult.create({ code, errorCode, message, ...(data ? { data } : {}) });
}

function resultOfError(err: unknown): v1.MsgResult {
  if (IsthmusError.is(err)) {
    return result(
      err.retryable ? v1.ResultCode.RESULT_CODE_RETRY : v1.ResultCode.RESULT_CODE_REJECTED,
      err.code,
      err.message,
    );
  }
  return result(v1.ResultCode.RESULT_CODE_REJECTED, 'INTERNAL', (err as Error).message);
}

export class EvmLedger implements Ledger {
  readonly #p: EvmLedgerParts;
  readonly #clock: () => bigint;
  readonly #log: Logger;

  constructor(parts: EvmLedgerParts) {
    this.#p = parts;
    this.#clock = parts.clock ?? wallClockNs;
    this.#log = parts.logger.child({ module: 'evm-ledger', chain: parts.chainId });
  }

  /** A requested height: 0 is the final one; a later one is HEIGHT_NOT_COMMITTED (retry). */
  async #final(requested: v1.IHeight | null | undefined): Promise<bigint> {
    const final = await this.#p.reader.finalNumber();
    const wanted = fromU64(requested?.height);
    if (wanted === 0n) return final;
    if (fromU64(requested?.revision) !== 0n) {
      throw new IsthmusError('INVALID_HEIGHT', 'heights of an EVM ledger are of revision 0', {
        category: 'invalid_argument',
        context: { chainId: this.#p.chainId },
      });
    }
    if (wanted > final) {
      throw new IsthmusError('HEIGHT_NOT_COMMITTED', `block ${wanted} is not final yet (final ${final})`, {
        category: 'unavailable',
        context: { chainId: this.#p.chainId, height: wanted, final },
      });
    }
    return wanted;
  }

  async getChainInfo(): Promise<v1.GetChainInfoResponse> {
    const final = await this.#p.reader.finalNumber();
    const block = await this.#p.reader.block(final);
    return v1.GetChainInfoResponse.create({
      chainId: this.#p.chainId,
      chainType: EVM_CHAIN_TYPE,
      clientType: EVM_CLIENT_TYPE,
      latestHeight: height(final),
      latestTimeNs: toU64(block.timeNs),
    });
  }

  async getLatestHeight(): Promise<v1.GetLatestHeightResponse> {
    const final = await this.#p.reader.finalNumber();
    const block = await this.#p.reader.block(final);
    return v1.GetLatestHeightResponse.create({ height: height(final), timeNs: toU64(block.timeNs) });
  }

  /** The target header, attested by the committee: an attested client needs nothing in between. */
  async getClientMessage(req: v1.IGetClientMessageRequest): Promise<v1.GetClientMessageResponse> {
    const trusted = fromU64(req.trustedHeight?.height);
    const target = await this.#final(req.targetHeight);
    if (target <= trusted)
      return v1.GetClientMessageResponse.create({ messages: [], height: height(trusted) });
    const block = await this.#p.reader.block(target);
    const signatures = this.#p.committee.attestHeader({
      ledgerId: this.#p.chainId,
      number: target,
      timestampNs: block.timeNs,
      hash: block.hash,
    });
    return v1.GetClientMessageResponse.create({
      messages: [
        { clientType: EVM_CLIENT_TYPE, bytes: encodeEvmAttestedHeader({ header: block.header, signatures }) },
      ],
      height: height(target),
    });
  }

  async *streamEvents(
    req: v1.IStreamEventsRequest,
    ctx?: CallContext,
  ): AsyncIterable<v1.StreamEventsResponse> {
    const { reader, contract, chainId } = this.#p;
    const kinds = new Set(req.kinds ?? []);
    const after = req.after
      ? {
          height: fromU64(req.after.height?.height),
          txIndex: req.after.txIndex ?? 0,
          eventIndex: req.after.eventIndex ?? 0,
        }
      : undefined;
    const from = after ? after.height : fromU64(req.fromHeight?.height);
    let next = from < 1n ? 1n : from;
    const signal = ctx?.signal;
    for (;;) {
      if (signal?.aborted) return;
      const final = await reader.finalNumber();
      while (next <= final) {
        if (signal?.aborted) return;
        const to = next + LOG_RANGE - 1n < final ? next + LOG_RANGE - 1n : final;
        const events = await eventsOfLogs(await reader.logs(contract, next, to), chainId, reader);
        for (const event of events) {
          const c = event.cursor;
          const h = fromU64(c?.height?.height);
          if (
            after &&
            (h < after.height ||
              (h === after.height &&
                ((c?.txIndex ?? 0) < after.txIndex ||
                  ((c?.txIndex ?? 0) === after.txIndex && (c?.eventIndex ?? 0) <= after.eventIndex))))
          )
            continue;
          if (kinds.size > 0 && !kinds.has(event.kind)) continue;
          yield v1.StreamEventsResponse.create({ event });
        }
        yield v1.StreamEventsResponse.create({ checkpoint: height(to) });
        next = to + 1n;
      }
      if (!req.follow) return;
      await pause(this.#p.pollIntervalMs, signal);
    }
  }

  async queryProof(req: v1.IQueryProofRequest): Promise<v1.QueryProofResponse> {
    const path = req.path ?? '';
    const at = await this.#final(req.height);
    const channel = CHANNEL.exec(path);
    if (channel?.[1] !== undefined) return this.#channelEnd(channel[1], at);
    if (!PROVABLE.test(path)) {
      throw new IsthmusError(
        'PATH_NOT_PROVABLE',
        `an EVM ledger proves commitments, receipts, acks and records, not ${path}`,
        {
          category: 'invalid_argument',
          context: { chainId: this.#p.chainId, path },
        },
      );
    }
    const slot = provableSlot(path);
    const proof = await this.#p.reader.storageProof(this.#p.contract, [slot], at);
    const word = proof.storageProof[0]?.value ?? 0n;
    const value = Uint8Array.from(Buffer.from(word.toString(16).padStart(64, '0'), 'hex'));
    return v1.QueryProofResponse.create({
      ...(word === 0n ? {} : { value }),
      exists: word !== 0n,
      proof: { kind: PROOF_KIND_EIP1186, bytes: encodeEvmAccountProof(proof), height: height(at) },
      height: height(at),
    });
  }

  async #channelEnd(channel: string, at: bigint): Promise<v1.QueryProofResponse> {
    const data = packetsInterface.encodeFunctionData('channel', [channel]);
    const [open, app, counterpartyChainId, counterpartyChannelId] = packetsInterface.decodeFunctionResult(
      'channel',
      await this.#p.reader.call(this.#p.contract, data, at),
    ) as unknown as [boolean, string, string, string];
    const exists = app !== '';
    const end = v1.ChannelEnd.encode({
      state: open ? v1.ChannelState.CHANNEL_STATE_OPEN : v1.ChannelState.CHANNEL_STATE_CLOSED,
      ordering: v1.Ordering.ORDERING_UNORDERED,
      app,
      counterpartyChainId,
      counterpartyChannelId,
      clientId: this.#p.clients.channelClient(channel) ?? '',
    }).finish();
    return v1.QueryProofResponse.create({ ...(exists ? { value: end } : {}), exists, height: height(at) });
  }

  async submit(req: v1.ISubmitRequest): Promise<v1.SubmitResponse> {
    const messages = (req.messages ?? []).map((m) => v1.Msg.create(m));
    if (messages.length === 0 || messages.length > MAX_SUBMIT_MESSAGES) {
      throw new IsthmusError(
        messages.length === 0 ? 'EMPTY_SUBMISSION' : 'TOO_MANY_MESSAGES',
        `a submission holds 1 to ${MAX_SUBMIT_MESSAGES} messages, got ${messages.length}`,
        { category: 'invalid_argument', context: { count: messages.length } },
      );
    }
    const now = this.#clock();
    let domain: Promise<DigestDomain> | undefined;
    const ctx: PacketCallContext = {
      chainId: this.#p.chainId,
      committee: this.#p.committee,
      clients: this.#p.clients,
      domain: () => (domain ??= this.#domain()),
      now,
    };
    const results: v1.MsgResult[] = [];
    const calls: { index: number; call: PacketCall }[] = [];
    for (const [index, msg] of messages.entries()) {
      try {
        const call = await this.#prepare(msg, ctx);
        if ('call' in call) calls.push({ index, call: call.call });
        else results[index] = call.result;
      } catch (err) {
        results[index] = resultOfError(err);
      }
    }
    if (calls.length === 0) {
      return v1.SubmitResponse.create({ results, height: height(await this.#p.reader.finalNumber()) });
    }
    return this.#sendBatch(calls, results);
  }

  /** A message applied here (clients) or the contract call it becomes. */
  async #prepare(
    msg: v1.Msg,
    ctx: PacketCallContext,
  ): Promise<{ result: v1.MsgResult } | { call: PacketCall }> {
    const ok = (data?: Uint8Array) => ({ result: result(v1.ResultCode.RESULT_CODE_OK, '', '', data) });
    const { clients } = this.#p;
    switch (msg.kind) {
      case 'createClient': {
        const m = msg.createClient;
        const empty = new Uint8Array(0);
        const id = clients.apply((r) =>
          r.create(m?.clientType ?? '', m?.clientState ?? empty, m?.consensusState ?? empty),
        );
        return ok(new TextEncoder().encode(id));
      }
      case 'updateClient':
        clients.apply((r) =>
          r.update(msg.updateClient?.clientId ?? '', msg.updateClient?.message ?? {}, ctx.now),
        );
        return ok();
      case 'submitMisbehaviour':
        clients.apply((r) =>
          r.submitMisbehaviour(
            msg.submitMisbehaviour?.clientId ?? '',
            msg.submitMisbehaviour?.misbehaviour ?? {},
            ctx.now,
          ),
        );
        return ok();
      case 'sendPacket':
        return { call: sendPacketCall(msg.sendPacket ?? {}) };
      case 'openChannel':
        return { call: openChannelCall(msg.openChannel ?? {}, clients) };
      case 'recvPacket':
        return { call: await recvPacketCall(msg.recvPacket ?? {}, ctx) };
      case 'acknowledgePacket':
        return { call: await acknowledgePacketCall(msg.acknowledgePacket ?? {}, ctx) };
      case 'timeoutPacket':
        return { call: await timeoutPacketCall(msg.timeoutPacket ?? {}, ctx) };
      default:
        return {
          result: result(
            v1.ResultCode.RESULT_CODE_REJECTED,
            msg.kind === undefined ? 'MALFORMED_MESSAGE' : 'NOT_SUPPORTED',
            msg.kind === undefined
              ? 'the message names no kind'
              : `${msg.kind} is not served by an EVM ledger`,
          ),
        };
    }
  }

  async #domain(): Promise<DigestDomain> {
    const { reader, contract, evmChainId } = this.#p;
    const data = packetsInterface.encodeFunctionData('committee', []);
    const [, , epoch] = packetsInterface.decodeFunctionResult(
      'committee',
      await reader.call(contract, data),
    ) as unknown as [string[], bigint, bigint];
    return { evmChainId, contract, epoch: BigInt(epoch) };
  }

  /** One `batch` transaction; each call's result from its BatchResult event. */
  async #sendBatch(
    calls: { index: number; call: PacketCall }[],
    results: v1.MsgResult[],
  ): Promise<v1.SubmitResponse> {
    const data = packetsInterface.encodeFunctionData('batch', [calls.map((c) => c.call.data)]);
    let sent: SentTx;
    try {
      sent = await this.#p.sender.send({ to: this.#p.contract, data });
    } catch (err) {
      this.#log.warn({ err, calls: calls.length }, 'batch transaction failed');
      const failed = resultOfError(err);
      const retry = result(v1.ResultCode.RESULT_CODE_RETRY, failed.errorCode, failed.message);
      for (const { index } of calls) results[index] = retry;
      return v1.SubmitResponse.create({ results, height: height(await this.#p.reader.finalNumber()) });
    }
    const outcomes = new Map<number, { ok: boolean; returnData: string }>();
    for (const log of sent.logs) {
      if (log.address.toLowerCase() !== this.#p.contract) continue;
      const parsed = packetsInterface.parseLog({ topics: [...log.topics], data: log.data });
      if (parsed?.name !== 'BatchResult') continue;
      outcomes.set(Number(parsed.args[0]), {
        ok: Boolean(parsed.args[1]),
        returnData: String(parsed.args[2]),
      });
    }
    calls.forEach(({ index, call }, i) => {
      const outcome = outcomes.get(i);
      if (!outcome) {
        results[index] = result(
          v1.ResultCode.RESULT_CODE_RETRY,
          'TX_REVERTED',
          `the batch transaction ${sent.hash} reverted`,
        );
        return;
      }
      if (outcome.ok) {
        const decoded = packetsInterface.decodeFunctionResult(call.function, outcome.returnData);
        results[index] = result(v1.ResultCode.RESULT_CODE_OK, '', '', call.onSuccess?.([...decoded]));
        return;
      }
      const failure = contractErrorCode(outcome.returnData);
      results[index] = result(
        failure.alreadyDone ? v1.ResultCode.RESULT_CODE_ALREADY_DONE : v1.ResultCode.RESULT_CODE_REJECTED,
        failure.code,
        `${call.function}: ${failure.name}`,
      );
    });
    return v1.SubmitResponse.create({ results, txId: sent.hash, height: height(BigInt(sent.blockNumber)) });
  }

  /**
   * The CreateClient a counterparty hosts to track this ledger from its
   * final block (client-msg.ts): an `attested` evm client of the committee.
   */
  async createClientMsg(
    params: Pick<AttestedClientParams, 'trustingPeriodNs' | 'maxClockDriftNs'> = {},
  ): Promise<v1.IMsg> {
    const { reader, chainId, evmChainId, contract, committee } = this.#p;
    const block = await reader.block(await reader.finalNumber());
    return attestedClientMsg({ ...params, ledgerId: chainId, evmChainId, contract, committee, block });
  }

  async queryClient(req: v1.IQueryClientRequest): Promise<v1.QueryClientResponse> {
    return v1.QueryClientResponse.create(this.#p.clients.registry.query(req.clientId ?? '', this.#clock()));
  }
}
