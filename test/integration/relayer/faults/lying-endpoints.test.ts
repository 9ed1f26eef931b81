/**
 * The relayer (in process, on the harness's Redis and NATS) reaching the
 * chains through gRPC endpoints that fail or lie:
 *
 * - failing: health's QueryProof answers UNAVAILABLE, then its
 *   GetClientMessage DEADLINE_EXCEEDED, then main refuses one Submit as
 *   UNAVAILABLE, each until the worker has handed a step back to the queue,
 *   while main's QueryClient answers slowly throughout: every record is
 *   still delivered and acknowledged exactly once, nothing is dead-lettered
 *   and no alert is raised;
 * - lying: health serves a forged commitment proof, or forged headers (an
 *   app hash its validators never signed): each job fails for good at once
 *   — dead-lettered with its code as the reason, an alert raised — and
 *   nothing is submitted to main, whose client and receipts stay as they
 *   were.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { channelPath, receiptPath } from '../../../../adapters/devnet/index.js';
import { IsthmusError } from '../../../../light-clients/index.js';
import { decodeIcs07Header, encodeIcs07Header } from '../../../../light-clients/tendermint/index.js';
import { createLogger } from '../../../../relayer/logger.js';
import { deliverQueue } from '../../../../relayer/roles/jobs.js';
import { relayerRoles, startRelayer, type Relayer } from '../../../../relayer/service/index.js';
import { testServers } from '../../../support/env.js';
import { sleep, waitUntil } from '../drivers/wait.js';
import { CHANNEL, FaultChains, faultNames, type FaultNames } from './chains.js';
import { removeRelayerState } from './cleanup.js';

const logger = createLogger({ level: 'silent' });
let chains: FaultChains | undefined;
let names: FaultNames | undefined;
let relayer: Relayer | undefined;

afterEach(async () => {
  await relayer?.close();
  relayer = undefined;
  if (chains && names) await removeRelayerState(chains, names, testServers());
  await chains?.close();
  chains = undefined;
  names = undefined;
});

async function setUp(): Promise<{ c: FaultChains; start: () => Promise<Relayer> }> {
  const c = new FaultChains();
  chains = c;
  await c.open();
  const n = faultNames();
  names = n;
  const start = async (): Promise<Relayer> => {
    relayer = await startRelayer({
      config: c.config(testServers(), n),
      roles: new Set(relayerRoles),
      logger,
      stopTimeoutMs: 5_000,
    });
    return relayer;
  };
  return { c, start };
}

const failing = (code: string, category: 'unavailable' | 'deadline_exceeded') => (): never => {
  throw new IsthmusError(code, `${code}: injected by the endpoint in front of the chain`, { category });
};

/** Counts main's submissions and forwards them. */
function countSubmissions(c: FaultChains): { readonly count: number } {
  const seen = { count: 0 };
  c.front.main.over.submit = (req) => {
    seen.count += 1;
    return c.ledger.main.submit(req);
  };
  return seen;
}

describe('relayer behind failing endpoints', () => {
  it('behavior: UNAVAILABLE, DEADLINE_EXCEEDED and slow answers are retried until every record is delivered once', async () => {
    const { c, start } = await setUp();
    const health = c.front.health.over;
    const main = c.front.main.over;
    const inner = c.ledger.main;
    main.queryClient = async (req) => {
      await sleep(300);
      return inner.queryClient(req);
    };
    health.queryProof = failing('NODE_UNAVAILABLE', 'unavailable');
    const r = await start();
    const retried = (): number => r.workerCounts().get(c.main)?.retried ?? 0;
    const sent = await c.send(5, 'flaky');

    await waitUntil('a step retried after UNAVAILABLE proofs', () => retried() > 0, 30_000);
    delete health.queryProof;
    health.getClientMessage = failing('NODE_TIMEOUT', 'deadline_exceeded');
    const afterProofs = retried();
    await waitUntil('a step retried after DEADLINE_EXCEEDED headers', () => retried() > afterProofs, 30_000);
    delete health.getClientMessage;
    let refusals = 0;
    main.submit = (req) => {
      refusals += 1;
      if (refusals === 1) return failing('NODE_UNAVAILABLE', 'unavailable')();
      return c.ledger.main.submit(req);
    };

    await c.waitSettled(sent, 60_000);
    await c.expectExactlyOnce(sent);
    expect(refusals).toBeGreaterThan(1);
    expect(r.workerCounts().get(c.main)).toMatchObject({ delivered: sent.length, permanent: 0 });
    expect(await r.drivers.queue.deadLetters(deliverQueue(c.main))).toEqual([]);
    expect(r.alerts.alerts).toEqual([]);
  }, 90_000);
});

