/**
 * TLS and mutual TLS credentials for gRPC clients and servers.
 *
 * Certificates and keys are checked here, when the credentials are built, so
 * a bad PEM or a key that does not match its certificate is an
 * `IsthmusError` at start-up (TLS_MATERIAL_INVALID) rather than a failed
 * handshake on the first call.
 */
import { X509Certificate } from 'node:crypto';
import { createSecureContext } from 'node:tls';
import { ServerCredentials, credentials, type ChannelCredentials } from '@grpc/grpc-js';
import { IsthmusError } from '../../light-clients/index.js';
import { readOptionalPem, readPem, type PemSource } from './pem.js';

export interface ClientTlsOptions {
  /** CA certificates the server's chain must lead to; the system roots when absent. */
  readonly ca?: PemSource;
  /** The client's certificate chain, for servers that require one (mTLS); needs `key`. */
  readonly cert?: PemSource;
  /** The private key of `cert`. */
  readonly key?: PemSource;
  /**
   * The name the server's certificate is checked against instead of the
   * address's host — for tests and for servers reached by IP address.
   */
  readonly serverNameOverride?: string;
}

export interface ServerTlsOptions {
  /** The server's certificate chain. */
  readonly cert: PemSource;
  /** The private key of `cert`. */
  readonly key: PemSource;
  /** CA certificates a client certificate must lead to; needed with `requireClientCert`. */
  readonly ca?: PemSource;
  /** Refuse clients that do not present a certificate signed by `ca` (mTLS). */
  readonly requireClientCert?: boolean;
}

function invalidOptions(message: string): IsthmusError {
  return new IsthmusError('TLS_OPTIONS_INVALID', message, { category: 'invalid_argument' });
}

/** Builds the material once through OpenSSL, so that bad PEM fails here. */
function checkMaterial(material: { ca?: Buffer; cert?: Buffer; key?: Buffer }, side: string): void {
  try {
    // OpenSSL skips CA PEM it cannot parse, which would fail every handshake
    // later; parsing the first certificate of the bundle catches that here.
    if (material.ca) new X509Certificate(material.ca);
    createSecureContext(material);
  } catch (cause) {
    throw new IsthmusError('TLS_MATERIAL_INVALID', `${side} TLS material is not usable`, {
      category: 'invalid_argument',
      context: { side, reason: cause instanceof Error ? cause.message : String(cause) },
      cause,
    });
  }
}

export function clientCredentials(tls: ClientTlsOptions): ChannelCredentials {
  if ((tls.cert === undefined) !== (tls.key === undefined)) {
    throw invalidOptions('a client certificate and its key must be given together');
  }
  const ca = readOptionalPem(tls.ca, 'CA certificate');
  const cert = readOptionalPem(tls.cert, 'client certificate');
  const key = readOptionalPem(tls.key, 'client key');
  checkMaterial({ ...(ca && { ca }), ...(cert && { cert }), ...(key && { key }) }, 'client');
  return credentials.createSsl(ca ?? null, key ?? null, cert ?? null);
}

export function serverCredentials(tls: ServerTlsOptions): ServerCredentials {
  const requireClientCert = tls.requireClientCert ?? false;
  if (requireClientCert && tls.ca === undefined) {
    throw invalidOptions('requireClientCert needs the CA that signs client certificates');
  }
  const cert = readPem(tls.cert, 'server certificate');
  const key = readPem(tls.key, 'server key');
  const ca = readOptionalPem(tls.ca, 'client CA certificate');
  checkMaterial({ cert, key, ...(ca && { ca }) }, 'server');
  return ServerCredentials.createSsl(ca ?? null, [{ cert_chain: cert, private_key: key }], requireClientCert);
}
