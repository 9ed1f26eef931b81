/**
 * The per-identity token bucket shared by every API process through Redis.
 * One Lua script reads, refills, takes and writes the bucket, so concurrent
 * calls from several processes cannot both spend the last token, and it
 * reads the time from Redis, so processes with skewed clocks agree. A bucket
 * (`<prefix>:api-rate:<identity>`) expires once it would be full again: an
 * idle identity leaves no key behind.
 */
import type { RedisConnection } from '../../drivers/redis-connection.js';
import type { RateDecision, RateLimiter, RateLimitOptions } from './rate-limit.js';

/**
 * KEYS[1] bucket; ARGV: tokens per ms, burst, TTL in ms. Returns
 * {allowed (0/1), ms until a token is back}. Redis ≥ 5 replicates a script's
 * effects, so reading TIME before writing is allowed.
 */
const TOKEN_BUCKET = `
local perMs = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
if now > at then tokens = math.min(burst, tokens + (now - at) * perMs) end
local allowed, wait = 0, 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.max(1, math.ceil((1 - tokens) / perMs))
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(math.max(now, at)))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {allowed, wait}
`;

const COMMAND = 'isthmusApiTokenBucket';

type TokenBucketCommand = (
  key: string,
  perMs: string,
  burst: string,
  ttlMs: string,
) => Promise<[number, number]>;

export function redisRateLimiter(redis: RedisConnection, options: RateLimitOptions): RateLimiter {
  const client = redis.client;
  // defineCommand sends EVALSHA and falls back to EVAL when the script is not cached yet.
  if (!(COMMAND in client)) client.defineCommand(COMMAND, { numberOfKeys: 1, lua: TOKEN_BUCKET });
  const run = (client as unknown as Record<typeof COMMAND, TokenBucketCommand>)[COMMAND].bind(client);
  const perMs = String(options.perSecond / 1000);
  const burst = String(options.burst);
  // Past this an untouched bucket is full again, so forgetting it changes nothing.
  const ttlMs = String(Math.ceil((options.burst / options.perSecond) * 1000) + 1000);
  return {
    take: async (key): Promise<RateDecision> => {
      const [allowed, wait] = await run(`${redis.prefix}:api-rate:${key}`, perMs, burst, ttlMs);
      return { allowed: allowed === 1, retryAfterMs: wait };
    },
  };
}
