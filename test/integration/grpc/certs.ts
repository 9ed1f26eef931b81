/**
 * Throw-away X.509 certificates for TLS tests, made by the `openssl` binary
 * (node:crypto makes keys but not certificates): a test CA, a server
 * certificate for `ledger.test`, a client certificate from the same CA, and
 * a client certificate from a second, untrusted CA. P-256 keys, valid one
 * day, written to a fresh temporary folder that `remove()` deletes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SERVER_NAME = 'ledger.test';

export interface KeyPair {
  readonly cert: Buffer;
  readonly key: Buffer;
  readonly certPath: string;
  readonly keyPath: string;
}

export interface TestCertificates {
  readonly dir: string;
  readonly ca: KeyPair;
  readonly server: KeyPair;
  readonly client: KeyPair;
  /** Signed by a CA the server does not trust. */
  readonly rogueClient: KeyPair;
  readonly rogueCa: KeyPair;
  remove(): void;
}

function openssl(args: string[], cwd: string): void {
  try {
    execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000 });
  } catch (err) {
    throw new Error(`openssl ${args[0]} failed (TLS tests need the openssl binary): ${String(err)}`, {
      cause: err,
    });
  }
}

function issue(dir: string, name: string, subject: string, extensions: string[], issuer?: string): KeyPair {
  const keyPath = join(dir, `${name}.key`);
  const certPath = join(dir, `${name}.pem`);
  openssl(
    [
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
      `/CN=${subject}`,
      '-keyout',
      keyPath,
      '-out',
      certPath,
      ...(issuer ? ['-CA', `${issuer}.pem`, '-CAkey', `${issuer}.key`] : []),
      ...extensions.flatMap((e) => ['-addext', e]),
    ],
    dir,
  );
  return { cert: readFileSync(certPath), key: readFileSync(keyPath), certPath, keyPath };
}

export function makeTestCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'isthmus-tls-'));
  try {
    writeFileSync(join(dir, 'empty.cnf'), '');
    const caExt = ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign'];
    const ca = issue(dir, 'ca', 'isthmus test CA', caExt);
    const rogueCa = issue(dir, 'rogue-ca', 'untrusted test CA', caExt);
    const server = issue(
      dir,
      'server',
      SERVER_NAME,
      [`subjectAltName=DNS:${SERVER_NAME}`, 'basicConstraints=CA:FALSE', 'extendedKeyUsage=serverAuth'],
      'ca',
    );
    const clientExt = ['basicConstraints=CA:FALSE', 'extendedKeyUsage=clientAuth'];
    const client = issue(dir, 'client', 'relayer', clientExt, 'ca');
    const rogueClient = issue(dir, 'rogue-client', 'relayer', clientExt, 'rogue-ca');
    return {
      dir,
      ca,
      server,
      client,
      rogueClient,
      rogueCa,
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
