/** Who is calling: certificates, bearer tokens, both, neither. */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { Metadata } from '@grpc/grpc-js';
import type { PeerCertificate } from 'node:tls';
import type { CallerInfo } from '../../../../adapters/grpc/service.js';
import { IsthmusError } from '../../../../light-clients/index.js';
import { authenticator } from '../../../../relayer/api/security/authenticate.js';
import { altNames } from '../../../../relayer/api/security/certificates.js';
import { hashToken, policyFrom } from '../../../../relayer/api/security/index.js';

const FINGERPRINT =
  'A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90:A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90';
const SCRYPT = { N: 1024, r: 8, p: 1 };

/** The fields Node's `getPeerCertificate()` gives that matching reads. */
function cert(fields: {
  CN?: string;
  O?: string | string[];
  san?: string;
  fingerprint256?: string;
}): PeerCertificate {
  return {
    subject: {
      ...(fields.CN === undefined ? {} : { CN: fields.CN }),
      ...(fields.O === undefined ? {} : { O: fields.O }),
    },
    ...(fields.san === undefined ? {} : { subjectaltname: fields.san }),
    fingerprint256: fields.fingerprint256 ?? '00:11',
  } as unknown as PeerCertificate;
}

function caller(options: { authorization?: string[]; certificate?: PeerCertificate } = {}): CallerInfo {
  const metadata = new Metadata();
  for (const value of options.authorization ?? []) metadata.add('authorization', value);
  return {
    method: '/isthmus.v1.Relay/ListChains',
    metadata,
    peer: 'ipv4:127.0.0.1:5555',
    ...(options.certificate === undefined ? {} : { peerCertificate: options.certificate }),
  };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!IsthmusError.is(err)) throw new Error(`expected an IsthmusError, got ${String(err)}`);
  expect(err.category).toBe('unauthenticated');
  return err.code;
}

describe('unit: Relay API authentication', () => {
  let authenticate: ReturnType<typeof authenticator>;
  beforeAll(async () => {
    const policy = policyFrom({
      identities: [
        {
          name: 'health',
          certificates: [
            { subject: 'CN=health-gateway,O=Health Agency' },
            { subject: 'URI:spiffe://health.example/x' },
          ],
          tokens: [await hashToken('health-token')],
        },
        {
          name: 'pinned',
          certificates: [{ fingerprint256: FINGERPRINT.toLowerCase(), subject: 'CN=pinned' }],
        },
        {
          name: 'people',
          tokens: [await hashToken('a-chosen-passphrase', { algorithm: 'scrypt', scrypt: SCRYPT })],
        },
        // Overlaps 'health' on purpose: a certificate both name is ambiguous.
        { name: 'overlap', certificates: [{ subject: 'DNS:shared.example' }] },
        { name: 'overlap-too', certificates: [{ subject: 'DNS:shared.example' }] },
      ],
    });
    authenticate = authenticator(policy);
  });
  const agency = cert({ CN: 'health-gateway', O: 'Health Agency' });

  it('behavior: a bearer token names its identity', async () => {
    expect(await authenticate(caller({ authorization: ['Bearer health-token'] }))).toEqual({
      name: 'health',
      via: 'token',
    });
    expect(await authenticate(caller({ authorization: ['bearer  health-token'] }))).toEqual({
      name: 'health',
      via: 'token',
    });
  });

  it('behavior: a scrypt-stored token names its identity', async () => {
    const chosen = caller({ authorization: ['Bearer a-chosen-passphrase'] });
    expect(await authenticate(chosen)).toEqual({ name: 'people', via: 'token' });
    // The second time it is found by its SHA-256, without scrypt.
    expect(await authenticate(chosen)).toEqual({ name: 'people', via: 'token' });
  });

  it('behavior: a certificate names its identity by subject attributes, SAN URI or fingerprint', async () => {
    expect(await authenticate(caller({ certificate: agency }))).toEqual({
      name: 'health',
      via: 'certificate',
    });
    const byUri = cert({ CN: 'other', san: 'DNS:x.example, URI:spiffe://health.example/x' });
    expect(await authenticate(caller({ certificate: byUri }))).toEqual({
      name: 'health',
      via: 'certificate',
    });
    const pinned = cert({ CN: 'pinned', fingerprint256: FINGERPRINT });
    expect(await authenticate(caller({ certificate: pinned }))).toEqual({
      name: 'pinned',
      via: 'certificate',
    });
  });

  it('behavior: a certificate and a token of the same identity are accepted, as the certificate', async () => {
    const both = caller({ certificate: agency, authorization: ['Bearer health-token'] });
    expect(await authenticate(both)).toEqual({ name: 'health', via: 'certificate' });
  });

  it.each([
    ['no credentials', caller(), 'CREDENTIALS_MISSING'],
    ['an unknown token', caller({ authorization: ['Bearer nope'] }), 'TOKEN_UNKNOWN'],
    ['a Basic header', caller({ authorization: ['Basic aGVhbHRoOng='] }), 'CREDENTIALS_MALFORMED'],
    [
      'two authorization values',
      caller({ authorization: ['Bearer health-token', 'Bearer x'] }),
      'CREDENTIALS_MALFORMED',
    ],
    [
      'a certificate no rule names',
      caller({ certificate: cert({ CN: 'health-gateway' }) }),
      'CERTIFICATE_UNKNOWN',
    ],
    ['a fingerprint that differs', caller({ certificate: cert({ CN: 'pinned' }) }), 'CERTIFICATE_UNKNOWN'],
    [
      'a certificate two identities name',
      caller({ certificate: cert({ san: 'DNS:shared.example' }) }),
      'CERTIFICATE_AMBIGUOUS',
    ],
    [
      'a known certificate with an unknown token',
      caller({ certificate: agency, authorization: ['Bearer nope'] }),
      'TOKEN_UNKNOWN',
    ],
    [
      'a certificate and a token of different identities',
      caller({
        certificate: cert({ CN: 'pinned', fingerprint256: FINGERPRINT }),
        authorization: ['Bearer health-token'],
      }),
      'CREDENTIALS_CONFLICT',
    ],
  ])('error: %s is UNAUTHENTICATED', async (_name, info, code) => {
    expect(await codeOf(authenticate(info))).toBe(code);
  });

  it('args: altNames reads Node’s subjectaltname, JSON-quoted entries included', () => {
    expect(altNames('DNS:a.example, URI:spiffe://x/y, DNS:"b,c.example", IP Address:127.0.0.1')).toEqual([
      'DNS:a.example',
      'URI:spiffe://x/y',
      'DNS:b,c.example',
      'IP Address:127.0.0.1',
    ]);
    expect(altNames(undefined)).toEqual([]);
  });
});
