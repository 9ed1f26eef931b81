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

/** TLS to a gRPC endpoint: PEM file paths; a client cert and key make it mTLS. */
const tlsFilesSchema = z
  .strictObject({
    ca: z.string().min(1).optional(),
    cert: z.string().min(1).optional(),
    key: z.string().min(1).optional(),
    /** Expected server name, when it differs from the endpoint's host. */
    serverName: z.string().min(1).optional(),
  })
  .refine((t) => (t.cert === undefined) === (t.key === undefined), {
    message: 'cert and key go together',
    path: ['key'],
  });

/** Another node of the same chain, asked for the same headers to catch a lying primary (misbehaviour). */
const witnessSchema = z.strictObject({ endpoint: hostPort, tls: tlsFilesSchema.optional() });

export const chainConfigSchema = z.strictObject({
  id: chainId,
  /** Family of the chain, i.e. which adapter reaches it. */
  type: z.enum(['devnet', 'cometbft', 'evm', 'external']),
  /** Address of its `Ledger` gRPC service. */
  endpoint: hostPort,
  /** TLS to the Ledger endpoint. */
  tls: tlsFilesSchema.optional(),
  /** `Ledger` endpoints of other nodes of this chain, for the misbehaviour watcher. */
  witnesses: z.array(witnessSchema).default([]),
  /** Who submits on this chain: a name the chain's admission knows (key id, account). */
  submitter: z.strictObject({ identity: z.string().min(1) }).optional(),
});

/** One end of a path: a chain, its channel, and the client on that chain tracking the other end. */
const pathEndSchema = z.strictObject({
  chain: chainId,
  channel: channelId,
  clientId: z.string().min(1).optional(),
});

/**
 * Redis for the queue: one of a standalone URL (`rediss://` for TLS), a
 * sentinel group or cluster nodes. Credentials may come from the
 * environment (`ISTHMUS__REDIS__PASSWORD`) rather than the file.
 */
const redisSchema = z
  .strictObject({
    url: z.url({ protocol: /^rediss?$/ }).optional(),
    sentinel: z
      .strictObject({
        /** The monitored master's name. */
        name: z.string().min(1),
        nodes: z.array(hostPort).min(1),
        password: z.string().min(1).optional(),
      })
      .optional(),
    cluster: z.strictObject({ nodes: z.array(hostPort).min(1) }).optional(),
    username: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    /** TLS to Redis (sentinel and cluster; a standalone URL says it with `rediss://`). */
    tls: tlsFilesSchema.optional(),
  })
  .refine((r) => [r.url, r.sentinel, r.cluster].filter((x) => x !== undefined).length === 1, {
    message: 'exactly one of url, sentinel or cluster',
  });

/**
 * Packets to relay or to leave: a rule matches when each of its given fields
 * does (relayer/filter); `channel` is bare (either end) or `<chain>/<channel>`.
 */
const ruleChannel = z
  .string()
  .regex(
    /^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,63}\/)?[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'a channel id, or <chain id>/<channel id>',
  );
const packetRuleSchema = z
  .strictObject({ channel: ruleChannel.optional(), app: z.string().min(1).optional() })
  .refine((r) => r.channel !== undefined || r.app !== undefined, {
    message: 'a rule names a channel or an app',
  });

