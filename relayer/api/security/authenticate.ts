/**
 * Who is calling. Two credentials are accepted: a client certificate (mTLS;
 * the TLS layer verified it against the CA, this maps it to an identity) and
 * `authorization: Bearer <token>` metadata. When a caller presents both,
 * each must name an identity and both the same one — a certificate of one
 * agency with another's token is refused rather than resolved either way.
 * Every refusal is UNAUTHENTICATED; none says more than the caller needs to
 * fix its own credentials.
 */
import type { PeerCertificate } from 'node:tls';
import type { CallerInfo } from '../../../adapters/grpc/service.js';
import { IsthmusError } from '../../../light-clients/index.js';
import type { Policy } from './policy.js';

export interface Identity {
  readonly name: string;
  /** The credential the call was identified by; `certificate` when both agreed. */
  readonly via: 'certificate' | 'token';
}

/** RFC 6750 §2.1: the scheme is case-insensitive; a token is visible ASCII without spaces. */
const BEARER = /^Bearer +([!-~]+)$/i;

function unauthenticated(code: string, message: string, caller: CallerInfo, extra = {}): IsthmusError {
  return new IsthmusError(code, message, {
    category: 'unauthenticated',
    context: { method: caller.method, ...extra },
  });
}

/** The bearer token in the metadata, undefined without one. */
function bearerToken(caller: CallerInfo): string | undefined {
  const values = caller.metadata.get('authorization');
  if (values.length === 0) return undefined;
  const token =
    values.length === 1 && typeof values[0] === 'string' ? BEARER.exec(values[0])?.[1] : undefined;
  if (token === undefined) {
    throw unauthenticated(
      'CREDENTIALS_MALFORMED',
      "authorization metadata must be one 'Bearer <token>'",
      caller,
    );
  }
  return token;
}

/** Facts that let an operator find the certificate without logging it whole. */
function describe(cert: PeerCertificate): Record<string, unknown> {
  return { subject: cert.subject?.CN, fingerprint256: cert.fingerprint256 };
}

function identityOfCertificate(policy: Policy, caller: CallerInfo, cert: PeerCertificate): string {
  const owners = policy.identitiesOfCertificate(cert);
  if (owners.length === 1 && owners[0] !== undefined) return owners[0];
  throw owners.length === 0
    ? unauthenticated(
        'CERTIFICATE_UNKNOWN',
        'the client certificate names no identity',
        caller,
        describe(cert),
      )
    : unauthenticated('CERTIFICATE_AMBIGUOUS', 'the client certificate names several identities', caller, {
        ...describe(cert),
        identities: owners,
      });
}

export function authenticator(policy: Policy): (caller: CallerInfo) => Promise<Identity> {
  return async (caller) => {
    const token = bearerToken(caller);
    const cert = caller.peerCertificate;
    const byCertificate = cert === undefined ? undefined : identityOfCertificate(policy, caller, cert);
    const byToken = token === undefined ? undefined : await policy.identityOfToken(token);
    if (token !== undefined && byToken === undefined) {
      throw unauthenticated('TOKEN_UNKNOWN', 'the bearer token names no identity', caller);
    }
    if (byCertificate !== undefined && byToken !== undefined && byCertificate !== byToken) {
      throw unauthenticated(
        'CREDENTIALS_CONFLICT',
        'the client certificate and the token name different identities',
        caller,
      );
    }
    // Frozen: the implementation receives this object and must not be able to change who called.
    if (byCertificate !== undefined) return Object.freeze({ name: byCertificate, via: 'certificate' });
    if (byToken !== undefined) return Object.freeze({ name: byToken, via: 'token' });
    throw unauthenticated('CREDENTIALS_MISSING', 'no client certificate and no bearer token', caller);
  };
}
