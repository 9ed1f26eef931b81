/**
 * Throw-away X.509 certificates for the Relay API security tests, made by
 * Debian's `openssl` binary as in test/integration/grpc/certs.ts: a CA, the
 * server's certificate (`relay.test`), an agency client certificate the
 * policy names (by subject and SAN URI), a client certificate from the same
 * CA that no identity names, and the agency's subject again from a second,
 * untrusted CA. P-256 keys, valid one day, in a fresh temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SERVER_NAME = 'relay.test';
export const AGENCY_SUBJECT = '/CN=health-gateway/O=Health Agency';
export const AGENCY_URI = 'spiffe://health.example/isthmus-client';

export interface KeyPair {
  readonly cert: Buffer;
  readonly key: Buffer;
}

export interface RelayCertificates {
  readonly ca: KeyPair;
  readonly server: KeyPair;
  /** Named by the test policy. */
  readonly agency: KeyPair;
  /** Signed by the trusted CA, named by no identity. */
  readonly unlisted: KeyPair;
  /** The agency's subject, signed by a CA the server does not trust. */
  readonly rogue: KeyPair;
  remove(): void;
}

function issue(dir: string, name: string, subject: string, extensions: string[], issuer?: string): KeyPair {
  const keyPath = join(dir, `${name}.key`);
  const certPath = join(dir, `${name}.pem`);
  const args = [
    'req',
    '-x509',
    // An empty config: no distro defaults (such as CA:TRUE on every certificate).
    '-config',
    'empty.cnf',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '1',
    '-subj',
    subject,
    '-keyout',
    keyPath,
    '-out',
    certPath,
    ...(issuer ? ['-CA', `${issuer}.pem`, '-CAkey', `${issuer}.key`] : []),
    ...extensions.flatMap((e) => ['-addext', e]),
  ];
  try {
    execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000 });
  } catch (err) {
    throw new Error(`openssl req failed (these tests need the openssl binary): ${String(err)}`, {
      cause: err,
    });
  }
  return { cert: readFileSync(certPath), key: readFileSync(keyPath) };
}

export function makeRelayCertificates(): RelayCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'isthmus-api-tls-'));
  try {
    writeFileSync(join(dir, 'empty.cnf'), '');
    const caExt = ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign'];
    const clientExt = ['basicConstraints=CA:FALSE', 'extendedKeyUsage=clientAuth'];
    const ca = issue(dir, 'ca', '/CN=isthmus api test CA', caExt);
    issue(dir, 'rogue-ca', '/CN=untrusted test CA', caExt);
    const server = issue(
      dir,
      'server',
      `/CN=${SERVER_NAME}`,
      [`subjectAltName=DNS:${SERVER_NAME}`, 'basicConstraints=CA:FALSE', 'extendedKeyUsage=serverAuth'],
      'ca',
    );
    const agencyExt = [...clientExt, `subjectAltName=URI:${AGENCY_URI}`];
    const agency = issue(dir, 'agency', AGENCY_SUBJECT, agencyExt, 'ca');
    const unlisted = issue(dir, 'unlisted', '/CN=stranger/O=Nobody', clientExt, 'ca');
    const rogue = issue(dir, 'rogue', AGENCY_SUBJECT, agencyExt, 'rogue-ca');
    return {
      ca,
      server,
      agency,
      unlisted,
      rogue,
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
