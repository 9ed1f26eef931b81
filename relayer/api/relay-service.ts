/**
 * The implementation of `service isthmus.v1.Relay` (relay.proto): one
 * method per entry of `relayMethods`, each taking the decoded request and
 * the call's context. Requests are checked here, field by field; who may
 * call what is the server's preflight's concern (`startRelayApi`), and the
 * identity it establishes (`ctx.principal.name`) scopes idempotency keys
 * and signs schema registrations.
 */
import { revisionOf } from '../../adapters/devnet/index.js';
import type { CallContext } from '../../adapters/grpc/service.js';
import type { Ledger } from '../../adapters/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import { v1 } from '../../proto/index.js';
import type { RelayerConfig } from '../config/schema.js';
import type { Bus } from '../drivers/bus.js';
import type { Logger } from '../logger.js';
import { ensurePacketsStream, parsePacketId, type StatusStore } from '../status/index.js';
import { toMessage } from '../status/index.js';
import { getClient, listChains } from './chains.js';
import { invalidField, MESSAGE_NOT_FOUND, NOT_SERVED } from './errors.js';
import type { EvidenceService } from './evidence.js';
import { IdempotencyKeys } from './idempotency.js';
import { queryState } from './query-state.js';
import { SchemaRegistry } from './schema-registry.js';
import { sendMessage } from './send-message.js';
import { channelRoute, isConfiguredChain, wirePaths } from './topology.js';
import { watchMessages } from './watch-messages.js';

export interface RelayServiceDeps {
  readonly config: RelayerConfig;
  readonly ledgerOf: (chainId: string) => Ledger;
  readonly status: StatusStore;
  readonly bus: Bus;
  readonly logger: Logger;
  /** Notarize and GetEvidenceReceipt are refused without one. */
  readonly evidence?: EvidenceService;
  /** Nanoseconds since the Unix epoch; default the system clock. */
  readonly now?: () => bigint;
  /** Bus object names, for deployments (and tests) sharing one NATS. */
  readonly names?: {
    readonly packetsStream?: string;
    readonly schemasBucket?: string;
    readonly idempotencyBucket?: string;
  };
  /** Largest SendMessage payload; default 1 MiB. */
  readonly maxPayloadBytes?: number;
}

/** The Relay methods, by the names `relayMethods` gives them. */
export interface RelayService {
  sendMessage(req: v1.SendMessageRequest, ctx: CallContext): Promise<v1.ISendMessageResponse>;
  getMessage(req: v1.GetMessageRequest, ctx: CallContext): Promise<v1.IMessage>;
  watchMessages(req: v1.WatchMessagesRequest, ctx: CallContext): AsyncIterable<v1.IWatchMessagesResponse>;
  queryState(req: v1.QueryStateRequest, ctx: CallContext): Promise<v1.IQueryStateResponse>;
  listChains(req: v1.ListChainsRequest, ctx: CallContext): Promise<v1.IListChainsResponse>;
  listPaths(req: v1.ListPathsRequest, ctx: CallContext): Promise<v1.IListPathsResponse>;
  getClient(req: v1.GetClientRequest, ctx: CallContext): Promise<v1.IGetClientResponse>;
  catalog(req: v1.CatalogRequest, ctx: CallContext): Promise<v1.ICatalogResponse>;
  registerSchema(req: v1.RegisterSchemaRequest, ctx: CallContext): Promise<v1.IRegisterSchemaResponse>;
  notarize(req: v1.NotarizeRequest, ctx: CallContext): Promise<v1.INotarizeResponse>;
  getEvidenceReceipt(req: v1.GetEvidenceReceiptRequest, ctx: CallContext): Promise<v1.IEvidenceReceipt>;
}

export const DEFAULT_MAX_PAYLOAD_BYTES = 1024 * 1024;
const MAX_SCHEMA_NAME_BYTES = 128;
const DEFAULT_IDEMPOTENCY_TTL_MS = 86_400_000;

const systemClock = (): bigint => BigInt(Date.now()) * 1_000_000n;

/** The caller's identity as the preflight named it; `anonymous` without one. */
export function identityOf(ctx: CallContext): string {
  const principal = ctx.principal;
  if (typeof principal === 'object' && principal !== null && 'name' in principal) {
    const { name } = principal;
    if (typeof name === 'string' && name !== '') return name;
  }
  return 'anonymous';
}