export const pathConfigSchema = z.strictObject({
  source: pathEndSchema,
  dest: pathEndSchema,
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
    redis: redisSchema.optional(),
    nats: z.strictObject({ servers: z.array(z.string().min(1)).min(1) }).optional(),
    workers: z
      .strictObject({
        concurrency: z.int().min(1).max(256).default(4),
        batchSize: z.int().min(1).max(1000).default(50),
        batchDelayMs: z.int().min(0).max(60_000).default(200),
        /**
         * A held job whose lock is not renewed for this long is taken back by
         * another worker (BullMQ's lockDuration); default 30 s. A crashed
         * worker's jobs return after about lockDurationMs + stalledIntervalMs.
         */
        lockDurationMs: z.int().min(500).max(3_600_000).optional(),
        /** How often workers look for jobs whose holder died (BullMQ's stalledInterval); default 30 s. */
        stalledIntervalMs: z.int().min(200).max(3_600_000).optional(),
        /** Each worker logs its counts (delivered, redundant, retried, permanent) this often; default 60 s. */
        reportIntervalMs: z.int().min(100).max(86_400_000).optional(),
      })
      .default({ concurrency: 4, batchSize: 50, batchDelayMs: 200 }),
    /** Clearing runs at start and then every interval. */
    clearing: z
      .strictObject({ intervalMs: z.int().min(1_000).max(86_400_000).default(60_000) })
      .default({ intervalMs: 60_000 }),
    /**
     * Each client is updated before `trusting period x refreshFraction` passes
     * without an update; the refresher looks every `checkIntervalMs`.
     */
    clients: z
      .strictObject({
        refreshFraction: z
          .number()
          .gt(0)
          .lt(1)
          .default(1 / 3),
        checkIntervalMs: z.int().min(100).max(86_400_000).default(30_000),
      })
      .default({ refreshFraction: 1 / 3, checkIntervalMs: 30_000 }),
    /**
     * Names of the shared bus objects (defaults: stream `isthmus-events` on
     * subjects `isthmus.<chain>.events.<kind>`, durable `planner`, buckets
     * `isthmus-watchers` and `isthmus-watcher-leases`). Two deployments on
     * one NATS set their own: two streams may not store overlapping subjects.
     */
    names: z
      .strictObject({
        eventsStream: z.string().min(1).optional(),
        eventsPrefix: z
          .string()
          .regex(/^[A-Za-z0-9_-]+$/, 'one subject token: letters, digits, _ -')
          .optional(),
        plannerDurable: z.string().min(1).optional(),
        cursorsBucket: z.string().min(1).optional(),
        leasesBucket: z.string().min(1).optional(),
        statusBucket: z.string().min(1).optional(),
        refresherLeasesBucket: z.string().min(1).optional(),
        misbehaviourDurable: z.string().min(1).optional(),
        /** The network registry's KV bucket (chains and paths added at run time); default `<eventsPrefix>-network`. */
        networkBucket: z.string().min(1).optional(),
      })
      .optional(),
    /**
     * The Relay gRPC API (role `api`): where it listens, its TLS, the policy
     * file naming identities (certificates, hashed tokens) and what each may
     * call, a rate limit per identity (shared through Redis when configured).
     */
    api: z
      .strictObject({
        listen: hostPort.default('127.0.0.1:7400'),
        /** Server certificate and key (PEM files); `ca` verifies client certificates (mTLS). */
        tls: z
          .strictObject({
            cert: z.string().min(1),
            key: z.string().min(1),
            ca: z.string().min(1).optional(),
            /** Refuse connections without a client certificate the CA signed. */
            requireClientCert: z.boolean().default(false),
          })
          .optional(),
        /** Path of the policy file (identities and their permissions); without one every call is refused. */
        policy: z.string().min(1).optional(),
        /** Largest request or response, in bytes. */
        maxMessageBytes: z
          .int()
          .min(1024)
          .max(64 * 1024 * 1024)
          .default(4 * 1024 * 1024),
        rateLimit: z
          .strictObject({
            /** Sustained requests per second per identity. */
            perSecond: z.number().gt(0).max(1_000_000).default(50),
            /** Requests an identity may make at once above the sustained rate. */
            burst: z.int().min(1).max(1_000_000).default(100),
          })
          .default({ perSecond: 50, burst: 100 }),
        /**
         * The main chain: Notarize and GetEvidenceReceipt serve the chains it
         * keeps a client of (path ends naming its client). Without it they are
         * refused.
         */
        mainChain: chainId.optional(),
        /** How long an idempotency key's first result is kept. */
        idempotencyTtlMs: z
          .int()
          .min(1_000)
          .max(30 * 86_400_000)
          .default(86_400_000),
      })
      .optional(),
    /**
     * HTTP endpoints of this process: `/metrics` (Prometheus), `/healthz`
     * and `/readyz`. Absent: no HTTP server.
     */
    http: z.strictObject({ listen: hostPort.default('127.0.0.1:9464') }).optional(),
    /** Deny wins over allow; with no allow rules every packet not denied is relayed. */
    filters: z
      .strictObject({
        allow: z.array(packetRuleSchema).default([]),
        deny: z.array(packetRuleSchema).default([]),
      })
      .default({ allow: [], deny: [] }),
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
export type PacketRule = z.infer<typeof packetRuleSchema>;
export type RedisConfig = z.infer<typeof redisSchema>;
export type TlsFilesConfig = z.infer<typeof tlsFilesSchema>;
export type WitnessConfig = z.infer<typeof witnessSchema>;
