/**
 * `isthmus demo`: the live demo (`npm start`) — devnet chains, an agency
 * ledger and the relayer in this process, sample messages until SIGINT or
 * SIGTERM — or, with `--messages N`, a bounded run that stops by itself
 * once N messages are relayed (`npm run demo`). Exit codes: 0 stopped
 * cleanly (or every message relayed), 1 a bounded run that did not relay
 * everything in time, 130 a second Ctrl-C while stopping.
 */
import { Option, type Command } from 'commander';
import { DemoOutput, runDemo } from '../demo/index.js';
import { createLogger } from '../logger.js';
import { parseDuration } from './input.js';
import { UnusableInputError } from './verify/verdict.js';

const EXIT_FORCED = 130;
/** Off a terminal, the summary is printed as its own line this often. */
const PLAIN_SUMMARY_EVERY_MS = 3_000;
/**
 * Under `npm start` one Ctrl-C reaches the demo twice — from the terminal
 * to the whole process group, and forwarded by npm — so a repeat this soon
 * is the same keypress, not a request to force.
 */
const SAME_KEYPRESS_MS = 500;

interface DemoFlags {
  messages?: string;
  interval: string;
  blockTime: string;
  validators: string;
  basePort: string;
  wait: string;
  logLevel: string;
}

function count(text: string, option: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) {
    throw new UnusableInputError(`${option} ${JSON.stringify(text)}: an integer from ${min} to ${max}`, {
      option,
    });
  }
  return n;
}

function milliseconds(text: string, option: string, min: number): number {
  const ms = Number(parseDuration(text, option) / 1_000_000n);
  if (ms < min) throw new UnusableInputError(`${option} ${text}: at least ${min} ms`, { option });
  return ms;
}

/** Aborts on the first SIGINT or SIGTERM; a later one exits at once with 130. */
function stopOnSignals(onStop: () => void): { readonly signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  let firstMs = 0;
  const on = (): void => {
    if (!controller.signal.aborted) {
      firstMs = Date.now();
      onStop();
      controller.abort();
    } else if (Date.now() - firstMs > SAME_KEYPRESS_MS) {
      process.stderr.write('\nforced exit\n');
      process.exit(EXIT_FORCED);
    }
  };
  process.on('SIGINT', on);
  process.on('SIGTERM', on);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
    },
  };
}

export function addDemoCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('demo')
    .description(
      'the demo: mainchain-1, health-1, edu-1 (devnets) and agency-1 (agency ledger) in this process, ' +
        'the relayer in embedded mode, sample messages until Ctrl-C',
    )
    .option(
      '--messages <n>',
      'bounded run: send n messages, stop once all are relayed (exit 0) or --wait passes (exit 1)',
    )
    .option('--interval <duration>', 'time between sample messages', '1s')
    .option('--block-time <duration>', 'time between blocks on each devnet', '500ms')
    .option('--validators <n>', 'validators per devnet', '4')
    .option(
      '--base-port <port>',
      'mainchain-1, health-1, edu-1, agency-1 listen on port .. port+3; 0 picks free ports',
      '0',
    )
    .option(
      '--wait <duration>',
      'with --messages: how long to wait for acknowledgements after the last send',
      '60s',
    )
    .addOption(
      new Option(
        '--log-level <level>',
        "relayer and chains' log level, JSON on stderr (warn shows the workers' routine retries)",
      )
        .choices(['fatal', 'error', 'warn', 'info', 'debug'])
        .default('error'),
    )
    .action(async (flags: DemoFlags) => {
      const messages =
        flags.messages === undefined ? undefined : count(flags.messages, '--messages', 1, 100_000);
      const options = {
        intervalMs: milliseconds(flags.interval, '--interval', 10),
        blockTimeMs: milliseconds(flags.blockTime, '--block-time', 10),
        validators: count(flags.validators, '--validators', 1, 32),
        basePort: count(flags.basePort, '--base-port', 0, 65_532),
        waitMs: milliseconds(flags.wait, '--wait', 1),
      };
      const output = new DemoOutput(process.stdout, PLAIN_SUMMARY_EVERY_MS);
      // Logs go to stderr: stdout carries the narrative and the summary line.
      const logger = createLogger({ level: flags.logLevel }, process.stderr);
      const stop = stopOnSignals(() => output.line('\nstopping (Ctrl-C again to force)…'));
      try {
        output.line(
          messages === undefined
            ? 'Isthmus demo: chains, an agency ledger and the relayer in one process. Ctrl-C stops.'
            : `Isthmus demo, bounded: ${messages} sample messages, then stop.`,
        );
        const result = await runDemo({
          ...options,
          ...(messages === undefined ? {} : { messages }),
          signal: stop.signal,
          output,
          logger,
        });
        const ok = messages === undefined || stop.signal.aborted || result.complete;
        if (!ok) output.line(`not every message was relayed within --wait ${flags.wait}`);
        setExitCode(ok ? 0 : 1);
      } finally {
        stop.dispose();
      }
    });
}
