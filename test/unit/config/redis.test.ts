/** The `redis` section: one of a URL, a sentinel group or cluster nodes, each with its path in errors. */
import { describe, expect, it } from '@jest/globals';
import { relayerConfigSchema } from '../../../relayer/config/schema.js';

const nats = { servers: ['nats://127.0.0.1:4222'] };
const parse = (redis: unknown) => relayerConfigSchema.safeParse({ redis, nats });

describe('config: redis', () => {
  it('args: a URL, a sentinel group or cluster nodes are each accepted', () => {
    expect(parse({ url: 'rediss://cache.internal:6380/1' }).success).toBe(true);
    expect(
      parse({
        sentinel: { name: 'isthmus', nodes: ['10.0.0.1:26379', '[::1]:26379'], password: 's' },
        password: 'p',
        tls: { ca: 'ca.pem' },
      }).success,
    ).toBe(true);
    expect(
      parse({ cluster: { nodes: ['10.0.0.1:7000', '10.0.0.2:7000'] }, username: 'relayer' }).success,
    ).toBe(true);
  });

  it('error: none, or more than one, of url, sentinel and cluster is refused at `redis`', () => {
    for (const redis of [{}, { url: 'redis://a:1', cluster: { nodes: ['a:1'] } }]) {
      const result = parse(redis);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['redis']);
    }
  });

  it('error: bad nodes, TLS cert without key and unknown keys are refused with their paths', () => {
    const result = parse({
      sentinel: { name: 'm', nodes: ['no-port'] },
      tls: { cert: 'c.pem' },
      db: 2,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(
      ['redis', 'redis.sentinel.nodes.0', 'redis.tls.key'].sort(),
    );
  });
});
