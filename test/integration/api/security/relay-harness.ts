/**
 * A Relay gRPC server guarded by a security instance, wired as the Relay
 * server is meant to wire it (preflight before decoding, the implementation
 * wrapped), and raw calls that can carry any metadata and any bytes.
 */
import {
  Client,
  Metadata,
  status as GrpcStatus,
  type ChannelCredentials,
  type ServiceError,
} from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { fromServiceError } from '../../../../adapters/grpc/errors.js';
import { startGrpcServer, type RunningServer } from '../../../../adapters/grpc/server.js';
import { serverHandlers } from '../../../../adapters/grpc/service.js';
import type { ServerTlsOptions } from '../../../../adapters/grpc/tls.js';
import { relayMethods, relayServiceDefinition } from '../../../../relayer/api/relay-definition.js';
import type { Security } from '../../../../relayer/api/security/index.js';
import type { IsthmusError } from '../../../../light-clients/index.js';
import type { RecordingRelay } from './recording-relay.js';

export function startGuardedRelay(options: {
  readonly security: Security;
  readonly relay: RecordingRelay;
  readonly logger: Logger;
  readonly tls?: ServerTlsOptions;
  readonly maxMessageBytes?: number;
}): Promise<RunningServer> {
  const { security, relay, logger } = options;
  return startGrpcServer(
    (server) =>
      server.addService(
        relayServiceDefinition,
        serverHandlers(relayMethods, security.wrap(relay), logger, { preflight: security.preflight }),
      ),
    {
      logger,
      ...(options.tls === undefined ? {} : { tls: options.tls }),
      ...(options.maxMessageBytes === undefined ? {} : { maxMessageBytes: options.maxMessageBytes }),
    },
  );
}

export function relayClient(address: string, creds: ChannelCredentials, serverName?: string): Client {
  return new Client(
    address,
    creds,
    serverName === undefined
      ? {}
      : { 'grpc.ssl_target_name_override': serverName, 'grpc.default_authority': serverName },
  );
}

export interface CallOutcome {
  readonly status: GrpcStatus;
  /** The IsthmusError the call failed with, rebuilt from its trailers (absent on OK). */
  readonly error?: IsthmusError;
}

function metadataOf(token: string | undefined): Metadata {
  const metadata = new Metadata();
  if (token !== undefined) metadata.set('authorization', `Bearer ${token}`);
  return metadata;
}

const raw = (b: Buffer): Buffer => b;
const deadline = (): { deadline: Date } => ({ deadline: new Date(Date.now() + 10_000) });

/** One unary call of `/isthmus.v1.Relay/<method>` with `bytes` as the request, exactly. */
export function callUnary(
  client: Client,
  method: string,
  bytes: Uint8Array,
  token?: string,
): Promise<CallOutcome> {
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      `/isthmus.v1.Relay/${method}`,
      raw,
      raw,
      Buffer.from(bytes),
      metadataOf(token),
      deadline(),
      (err: ServiceError | null) =>
        resolve(err ? { status: err.code, error: fromServiceError(err) } : { status: GrpcStatus.OK }),
    );
  });
}

/** A server-stream call, read to its end. */
export function callStream(
  client: Client,
  method: string,
  bytes: Uint8Array,
  token?: string,
): Promise<CallOutcome> {
  return new Promise((resolve) => {
    const call = client.makeServerStreamRequest(
      `/isthmus.v1.Relay/${method}`,
      raw,
      raw,
      Buffer.from(bytes),
      metadataOf(token),
      deadline(),
    );
    call.on('data', () => undefined);
    call.on('error', (err: ServiceError) => resolve({ status: err.code, error: fromServiceError(err) }));
    call.on('end', () => resolve({ status: GrpcStatus.OK }));
  });
}
