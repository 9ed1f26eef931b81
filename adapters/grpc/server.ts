/**
 * Starting and stopping a grpc-js server: bound to one address (loopback
 * port 0 by default, so tests and devnets never collide), TLS or mTLS when
 * asked, message limits and keepalive from ./channel-options.ts, and a close
 * that lets calls in flight finish for a bounded time before cutting them.
 */
import { Server, ServerCredentials } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { IsthmusError } from '../../light-clients/index.js';
import { serverChannelOptions, type TransportOptions } from './channel-options.js';
import { serverCredentials, type ServerTlsOptions } from './tls.js';

export const DEFAULT_SERVER_ADDRESS = '127.0.0.1:0';
/** Long enough for unary calls to finish; open event streams are cut after it. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 5_000;

export interface GrpcServerOptions extends TransportOptions {
  /** `host:port`; port 0 picks a free one. Defaults to `127.0.0.1:0`. */
  readonly address?: string;
  /** Serve over TLS (mTLS with `requireClientCert`); plaintext when absent. */
  readonly tls?: ServerTlsOptions;
  readonly logger: Logger;
  /** How long `close()` waits for calls in flight before forcing them closed. */
  readonly shutdownGraceMs?: number;
}

export interface RunningServer {
  /** `host:port` with the port actually bound. */
  readonly address: string;
  readonly port: number;
  /** Stops accepting calls, waits for those in flight up to the grace period, then forces. */
  close(): Promise<void>;
}

function hostOf(address: string): string {
  const i = address.lastIndexOf(':');
  return i < 0 ? address : address.slice(0, i);
}

function bind(server: Server, address: string, creds: ServerCredentials): Promise<number> {
  return new Promise((resolve, reject) =>
    server.bindAsync(address, creds, (err, port) =>
      err
        ? reject(
            new IsthmusError('GRPC_BIND_FAILED', `cannot listen on ${address}`, {
              category: 'unavailable',
              context: { address, reason: err.message },
              cause: err,
            }),
          )
        : resolve(port),
    ),
  );
}

function shutdown(server: Server, graceMs: number, logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      logger.warn({ graceMs }, 'calls still open after the grace period; forcing shutdown');
      server.forceShutdown();
      resolve();
    }, graceMs);
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
}

/** Creates a server, lets `register` add its services, and binds it. */
export async function startGrpcServer(
  register: (server: Server) => void,
  options: GrpcServerOptions,
): Promise<RunningServer> {
  const address = options.address ?? DEFAULT_SERVER_ADDRESS;
  const creds = options.tls ? serverCredentials(options.tls) : ServerCredentials.createInsecure();
  const server = new Server(serverChannelOptions(options));
  register(server);
  const port = await bind(server, address, creds);
  const bound = `${hostOf(address)}:${port}`;
  const logger = options.logger.child({ address: bound });
  logger.info(
    { tls: options.tls !== undefined, mtls: options.tls?.requireClientCert ?? false },
    'gRPC server listening',
  );
  let closing: Promise<void> | undefined;
  return {
    address: bound,
    port,
    close: () => {
      closing ??= shutdown(server, options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS, logger);
      return closing;
    },
  };
}