describe('relayer behind lying endpoints', () => {
  /** Runs the relayer with `lie` installed on health's endpoint; checks nothing reached main. */
  async function lyingSource(lie: (c: FaultChains) => void, code: string): Promise<void> {
    const { c, start } = await setUp();
    const submissions = countSubmissions(c);
    const clientHeight = await c.clientHeightOnMain();
    lie(c);
    const r = await start();
    const sent = await c.send(2, 'forged');
    const queue = deliverQueue(c.main);
    await waitUntil(
      'both jobs dead-lettered',
      async () => (await r.drivers.queue.deadLetters(queue)).length === 2,
      30_000,
    );
    const letters = await r.drivers.queue.deadLetters(queue);
    expect(letters.map((l) => l.permanent)).toEqual([true, true]);
    expect(letters.map((l) => l.attemptsMade)).toEqual([1, 1]);
    expect(r.alerts.alerts).toHaveLength(2);
    // Nothing was submitted: main's client of health and its receipts are as they were.
    expect(submissions.count).toBe(0);
    expect(await c.clientHeightOnMain()).toBe(clientHeight);
    for (const { sequence } of sent) {
      expect((await c.ledger.main.queryProof({ path: receiptPath(CHANNEL, sequence) })).exists).toBe(false);
    }
    expect(r.workerCounts().get(c.main)).toMatchObject({ delivered: 0, redundant: 0, permanent: 2 });
    // The light client's code, as the dead letter's reason starts and as the alert says.
    for (const letter of letters) expect(letter.reason.startsWith(`${code}: `)).toBe(true);
    expect(r.alerts.alerts.map((a) => a.code)).toEqual([code, code]);
  }

  it('error: a forged commitment proof fails the job for good, with an alert, and submits nothing', async () => {
    await lyingSource((c) => {
      // The proof of another key (the channel end) offered as the proof of each packet's commitment.
      c.front.health.over.queryProof = async (req) => {
        if (!req.path?.startsWith('commitments/')) return c.ledger.health.queryProof(req);
        return c.ledger.health.queryProof({ ...req, path: channelPath(CHANNEL) });
      };
    }, 'KEY_MISMATCH');
  }, 60_000);

  it('error: forged headers fail the job for good, with an alert, and submit nothing', async () => {
    await lyingSource((c) => {
      // Headers with an app hash the validators never signed: a node forging the state it proves against.
      c.front.health.over.getClientMessage = async (req) => {
        const res = await c.ledger.health.getClientMessage(req);
        for (const message of res.messages) {
          const header = decodeIcs07Header(message.bytes ?? new Uint8Array(0));
          const { signedHeader } = header.lightBlock;
          message.bytes = encodeIcs07Header({
            ...header,
            lightBlock: {
              ...header.lightBlock,
              signedHeader: {
                ...signedHeader,
                header: { ...signedHeader.header, appHash: new Uint8Array(32).fill(0xab) },
              },
            },
          });
        }
        return res;
      };
    }, 'COMMIT_BLOCK_ID_MISMATCH');
  }, 60_000);
});
