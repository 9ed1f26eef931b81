/**
 * `isthmus relay start --config <file> [--role watcher,planner,worker,clearing,refresher,misbehaviour,api]`:
 * loads the relayer config (YAML with ISTHMUS__* overrides), starts the
 * chosen roles (every relaying role by default; `api` when named) on the drivers the config chooses, logs the
 * mode and roles, and runs until SIGINT or SIGTERM, then closes cleanly.
 */
import type { Command } from 'commander';
import { IsthmusError } from '../../light-clients/index.js';
import { loadConfig } from '../config/load.js';
import { relayerConfigSchema } from '../config/schema.js';
import { createLogger } from '../logger.js';
import {
  allRelayerRoles,
  isRelayerRole,
  relayerRoles,
  startRelayer,
  type RelayerRole,
} from '../service/index.js';

export const RELAY_ROLE_INVALID = 'RELAY_ROLE_INVALID';

/** Parses `--role a,b`: known role names, at least one. */
export function parseRoles(text: string): Set<RelayerRole> {
  const names = text
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
  const roles = new Set<RelayerRole>();
  for (const name of names) {
    if (!isRelayerRole(name)) {
      throw new IsthmusError(
        RELAY_ROLE_INVALID,
        `--role ${JSON.stringify(name)}: one of ${allRelayerRoles.join(', ')}`,
        { category: 'invalid_argument', context: { role: name } },
      );
    }
    roles.add(name);
  }
  if (roles.size === 0) {
    throw new IsthmusError(RELAY_ROLE_INVALID, '--role names no role', { category: 'invalid_argument' });
  }
  return roles;
}

/** Resolves on SIGINT or SIGTERM, removing both listeners. */
function untilSignalled(): Promise<string> {
  return new Promise((resolve) => {
    const on = (signal: string): void => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/** Adds `relay start`, which reports exit code 0 through `setExitCode` once it has closed. */
export function addRelayCommands(program: Command, setExitCode: (code: number) => void): void {
  const relay = program.command('relay').description('run the relayer');
  relay
    .command('start')
    .description('run relayer roles until SIGINT/SIGTERM (distributed mode with redis and nats configured)')
    .requiredOption('--config <file>', 'relayer configuration (YAML; ISTHMUS__* environment overrides)')
    .option(
      '--role <roles>',
      `comma-separated roles to run (of ${allRelayerRoles.join(', ')})`,
      relayerRoles.join(','),
    )
    .action(async (opts: { config: string; role: string }) => {
      const roles = parseRoles(opts.role);
      const config = await loadConfig(relayerConfigSchema, { file: opts.config, env: process.env });
      const logger = createLogger({ level: config.log.level });
      const relayer = await startRelayer({ config, roles, logger });
      logger.info(
        { mode: relayer.drivers.mode, roles: [...roles] },
        `relaying in ${relayer.drivers.mode} mode`,
      );
      const signal = await untilSignalled();
      logger.info({ signal }, 'stopping');
      await relayer.close();
      setExitCode(0);
    });
}
