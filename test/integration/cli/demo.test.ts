/**
 * The one-command demo (`npm run demo`) in process: two devnets on loopback
 * gRPC, one record sent, received with its proof and acknowledged, every
 * header and proof verified locally before it is submitted.
 */
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { loadConfig, relayerConfigSchema } from '../../../relayer/index.js';
import { runDemo } from '../../../relayer/demo/run-demo.js';

describe('integration: the demo', () => {
  it('behavior: relays one record along the embedded path and says each step', async () => {
    const config = await loadConfig(relayerConfigSchema, { file: 'deploy/examples/embedded.yaml' });
    const lines: string[] = [];
    await runDemo({ config, logger: pino({ level: 'silent' }), say: (line) => lines.push(line) });
    const text = lines.join('\n');
    expect(text).toMatch(/packet health-1\/channel-0\/1 committed at height \d+/);
    expect(text).toMatch(/recv on main-1: \d+ verified header\(s\) of health-1 \+ proof, height \d+/);
    expect(text).toMatch(/acknowledgement written on main-1: record hash [0-9a-f]{16}/);
    expect(text).toMatch(/ack on health-1: \d+ verified header\(s\) of main-1 \+ proof, height \d+/);
    expect(text).toMatch(/the record is in main-1's state .*vaccination-certificate/);
  }, 30_000);
});
