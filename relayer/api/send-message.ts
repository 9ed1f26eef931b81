/**
 * SendMessage: the request checked field by field against the
 * configuration (the channel must be an end of a configured path of the
 * source chain) and the channel's registered payload schema, then one
 * `SendPacket` submitted on the source chain, its status recorded as
 * `sent`. The packet's destination is the configured other end of the
 * channel, which the chain's channel end also names.
 */
import type { Ledger } from '../../adapters/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import { fromU64, toU64, v1 } from '../../proto/index.js';
import type { RelayerConfig } from '../config/schema.js';
import type { Logger } from '../logger.js';
import { packetId, type StatusStore } from '../status/index.js';
import { invalidField, PAYLOAD_SCHEMA_MISMATCH, SEND_REFUSED } from './errors.js';
import type { SchemaRegistry } from './schema-registry.js';
import { channelRoute, isConfiguredChain } from './topology.js';

export interface SendMessageDeps {
  readonly config: RelayerConfig;
  readonly ledgerOf: (chainId: string) => Ledger;
  readonly status: StatusStore;
  readonly schemas: SchemaRegistry;
  readonly logger: Logger;
  /** Nanoseconds since the Unix epoch. */
  readonly now: () => bigint;
  readonly maxPayloadBytes: number;
}

export const MAX_APP_BYTES = 128;
export const MAX_IDEMPOTENCY_KEY_BYTES = 256;

/** The checks that need no chain: every field is named when it is wrong. */
export function checkSendRequest(
  deps: Pick<SendMessageDeps, 'config' | 'maxPayloadBytes'>,
  req: v1.SendMessageRequest,
): { readonly destChain: string; readonly destChannel: string } {
  if (req.sourceChain === '') throw invalidField('source_chain', 'is empty');
  if (!isConfiguredChain(deps.config, req.sourceChain)) {
    throw invalidField('source_chain', `chain "${req.sourceChain}" is not configured`, {
      chainId: req.sourceChain,
    });
  }
  if (req.sourceChannel === '') throw invalidField('source_channel', 'is empty');
  const route = channelRoute(deps.config, req.sourceChain, req.sourceChannel);
  if (route === undefined) {
    throw invalidField(
      'source_channel',
      `channel "${req.sourceChannel}" is not on a configured path of ${req.sourceChain}`,
      { chainId: req.sourceChain, channel: req.sourceChannel },
    );
  }
  if (req.app === '') throw invalidField('app', 'is empty');
  if (Buffer.byteLength(req.app) > MAX_APP_BYTES)
    throw invalidField('app', `is longer than ${MAX_APP_BYTES} bytes`);
  if (req.payload.length > deps.maxPayloadBytes) {
    throw invalidField('payload', `is ${req.payload.length} bytes, more than ${deps.maxPayloadBytes}`, {
      bytes: req.payload.length,
      maxBytes: deps.maxPayloadBytes,
    });
  }
  if (fromU64(req.timeoutHeight?.height) === 0n && fromU64(req.timeoutTimestampNs) === 0n) {
    throw invalidField('timeout_height', 'no timeout: set timeout_height or timeout_timestamp_ns');
  }
  if (Buffer.byteLength(req.idempotencyKey) > MAX_IDEMPOTENCY_KEY_BYTES) {
    throw invalidField('idempotency_key', `is longer than ${MAX_IDEMPOTENCY_KEY_BYTES} bytes`);
  }
  return route;
}

export async function sendMessage(
  deps: SendMessageDeps,
  req: v1.SendMessageRequest,
): Promise<v1.SendMessageResponse> {
  const route = checkSendRequest(deps, req);
  const registered = await deps.schemas.lookup(req.sourceChain, req.sourceChannel);
  const wrong = registered?.check(req.payload);
  if (registered !== undefined && wrong !== undefined) {
    throw new IsthmusError(PAYLOAD_SCHEMA_MISMATCH, `payload: ${wrong}`, {
      category: 'invalid_argument',
      context: {
        field: 'payload',
        chainId: req.sourceChain,
        channel: req.sourceChannel,
        schema: registered.schema.name,
        version: registered.schema.version,
      },
    });
  }
  const timeoutHeight = req.timeoutHeight ?? { revision: toU64(0n), height: toU64(0n) };
  const submitted = await deps.ledgerOf(req.sourceChain).submit({
    messages: [
      {
        sendPacket: {
          sourceChannel: req.sourceChannel,
          app: req.app,
          payload: req.payload,
          timeoutHeight,
          timeoutTimestampNs: req.timeoutTimestampNs,
        },
      },
    ],
  });
  const [result] = submitted.results;
  if (result?.code !== v1.ResultCode.RESULT_CODE_OK) {
    const retry = result?.code === v1.ResultCode.RESULT_CODE_RETRY;
    throw new IsthmusError(
      SEND_REFUSED,
      `${req.sourceChain} refused the packet: ${result?.message ?? 'no result'}`,
      {
        category: retry ? 'unavailable' : 'failed_precondition',
        context: { chainId: req.sourceChain, channel: req.sourceChannel, chainCode: result?.errorCode ?? '' },
      },
    );
  }
  const sequence = BigInt(new TextDecoder().decode(result.data));
  const packet = v1.Packet.create({
    sequence: toU64(sequence),
    sourceChain: req.sourceChain,
    sourceChannel: req.sourceChannel,
    destChain: route.destChain,
    destChannel: route.destChannel,
    app: req.app,
    payload: req.payload,
    timeoutHeight,
    timeoutTimestampNs: req.timeoutTimestampNs,
  });
  const id = packetId({ sourceChain: req.sourceChain, sourceChannel: req.sourceChannel, sequence });
  const height = submitted.height ?? { revision: toU64(0n), height: toU64(0n) };
  try {
    await deps.status.apply({
      id,
      status: 'sent',
      hop: {
        chainId: req.sourceChain,
        step: 'send',
        height: fromU64(height.height),
        txId: submitted.txId,
        timeNs: deps.now(),
      },
      packet,
    });
  } catch (err) {
    // The packet is committed: failing the call now would invite a second send. The watcher records it too.
    deps.logger.warn({ err, packetId: id, chainId: req.sourceChain }, 'status of a sent packet not recorded');
  }
  return v1.SendMessageResponse.create({ messageId: id, packet, txId: submitted.txId, height });
}
