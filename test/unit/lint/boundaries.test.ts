/**
 * The architecture rules in eslint.config.js fail on deliberate violations:
 * an impure import or clock read in light-clients/, an import cycle, a
 * console call in library code, and imports pointing the wrong way. Each
 * case lints a small tree written to a temporary folder with the project's
 * own configuration, and a clean tree passes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let root = '';
let eslint: ESLint;

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(root, 'case-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

async function ruleIds(files: Record<string, string>, target: string): Promise<string[]> {
  const dir = await tree(files);
  const linter = new ESLint({ cwd: dir, overrideConfigFile: join(repo, 'eslint.config.js') });
  const [result] = await linter.lintFiles([join(dir, target)]);
  const fatal = result?.messages.filter((m) => m.fatal) ?? [];
  expect(fatal).toEqual([]);
  return (result?.messages ?? []).map((m) => m.ruleId ?? '').sort();
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'isthmus-lint-'));
  eslint = new ESLint({ cwd: repo });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const tsconfig = JSON.stringify({
  compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true },
});

describe('lint: architecture rules', () => {
  it('behavior: the project configuration applies to light-clients/ files', async () => {
    const config = (await eslint.calculateConfigForFile(join(repo, 'light-clients', 'errors.ts'))) as {
      rules: Record<string, unknown>;
    };
    expect(config.rules['no-restricted-imports']).toBeDefined();
    expect(config.rules['import-x/no-cycle']).toBeDefined();
  });

  it('behavior: a pure light-clients module passes', async () => {
    const ids = await ruleIds(
      {
        'tsconfig.json': tsconfig,
        'light-clients/verify.ts': `import { sha256 } from '@noble/hashes/sha2.js';\nexport const h = (b: Uint8Array, now: bigint): [Uint8Array, bigint] => [sha256(b), now];\n`,
      },
      'light-clients/verify.ts',
    );
    expect(ids).toEqual([]);
  });

  it.each([
    [
      'a file read',
      `import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n`,
      'no-restricted-imports',
    ],
    ['a socket', `import net from 'net';\nexport const n = net;\n`, 'no-restricted-imports'],
    ['a queue', `import { Queue } from 'bullmq';\nexport const q = Queue;\n`, 'no-restricted-imports'],
    ['gRPC', `import { Server } from '@grpc/grpc-js';\nexport const s = Server;\n`, 'no-restricted-imports'],
    [
      'the bus',
      `import { connect } from '@nats-io/transport-node';\nexport const c = connect;\n`,
      'no-restricted-imports',
    ],
    ['the wall clock', `export const now = (): number => Date.now();\n`, 'no-restricted-properties'],
    ['a new Date()', `export const now = (): Date => new Date();\n`, 'no-restricted-syntax'],
    [
      'a timer',
      `export const later = (f: () => void): unknown => setTimeout(f, 1);\n`,
      'no-restricted-globals',
    ],
  ])('error: light-clients/ importing or using %s fails', async (_what, source, rule) => {
    const ids = await ruleIds(
      { 'tsconfig.json': tsconfig, 'light-clients/bad.ts': source },
      'light-clients/bad.ts',
    );
    expect(ids).toContain(rule);
  });

  it('error: light-clients/ importing the relayer fails (imports point one way)', async () => {
    const ids = await ruleIds(
      {
        'tsconfig.json': tsconfig,
        'relayer/config.ts': 'export const x = 1;\n',
        'light-clients/bad.ts': `import { x } from '../relayer/config.js';\nexport const y = x;\n`,
      },
      'light-clients/bad.ts',
    );
    expect(ids).toContain('no-restricted-imports');
  });

  it('error: an import cycle fails', async () => {
    const ids = await ruleIds(
      {
        'tsconfig.json': tsconfig,
        'adapters/a.ts': `import { b } from './b.js';\nexport const a = (): number => b() + 1;\n`,
        'adapters/b.ts': `import { a } from './a.js';\nexport const b = (): number => (a ? 1 : 0);\n`,
      },
      'adapters/a.ts',
    );
    expect(ids).toContain('import-x/no-cycle');
  });

  it('error: console in library code fails', async () => {
    const ids = await ruleIds(
      {
        'tsconfig.json': tsconfig,
        'relayer/worker.ts': `export const log = (m: string): void => console.log(m);\n`,
      },
      'relayer/worker.ts',
    );
    expect(ids).toContain('no-console');
  });
});
