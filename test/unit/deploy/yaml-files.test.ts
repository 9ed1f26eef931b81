/**
 * Every YAML file under deploy/ parses, Helm templates included (read with
 * their actions replaced by a placeholder: the chart is written so that this
 * holds), and the files that only work with a given shape have it.
 */
import { describe, expect, it } from '@jest/globals';
import { parse, parseAllDocuments } from 'yaml';
import {
  deployDir,
  filesUnder,
  helmTemplatesDir,
  parseHelmTemplate,
  readRepoFile,
  repo,
} from './deploy-files.js';
import { relative } from 'node:path';

const files = await filesUnder(deployDir);
const templatesPrefix = `${relative(repo, helmTemplatesDir)}/`;
const yamlFiles = files.filter((f) => /\.ya?ml$/.test(f));
const plainYaml = yamlFiles.filter((f) => !f.startsWith(templatesPrefix));
const templates = yamlFiles.filter((f) => f.startsWith(templatesPrefix));

interface K8sObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string };
  readonly spec?: Record<string, unknown>;
}

async function helmObjects(file: string): Promise<K8sObject[]> {
  return parseHelmTemplate(await readRepoFile(file))
    .map((d) => d.toJS() as K8sObject | null)
    .filter((o): o is K8sObject => o !== null);
}

describe('deploy YAML', () => {
  it('behavior: finds the deployment files', () => {
    expect(plainYaml).toEqual(
      expect.arrayContaining([
        'deploy/compose.yaml',
        'deploy/compose/relayer.yaml',
        'deploy/prometheus/alerts.yaml',
        'deploy/prometheus/prometheus.yaml',
        'deploy/helm/isthmus/Chart.yaml',
        'deploy/helm/isthmus/values.yaml',
      ]),
    );
    expect(templates.length).toBeGreaterThanOrEqual(5);
  });

  it.each(plainYaml)('behavior: %s parses', async (file) => {
    const docs = parseAllDocuments(await readRepoFile(file), { merge: true });
    for (const doc of docs) expect(doc.errors).toEqual([]);
  });

  it.each(templates)('behavior: Helm template %s parses with its actions replaced', async (file) => {
    const docs = parseHelmTemplate(await readRepoFile(file));
    for (const doc of docs) expect(doc.errors).toEqual([]);
    const objects = docs.map((d) => d.toJS() as K8sObject | null).filter((o) => o !== null);
    expect(objects.length).toBeGreaterThan(0);
    for (const o of objects) {
      expect(typeof o.apiVersion).toBe('string');
      expect(typeof o.kind).toBe('string');
      expect(typeof o.metadata.name).toBe('string');
    }
  });

  it('behavior: the chart holds only YAML templates and no files Helm would misread', () => {
    const others = files.filter((f) => f.startsWith(templatesPrefix) && !/\.ya?ml$/.test(f));
    expect(others).toEqual([]);
  });

  it('behavior: the chart has the objects a deployment needs', async () => {
    const kinds = new Set<string>();
    for (const file of templates) for (const o of await helmObjects(file)) kinds.add(o.kind);
    expect([...kinds].sort()).toEqual(
      [
        'ConfigMap',
        'Deployment',
        'HorizontalPodAutoscaler',
        'PodDisruptionBudget',
        'Secret',
        'Service',
      ].sort(),
    );
  });

  it('behavior: Chart.yaml and values.yaml parse fully and name every component the templates expect', async () => {
    const chart = parse(await readRepoFile('deploy/helm/isthmus/Chart.yaml')) as Record<string, unknown>;
    expect(chart).toMatchObject({ apiVersion: 'v2', name: 'isthmus' });
    const values = parse(await readRepoFile('deploy/helm/isthmus/values.yaml')) as {
      components: Record<string, { roles: string; replicas: number }>;
    };
    // The HPA targets the `worker` Deployment; the api Service selects the `api` component.
    expect(Object.keys(values.components)).toEqual(expect.arrayContaining(['worker', 'api']));
    const roles = Object.values(values.components).flatMap((c) => c.roles.split(','));
    expect(roles.sort()).toEqual(
      ['api', 'clearing', 'misbehaviour', 'planner', 'refresher', 'watcher', 'worker'].sort(),
    );
  });

  it('behavior: Deployments probe /healthz and /readyz on the metrics port', async () => {
    const [deployment] = await helmObjects(`${templatesPrefix}deployments.yaml`);
    const pod = (deployment?.spec?.template as { spec: { containers: Record<string, unknown>[] } }).spec;
    const [container] = pod.containers;
    expect(container).toMatchObject({
      livenessProbe: { httpGet: { path: '/healthz', port: 'metrics' } },
      readinessProbe: { httpGet: { path: '/readyz', port: 'metrics' } },
    });
    expect(container?.ports).toEqual(expect.arrayContaining([{ name: 'metrics', containerPort: 9464 }]));
  });

  it('behavior: the worker autoscaler scales on waiting jobs', async () => {
    const [hpa] = await helmObjects(`${templatesPrefix}hpa.yaml`);
    expect(hpa?.spec).toMatchObject({
      metrics: [
        {
          type: 'External',
          external: {
            metric: { name: 'isthmus_queue_jobs', selector: { matchLabels: { state: 'waiting' } } },
          },
        },
      ],
    });
  });
});

describe('Dockerfile', () => {
  const text = readRepoFile('deploy/Dockerfile');
  const instructions = async (name: string): Promise<string[]> =>
    (await text)
      .replace(/\\\n/g, ' ')
      .split('\n')
      .filter((l) => l.toUpperCase().startsWith(`${name} `));

  it('behavior: runs as a non-root user', async () => {
    const users = await instructions('USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^USER\s+(root|0)(:|\s|$)/);
  });

  it('behavior: has a HEALTHCHECK on /healthz that needs no curl', async () => {
    const [check] = await instructions('HEALTHCHECK');
    expect(check).toMatch(/\/healthz/);
    expect(check).toMatch(/"node"/);
    expect(check).not.toMatch(/curl|wget/);
  });

  it('behavior: builds in one stage and ships production dependencies in another', async () => {
    expect(await instructions('FROM')).toHaveLength(2);
    const runs = (await instructions('RUN')).join('\n');
    expect(runs).toMatch(/npm ci[^\n]*\n[^\n]*npm run build/);
    expect(runs).toMatch(/npm ci --omit=dev/);
    expect(await instructions('EXPOSE')).toEqual(['EXPOSE 7400 9464']);
  });
});
