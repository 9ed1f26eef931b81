/**
 * Loads a configuration: a YAML file, then environment overrides, then
 * explicit overrides (command-line flags), validated once by one zod schema.
 * Precedence: file < env < flags.
 *
 * Environment overrides are the variables starting `ISTHMUS__` (two
 * underscores, so that other `ISTHMUS_*` variables such as
 * `ISTHMUS_FIXTURES` are never read as configuration). They name a path with
 * `__` between segments; each segment is written in upper snake case and maps to the
 * camelCase key: `ISTHMUS__WORKERS__BATCH_SIZE=50` sets `workers.batchSize`,
 * `ISTHMUS__NATS__SERVERS__0=nats://127.0.0.1:4222` sets `nats.servers[0]`.
 * Values are YAML scalars or flow collections (`50`, `true`, `[a, b]`);
 * quote a string that would read as a number: `'"0x12"'`.
 *
 * Every problem is reported at once, each with its path, in one ConfigError.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { IsthmusError } from '../../light-clients/index.js';

export interface ConfigIssue {
  /** Dotted path of the offending value (`chains.0.endpoint`), or `(root)`. */
  readonly path: string;
  readonly message: string;
  /** Where the value came from. */
  readonly source?: string;
}

export class ConfigError extends IsthmusError {
  override readonly name = 'ConfigError';
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[], origin: string) {
    super(
      'CONFIG_INVALID',
      `invalid configuration (${origin}):\n${issues.map((i) => `  - ${i.path}: ${i.message}`).join('\n')}`,
      { category: 'invalid_argument', context: { origin, issues } },
    );
    this.issues = issues;
  }
}

export interface LoadConfigOptions {
  /** YAML file; absent means start from an empty document. */
  readonly file?: string;
  /** Environment to read overrides from (defaults to none: pass `process.env` at the edge). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly envPrefix?: string;
  /** Highest-precedence values, by dotted path (`workers.concurrency`). */
  readonly overrides?: Readonly<Record<string, unknown>>;
}

/** Environment variables starting with this are configuration overrides. */
export const ENV_PREFIX = 'ISTHMUS__';

type Tree = Record<string, unknown> | unknown[];

function camel(segment: string): string {
  return segment.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function setPath(root: Tree, path: readonly string[], value: unknown): void {
  let node: Tree = root;
  path.forEach((key, i) => {
    const last = i === path.length - 1;
    const slot = Array.isArray(node) ? Number(key) : key;
    const container = node as Record<string | number, unknown>;
    if (last) {
      container[slot] = value;
      return;
    }
    const next = container[slot];
    if (next === null || typeof next !== 'object') {
      container[slot] = /^\d+$/.test(path[i + 1] ?? '') ? [] : {};
    }
    node = container[slot] as Tree;
  });
}

function parseValue(raw: string, where: string, issues: ConfigIssue[]): unknown {
  try {
    return parseYaml(raw);
  } catch (err) {
    issues.push({ path: where, message: `not a YAML value: ${(err as Error).message}`, source: 'env' });
    return raw;
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

export async function loadConfig<S extends z.ZodType>(
  schema: S,
  options: LoadConfigOptions = {},
): Promise<z.infer<S>> {
  const issues: ConfigIssue[] = [];
  const origin = options.file ?? 'defaults';
  let doc: unknown = {};
  if (options.file !== undefined) {
    let text: string;
    try {
      text = await readFile(options.file, 'utf8');
    } catch (cause) {
      throw new IsthmusError('CONFIG_UNREADABLE', `cannot read configuration file ${options.file}`, {
        category: 'invalid_argument',
        context: { file: options.file },
        cause,
      });
    }
    try {
      doc = parseYaml(text) ?? {};
    } catch (err) {
      const at = err instanceof YAMLParseError && err.linePos ? `line ${err.linePos[0].line}` : '(root)';
      throw new ConfigError([{ path: at, message: (err as Error).message, source: 'file' }], origin);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
      throw new ConfigError(
        [{ path: '(root)', message: 'expected a mapping at the top level', source: 'file' }],
        origin,
      );
    }
  }
  const tree = doc as Tree;

  const prefix = options.envPrefix ?? ENV_PREFIX;
  const envEntries = Object.entries(options.env ?? {})
    .filter((e): e is [string, string] => e[0].startsWith(prefix) && e[1] !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  for (const [name, raw] of envEntries) {
    const path = name
      .slice(prefix.length)
      .split('__')
      .map((s) => (/^\d+$/.test(s) ? s : camel(s)));
    if (path.some((s) => s === '')) {
      issues.push({ path: name, message: 'empty path segment', source: 'env' });
      continue;
    }
    setPath(tree, path, parseValue(raw, name, issues));
  }
  for (const [dotted, value] of Object.entries(options.overrides ?? {})) {
    setPath(tree, dotted.split('.'), value);
  }

  const result = schema.safeParse(tree);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          issues.push({ path: formatPath([...issue.path, key]), message: 'unknown key' });
        }
      } else {
        issues.push({ path: formatPath(issue.path), message: issue.message });
      }
    }
  }
  if (issues.length > 0) throw new ConfigError(issues, origin);
  return (result as { data: z.infer<S> }).data;
}
