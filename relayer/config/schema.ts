/**
 * The relayer's configuration: one zod schema, its type inferred from it.
 * Unknown keys are rejected everywhere (strict objects), so a misspelt key
 * is an error rather than a silently ignored setting.
 */
import { z } from 'zod';

const chainId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a chain id: letters, digits, . _ -');
const channelId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a channel id: letters, digits, . _ -');
const hostPort = z.string().regex(/^[^\s:]+:\d{1,5}$|^\[[0-9a-fA-F:]+\]:\d{1,5}$/, 'host:port');

export const chainConfigSchema = z.strictObject({
  id: chainId,
  /** Family of the chain, i.e. which adapter reaches it. */
  type: z.enum(['devnet', 'cometbft', 'evm', 'external']),
  /** Address of its `Ledger` gRPC service. */
  endpoint: hostPort,
  tls: z
    .strictObject({
      ca: z.string().optional(),
      cert: z.string().optional(),
      key: z.string().optional(),
    })
    .optional(),
});

export const pathConfigSchema = z.strictObject({
  source: z.strictObject({ chain: chainId, channel: channelId }),
  dest: z.strictObject({ chain: chainId, channel: channelId }),
  ordering: z.enum(['unordered', 'ordered']).default('unordered'),
});

export const relayerConfigSchema = z
  .strictObject({
    log: z
      .strictObject({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info') })
      .default({ level: 'info' }),
    chains: z.array(chainConfigSchema).default([]),
    paths: z.array(pathConfigSchema).default([]),
    /** Absent together with `nats`: embedded mode (in-process queue and bus). */
    redis: z.strictObject({ url: z.url({ protocol: /^rediss?$/ }) }).optional(),
    nats: z.strictObject({ servers: z.array(z.string().min(1)).min(1) }).optional(),
    workers: z
      .strictObject({
        concurrency: z.int().min(1).max(256).default(4),
        batchSize: z.int().min(1).max(1000).default(50),
        batchDelayMs: z.int().min(0).max(60_000).default(200),
      })
      .default({ concurrency: 4, batchSize: 50, batchDelayMs: 200 }),
  })
  .superRefine((cfg, ctx) => {
    const ids = new Set<string>();
    cfg.chains.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['chains', i, 'id'], message: `duplicate chain id ${c.id}` });
      ids.add(c.id);
    });
    cfg.paths.forEach((p, i) => {
      for (const end of ['source', 'dest'] as const) {
        if (!ids.has(p[end].chain)) {
          ctx.addIssue({
            code: 'custom',
            path: ['paths', i, end, 'chain'],
            message: `unknown chain ${p[end].chain}`,
          });
        }
      }
    });
    if ((cfg.redis === undefined) !== (cfg.nats === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [cfg.redis === undefined ? 'redis' : 'nats'],
        message: 'redis and nats are configured together (or neither, for embedded mode)',
      });
    }
  });

export type RelayerConfig = z.infer<typeof relayerConfigSchema>;
export type ChainConfig = z.infer<typeof chainConfigSchema>;
export type PathConfig = z.infer<typeof pathConfigSchema>;
