/**
 * Reading what the `isthmus` commands are given: files, JSON, times and
 * durations. Anything unusable becomes an UnusableInputError (exit 2) naming
 * the file or option; nothing here judges validity, which is the light
 * clients' job.
 */
import { readFile } from 'node:fs/promises';
import { IsthmusError } from '../../light-clients/index.js';
import { parseRfc3339 } from '../../light-clients/tendermint/index.js';
import { UnusableInputError } from './verify/verdict.js';

/** The text of `path`; `what` names the file in errors. */
export async function readTextFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    throw new UnusableInputError(`cannot read the ${what} file ${path}`, { path }, cause);
  }
}

/** The JSON in `path`. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  const text = await readTextFile(path, what);
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new UnusableInputError(`the ${what} file ${path} is not JSON`, { path }, cause);
  }
}

/** The JSON in `path`, unwrapped from a JSON-RPC response (`{result}`) when it is one. */
export async function readRpcJson(path: string, what: string): Promise<unknown> {
  const json = await readJsonFile(path, what);
  if (json !== null && typeof json === 'object' && 'result' in json)
    return (json as { result: unknown }).result;
  return json;
}

/**
 * Runs `parse` on the content of a file. Errors that `isShapeError` accepts
 * (by default every IsthmusError) say the file has the wrong shape: unusable
 * input. Anything else propagates.
 */
export function parseInput<T>(
  what: string,
  path: string,
  parse: () => T,
  isShapeError: (err: unknown) => boolean = (err) => IsthmusError.is(err),
): T {
  try {
    return parse();
  } catch (cause) {
    if (!isShapeError(cause)) throw cause;
    const detail = IsthmusError.is(cause) ? `: ${cause.message}` : '';
    throw new UnusableInputError(`the ${what} file ${path} has the wrong shape${detail}`, { path }, cause);
  }
}

/** An RFC 3339 time (nanoseconds kept) as nanoseconds since the Unix epoch. */
export function parseTimeOption(text: string, option: string): bigint {
  try {
    return parseRfc3339(text, option);
  } catch (cause) {
    throw new UnusableInputError(
      `${option}: ${JSON.stringify(text)} is not an RFC 3339 time`,
      { option },
      cause,
    );
  }
}

const NS_PER_UNIT: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
  d: 86_400_000_000_000n,
};

/** A duration as nanoseconds: one or more `<integer><unit>` with units ns, us, ms, s, m, h, d (`1h30m`, `500ms`, `14d`). */
export function parseDuration(text: string, option = 'duration'): bigint {
  const parts = /^(?:\d+(?:ns|us|µs|ms|s|m|h|d))+$/.test(text)
    ? text.match(/\d+(?:ns|us|µs|ms|s|m|h|d)/g)
    : null;
  if (!parts) {
    throw new UnusableInputError(
      `${option}: ${JSON.stringify(text)} is not a duration such as 14d, 336h, 10s or 500ms`,
      {
        option,
      },
    );
  }
  return parts.reduce((total, part) => {
    const [, digits = '', unit = ''] = /^(\d+)(\D+)$/.exec(part) ?? [];
    return total + BigInt(digits) * (NS_PER_UNIT[unit] ?? 0n);
  }, 0n);
}
