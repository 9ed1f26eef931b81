/**
 * The one way tests find third-party vectors: `ISTHMUS_FIXTURES`, default
 * `../shared/fixtures` beside the repository. The files are read in place,
 * never copied into the project.
 *
 * With `CI=true` a missing folder is an error (the run fails); elsewhere the
 * suites that need it report themselves skipped, with the reason.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from '@jest/globals';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function fixturesRoot(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(repoRoot, env.ISTHMUS_FIXTURES ?? join('..', 'shared', 'fixtures'));
}

export type FixtureLookup =
  | { readonly available: true; readonly dir: string }
  | { readonly available: false; readonly dir: string; readonly reason: string };

/** Locates `<root>/<name>`; throws under CI when it is missing. */
export function findFixtures(name: string, env: NodeJS.ProcessEnv = process.env): FixtureLookup {
  const dir = join(fixturesRoot(env), name);
  if (existsSync(dir)) return { available: true, dir };
  const reason = `fixtures ${name} not found at ${dir} (set ISTHMUS_FIXTURES to the fixtures folder)`;
  if (env.CI === 'true') throw new Error(`${reason}; CI=true requires them`);
  return { available: false, dir, reason };
}

/**
 * A describe block over one fixtures folder: `body` gets the folder's path.
 * When the folder is missing outside CI, the block is skipped and its title
 * says why.
 */
export function describeWithFixtures(name: string, title: string, body: (dir: string) => void): void {
  const found = findFixtures(name);
  if (found.available) {
    describe(title, () => body(found.dir));
  } else {
    describe.skip(`${title} [skipped: ${found.reason}]`, () => body(found.dir));
  }
}
