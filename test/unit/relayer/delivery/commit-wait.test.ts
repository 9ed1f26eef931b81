/**
 * The usual race with block production (relayer/delivery block-wait.ts): a
 * recv step proven at the height of its SEND_PACKET block, delivered while
 * that block is still the source's latest, so the state it asks for is not
 * committed by a header yet (HEIGHT_NOT_COMMITTED). The batch waits for the
 * source's next block and delivers, instead of retrying after the queue's
 * backoff; a state further ahead, or a block that does not come, still
 * retries. In-process devnets: blocks are produced by the test.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { DevnetLedger } from '../../../../adapters/devnet/index.js';
import { fromU64, toU64, v1 } from '../../../../proto/index.js';
import { deliverBatch, type DeliveryReport, type DeliveryStep } from '../../../../relayer/delivery/index.js';
import {
  chainPair,
  createClient,
  eventsOf,
  SECOND,
  submitOk,
  text,
} from '../../devnet/packets/relay-steps.js';

const logger = pino({ level: 'silent' });
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('deliverBatch: a proof state one block short of committed', () => {
  const [health, main] = chainPair('health-1', 'mainchain-1');
  const h = new DevnetLedger(health);
  const m = new DevnetLedger(main);
  let clientOfHealth = '';

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      health.produceBlock();
      main.produceBlock();
    }
    clientOfHealth = await createClient(m, h);
    const clientOfMain = await createClient(h, m);
    const open = (ledger: DevnetLedger, counterparty: string, clientId: string): Promise<v1.IMsgResult> =>
      submitOk(ledger, {
        openChannel: {
          app: 'records',
          counterpartyChainId: counterparty,
          counterpartyChannelId: 'channel-0',
          clientId,
          ordering: v1.Ordering.ORDERING_UNORDERED,
        },
      });
    await open(h, 'mainchain-1', clientOfMain);
    await open(m, 'health-1', clientOfHealth);
  });

  /** Sends a record on health; the recv step proven at its SEND_PACKET block, which is health's latest. */
  async function sendStep(payload: string): Promise<DeliveryStep> {
    const res = await submitOk(h, {
      sendPacket: {
        sourceChannel: 'channel-0',
        app: 'records',
        payload: utf8(payload),
        timeoutTimestampNs: toU64((health.latestBlock?.timeNs ?? 0n) + 3600n * SECOND),
      },
    });
    const sequence = BigInt(text(res.data));
    const event = (await eventsOf(h, v1.EventKind.EVENT_KIND_SEND_PACKET)).find(
      (e) => fromU64(e.packet?.sequence) === sequence,
    );
    const packet = event?.packet;
    if (!packet) throw new Error(`no SEND_PACKET of sequence ${sequence}`);
    expect(fromU64(event.cursor?.height?.height)).toBe(health.latestHeight);
    return {
      packetId: `health-1/channel-0/${sequence}`,
      step: 'recv',
      packet,
      proofHeight: fromU64(event.cursor?.height?.height),
    };
  }

  const toMain = (steps: DeliveryStep[], commitWaitMs?: number): Promise<DeliveryReport> =>
    deliverBatch({
      destChainId: 'mainchain-1',
      dest: m,
      sources: new Map([['health-1', h]]),
      clientIds: new Map([['health-1', clientOfHealth]]),
      steps,
      now: (health.latestBlock?.timeNs ?? 0n) + 10n * SECOND,
      logger,
      ...(commitWaitMs === undefined ? {} : { commitWaitMs }),
    });

  const kinds = (report: DeliveryReport): [string, string | undefined][] =>
    report.outcomes.map((o) => [o.kind, o.code]);

  it('behavior: the batch waits for the next block and delivers, with no retry', async () => {
    const step = await sendStep('blood type O+');
    const started = Date.now();
    setTimeout(() => health.produceBlock(), 100);
    const report = await toMain([step]);
    expect(kinds(report)).toEqual([['done', undefined]]);
    expect(report.counts.packets).toBe(1);
    // Delivered once the block came (100 ms), long before the queue's first backoff (1 s less jitter).
    expect(Date.now() - started).toBeGreaterThanOrEqual(100 - 5);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('behavior: a block that does not come within the wait retries the step as before', async () => {
    const step = await sendStep('allergy: penicillin');
    const started = Date.now();
    const report = await toMain([step], 150);
    expect(kinds(report)).toEqual([['retry', 'HEIGHT_NOT_COMMITTED']]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150 - 5);
    health.produceBlock();
  });

  it('args: commitWaitMs 0 retries at once; a state more than one block ahead is not waited for', async () => {
    const step = await sendStep('vaccinated');
    expect(kinds(await toMain([step], 0))).toEqual([['retry', 'HEIGHT_NOT_COMMITTED']]);
    const started = Date.now();
    const ahead = await toMain([{ ...step, proofHeight: health.latestHeight + 5n }]);
    expect(kinds(ahead)).toEqual([['retry', 'HEIGHT_NOT_COMMITTED']]);
    expect(Date.now() - started).toBeLessThan(1_000);
    health.produceBlock();
  });
});
