/**
 * `isthmus relay start` through commander, in process: it loads a YAML
 * config, starts the roles (embedded mode, no chains), runs until SIGTERM
 * and then closes and reports exit code 0. Bad `--role` lists are refused
 * before anything starts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Command } from 'commander';
import { IsthmusError } from '../../../../light-clients/index.js';
import { addRelayCommands, parseRoles, RELAY_ROLE_INVALID } from '../../../../relayer/cli/relay.js';
import { waitUntil } from '../drivers/wait.js';

function program(codes: number[]): Command {
  const p = new Command('isthmus').exitOverride();
  addRelayCommands(p, (code) => codes.push(code));
  return p;
}

describe('isthmus relay start', () => {
  it('behavior: runs the roles until SIGTERM, then closes with exit code 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'relay-'));
    try {
      const file = join(dir, 'relayer.yaml');
      await writeFile(file, 'log:\n  level: fatal\nchains: []\npaths: []\n');
      const codes: number[] = [];
      const listeners = process.listenerCount('SIGTERM');
      const running = program(codes).parseAsync(['relay', 'start', '--config', file], { from: 'user' });
      await waitUntil('the command waits for a signal', () => process.listenerCount('SIGTERM') > listeners);
      process.emit('SIGTERM');
      await running;
      expect(codes).toEqual([0]);
      expect(process.listenerCount('SIGTERM')).toBe(listeners);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('args: --role takes a comma-separated subset of the roles', () => {
    expect([...parseRoles('watcher, planner')]).toEqual(['watcher', 'planner']);
    expect([...parseRoles('worker,clearing,worker')]).toEqual(['worker', 'clearing']);
  });

  it('error: an unknown role, or none, is refused as invalid_argument', async () => {
    for (const text of ['watcher,relay', ' , ']) {
      let caught: unknown;
      try {
        parseRoles(text);
      } catch (err) {
        caught = err;
      }
      expect(IsthmusError.is(caught) && caught.code).toBe(RELAY_ROLE_INVALID);
      expect(IsthmusError.is(caught) && caught.category).toBe('invalid_argument');
    }
    const codes: number[] = [];
    await expect(
      program(codes).parseAsync(['relay', 'start', '--config', '/nonexistent.yaml', '--role', 'nope'], {
        from: 'user',
      }),
    ).rejects.toMatchObject({ code: RELAY_ROLE_INVALID });
    expect(codes).toEqual([]);
  });
});
