/** What integration tests need from the harness: server URLs and unique names. */
import { randomBytes } from 'node:crypto';

export interface TestServers {
  readonly redisUrl: string;
  readonly natsUrl: string;
}

export function testServers(): TestServers {
  const redisUrl = process.env.ISTHMUS_TEST_REDIS_URL;
  const natsUrl = process.env.ISTHMUS_TEST_NATS_URL;
  if (!redisUrl || !natsUrl) {
    throw new Error('integration servers are not running: run this test in the jest "integration" project');
  }
  return { redisUrl, natsUrl };
}

/** A name no other test uses: for queues, streams, subjects and key prefixes. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${process.pid}-${randomBytes(4).toString('hex')}`;
}
