/**
 * clearPath against in-process devnets (the `Ledger` interface without
 * gRPC): a timed-out packet on an ordered channel holds back the packets
 * after it; Ledger failures of every kind become CLEARING_LEDGER_FAILED
 * with the category of their cause.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { DevnetLedger } from '../../../../adapters/devnet/index.js';
import type { Ledger } from '../../../../adapters/index.js';
import { IsthmusError } from '../../../../light-clients/index.js';
import { toU64, v1 } from '../../../../proto/index.js';
import { clearPath, type ClearingPath } from '../../../../relayer/clearing/index.js';
import { chainPair, createClient, height, SECOND, submitOk, text } from '../../devnet/packets/relay-steps.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const PATH: ClearingPath = {
  source: { chain: 'edu-1', channel: 'channel-0' },
  dest: { chain: 'mainchain-1', channel: 'channel-0' },
  ordering: 'ordered',
};

describe('clearPath in process', () => {
  const [edu, main] = chainPair('edu-1', 'mainchain-1');
  const e = new DevnetLedger(edu);
  const m = new DevnetLedger(main);

  async function send(timeout: v1.ISendPacket): Promise<void> {
    await submitOk(e, {
      sendPacket: { sourceChannel: 'channel-0', app: 'records', payload: utf8('diploma 2026'), ...timeout },
    });
  }

  beforeAll(async () => {
    edu.produceBlock();
    main.produceBlock();
    const clientOfEdu = await createClient(m, e);
    const clientOfMain = await createClient(e, m);
    const open = (api: Ledger, counterparty: string, clientId: string) =>
      submitOk(api, {
        openChannel: {
          app: 'records',
          counterpartyChainId: counterparty,
          counterpartyChannelId: 'channel-0',
          clientId,
          ordering: v1.Ordering.ORDERING_ORDERED,
        },
      });
    expect(text((await open(e, 'mainchain-1', clientOfMain)).data)).toBe('channel-0');
    expect(text((await open(m, 'edu-1', clientOfEdu)).data)).toBe('channel-0');
  });

  it('behavior: on an ordered channel, packets after one that timed out wait for their own timeouts', async () => {
    const late = toU64((edu.latestBlock?.timeNs ?? 0n) + 3600n * SECOND);
    await send({ timeoutTimestampNs: late });
    await send({ timeoutHeight: height(1n, main.latestHeight + 2n), timeoutTimestampNs: 0 });
    await send({ timeoutTimestampNs: late });
    for (let i = 0; i < 5; i++) main.produceBlock();
    edu.produceBlock();
    const jobs = await clearPath({ path: PATH, source: e, dest: m });
    expect(jobs.map((j) => j.jobId)).toEqual(['edu-1/channel-0/1/recv', 'edu-1/channel-0/2/timeout']);
  });

  /** `m` with one method failing with `error`. */
  function failing(method: 'getLatestHeight' | 'streamEvents' | 'queryProof', error: unknown): Ledger {
    const fail = (): never => {
      throw error;
    };
    return {
      getChainInfo: m.getChainInfo.bind(m),
      getLatestHeight: method === 'getLatestHeight' ? async () => fail() : m.getLatestHeight.bind(m),
      getClientMessage: m.getClientMessage.bind(m),
      streamEvents:
        method === 'streamEvents'
          ? // eslint-disable-next-line require-yield
            async function* () {
              fail();
            }
          : m.streamEvents.bind(m),
      queryProof: method === 'queryProof' ? async () => fail() : m.queryProof.bind(m),
      submit: m.submit.bind(m),
      queryClient: m.queryClient.bind(m),
    };
  }

  it.each<[string, 'getLatestHeight' | 'streamEvents' | 'queryProof', string, boolean, unknown]>([
    ['a transport error', 'getLatestHeight', 'unavailable', true, new Error('socket hang up')],
    [
      'a deadline',
      'queryProof',
      'deadline_exceeded',
      true,
      new IsthmusError('GRPC_DEADLINE_EXCEEDED', 'slow', { category: 'deadline_exceeded' }),
    ],
    [
      'a refused request',
      'queryProof',
      'invalid_argument',
      false,
      new IsthmusError('REVISION_MISMATCH', 'no', { category: 'invalid_argument' }),
    ],
  ])(
    'error: %s from %s becomes CLEARING_LEDGER_FAILED (%s, retryable %s)',
    async (_, method, category, retryable, cause) => {
      const err = await clearPath({ path: PATH, source: e, dest: failing(method, cause) }).catch(
        (x: unknown) => x,
      );
      expect(err).toMatchObject({ code: 'CLEARING_LEDGER_FAILED', category, retryable, cause });
      expect((err as IsthmusError).context).toMatchObject({ chainId: 'mainchain-1', operation: method });
    },
  );

  it('error: a source stream failing mid-way is CLEARING_LEDGER_FAILED for the source chain', async () => {
    const broken: Ledger = {
      ...failing('streamEvents', undefined),
      async *streamEvents(req) {
        for await (const item of e.streamEvents(req)) {
          yield item;
          throw new Error('stream reset');
        }
      },
    };
    const err = await clearPath({ path: PATH, source: broken, dest: m }).catch((x: unknown) => x);
    expect(err).toMatchObject({
      code: 'CLEARING_LEDGER_FAILED',
      retryable: true,
      context: { chainId: 'edu-1' },
    });
  });
});
