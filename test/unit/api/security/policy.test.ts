/** The policy file: its schema, its errors (all at once, with paths) and the stored token forms. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../../../relayer/config/load.js';
import { hashToken, loadPolicy, relayMethodNames } from '../../../../relayer/api/security/index.js';
import { parseTokenHash, tokenMatches } from '../../../../relayer/api/security/token-hash.js';

const dir = mkdtempSync(join(tmpdir(), 'isthmus-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function issuesOf(path: string): Promise<string[]> {
  const err = await loadPolicy(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(err)}`);
  expect(err.code).toBe('CONFIG_INVALID');
  return err.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('unit: Relay API policy file', () => {
  it('args: the example policy in deploy/examples loads and its demo token names its identity', async () => {
    const policy = await loadPolicy('deploy/examples/policy.yaml');
    expect(await policy.identityOfToken('isthmus-demo-health-token-NOT-FOR-PRODUCTION')).toBe(
      'health-reader',
    );
    expect(policy.identity('registry-admin')?.allow).toEqual([{ methods: ['*'] }]);
  });

  it('args: method names are the .proto names of the Relay service', () => {
    expect(relayMethodNames).toEqual([
      'SendMessage',
      'GetMessage',
      'WatchMessages',
      'QueryState',
      'ListChains',
      'ListPaths',
      'GetClient',
      'Catalog',
      'RegisterSchema',
      'Notarize',
      'GetEvidenceReceipt',
    ]);
  });

  it('error: every problem is reported at once, each with its path', async () => {
    const issues = await issuesOf(
      file(
        'bad.yaml',
        [
          'identities:',
          '  - name: a',
          '    tokens: [my-plain-token]',
          '    allow: [{ methods: [SendMesage] }]',
          '  - name: a',
          '    certificates: [{ fingerprint256: "AB:CD" }, {}]',
          '    allow: [{ methods: ["*"], chains: [] }]',
          '  - name: lonely',
          '    colour: blue',
          'version: 2',
        ].join('\n'),
      ),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^identities\.0\.tokens\.0: .*never a plain token/),
        expect.stringMatching(/^identities\.0\.allow\.0\.methods\.0: unknown method/),
        expect.stringMatching(/^identities\.1\.certificates\.0\.fingerprint256: /),
        expect.stringMatching(/^identities\.1\.certificates\.1: give a subject, a fingerprint256 or both/),
        expect.stringMatching(/^identities\.1\.allow\.0\.chains: /),
        'identities.2.colour: unknown key',
        'version: unknown key',
      ]),
    );
    expect(issues.length).toBeGreaterThanOrEqual(7);
  });

  it('error: duplicate names and a token hash shared by two identities are refused', async () => {
    const hash = await hashToken('shared-token');
    const issues = await issuesOf(
      file(
        'dup.yaml',
        [
          'identities:',
          `  - { name: a, tokens: ["${hash}"] }`,
          `  - { name: a, tokens: ["${hash.toUpperCase().replace('SHA256', 'sha256')}"] }`,
          '  - { name: b }',
        ].join('\n'),
      ),
    );
    expect(issues).toEqual([
      'identities.1.name: duplicate identity a',
      'identities.1.tokens.0: the same token hash already names a',
      'identities.2: an identity needs certificates, tokens or both',
    ]);
  });

  it('behavior: hashToken gives sha256:<hex of SHA-256> by default', async () => {
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    expect(await hashToken('abc')).toBe(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('behavior: a scrypt hash is salted and matches only its token', async () => {
    const scrypt = { N: 1024, r: 8, p: 1 };
    const a = await hashToken('correct horse', { algorithm: 'scrypt', scrypt });
    const b = await hashToken('correct horse', { algorithm: 'scrypt', scrypt });
    expect(a).toMatch(/^scrypt:1024:8:1:[0-9a-f]{32}:[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
    const parsed = parseTokenHash(a);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(await tokenMatches('correct horse', parsed)).toBe(true);
    expect(await tokenMatches('correct horsf', parsed)).toBe(false);
  });

  it('error: scrypt parameters that would cost too much are refused', () => {
    const salt = '00'.repeat(16);
    expect(parseTokenHash(`scrypt:${2 ** 21}:8:1:${salt}:${salt}`)).toEqual({
      error: expect.stringMatching(/power of two/),
    });
    expect(parseTokenHash(`scrypt:1000:8:1:${salt}:${salt}`)).toEqual({
      error: expect.stringMatching(/power of two/),
    });
  });
});
