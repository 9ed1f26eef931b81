/**
 * Channel options (message limits, keepalive) and TLS option checks, without
 * a network: what a client or server is built with, and the typed errors for
 * options that cannot work.
 */
import { describe, expect, it } from '@jest/globals';
import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import {
  CLIENT_KEEPALIVE_DEFAULTS,
  DEFAULT_MAX_MESSAGE_BYTES,
  SERVER_KEEPALIVE_DEFAULTS,
  clientChannelOptions,
  serverChannelOptions,
} from '../../../adapters/grpc/channel-options.js';
import { fromServiceError } from '../../../adapters/grpc/errors.js';
import { clientCredentials, serverCredentials } from '../../../adapters/grpc/tls.js';
import { IsthmusError } from '../../../light-clients/index.js';

function thrown(fn: () => unknown): IsthmusError {
  try {
    fn();
  } catch (e) {
    if (e instanceof IsthmusError) return e;
    throw e;
  }
  throw new Error('expected a throw');
}

function unavailable(details: string): ServiceError {
  return Object.assign(new Error(details), { code: status.UNAVAILABLE, details, metadata: new Metadata() });
}

const garbagePem = Buffer.from('-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n');

describe('gRPC transport options', () => {
  it('behavior: a client gets 16 MiB limits both ways and slow keepalive by default', () => {
    expect(clientChannelOptions({})).toEqual({
      'grpc.max_receive_message_length': DEFAULT_MAX_MESSAGE_BYTES,
      'grpc.max_send_message_length': DEFAULT_MAX_MESSAGE_BYTES,
      'grpc.keepalive_time_ms': CLIENT_KEEPALIVE_DEFAULTS.timeMs,
      'grpc.keepalive_timeout_ms': CLIENT_KEEPALIVE_DEFAULTS.timeoutMs,
      'grpc.keepalive_permit_without_calls': 0,
    });
    expect(DEFAULT_MAX_MESSAGE_BYTES).toBe(16 * 1024 * 1024);
  });

  it('behavior: explicit limits, keepalive and a server name override reach the channel', () => {
    expect(
      clientChannelOptions({
        maxMessageBytes: 1024,
        keepalive: { timeMs: 15_000, permitWithoutCalls: true },
        serverNameOverride: 'ledger.test',
      }),
    ).toEqual({
      'grpc.max_receive_message_length': 1024,
      'grpc.max_send_message_length': 1024,
      'grpc.keepalive_time_ms': 15_000,
      'grpc.keepalive_timeout_ms': CLIENT_KEEPALIVE_DEFAULTS.timeoutMs,
      'grpc.keepalive_permit_without_calls': 1,
      'grpc.ssl_target_name_override': 'ledger.test',
      'grpc.default_authority': 'ledger.test',
    });
  });

  it('behavior: a server gets the same limits and its own keepalive', () => {
    expect(serverChannelOptions({ maxMessageBytes: 2048 })).toEqual({
      'grpc.max_receive_message_length': 2048,
      'grpc.max_send_message_length': 2048,
      'grpc.keepalive_time_ms': SERVER_KEEPALIVE_DEFAULTS.timeMs,
      'grpc.keepalive_timeout_ms': SERVER_KEEPALIVE_DEFAULTS.timeoutMs,
    });
  });

  it.each([
    ['maxMessageBytes', { maxMessageBytes: 0 }],
    ['keepalive.timeMs', { keepalive: { timeMs: -5 } }],
    ['keepalive.timeoutMs', { keepalive: { timeoutMs: 1.5 } }],
  ])('args: a bad %s is GRPC_OPTIONS_INVALID', (option, options) => {
    for (const build of [clientChannelOptions, serverChannelOptions]) {
      const err = thrown(() => build(options));
      expect(err.code).toBe('GRPC_OPTIONS_INVALID');
      expect(err.category).toBe('invalid_argument');
      expect(err.context['option']).toBe(option);
    }
  });

  it('args: a client certificate without its key is TLS_OPTIONS_INVALID', () => {
    const err = thrown(() => clientCredentials({ cert: garbagePem }));
    expect(err.code).toBe('TLS_OPTIONS_INVALID');
    expect(err.category).toBe('invalid_argument');
  });

  it('args: requiring client certificates without a CA to check them is TLS_OPTIONS_INVALID', () => {
    const err = thrown(() =>
      serverCredentials({ cert: garbagePem, key: garbagePem, requireClientCert: true }),
    );
    expect(err.code).toBe('TLS_OPTIONS_INVALID');
  });

  it('error: PEM that OpenSSL cannot read is TLS_MATERIAL_INVALID at construction', () => {
    expect(thrown(() => clientCredentials({ ca: garbagePem })).code).toBe('TLS_MATERIAL_INVALID');
    expect(thrown(() => serverCredentials({ cert: garbagePem, key: garbagePem })).code).toBe(
      'TLS_MATERIAL_INVALID',
    );
  });

  it('error: a PEM file that cannot be read is TLS_MATERIAL_UNREADABLE with its path', () => {
    const path = '/nonexistent/isthmus/ca.pem';
    const err = thrown(() => clientCredentials({ ca: { path } }));
    expect(err.code).toBe('TLS_MATERIAL_UNREADABLE');
    expect(err.context).toEqual({ what: 'CA certificate', path });
  });

  it.each([
    'No connection established. Last error: 80:error:0A00045C:SSL routines:ssl3_read_bytes:tlsv13 alert certificate required',
    'No connection established. Last error: Error: self-signed certificate in certificate chain.',
    "No connection established. Last error: Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames",
  ])('behavior: an UNAVAILABLE naming a TLS failure is TLS_HANDSHAKE_FAILED (%#)', (details) => {
    const err = fromServiceError(unavailable(details));
    expect(err.code).toBe('TLS_HANDSHAKE_FAILED');
    expect(err.category).toBe('unavailable');
  });

  it.each([
    'Received message larger than max (4110 vs 1024)',
    'Sent message larger than max (4110 vs. 1024)',
    'Attempted to send message with a size larger than 1024',
  ])('behavior: a RESOURCE_EXHAUSTED for a size limit is MESSAGE_TOO_LARGE (%s)', (details) => {
    const err = fromServiceError(
      Object.assign(new Error(details), {
        code: status.RESOURCE_EXHAUSTED,
        details,
        metadata: new Metadata(),
      }),
    );
    expect(err.code).toBe('MESSAGE_TOO_LARGE');
    expect(err.category).toBe('resource_exhausted');
  });

  it('behavior: an UNAVAILABLE without a TLS reason stays GRPC_UNAVAILABLE', () => {
    expect(
      fromServiceError(unavailable('No connection established. Last error: Failed to connect')).code,
    ).toBe('GRPC_UNAVAILABLE');
  });
});
