/**
 * The `Ledger` contract (proto/isthmus/v1/ledger.proto) served by an agency
 * ledger: chain type "external", light-client type "attestation". This is
 * the reference another agency reimplements from proto/ in any language;
 * docs/external-ledger.md states the semantics method by method.
 *
 * - GetClientMessage: one ClientMessage {client_type "attestation", bytes =
 *   UTF-8 JSON of the target height's attestation in the attestation
 *   client's wire shape (attestation-message.ts)}.
 * - QueryProof: the record at a path, or its absence, in the state of a
 *   sealed height, with an ICS-23 proof against that height's attested root
 *   (proof.ts).
 * - StreamEvents: no packet events yet, so a checkpoint per sealed height.
 * - Submit: nothing is applied yet; every message gets its own
 *   RESULT_CODE_REJECTED (NOT_SUPPORTED), the call itself succeeds.
 * - QueryClient: the ledger hosts no light clients (CLIENT_NOT_FOUND).
 */
import type { Logger } from 'pino';
import { IsthmusError } from '../../light-clients/index.js';
import { toU64, v1 } from '../../proto/index.js';
import type { CallContext } from '../grpc/service.js';
import type { Ledger } from '../ledger/ledger.js';
import type { AgencyLedger, SealedHeight } from './agency-ledger.js';
import { ATTESTATION_CLIENT_TYPE, encodeAttestationMessage } from './attestation-message.js';
import { requestedHeight, wireHeight } from './heights.js';
import { ledgerProof } from './proof.js';

export const CHAIN_TYPE = 'external';
export const CLIENT_TYPE = ATTESTATION_CLIENT_TYPE;
/** More messages than this in one submission is the caller's mistake. */
export const MAX_SUBMIT_MESSAGES = 1000;

const PACKET_KINDS: ReadonlySet<string> = new Set([
  'sendPacket',
  'recvPacket',
  'acknowledgePacket',
  'timeoutPacket',
]);

function rejected(errorCode: string, message: string): v1.MsgResult {
  return v1.MsgResult.create({ code: v1.ResultCode.RESULT_CODE_REJECTED, errorCode, message });
}

export class ExternalLedger implements Ledger {
  readonly #ledger: AgencyLedger;
  readonly #logger: Logger;

  constructor(ledger: AgencyLedger, logger: Logger) {
    this.#ledger = ledger;
    this.#logger = logger.child({ module: 'external-ledger', chain: ledger.chainId });
  }

  /** The latest sealed height; NO_HEIGHT (unavailable) before the first seal. */
  #latest(): SealedHeight {
    const latest = this.#ledger.latest;
    if (latest === undefined) {
      throw new IsthmusError('NO_HEIGHT', 'the agency ledger has not sealed a height yet', {
        category: 'unavailable',
        context: { chainId: this.#ledger.chainId },
      });
    }
    return latest;
  }

  /** A requested height: 0 is the latest; otherwise a retained sealed height. */
  #sealed(height: v1.IHeight | null | undefined, field: string): SealedHeight {
    const h = requestedHeight(height, field);
    return h === 0n ? this.#latest() : this.#ledger.sealedAt(h);
  }

  async getChainInfo(): Promise<v1.GetChainInfoResponse> {
    const latest = this.#latest();
    return v1.GetChainInfoResponse.create({
      chainId: this.#ledger.chainId,
      chainType: CHAIN_TYPE,
      clientType: CLIENT_TYPE,
      latestHeight: wireHeight(latest.height),
      latestTimeNs: toU64(latest.timestampNs),
    });
  }

  async getLatestHeight(): Promise<v1.GetLatestHeightResponse> {
    const latest = this.#latest();
    return v1.GetLatestHeightResponse.create({
      height: wireHeight(latest.height),
      timeNs: toU64(latest.timestampNs),
    });
  }

  /**
   * An attestation client needs no intermediate heights: one attestation of
   * the target height moves it there from any lower trusted height.
   */
  async getClientMessage(req: v1.IGetClientMessageRequest): Promise<v1.GetClientMessageResponse> {
    const trusted = requestedHeight(req.trustedHeight, 'trusted_height');
    const target = this.#sealed(req.targetHeight, 'target_height');
    if (target.height < trusted) {
      throw new IsthmusError(
        'INVALID_HEIGHT',
        `target height ${target.height} is below the trusted height ${trusted}`,
        { category: 'invalid_argument', context: { trustedHeight: trusted, targetHeight: target.height } },
      );
    }
    if (target.height === trusted) {
      return v1.GetClientMessageResponse.create({ messages: [], height: wireHeight(trusted) });
    }
    return v1.GetClientMessageResponse.create({
      messages: [encodeAttestationMessage(target.attestation)],
      height: wireHeight(target.height),
    });
  }

  async *streamEvents(
    req: v1.IStreamEventsRequest,
    ctx?: CallContext,
  ): AsyncIterable<v1.StreamEventsResponse> {
    // With no events yet, "strictly after an event at h" is "from h + 1".
    const after = req.after ? requestedHeight(req.after.height, 'after.height') + 1n : undefined;
    const from = after ?? requestedHeight(req.fromHeight, 'from_height');
    let next = from < 1n ? 1n : from;
    for (;;) {
      const latest = this.#ledger.latest?.height ?? 0n;
      for (; next <= latest; next++) {
        if (ctx?.signal?.aborted) return;
        yield v1.StreamEventsResponse.create({ checkpoint: wireHeight(next) });
      }
      if (!req.follow) return;
      if (!(await this.#ledger.waitForHeightAbove(next - 1n, ctx?.signal))) return;
    }
  }

  async queryProof(req: v1.IQueryProofRequest): Promise<v1.QueryProofResponse> {
    const path = req.path ?? '';
    const sealed = this.#sealed(req.height, 'height');
    const { value, proof } = this.#ledger.prove(path, sealed.height);
    return v1.QueryProofResponse.create({
      ...(value === undefined ? {} : { value }),
      exists: value !== undefined,
      proof: ledgerProof(proof, sealed.height),
      height: wireHeight(sealed.height),
    });
  }

  async submit(req: v1.ISubmitRequest): Promise<v1.SubmitResponse> {
    const messages = req.messages ?? [];
    if (messages.length > MAX_SUBMIT_MESSAGES) {
      throw new IsthmusError(
        'TOO_MANY_MESSAGES',
        `a submission holds at most ${MAX_SUBMIT_MESSAGES} messages, got ${messages.length}`,
        { category: 'invalid_argument', context: { count: messages.length } },
      );
    }
    const results = messages.map((msg) => {
      const kind = v1.Msg.create(msg).kind;
      if (kind === undefined) return rejected('MALFORMED_MESSAGE', 'the message names no kind');
      if (PACKET_KINDS.has(kind)) {
        return rejected('NOT_SUPPORTED', `${kind}: the agency ledger has no packet module yet`);
      }
      // Client messages (it hosts no light clients) and other chains' admin messages.
      return rejected('NOT_SUPPORTED', `${kind}: not served by an agency ledger`);
    });
    this.#logger.debug({ messages: messages.length }, 'submission rejected message by message');
    return v1.SubmitResponse.create({ results, height: wireHeight(this.#ledger.latest?.height ?? 0n) });
  }

  async queryClient(req: v1.IQueryClientRequest): Promise<v1.QueryClientResponse> {
    throw new IsthmusError('CLIENT_NOT_FOUND', `the agency ledger hosts no client ${req.clientId ?? ''}`, {
      category: 'not_found',
      context: { chainId: this.#ledger.chainId, clientId: req.clientId ?? '' },
    });
  }
}
