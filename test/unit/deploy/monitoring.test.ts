/**
 * The dashboard and the alert rules read only metrics the relayer exports,
 * the rules are valid Prometheus rules (promtool, when installed), and every
 * alert has its runbook entry in the operator guide.
 */
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { knownSeries, readRepoFile, repo, seriesIn } from './deploy-files.js';

const run = promisify(execFile);
const known = await knownSeries();

interface Rule {
  readonly alert?: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels?: Record<string, string>;
  readonly annotations?: Record<string, string>;
}
const rules = (
  parse(await readRepoFile('deploy/prometheus/alerts.yaml')) as { groups: { name: string; rules: Rule[] }[] }
).groups.flatMap((g) => g.rules);
const alerts = rules.filter((r): r is Rule & { alert: string } => r.alert !== undefined);

interface Panel {
  readonly type: string;
  readonly title: string;
  readonly datasource?: { uid: string };
  readonly targets?: { expr: string; datasource?: { uid: string } }[];
}
const dashboard = JSON.parse(await readRepoFile('deploy/grafana/isthmus-dashboard.json')) as {
  uid: string;
  panels: Panel[];
  templating: { list: { name: string; type: string }[] };
};
const dataPanels = dashboard.panels.filter((p) => p.type !== 'row');

/** The promtool binary's path, or undefined when it is not installed. */
async function promtool(): Promise<string | undefined> {
  try {
    const { stdout } = await run('sh', ['-c', 'command -v promtool']);
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

describe('alert rules', () => {
  it('behavior: has the alerts operators are promised', () => {
    expect(alerts.map((a) => a.alert)).toEqual(
      expect.arrayContaining([
        'IsthmusClientExpiringSoon',
        'IsthmusClientFrozen',
        'IsthmusBacklogTooOld',
        'IsthmusDeadLetterJobs',
        'IsthmusWatcherLagging',
      ]),
    );
    expect(new Set(alerts.map((a) => a.alert)).size).toBe(alerts.length);
  });

  it.each(alerts)('behavior: $alert reads only exported metrics and is labelled', (rule) => {
    const series = seriesIn(rule.expr);
    expect(series.length).toBeGreaterThan(0);
    expect(series.filter((s) => !known.has(s))).toEqual([]);
    expect(rule.labels?.severity).toMatch(/^(warning|critical)$/);
    expect(rule.annotations?.summary).toBeDefined();
    expect(rule.annotations?.runbook).toBe(`docs/operator-guide.md#${rule.alert.toLowerCase()}`);
  });

  it('behavior: promtool accepts the rules and the Prometheus config', async () => {
    const binary = await promtool();
    if (binary === undefined) {
      // CI installs Debian's prometheus package (.ci/run), so there a missing promtool is a failure;
      // elsewhere the structural checks above still run.
      if (process.env.CI === 'true') throw new Error('promtool not on PATH: apt-get install -y prometheus');
      process.stderr.write('promtool not on PATH (Debian package prometheus): rule syntax not checked\n');
      return;
    }
    await run(binary, ['check', 'rules', join(repo, 'deploy/prometheus/alerts.yaml')]);
    await run(binary, ['check', 'config', join(repo, 'deploy/prometheus/prometheus.yaml')]);
  });

  it('behavior: the Prometheus config loads the rules', async () => {
    const config = parse(await readRepoFile('deploy/prometheus/prometheus.yaml')) as { rule_files: string[] };
    expect(config.rule_files).toEqual(['alerts.yaml']);
  });
});

describe('Grafana dashboard', () => {
  it('behavior: has a panel for each area operators watch', () => {
    const series = new Set(dataPanels.flatMap((p) => (p.targets ?? []).flatMap((t) => seriesIn(t.expr))));
    for (const metric of [
      'isthmus_backlog_packets',
      'isthmus_backlog_oldest_age_seconds',
      'isthmus_packets_total',
      'isthmus_packet_latency_seconds_bucket',
      'isthmus_client_latest_height',
      'isthmus_client_trusting_period_remaining_seconds',
      'isthmus_client_frozen',
      'isthmus_queue_jobs',
      'isthmus_jetstream_consumer_pending',
      'isthmus_watcher_lag_blocks',
      'isthmus_light_client_verifications_total',
      'isthmus_submission_errors_total',
      'isthmus_process_resident_memory_bytes',
    ]) {
      expect(series).toContain(metric);
    }
  });

  it.each(dataPanels)('behavior: panel "$title" queries only exported metrics', (panel) => {
    const exprs = (panel.targets ?? []).map((t) => t.expr);
    expect(exprs.length).toBeGreaterThan(0);
    expect(exprs.flatMap(seriesIn).filter((s) => !known.has(s))).toEqual([]);
  });

  it('behavior: every query uses the dashboard datasource variable', () => {
    expect(dashboard.templating.list).toContainEqual(
      expect.objectContaining({ name: 'datasource', type: 'datasource' }),
    );
    const uids = dataPanels.flatMap((p) => [
      p.datasource?.uid,
      ...(p.targets ?? []).map((t) => t.datasource?.uid),
    ]);
    expect(new Set(uids)).toEqual(new Set(['${datasource}']));
  });
});

describe('operator guide', () => {
  const guide = readRepoFile('docs/operator-guide.md');

  it.each(alerts.map((a) => a.alert))('behavior: has a runbook entry for %s', async (alert) => {
    const text = await guide;
    const runbook = text.slice(text.indexOf('\n## Runbook'));
    expect(runbook).toMatch(new RegExp(`^### ${alert}$`, 'm'));
    const entry = runbook.slice(runbook.indexOf(`### ${alert}`)).split(/\n### /)[0] ?? '';
    for (const part of ['What it means', 'Check', 'Fix']) expect(entry).toContain(`**${part}**`);
  });
});
