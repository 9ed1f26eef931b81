/** The config loader: YAML file < env < flags, one zod schema, every error at once with its path. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, relayerConfigSchema } from '../../../relayer/index.js';
import { IsthmusError } from '../../../light-clients/index.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isthmus-config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const valid = `
chains:
  - { id: health-1, type: devnet, endpoint: "127.0.0.1:9001" }
  - { id: main-1, type: devnet, endpoint: "127.0.0.1:9002" }
paths:
  - source: { chain: health-1, channel: channel-0 }
    dest: { chain: main-1, channel: channel-0 }
redis: { url: "redis://127.0.0.1:6379" }
nats: { servers: ["nats://127.0.0.1:4222"] }
workers: { concurrency: 8 }
`;

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigError);
  return err as ConfigError;
}

describe('config: loadConfig with the relayer schema', () => {
  it('behavior: reads a YAML file and fills defaults', async () => {
    const cfg = await loadConfig(relayerConfigSchema, { file: await file('ok.yaml', valid) });
    expect(cfg.chains.map((c) => c.id)).toEqual(['health-1', 'main-1']);
    expect(cfg.paths[0]?.ordering).toBe('unordered');
    expect(cfg.workers).toEqual({ concurrency: 8, batchSize: 50, batchDelayMs: 200 });
    expect(cfg.log.level).toBe('info');
  });

  it('behavior: env overrides the file and flags override env', async () => {
    const cfg = await loadConfig(relayerConfigSchema, {
      file: await file('env.yaml', valid),
      env: {
        ISTHMUS__WORKERS__BATCH_SIZE: '20',
        ISTHMUS__WORKERS__CONCURRENCY: '2',
        ISTHMUS__CHAINS__1__ENDPOINT: '127.0.0.1:9999',
        ISTHMUS__NATS__SERVERS: '[nats://127.0.0.1:1, nats://127.0.0.1:2]',
        OTHER_VARIABLE: 'ignored',
      },
      overrides: { 'workers.concurrency': 3 },
    });
    expect(cfg.workers).toEqual({ concurrency: 3, batchSize: 20, batchDelayMs: 200 });
    expect(cfg.chains[1]?.endpoint).toBe('127.0.0.1:9999');
    expect(cfg.nats?.servers).toEqual(['nats://127.0.0.1:1', 'nats://127.0.0.1:2']);
  });

  it('error: unknown keys are rejected with their full path', async () => {
    const err = await configError(
      loadConfig(relayerConfigSchema, {
        file: await file('unknown.yaml', `${valid}\nworkrs: {}\n`),
        env: { ISTHMUS__WORKERS__BATCH_SIZ: '5' },
      }),
    );
    expect(err.code).toBe('CONFIG_INVALID');
    expect(err.issues.map((i) => i.path).sort()).toEqual(['workers.batchSiz', 'workrs']);
  });

  it('error: every problem is reported at once, each with its path', async () => {
    const bad = `
chains:
  - { id: "bad id!", type: devnet, endpoint: "127.0.0.1:9001" }
  - { id: main-1, type: quantum, endpoint: "nowhere" }
paths:
  - source: { chain: health-1, channel: channel-0 }
    dest: { chain: main-1, channel: channel-0 }
workers: { concurrency: 0, batchSize: "many" }
redis: { url: "http://127.0.0.1:6379" }
`;
    const err = await configError(loadConfig(relayerConfigSchema, { file: await file('bad.yaml', bad) }));
    const paths = err.issues.map((i) => i.path).sort();
    expect(paths).toEqual([
      'chains.0.id',
      'chains.1.endpoint',
      'chains.1.type',
      'redis.url',
      'workers.batchSize',
      'workers.concurrency',
    ]);
    // Cross-field checks run only once the fields themselves parse; the
    // message lists every issue on its own line.
    expect(err.message.split('\n')).toHaveLength(paths.length + 1);
    expect(err.category).toBe('invalid_argument');
  });

  it('error: cross-field rules name the field (unknown chain in a path, redis without nats)', async () => {
    const text = `
chains: [{ id: main-1, type: devnet, endpoint: "127.0.0.1:9002" }]
paths: [{ source: { chain: health-1, channel: c0 }, dest: { chain: main-1, channel: c0 } }]
redis: { url: "redis://127.0.0.1:6379" }
`;
    const err = await configError(loadConfig(relayerConfigSchema, { file: await file('cross.yaml', text) }));
    expect(err.issues.map((i) => i.path).sort()).toEqual(['nats', 'paths.0.source.chain']);
  });

  it('error: YAML syntax errors give the line', async () => {
    const err = await configError(
      loadConfig(relayerConfigSchema, { file: await file('syntax.yaml', 'chains:\n  - id: [unclosed\n') }),
    );
    expect(err.issues[0]?.path).toMatch(/^line \d+$/);
  });

  it('error: a missing file is CONFIG_UNREADABLE', async () => {
    const err = await loadConfig(relayerConfigSchema, { file: join(dir, 'absent.yaml') }).catch(
      (e: unknown) => e,
    );
    expect(IsthmusError.is(err, 'CONFIG_UNREADABLE')).toBe(true);
  });

  it('behavior: no file and no env gives the embedded-mode defaults', async () => {
    const cfg = await loadConfig(relayerConfigSchema);
    expect(cfg.redis).toBeUndefined();
    expect(cfg.nats).toBeUndefined();
    expect(cfg.chains).toEqual([]);
  });
});

describe('config: environment prefix', () => {
  it('behavior: other ISTHMUS_ variables (single underscore) are not configuration', async () => {
    const cfg = await loadConfig(relayerConfigSchema, {
      env: {
        ISTHMUS_FIXTURES: '/data',
        ISTHMUS_TEST_REDIS_URL: 'redis://127.0.0.1:1',
        ISTHMUS__LOG__LEVEL: 'debug',
      },
    });
    expect(cfg.log.level).toBe('debug');
  });
});

describe('config: relayer sections beyond chains and paths', () => {
  it('behavior: defaults for clearing, client refresh and filters', async () => {
    const cfg = await loadConfig(relayerConfigSchema);
    expect(cfg.clearing).toEqual({ intervalMs: 60_000 });
    expect(cfg.clients.refreshFraction).toBeCloseTo(1 / 3);
    expect(cfg.filters).toEqual({ allow: [], deny: [] });
  });

  it('behavior: the shipped distributed example sets every section', async () => {
    const cfg = await loadConfig(relayerConfigSchema, { file: 'deploy/examples/relayer.yaml' });
    expect(cfg.paths[0]?.dest.clientId).toBe('07-tendermint-0');
    expect(cfg.filters.deny).toEqual([{ app: 'debug' }]);
    expect(cfg.chains[0]?.submitter?.identity).toBe('relayer-main');
  });

  it('error: a filter rule naming nothing, a lone TLS cert and a refresh fraction of 1 are refused', async () => {
    const text = `
chains:
  - { id: a-1, type: devnet, endpoint: "127.0.0.1:1", tls: { cert: c.pem } }
clients: { refreshFraction: 1 }
filters: { allow: [{}] }
`;
    const err = await configError(
      loadConfig(relayerConfigSchema, { file: await file('sections.yaml', text) }),
    );
    expect(err.issues.map((i) => i.path).sort()).toEqual([
      'chains.0.tls.key',
      'clients.refreshFraction',
      'filters.allow.0',
    ]);
  });
});
