/**
 * Every configuration the deploy files give a relayer is one the relayer
 * accepts: each compose service's mounted config file with its ISTHMUS__
 * environment, and the Helm chart's values.config with each component's
 * environment, go through the project's own loader and schema, which reject
 * unknown keys.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadConfig, relayerConfigSchema } from '../../../relayer/index.js';
import { deployDir, parseHelmTemplate, PLACEHOLDER, readRepoFile } from './deploy-files.js';

async function expectLoads(file: string, env: Record<string, string>): Promise<void> {
  await expect(loadConfig(relayerConfigSchema, { file, env })).resolves.toBeDefined();
}

interface ComposeService {
  readonly command?: string[];
  readonly environment?: Record<string, string>;
  readonly volumes?: string[];
}

const compose = parse(await readRepoFile('deploy/compose.yaml'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const relayerServices = Object.entries(compose.services).filter(
  ([, s]) => s.command?.[0] === 'relay' && s.command[1] === 'start',
);

/** The host file compose mounts at `target`, relative to deploy/ as compose resolves it. */
function mountedFile(service: ComposeService, target: string): string | undefined {
  for (const volume of service.volumes ?? []) {
    const [source, mountedAt] = volume.split(':');
    if (mountedAt === target && source !== undefined && source.startsWith('.'))
      return resolve(deployDir, source);
  }
  return undefined;
}

describe('compose relayer services', () => {
  it('behavior: runs every role, workers in two services', () => {
    const roles = relayerServices.flatMap(
      ([, s]) => s.command?.[s.command.indexOf('--role') + 1]?.split(',') ?? [],
    );
    expect([...new Set(roles)].sort()).toEqual(
      ['api', 'clearing', 'misbehaviour', 'planner', 'refresher', 'watcher', 'worker'].sort(),
    );
    expect(roles.filter((r) => r === 'worker')).toHaveLength(2);
  });

  it.each(relayerServices)('behavior: %s loads its config with its environment', async (_name, service) => {
    const command = service.command ?? [];
    const target = command[command.indexOf('--config') + 1] ?? '';
    const file = mountedFile(service, target);
    expect(file).toBeDefined();
    const env = service.environment ?? {};
    expect(Object.keys(env).every((k) => k.startsWith('ISTHMUS__'))).toBe(true);
    await expectLoads(file ?? '', env);
  });

  it('behavior: the api service has the policy file its config names', async () => {
    const api = compose.services.api ?? {};
    const config = parse(await readRepoFile('deploy/compose/relayer.yaml')) as { api: { policy: string } };
    expect(mountedFile(api, config.api.policy)).toBe(resolve(deployDir, 'compose/policy.yaml'));
  });

  it('behavior: each relayer service in the shared namespace has its own metrics port', () => {
    const listens = relayerServices.map(([, s]) => s.environment?.ISTHMUS__HTTP__LISTEN);
    expect(listens.every((l) => l !== undefined)).toBe(true);
    expect(new Set(listens).size).toBe(listens.length);
  });
});

const values = parse(await readRepoFile('deploy/helm/isthmus/values.yaml')) as {
  config: unknown;
  components: Record<string, { env: Record<string, string> }>;
};
const [deployment] = parseHelmTemplate(
  await readRepoFile('deploy/helm/isthmus/templates/deployments.yaml'),
).map(
  (d) =>
    d.toJS() as {
      spec: { template: { spec: { containers: { env: { name: string; value?: string }[] }[] } } };
    },
);
/** The environment every component gets from the template; secret-sourced values stand in as demo strings. */
const templateEnv = Object.fromEntries(
  (deployment?.spec.template.spec.containers[0]?.env ?? [])
    .filter((e) => e.name !== PLACEHOLDER)
    .map((e) => [e.name, e.value === undefined || e.value === PLACEHOLDER ? 'demo-only-value' : e.value]),
);

describe('Helm values', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'isthmus-helm-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('behavior: the template sets configuration only through ISTHMUS__ names', () => {
    expect(Object.keys(templateEnv)).toEqual(['ISTHMUS__REDIS__PASSWORD']);
  });

  it.each(Object.entries(values.components))(
    'behavior: component %s loads values.config with its environment',
    async (_name, component) => {
      const file = join(dir, 'relayer.yaml');
      await writeFile(file, stringify(values.config));
      await expectLoads(file, { ...templateEnv, ...component.env });
    },
  );
});
