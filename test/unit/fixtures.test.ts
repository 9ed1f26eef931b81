/** The fixture locator: env override, default beside the repository, and the CI rule. */
import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findFixtures, fixturesRoot } from '../support/fixtures.js';

describe('test support: findFixtures', () => {
  it('behavior: ISTHMUS_FIXTURES overrides the default root', () => {
    expect(fixturesRoot({ ISTHMUS_FIXTURES: '/data/vectors' })).toBe('/data/vectors');
    expect(fixturesRoot({}).endsWith(join('shared', 'fixtures'))).toBe(true);
  });

  it('behavior: outside CI a missing folder is reported as skipped, with the reason', () => {
    const found = findFixtures('no-such-folder', { ISTHMUS_FIXTURES: '/nonexistent' });
    expect(found.available).toBe(false);
    expect(found.available ? '' : found.reason).toMatch(/no-such-folder not found at .*ISTHMUS_FIXTURES/);
  });

  it('error: under CI=true a missing folder fails', () => {
    expect(() => findFixtures('no-such-folder', { ISTHMUS_FIXTURES: '/nonexistent', CI: 'true' })).toThrow(
      /CI=true/,
    );
  });

  it('behavior: finds a folder that exists', () => {
    const root = resolve('.');
    const found = findFixtures('test', { ISTHMUS_FIXTURES: root });
    expect(found).toEqual({ available: true, dir: join(root, 'test') });
    expect(existsSync(found.dir)).toBe(true);
  });
});
