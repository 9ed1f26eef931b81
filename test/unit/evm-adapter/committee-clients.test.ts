/**
 * The committee's clients of counterparties, kept by the EVM adapter: a
 * refused message changes nothing, the state file carries clients and
 * channel bindings across a restart, and a failed write is reported by
 * `flushed` without crashing the process.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommitteeClients } from '../../../adapters/evm/committee-clients.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function tempFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'isthmus-committee-'));
  dirs.push(dir);
  return join(dir, 'state.json');
}

const utf8 = new TextEncoder();

describe('CommitteeClients', () => {
  it('behavior: a change that throws leaves the store as it was', async () => {
    const clients = await CommitteeClients.open();
    expect(() =>
      clients.apply((_, store) => {
        store.set?.(utf8.encode('partial'), Uint8Array.of(1));
        throw new Error('refused half way');
      }),
    ).toThrow('refused half way');
    expect(() => clients.registry.query('07-tendermint-0', 0n)).toThrow(/no client/);
    clients.setChannelClient('channel-0', '07-tendermint-0');
    expect(clients.channelClient('channel-0')).toBe('07-tendermint-0');
    expect(clients.channelClient('channel-1')).toBeUndefined();
  });

  it('behavior: the state file carries channel bindings across a restart', async () => {
    const file = await tempFile();
    const first = await CommitteeClients.open(file);
    first.setChannelClient('channel-3', 'evm-7');
    await first.flushed();
    const again = await CommitteeClients.open(file);
    expect(again.channelClient('channel-3')).toBe('evm-7');
  });

  it('error: a write that fails is reported by flushed, not thrown at the change', async () => {
    const file = join(await tempFile(), 'missing-dir', 'state.json');
    const clients = await CommitteeClients.open(file);
    clients.setChannelClient('channel-0', 'evm-0');
    await expect(clients.flushed()).rejects.toMatchObject({ code: 'ENOENT' });
    expect(clients.channelClient('channel-0')).toBe('evm-0');
  });
});
