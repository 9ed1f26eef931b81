/**
 * The Relay API benchmark's baseline: a unary method that does nothing,
 * served the way the Relay API is (`startGrpcServer` with `serverHandlers`,
 * the same message limit) and taking the same request type as SendMessage,
 * so the baseline decodes what SendMessage decodes and the difference is
 * what the API does with it. No preflight: this is raw gRPC.
 */
import { startGrpcServer, type RunningServer } from '../adapters/grpc/server.js';
import { grpcDefinition, serverHandlers, unary } from '../adapters/grpc/service.js';
import { v1 } from '../proto/index.js';
import type { Logger } from '../relayer/logger.js';

export const baselineMethods = {
  noop: unary('isthmus.bench.v1.Baseline', 'Noop', v1.SendMessageRequest, v1.SendMessageResponse),
};

const noOp = {
  noop: (): Promise<v1.ISendMessageResponse> => Promise.resolve({}),
};

export function startBaselineServer(maxMessageBytes: number, logger: Logger): Promise<RunningServer> {
  return startGrpcServer(
    (server) =>
      server.addService(grpcDefinition(baselineMethods), serverHandlers(baselineMethods, noOp, logger)),
    { logger, maxMessageBytes, shutdownGraceMs: 500 },
  );
}
