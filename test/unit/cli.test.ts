/** The `isthmus` CLI's config check and exit codes, run in process. */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_INVALID, main } from '../../relayer/cli/main.js';

let dir = '';
const out: string[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isthmus-cli-'));
  jest.spyOn(process.stdout, 'write').mockImplementation((s) => out.push(String(s)) > 0);
  jest.spyOn(process.stderr, 'write').mockImplementation((s) => out.push(String(s)) > 0);
});
afterAll(async () => {
  jest.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('cli: isthmus config check', () => {
  it.each(['deploy/examples/relayer.yaml', 'deploy/examples/embedded.yaml'])(
    'behavior: the shipped example %s is valid',
    async (file) => {
      out.length = 0;
      expect(await main(['config', 'check', file])).toBe(0);
      expect(out.join('')).toMatch(/valid — 2 chain\(s\), 1 path\(s\)/);
    },
  );

  it('error: an invalid file exits 2 and names every bad path', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, 'chains: [{ id: a, type: nope, endpoint: x }]\nextra: 1\n');
    out.length = 0;
    expect(await main(['config', 'check', file])).toBe(EXIT_INVALID);
    const text = out.join('');
    expect(text).toMatch(/chains\.0\.type/);
    expect(text).toMatch(/chains\.0\.endpoint/);
    expect(text).toMatch(/extra: unknown key/);
  });

  it('error: an unknown command exits 2', async () => {
    expect(await main(['no-such-command'])).toBe(EXIT_INVALID);
  });
});
