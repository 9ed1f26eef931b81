/**
 * A `Ledger` over gRPC. Failed calls reject with the `IsthmusError` the
 * server raised (same code, category and context), or with a `GRPC_*` code
 * for transport failures.
 */
import { Client, credentials as grpcCredentials, type ChannelCredentials } from '@grpc/grpc-js';
import type { v1 } from '../../proto/index.js';
import { callServerStream, callUnary, type ClientCallOptions } from '../grpc/service.js';
import { ledgerMethods as m } from './grpc-definition.js';
import type { Ledger } from './ledger.js';

export interface LedgerClientOptions {
  /** `host:port`. */
  readonly address: string;
  /** Defaults to an insecure channel (loopback and tests only). */
  readonly credentials?: ChannelCredentials;
  /** Deadline of unary calls; streams have none unless a call sets one. */
  readonly timeoutMs?: number;
  /** Largest message accepted or sent, in bytes. */
  readonly maxMessageBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

export class LedgerClient implements Ledger {
  readonly #client: Client;
  readonly #timeoutMs: number;

  constructor(options: LedgerClientOptions) {
    const max = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    this.#client = new Client(options.address, options.credentials ?? grpcCredentials.createInsecure(), {
      'grpc.max_receive_message_length': max,
      'grpc.max_send_message_length': max,
    });
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  getChainInfo(req: v1.IGetChainInfoRequest, opts?: ClientCallOptions): Promise<v1.GetChainInfoResponse> {
    return callUnary(this.#client, m.getChainInfo, req, this.#timeoutMs, opts);
  }

  getLatestHeight(
    req: v1.IGetLatestHeightRequest,
    opts?: ClientCallOptions,
  ): Promise<v1.GetLatestHeightResponse> {
    return callUnary(this.#client, m.getLatestHeight, req, this.#timeoutMs, opts);
  }

  getClientMessage(
    req: v1.IGetClientMessageRequest,
    opts?: ClientCallOptions,
  ): Promise<v1.GetClientMessageResponse> {
    return callUnary(this.#client, m.getClientMessage, req, this.#timeoutMs, opts);
  }

  streamEvents(
    req: v1.IStreamEventsRequest,
    opts?: ClientCallOptions,
  ): AsyncIterable<v1.StreamEventsResponse> {
    return callServerStream(this.#client, m.streamEvents, req, 0, opts);
  }

  queryProof(req: v1.IQueryProofRequest, opts?: ClientCallOptions): Promise<v1.QueryProofResponse> {
    return callUnary(this.#client, m.queryProof, req, this.#timeoutMs, opts);
  }

  submit(req: v1.ISubmitRequest, opts?: ClientCallOptions): Promise<v1.SubmitResponse> {
    return callUnary(this.#client, m.submit, req, this.#timeoutMs, opts);
  }

  queryClient(req: v1.IQueryClientRequest, opts?: ClientCallOptions): Promise<v1.QueryClientResponse> {
    return callUnary(this.#client, m.queryClient, req, this.#timeoutMs, opts);
  }

  close(): void {
    this.#client.close();
  }
}
