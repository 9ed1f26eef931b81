/**
 * Configuration files of adapter processes (agency ledger, EVM ledger): a
 * YAML file validated once against a strict zod schema, every problem
 * reported at once in one CONFIG_INVALID error naming the dotted path of
 * each offending value; CONFIG_UNREADABLE when the file cannot be read.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { IsthmusError } from '../light-clients/index.js';

export interface ConfigIssue {
  readonly path: string;
  readonly message: string;
}

function configInvalid(
  what: string,
  origin: string,
  issues: readonly ConfigIssue[],
  cause?: unknown,
): IsthmusError {
  return new IsthmusError(
    'CONFIG_INVALID',
    `invalid ${what} configuration (${origin}):\n${issues.map((i) => `  - ${i.path}: ${i.message}`).join('\n')}`,
    { category: 'invalid_argument', context: { origin, issues }, ...(cause === undefined ? {} : { cause }) },
  );
}

/** Validates an already parsed document against `schema`; throws CONFIG_INVALID with every issue. */
export function parseConfig<S extends z.ZodType>(
  schema: S,
  what: string,
  doc: unknown,
  origin: string,
): z.output<S> {
  const result = schema.safeParse(doc);
  if (result.success) return result.data;
  const at = (path: readonly PropertyKey[]) => (path.length === 0 ? '(root)' : path.map(String).join('.'));
  const issues = result.error.issues.flatMap((issue): ConfigIssue[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: at([...issue.path, key]), message: 'unknown key' }))
      : [{ path: at(issue.path), message: issue.message }],
  );
  throw configInvalid(what, origin, issues);
}

/** Reads `file` (YAML) and validates it against `schema`. */
export async function loadConfigFile<S extends z.ZodType>(
  schema: S,
  what: string,
  file: string,
): Promise<z.output<S>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new IsthmusError('CONFIG_UNREADABLE', `cannot read configuration file ${file}`, {
      category: 'invalid_argument',
      context: { file },
      cause,
    });
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (cause) {
    const line =
      cause instanceof YAMLParseError && cause.linePos ? `line ${cause.linePos[0].line}` : '(root)';
    throw configInvalid(what, file, [{ path: line, message: (cause as Error).message }], cause);
  }
  return parseConfig(schema, what, doc, file);
}
