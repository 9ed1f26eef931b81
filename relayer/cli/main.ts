/**
 * The `isthmus` command line. Exit codes: 0 success, 1 failure, 2 invalid
 * configuration or arguments.
 */
import { Command, CommanderError, Option } from 'commander';
import { CometBftLedger } from '../../adapters/cometbft/index.js';
import { deployPackets, loadEvmLedgerConfig, runEvmLedger } from '../../adapters/evm/index.js';
import { runExternalLedger } from '../../adapters/external/index.js';
import { startLedgerServer } from '../../adapters/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import { ConfigError, loadConfig } from '../config/load.js';
import { relayerConfigSchema } from '../config/schema.js';
import { createLogger } from '../logger.js';
import { addDemoCommand } from './demo.js';
import { runDevnets } from './devnet.js';
import { parseDuration } from './input.js';
import { addOperatorCommands } from './operator/index.js';
import { addRelayCommands } from './relay.js';
import { addVerifyCommands } from './verify/command.js';
import { UnusableInputError } from './verify/verdict.js';

export const EXIT_FAILURE = 1;
export const EXIT_INVALID = 2;

function write(line: string): void {
  process.stdout.write(`${line}\n`);
}

function positiveInt(text: string, option: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1) {
    throw new UnusableInputError(`${option} ${JSON.stringify(text)} is not a positive integer`, { option });
  }
  return n;
}

function port(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65_535) {
    throw new UnusableInputError(`--base-port ${JSON.stringify(text)} is not a port`, {
      option: '--base-port',
    });
  }
  return n;
}

/** Resolves on SIGINT or SIGTERM: how a long-running command is told to stop. */
function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** The program; commands that decide their own exit code report it through `setExitCode`. */
export function buildProgram(setExitCode: (code: number) => void = () => undefined): Command {
  const program = new Command('isthmus')
    .description('Cross-chain interoperability relay: proven messages between ledgers')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  const config = program.command('config').description('work with configuration files');
  config
    .command('check')
    .description('validate a configuration file (with ISTHMUS__* environment overrides)')
    .argument('<file>', 'YAML configuration')
    .option('--json', 'print the resolved configuration as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const cfg = await loadConfig(relayerConfigSchema, { file, env: process.env });
      if (opts.json) {
        write(JSON.stringify(cfg, null, 2));
      } else {
        const mode = cfg.redis ? 'distributed (redis + nats)' : 'embedded';
        write(`${file}: valid — ${cfg.chains.length} chain(s), ${cfg.paths.length} path(s), ${mode} mode`);
      }
    });

  addVerifyCommands(program, setExitCode);
  addRelayCommands(program, setExitCode);
  addOperatorCommands(program, setExitCode);

  program
    .command('devnet')
    .description('run devnet chains, each serving the Ledger gRPC service on its own loopback port')
    .option('--chains <names>', 'comma-separated chain names (chain id <name>-1)', 'mainchain,health')
    .option('--validators <n>', 'validators per chain', '4')
    .option('--block-time <duration>', 'time between blocks', '500ms')
    .option('--base-port <port>', 'port of the first chain, the next ones follow; 0 picks free ports', '0')
    .option('--data-dir <dir>', 'keep each chain in <dir>/<chain id> and resume from it')
    .addOption(
      new Option('--log-level <level>', 'log level (JSON logs on stdout)')
        .choices(['fatal', 'error', 'warn', 'info', 'debug'])
        .default('warn'),
    )
    .action(
      async (opts: {
        chains: string;
        validators: string;
        blockTime: string;
        basePort: string;
        dataDir?: string;
        logLevel: string;
      }) => {
        const logger = createLogger({ level: opts.logLevel });
        const running = await runDevnets({
          chains: opts.chains
            .split(',')
            .map((c) => c.trim())
            .filter((c) => c.length > 0),
          validators: positiveInt(opts.validators, '--validators'),
          blockTimeMs: Number(parseDuration(opts.blockTime, '--block-time') / 1_000_000n),
          basePort: port(opts.basePort),
          ...(opts.dataDir === undefined ? {} : { dataDir: opts.dataDir }),
          logger,
        });
        for (const d of running.devnets) write(`${d.chainId} ${d.endpoint}`);
        write('ready');
        await untilSignalled();
        await running.close();
      },
    );

  program
    .command('cometbft-ledger')
    .description('serve a CometBFT node (read-only) as the Ledger gRPC service')
    .requiredOption('--rpc <url>', 'CometBFT RPC endpoint, e.g. http://127.0.0.1:26657')
    .option('--listen <address>', 'gRPC listen address', '127.0.0.1:0')
    .option('--store <name>', 'store queried for proofs', 'ibc')
    .action(async (opts: { rpc: string; listen: string; store: string }) => {
      const logger = createLogger();
      const ledger = new CometBftLedger({ endpoint: opts.rpc, logger, store: opts.store });
      const running = await startLedgerServer({ ledger, logger, address: opts.listen });
      write(`CometBFT ${opts.rpc} serving Ledger on ${running.address}`);
      await untilSignalled();
      await running.close();
    });

  program
    .command('external-ledger')
    .description('run an agency ledger: the Ledger gRPC service of an attested append-only log')
    .requiredOption('--config <file>', 'agency ledger configuration (YAML; see docs/external-ledger.md)')
    .action(async (opts: { config: string }) => {
      const running = await runExternalLedger(opts.config, createLogger());
      write(`agency ledger serving Ledger on ${running.address}`);
      await untilSignalled();
      await running.close();
    });

  program
    .command('evm-ledger')
    .description('run the Ledger gRPC service of an EVM chain with an IsthmusPackets contract')
    .requiredOption('--config <file>', 'EVM ledger configuration (YAML; see docs/evm.md)')
    .action(async (opts: { config: string }) => {
      const running = await runEvmLedger(opts.config, createLogger());
      write(`EVM ledger serving Ledger on ${running.address}`);
      await untilSignalled();
      await running.close();
    });

  program
    .command('evm-deploy')
    .description("deploy an IsthmusPackets contract with the configuration's ledger id, committee and sender")
    .requiredOption('--config <file>', 'EVM ledger configuration (YAML; see docs/evm.md)')
    .action(async (opts: { config: string }) => {
      const deployed = await deployPackets(await loadEvmLedgerConfig(opts.config));
      write(`IsthmusPackets deployed at ${deployed.address} (tx ${deployed.txHash})`);
      write(`committee ${deployed.threshold} of ${deployed.committee.join(', ')}`);
    });

  addDemoCommand(program, setExitCode);

  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    let exitCode = 0;
    await buildProgram((code) => (exitCode = code)).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT_INVALID;
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return EXIT_INVALID;
    }
    if (IsthmusError.is(err)) {
      process.stderr.write(`error ${err.code}: ${err.message}\n`);
      return err.category === 'invalid_argument' ? EXIT_INVALID : EXIT_FAILURE;
    }
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    return EXIT_FAILURE;
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await main(process.argv.slice(2));
}
