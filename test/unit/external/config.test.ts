/**
 * The agency ledger configuration (adapters/external/config.ts): one strict
 * schema, defaults filled, every problem reported at once with its path.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { loadExternalLedgerConfig, parseExternalLedgerConfig } from '../../../adapters/external/index.js';
import { IsthmusError } from '../../../light-clients/index.js';
import { keyHex } from './keys.js';

const dir = mkdtempSync(join(tmpdir(), 'isthmus-external-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const example = `
chainId: agency-1
listen: 127.0.0.1:26700
sealIntervalMs: 500
signerSet:
  threshold: 2
  signers:
    - { scheme: sm2, privateKey: "${keyHex(1)}", weight: 1 }
    - { scheme: ml-dsa-65, seed: "${keyHex(2)}" }
    - { scheme: ed25519, privateKey: "0x${keyHex(3)}", weight: "2" }
`;

function issuesOf(doc: unknown): { path: string; message: string }[] {
  try {
    parseExternalLedgerConfig(doc);
  } catch (e) {
    expect(IsthmusError.is(e, 'CONFIG_INVALID')).toBe(true);
    return (e as IsthmusError).context.issues as { path: string; message: string }[];
  }
  throw new Error('expected CONFIG_INVALID');
}

describe('agency ledger configuration', () => {
  it('behavior: a YAML file loads, with defaults, keys as bytes and weights as bigints', async () => {
    const file = join(dir, 'ok.yaml');
    writeFileSync(file, example);
    const config = await loadExternalLedgerConfig(file);
    expect(config.chainId).toBe('agency-1');
    expect(config.retainHeights).toBe(1000);
    expect(config.signerSet.threshold).toBe(2n);
    expect(config.signerSet.signers.map((s) => [s.scheme, s.weight])).toEqual([
      ['sm2', 1n],
      ['ml-dsa-65', 1n],
      ['ed25519', 2n],
    ]);
    const first = config.signerSet.signers[0];
    expect(first?.scheme === 'sm2' && first.privateKey).toEqual(new Uint8Array(32).fill(1));
  });

  it('error: every problem is reported at once, unknown keys included', () => {
    const issues = issuesOf({
      chainId: 'not a chain id',
      listen: 'nowhere',
      colour: 'blue',
      signerSet: {
        threshold: 0,
        signers: [
          { scheme: 'ed25519', privateKey: 'abcd' },
          { scheme: 'ml-dsa-65', privateKey: keyHex(1) },
          { scheme: 'rsa', privateKey: keyHex(1) },
        ],
      },
    });
    expect(issues.map((i) => i.path).sort()).toEqual(
      [
        'colour',
        'chainId',
        'listen',
        'signerSet.signers.0.privateKey',
        'signerSet.signers.1.privateKey',
        'signerSet.signers.1.seed',
        'signerSet.signers.2.scheme',
        'signerSet.threshold',
      ].sort(),
    );
  });

  it('error: a threshold above what the configured signers weigh is refused', () => {
    const issues = issuesOf({
      chainId: 'agency-1',
      signerSet: { threshold: 3, signers: [{ scheme: 'sm2', privateKey: keyHex(1), weight: 2 }] },
    });
    expect(issues).toEqual([
      { path: 'signerSet.threshold', message: "the threshold 3 exceeds the signers' total weight 2" },
    ]);
  });

  it('error: a missing file is CONFIG_UNREADABLE, broken YAML CONFIG_INVALID', async () => {
    await expect(loadExternalLedgerConfig(join(dir, 'absent.yaml'))).rejects.toMatchObject({
      code: 'CONFIG_UNREADABLE',
      category: 'invalid_argument',
    });
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'chainId: [unclosed\n');
    await expect(loadExternalLedgerConfig(file)).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});
