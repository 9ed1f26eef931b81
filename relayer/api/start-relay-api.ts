/**
 * Serves the Relay API: `isthmus.v1.Relay` (each call through the
 * preflight — authentication, rate limits — and the implementation as
 * `wrap` makes it, e.g. with authorisation and audit), plus the standard
 * `grpc.health.v1.Health` (Check and Watch) and server reflection
 * (`grpc.reflection.v1` and `v1alpha`) so that generic tools can list and
 * describe the services. Health and reflection skip the preflight: they
 * need no credentials beyond the connection's TLS and reveal only the
 * public contract.
 *
 * Reflection describes the `.proto` sources under `proto/`, read when the
 * server starts.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSync } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation, protoPath as healthProtoPath } from 'grpc-health-check';
import { startGrpcServer, type RunningServer } from '../../adapters/grpc/server.js';
import { serverHandlers, type ServerHandlerOptions } from '../../adapters/grpc/service.js';
import type { ServerTlsOptions } from '../../adapters/grpc/tls.js';
import type { Logger } from '../logger.js';
import { relayMethods, relayServiceDefinition } from './relay-definition.js';
import type { RelayService } from './relay-service.js';

export const RELAY_SERVICE_NAME = 'isthmus.v1.Relay';

const protoRoot = fileURLToPath(new URL('../../proto/', import.meta.url));

export interface RelayApiOptions {
  readonly service: RelayService;
  /** `host:port`; default `127.0.0.1:0`. */
  readonly listen?: string;
  readonly tls?: ServerTlsOptions;
  /** Largest request or response, in bytes. */
  readonly maxMessageBytes: number;
  readonly logger: Logger;
  readonly preflight?: ServerHandlerOptions['preflight'];
  /** Wraps the implementation before it is served (authorisation, audit). */
  readonly wrap?: (service: RelayService) => object;
  readonly shutdownGraceMs?: number;
}

export interface RelayApi extends RunningServer {
  /** What health checks report for the Relay service and the server as a whole. */
  setServing(serving: boolean): void;
}

function reflectionOf(): ReflectionService {
  const definitions = loadSync(['isthmus/v1/relay.proto', healthProtoPath], {
    includeDirs: [protoRoot, dirname(healthProtoPath)],
  });
  return new ReflectionService(definitions);
}

export async function startRelayApi(options: RelayApiOptions): Promise<RelayApi> {
  const logger = options.logger.child({ service: RELAY_SERVICE_NAME });
  const health = new HealthImplementation({ '': 'SERVING', [RELAY_SERVICE_NAME]: 'SERVING' });
  const setServing = (serving: boolean): void => {
    const status = serving ? 'SERVING' : 'NOT_SERVING';
    health.setStatus('', status);
    health.setStatus(RELAY_SERVICE_NAME, status);
  };
  const reflection = reflectionOf();
  const impl = options.wrap ? options.wrap(options.service) : options.service;
  const handlerOptions: ServerHandlerOptions = options.preflight ? { preflight: options.preflight } : {};
  const server = await startGrpcServer(
    (s) => {
      s.addService(relayServiceDefinition, serverHandlers(relayMethods, impl, logger, handlerOptions));
      health.addToServer(s);
      reflection.addToServer(s);
    },
    {
      logger,
      maxMessageBytes: options.maxMessageBytes,
      ...(options.listen === undefined ? {} : { address: options.listen }),
      ...(options.tls === undefined ? {} : { tls: options.tls }),
      ...(options.shutdownGraceMs === undefined ? {} : { shutdownGraceMs: options.shutdownGraceMs }),
    },
  );
  return {
    address: server.address,
    port: server.port,
    setServing,
    close: async () => {
      // Watchers of health learn the server is going before calls are cut.
      setServing(false);
      await server.close();
    },
  };
}
