/**
 * grpc-js channel options shared by Isthmus clients and servers: message
 * size limits both ways and HTTP/2 keepalive (gRPC "Keepalive" guide,
 * grpc/doc/keepalive.md).
 *
 * Keepalive defaults are deliberately slow. Servers in other gRPC stacks
 * refuse pings more often than they allow (grpc-go and C-core: every 5 min
 * without calls, unless configured) and answer with GOAWAY "too_many_pings";
 * grpc-js then doubles its interval, so a short default only costs a
 * reconnect. Pinging during calls — a watcher's long event stream — is what
 * detects a silently dead peer, so pings without calls are off by default.
 */
import type { ChannelOptions } from '@grpc/grpc-js';
import { IsthmusError } from '../../light-clients/index.js';

export interface KeepaliveOptions {
  /** Idle time before a ping, in ms. */
  readonly timeMs?: number;
  /** How long to wait for the ping's answer before dropping the connection, in ms. */
  readonly timeoutMs?: number;
  /** Ping even with no call in flight (client side only). */
  readonly permitWithoutCalls?: boolean;
}

/** Client: ping a connection after 60 s without traffic, give up after 20 s. */
export const CLIENT_KEEPALIVE_DEFAULTS = Object.freeze({
  timeMs: 60_000,
  timeoutMs: 20_000,
  permitWithoutCalls: false,
});

/** Server: find clients that vanished without closing, after 2 min idle. */
export const SERVER_KEEPALIVE_DEFAULTS = Object.freeze({ timeMs: 120_000, timeoutMs: 20_000 });

/**
 * 16 MiB: a CometBFT commit of a large validator set or a batch of proofs
 * exceeds grpc-js's 4 MiB default receive limit.
 */
export const DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

export interface TransportOptions {
  /** Largest message sent or received, in bytes. */
  readonly maxMessageBytes?: number;
  readonly keepalive?: KeepaliveOptions;
}

function checkPositive(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new IsthmusError('GRPC_OPTIONS_INVALID', `${name} must be a positive integer`, {
      category: 'invalid_argument',
      context: { option: name, value },
    });
  }
  return value;
}

export function clientChannelOptions(
  options: TransportOptions & { readonly serverNameOverride?: string },
): ChannelOptions {
  const max = checkPositive(options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES, 'maxMessageBytes');
  const ka = { ...CLIENT_KEEPALIVE_DEFAULTS, ...options.keepalive };
  return {
    'grpc.max_receive_message_length': max,
    'grpc.max_send_message_length': max,
    'grpc.keepalive_time_ms': checkPositive(ka.timeMs, 'keepalive.timeMs'),
    'grpc.keepalive_timeout_ms': checkPositive(ka.timeoutMs, 'keepalive.timeoutMs'),
    'grpc.keepalive_permit_without_calls': ka.permitWithoutCalls ? 1 : 0,
    ...(options.serverNameOverride !== undefined && {
      'grpc.ssl_target_name_override': options.serverNameOverride,
      'grpc.default_authority': options.serverNameOverride,
    }),
  };
}

export function serverChannelOptions(options: TransportOptions): ChannelOptions {
  const max = checkPositive(options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES, 'maxMessageBytes');
  const ka = { ...SERVER_KEEPALIVE_DEFAULTS, ...options.keepalive };
  return {
    'grpc.max_receive_message_length': max,
    'grpc.max_send_message_length': max,
    'grpc.keepalive_time_ms': checkPositive(ka.timeMs, 'keepalive.timeMs'),
    'grpc.keepalive_timeout_ms': checkPositive(ka.timeoutMs, 'keepalive.timeoutMs'),
  };
}
