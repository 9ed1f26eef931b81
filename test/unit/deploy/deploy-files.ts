/**
 * Shared helpers of the deploy/ checks: where the files are, how a Helm
 * template is read without a Helm binary, and the metric names dashboards
 * and rules may use.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { parseAllDocuments, type Document } from 'yaml';
import { METRIC_NAMES } from '../../../relayer/observability/index.js';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const deployDir = join(repo, 'deploy');
export const helmTemplatesDir = join(deployDir, 'helm', 'isthmus', 'templates');

/** Files under `dir`, recursively, as paths relative to the repository. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(repo, join(e.parentPath, e.name)))
    .sort();
}

export async function readRepoFile(path: string): Promise<string> {
  return readFile(join(repo, path), 'utf8');
}

/** Stands in for every template action when a Helm template is read as YAML. */
export const PLACEHOLDER = '__helm_action__';

/**
 * A Helm template read as YAML: every `{{ … }}` action replaced by a plain
 * scalar. The chart keeps control actions (if, range, end) inside YAML
 * comments and value actions in scalar positions so that this holds; it
 * stands in for `helm template`, which is not available everywhere the
 * tests run.
 */
export function parseHelmTemplate(text: string): Document.Parsed[] {
  return parseAllDocuments(text.replace(/\{\{[\s\S]*?\}\}/g, PLACEHOLDER));
}

/** Every metric the relayer exports (without the histogram suffixes): the code's own list. */
export const RELAYER_METRICS = METRIC_NAMES;

/** The relayer's histograms: queried through their `_bucket`, `_sum` and `_count` series. */
const RELAYER_HISTOGRAMS = ['isthmus_packet_latency_seconds', 'isthmus_light_client_verification_seconds'];

/**
 * Every series name a query may use: the relayer's metrics and prom-client's
 * default process metrics under the `isthmus_` prefix, taken from
 * prom-client itself rather than copied.
 */
export async function knownSeries(): Promise<Set<string>> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'isthmus_' });
  const defaults = await registry.getMetricsAsJSON();
  registry.clear();
  const histograms = [
    ...RELAYER_HISTOGRAMS,
    ...defaults.filter((m) => String(m.type) === 'histogram').map((m) => m.name),
  ];
  return new Set([
    ...RELAYER_METRICS,
    ...defaults.map((m) => m.name),
    ...histograms.flatMap((h) => ['_bucket', '_sum', '_count'].map((s) => h + s)),
  ]);
}

/** The `isthmus_…` series names a PromQL expression reads. */
export function seriesIn(expr: string): string[] {
  return [...expr.matchAll(/\bisthmus_[a-z0-9_]+/g)].map((m) => m[0]);
}