/** Opens the buckets and stream the service uses (idempotently), and returns it. */
export async function createRelayService(deps: RelayServiceDeps): Promise<RelayService> {
  const { config, bus, status } = deps;
  const now = deps.now ?? systemClock;
  const logger = deps.logger.child({ module: 'relay-api' });
  const packetsStream = deps.names?.packetsStream;
  await ensurePacketsStream(bus, ...(packetsStream === undefined ? [] : [packetsStream]));
  const schemas = await SchemaRegistry.open(
    bus,
    ...(deps.names?.schemasBucket === undefined ? [] : [deps.names.schemasBucket]),
  );
  const idempotency = await IdempotencyKeys.open(bus, {
    ttlMs: config.api?.idempotencyTtlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS,
    ...(deps.names?.idempotencyBucket === undefined ? {} : { bucket: deps.names.idempotencyBucket }),
  });
  const chainsDeps = { config, ledgerOf: deps.ledgerOf, logger, now };
  const sendDeps = {
    ...chainsDeps,
    status,
    schemas,
    maxPayloadBytes: deps.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES,
  };
  const evidence = (): EvidenceService => {
    if (deps.evidence === undefined) {
      throw new IsthmusError(NOT_SERVED, 'this Relay API serves no notarization or evidence receipts', {
        category: 'unimplemented',
      });
    }
    return deps.evidence;
  };

  return {
    async sendMessage(req, ctx) {
      if (req.idempotencyKey === '') return sendMessage(sendDeps, req);
      const bytes = await idempotency.once(
        identityOf(ctx),
        req.idempotencyKey,
        v1.SendMessageRequest.encode(req).finish(),
        async () => v1.SendMessageResponse.encode(await sendMessage(sendDeps, req)).finish(),
        ctx.signal,
      );
      return v1.SendMessageResponse.decode(bytes);
    },

    async getMessage(req) {
      try {
        parsePacketId(req.messageId);
      } catch {
        throw invalidField('message_id', 'is not <chain>/<channel>/<sequence>', { messageId: req.messageId });
      }
      const record = await status.get(req.messageId);
      if (record === undefined) {
        throw new IsthmusError(MESSAGE_NOT_FOUND, `no message ${req.messageId}`, {
          category: 'not_found',
          context: { messageId: req.messageId },
        });
      }
      return toMessage(record, revisionOf);
    },

    watchMessages(req, ctx) {
      return watchMessages(
        { bus, status, logger, ...(packetsStream === undefined ? {} : { stream: packetsStream }) },
        req,
        ctx.signal,
      );
    },

    queryState: (req) => queryState({ config, ledgerOf: deps.ledgerOf, now }, req),

    async listChains() {
      return { chains: await listChains(chainsDeps) };
    },

    async listPaths() {
      return { paths: wirePaths(config) };
    },

    getClient: (req) => getClient(chainsDeps, req),

    async catalog() {
      const [chains, registered] = await Promise.all([listChains(chainsDeps), schemas.list()]);
      return { chains, paths: wirePaths(config), schemas: registered };
    },

    async registerSchema(req, ctx) {
      if (req.schema === null || req.schema === undefined) throw invalidField('schema', 'is missing');
      // The class fills absent fields with their defaults, as decoding does.
      const schema = v1.PayloadSchema.create(req.schema);
      if (!isConfiguredChain(config, schema.chainId)) {
        throw invalidField('schema.chain_id', `chain "${schema.chainId}" is not configured`, {
          chainId: schema.chainId,
        });
      }
      if (channelRoute(config, schema.chainId, schema.channel) === undefined) {
        throw invalidField(
          'schema.channel',
          `channel "${schema.channel}" is not on a configured path of ${schema.chainId}`,
          {
            chainId: schema.chainId,
            channel: schema.channel,
          },
        );
      }
      if (schema.name === '') throw invalidField('schema.name', 'is empty');
      if (Buffer.byteLength(schema.name) > MAX_SCHEMA_NAME_BYTES) {
        throw invalidField('schema.name', `is longer than ${MAX_SCHEMA_NAME_BYTES} bytes`);
      }
      return { schema: await schemas.register(schema, identityOf(ctx), now()) };
    },

    notarize: (req, ctx) => evidence().notarize(req, ctx),
    getEvidenceReceipt: (req, ctx) => evidence().receipt(req, ctx),
  };
}
