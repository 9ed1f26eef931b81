/**
 * The delivery core against devnets (health-1 and mainchain-1, edu-1 for a
 * second source) served over gRPC on loopback: batches of recv steps
 * delivered with one verified client update per source and one submission,
 * the acks back, replays counted as redundant, timeouts on unordered and
 * ordered channels, steps the batch refuses, and endpoints that lie (a
 * forged proof, a proof of absence for a present value, another validator
 * set's headers) or fail (UNAVAILABLE on a query or on Submit) — the lies
 * end permanent with nothing of theirs submitted, the failures retry.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import {
  channelPath,
  commitmentPath,
  decodeChannelEnd,
  DevnetChain,
  DevnetLedger,
  makeGenesis,
  packetModule,
  receiptPath,
  recordPath,
  sentRecordPath,
} from '../../../../adapters/devnet/index.js';
import type { LedgerClient } from '../../../../adapters/index.js';
import { type Ledger } from '../../../../adapters/index.js';
import { IsthmusError } from '../../../../light-clients/index.js';
import { fromU64, toU64, v1 } from '../../../../proto/index.js';
import { deliverBatch, type DeliveryReport, type DeliveryStep } from '../../../../relayer/delivery/index.js';
import {
  chainPair,
  createClient,
  eventsOf,
  GENESIS_TIME,
  height,
  SECOND,
  submitOk,
  text,
} from '../../../unit/devnet/packets/relay-steps.js';
import { countingLedger, wrapLedger } from './ledger-wrappers.js';
import { serveLedger, type ServedLedger } from '../../../support/ledger-server.js';

const logger = pino({ level: 'silent' });

/** The proof with its last byte flipped: the bytes no longer hash to the root. */
function flipLastByte(res: v1.QueryProofResponse): v1.QueryProofResponse {
  const bytes = Uint8Array.from(res.proof?.bytes ?? []);
  bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
  return v1.QueryProofResponse.create({ ...res, proof: { ...res.proof, bytes } });
}
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('deliverBatch between two devnets over gRPC', () => {
  const [health, main] = chainPair('health-1', 'mainchain-1');
  const served: ServedLedger[] = [];
  let h: LedgerClient;
  let m: LedgerClient;
  /** mainchain's client of health, and health's client of mainchain. */
  let clientOfHealth = '';
  let clientOfMain = '';

  async function serve(chain: DevnetChain): Promise<LedgerClient> {
    const s = await serveLedger(new DevnetLedger(chain), { retry: { maxAttempts: 1 } });
    served.push(s);
    return s.client;
  }

  /** A time both chains' headers are in the past of (they share one clock, a second per block). */
  const now = (): bigint => {
    const a = health.latestBlock?.timeNs ?? 0n;
    const b = main.latestBlock?.timeNs ?? 0n;
    return (a > b ? a : b) + SECOND;
  };

  /** Sends a record on health's channel-0 (or `channel`); the packet as SEND_PACKET reports it. */
  async function send(
    payload: string,
    timeout: v1.ISendPacket = {},
    channel = 'channel-0',
  ): Promise<v1.IPacket> {
    const res = await submitOk(h, {
      sendPacket: {
        sourceChannel: channel,
        app: 'records',
        payload: utf8(payload),
        timeoutTimestampNs: toU64((health.latestBlock?.timeNs ?? 0n) + 3600n * SECOND),
        ...timeout,
      },
    });
    const sequence = BigInt(text(res.data));
    const events = await eventsOf(h, v1.EventKind.EVENT_KIND_SEND_PACKET);
    const packet = events
      .map((e) => e.packet ?? {})
      .find((p) => p.sourceChannel === channel && fromU64(p.sequence) === sequence);
    if (!packet) throw new Error(`no SEND_PACKET of sequence ${sequence}`);
    return packet;
  }

  const step = (kind: DeliveryStep['step'], packet: v1.IPacket, ack?: v1.IAcknowledgement): DeliveryStep => ({
    packetId: `${packet.sourceChain}/${packet.sourceChannel}/${fromU64(packet.sequence)}`,
    step: kind,
    packet,
    ...(ack ? { acknowledgement: ack } : {}),
  });

  /** Delivers `steps` to mainchain (recv), proven by `source` (default: health's honest endpoint). */
  const toMain = (dest: Ledger, steps: DeliveryStep[], source: Ledger = h): Promise<DeliveryReport> =>
    deliverBatch({
      destChainId: 'mainchain-1',
      dest,
      sources: new Map([['health-1', source]]),
      clientIds: new Map([['health-1', clientOfHealth]]),
      steps,
      now: now(),
      logger,
    });

  /** Delivers `steps` to health (ack, timeout), proven by mainchain. */
  const toHealth = (dest: Ledger, steps: DeliveryStep[]): Promise<DeliveryReport> =>
    deliverBatch({
      destChainId: 'health-1',
      dest,
      sources: new Map([['mainchain-1', m]]),
      clientIds: new Map([['mainchain-1', clientOfMain]]),
      steps,
      now: now(),
      logger,
    });

  /** The ack steps of `packets`, from mainchain's WRITE_ACK events. */
  async function ackSteps(packets: v1.IPacket[]): Promise<DeliveryStep[]> {
    const written = await eventsOf(m, v1.EventKind.EVENT_KIND_WRITE_ACK);
    return packets.map((p) => {
      const event = written.find((e) => fromU64(e.packet?.sequence) === fromU64(p.sequence));
      if (!event?.acknowledgement) throw new Error(`no WRITE_ACK of sequence ${fromU64(p.sequence)}`);
      return step('ack', p, event.acknowledgement);
    });
  }

  /** Whether `path` is set in `chain`'s latest provable state. */
  async function exists(chain: DevnetChain, ledger: Ledger, path: string): Promise<boolean> {
    chain.produceBlock();
    return (await ledger.queryProof({ path })).exists;
  }

  const clientHeight = async (): Promise<bigint> =>
    fromU64((await m.queryClient({ clientId: clientOfHealth })).clientState?.latestHeight?.height);

  const kinds = (report: DeliveryReport): [string, string | undefined, boolean][] =>
    report.outcomes.map((o) => [o.kind, o.code, o.redundant === true]);

  const updatesIn = (req: v1.ISubmitRequest | undefined): number =>
    (req?.messages ?? []).filter((msg) => msg.updateClient).length;

  beforeAll(async () => {
    h = await serve(health);
    m = await serve(main);
    for (let i = 0; i < 2; i++) {
      health.produceBlock();
      main.produceBlock();
    }
    clientOfHealth = await createClient(m, h);
    clientOfMain = await createClient(h, m);
    const open = async (api: Ledger, counterparty: string, clientId: string, ordering: v1.Ordering) =>
      text(
        (
          await submitOk(api, {
            openChannel: {
              app: 'records',
              counterpartyChainId: counterparty,
              counterpartyChannelId: ordering === v1.Ordering.ORDERING_ORDERED ? 'channel-1' : 'channel-0',
              clientId,
              ordering,
            },
          })
        ).data,
      );
    const opened = [];
    for (const ordering of [v1.Ordering.ORDERING_UNORDERED, v1.Ordering.ORDERING_ORDERED]) {
      opened.push(await open(h, 'mainchain-1', clientOfMain, ordering));
      opened.push(await open(m, 'health-1', clientOfHealth, ordering));
    }
    expect(opened).toEqual(['channel-0', 'channel-0', 'channel-1', 'channel-1']);
  });

  afterAll(async () => {
    await Promise.all(served.map((s) => s.close()));
  });

  it('behavior: several recv steps from one source take ONE client update and ONE submission, then the acks go back', async () => {
    const packets = [
      await send('blood type O+'),
      await send('allergy: penicillin'),
      await send('vaccinated'),
    ];
    health.produceBlock(); // the header that commits the state holding the commitments
    const counted = countingLedger(m);
    const report = await toMain(
      counted.ledger,
      packets.map((p) => step('recv', p)),
    );
    expect(kinds(report)).toEqual(packets.map(() => ['done', undefined, false]));
    expect(counted.submissions).toHaveLength(1);
    expect(updatesIn(counted.submissions[0])).toBe(1);
    expect(report.counts).toMatchObject({
      done: 3,
      redundant: 0,
      retry: 0,
      permanent: 0,
      updates: 1,
      packets: 3,
    });
    expect(report.txId).toMatch(/^[0-9A-Fa-f]+$/);
    expect(report.height).toBe(main.latestHeight);
    for (const p of packets) {
      expect(await exists(main, m, recordPath('health-1', 'channel-0', fromU64(p.sequence)))).toBe(true);
    }

    const back = countingLedger(h);
    const acked = await toHealth(back.ledger, await ackSteps(packets));
    expect(kinds(acked)).toEqual(packets.map(() => ['done', undefined, false]));
    expect(back.submissions).toHaveLength(1);
    expect(updatesIn(back.submissions[0])).toBe(1);
    health.produceBlock();
    for (const p of packets) {
      expect(
        text((await h.queryProof({ path: sentRecordPath('channel-0', fromU64(p.sequence)) })).value),
      ).toBe('delivered');
    }
  });

  it('behavior: a replayed batch is done and redundant for every step, before and after the acks', async () => {
    const packets = [await send('consent: research'), await send('consent: sharing')];
    health.produceBlock();
    const recv = packets.map((p) => step('recv', p));
    await toMain(m, recv);

    // The commitments are still on health: the chain answers ALREADY_DONE.
    const again = await toMain(m, recv);
    expect(kinds(again)).toEqual(packets.map(() => ['done', undefined, true]));
    expect(again.counts).toMatchObject({ done: 2, redundant: 2, packets: 2 });

    const acks = await ackSteps(packets);
    main.produceBlock();
    expect(kinds(await toHealth(h, acks))).toEqual(packets.map(() => ['done', undefined, false]));
    const ackedAgain = await toHealth(h, acks);
    expect(kinds(ackedAgain)).toEqual(packets.map(() => ['done', undefined, true]));

    // Acknowledged: the commitments are provably gone in a state after the send, so nothing
    // is submitted at all.
    health.produceBlock();
    const afterSend = recv.map((s) => ({ ...s, proofHeight: health.latestHeight - 1n }));
    const counted = countingLedger(m);
    const late = await toMain(counted.ledger, afterSend);
    expect(kinds(late)).toEqual(packets.map(() => ['done', 'COMMITMENT_CLEARED', true]));
    expect(counted.submissions).toHaveLength(0);
    expect(late.txId).toBeUndefined();

    // Without the height of the send, an absent commitment may just not be provable yet:
    // never "done", or the packet would be dropped.
    const unknown = await toMain(counted.ledger, recv);
    expect(kinds(unknown)).toEqual(packets.map(() => ['retry', 'COMMITMENT_NOT_PROVABLE', false]));
    expect(counted.submissions).toHaveLength(0);
  });

  it('behavior: a timeout step on an unordered channel waits for the timeout, then proves the receipt absent', async () => {
    const timeoutAt = main.latestHeight + 3n;
    const packet = await send('too slow', { timeoutHeight: height(1n, timeoutAt), timeoutTimestampNs: 0 });
    const seq = fromU64(packet.sequence);
    main.produceBlock();
    const early = await toHealth(h, [step('timeout', packet)]);
    expect(kinds(early)).toEqual([['retry', 'TIMEOUT_NOT_REACHED', false]]);

    while (main.latestHeight <= timeoutAt + 1n) main.produceBlock();
    const report = await toHealth(h, [step('timeout', packet)]);
    expect(kinds(report)).toEqual([['done', undefined, false]]);
    expect(await exists(health, h, commitmentPath('channel-0', seq))).toBe(false);
    expect(text((await h.queryProof({ path: sentRecordPath('channel-0', seq) })).value)).toBe('timed out');
  });

  it('behavior: an ordered packet times out with a nextSequenceRecv proof and closes its channel', async () => {
    const deadline = (health.latestBlock?.timeNs ?? 0n) + 10n * SECOND;
    const packet = await send('ordered record', { timeoutTimestampNs: toU64(deadline) }, 'channel-1');
    while ((main.latestBlock?.timeNs ?? 0n) < deadline + 2n * SECOND) main.produceBlock();
    const report = await toHealth(h, [step('timeout', packet)]);
    expect(kinds(report)).toEqual([['done', undefined, false]]);
    health.produceBlock();
    expect(decodeChannelEnd((await h.queryProof({ path: channelPath('channel-1') })).value).state).toBe(
      'closed',
    );
  });

  it('behavior: across a gap of many blocks, one skipping header; a forged proof drops only its own step', async () => {
    const packets = [await send('record a'), await send('record b'), await send('record c')];
    for (let i = 0; i < 20; i++) health.produceBlock();
    const forgedPath = commitmentPath('channel-0', fromU64(packets[1]?.sequence));
    const forging = wrapLedger(h, {
      queryProof: async (req, ctx) => {
        const res = await h.queryProof(req, ctx);
        return req.path === forgedPath ? flipLastByte(res) : res;
      },
    });
    const counted = countingLedger(m);
    const report = await toMain(
      counted.ledger,
      packets.map((p) => step('recv', p)),
      forging,
    );
    expect(kinds(report)).toEqual([
      ['done', undefined, false],
      ['permanent', 'PROOF_INVALID', false],
      ['done', undefined, false],
    ]);
    expect(counted.submissions).toHaveLength(1);
    expect(counted.submissions[0]?.messages).toHaveLength(3);
    expect(updatesIn(counted.submissions[0])).toBe(1);
    expect(report.counts).toMatchObject({ updates: 1, packets: 2, permanent: 1 });
  });

  it('args: steps the batch cannot take are permanent with their code, and nothing is submitted', async () => {
    const packet = await send('misrouted');
    const counted = countingLedger(m);
    const report = await toMain(counted.ledger, [
      { ...step('recv', packet), packetId: 'health-1/channel-0/999' },
      step('ack', packet, { result: utf8('x') }),
    ]);
    expect(kinds(report)).toEqual([
      ['permanent', 'INVALID_STEP', false],
      ['permanent', 'WRONG_DESTINATION', false],
    ]);
    const unknown = await toMain(counted.ledger, [
      {
        ...step('recv', { ...packet, sourceChain: 'edu-1' }),
        packetId: `edu-1/channel-0/${fromU64(packet.sequence)}`,
      },
    ]);
    expect(kinds(unknown)).toEqual([['permanent', 'SOURCE_UNKNOWN', false]]);
    const noAck = await toHealth(h, [step('ack', packet)]);
    expect(kinds(noAck)).toEqual([['permanent', 'ACK_MISSING', false]]);
    expect(counted.submissions).toHaveLength(0);
  });

  it('behavior: a step asking for a state the source has not committed yet retries', async () => {
    const packet = await send('from the future');
    health.produceBlock();
    const report = await toMain(m, [{ ...step('recv', packet), proofHeight: health.latestHeight + 5n }]);
    expect(kinds(report)).toEqual([['retry', 'HEIGHT_NOT_COMMITTED', false]]);
  });

  it('error: a forged proof is permanent and nothing is submitted', async () => {
    const packet = await send('genuine record');
    health.produceBlock();
    const before = await clientHeight();
    const forging = wrapLedger(h, {
      queryProof: async (req, ctx) => flipLastByte(await h.queryProof(req, ctx)),
    });
    const counted = countingLedger(m);
    const report = await toMain(counted.ledger, [step('recv', packet)], forging);
    expect(report.outcomes[0]?.kind).toBe('permanent');
    expect(report.outcomes[0]?.code).toBe('PROOF_INVALID');
    expect(counted.submissions).toHaveLength(0);
    expect(await clientHeight()).toBe(before);
    expect(await exists(main, m, receiptPath('channel-0', fromU64(packet.sequence)))).toBe(false);

    // An honest proof of the commitment, served as a proof of its absence (the packet "already finished").
    const denying = wrapLedger(h, {
      queryProof: async (req, ctx) =>
        v1.QueryProofResponse.create({
          ...(await h.queryProof(req, ctx)),
          exists: false,
          value: new Uint8Array(0),
        }),
    });
    const denied = await toMain(counted.ledger, [step('recv', packet)], denying);
    expect(kinds(denied)).toEqual([['permanent', 'PROOF_TYPE_MISMATCH', false]]);

    // Another value behind an honest proof: the commitment does not match the packet.
    const otherValue = await toMain(counted.ledger, [step('recv', { ...packet, payload: utf8('forged') })]);
    expect(kinds(otherValue)).toEqual([['permanent', 'VALUE_MISMATCH', false]]);
    expect(counted.submissions).toHaveLength(0);
  });

  it('error: a submission that fails in transit retries every step it carried', async () => {
    const packet = await send('lost in transit');
    health.produceBlock();
    const before = await clientHeight();
    const down = wrapLedger(m, {
      submit: () =>
        Promise.reject(new IsthmusError('GRPC_UNAVAILABLE', 'connection reset', { category: 'unavailable' })),
    });
    const report = await toMain(down, [step('recv', packet)]);
    expect(kinds(report)).toEqual([['retry', 'GRPC_UNAVAILABLE', false]]);
    expect(report.txId).toBeUndefined();
    expect(await clientHeight()).toBe(before);
  });

  it('behavior: steps from two sources take one update each, in one submission', async () => {
    let time = GENESIS_TIME;
    const edu = new DevnetChain({
      genesis: makeGenesis({ chainId: 'edu-1', genesisTimeNs: GENESIS_TIME }),
      logger,
      // Never ahead of the other two chains' clock, never behind its own last block.
      clock: () => (time = now() > time + SECOND ? now() : time + SECOND),
      modules: [packetModule()],
    });
    edu.produceBlock();
    const e = await serve(edu);
    const clientOfEdu = await createClient(m, e);
    const clientOnEdu = await createClient(e, m);
    const eduChannel = text(
      (
        await submitOk(e, {
          openChannel: {
            app: 'records',
            counterpartyChainId: 'mainchain-1',
            counterpartyChannelId: 'channel-2',
            clientId: clientOnEdu,
            ordering: v1.Ordering.ORDERING_UNORDERED,
          },
        })
      ).data,
    );
    const mainChannel = text(
      (
        await submitOk(m, {
          openChannel: {
            app: 'records',
            counterpartyChainId: 'edu-1',
            counterpartyChannelId: eduChannel,
            clientId: clientOfEdu,
            ordering: v1.Ordering.ORDERING_UNORDERED,
          },
        })
      ).data,
    );
    expect(mainChannel).toBe('channel-2');
    const sent = await submitOk(e, {
      sendPacket: {
        sourceChannel: eduChannel,
        app: 'records',
        payload: utf8('diploma: nursing'),
        timeoutTimestampNs: toU64(now() + 3600n * SECOND),
      },
    });
    const eduPacket = (await eventsOf(e, v1.EventKind.EVENT_KIND_SEND_PACKET)).at(-1)?.packet ?? {};
    expect(fromU64(eduPacket.sequence)).toBe(BigInt(text(sent.data)));
    const healthPacket = await send('vaccinated 2026-05-01');
    edu.produceBlock();
    health.produceBlock();

    const counted = countingLedger(m);
    const report = await deliverBatch({
      destChainId: 'mainchain-1',
      dest: counted.ledger,
      sources: new Map([
        ['health-1', h],
        ['edu-1', e],
      ]),
      clientIds: new Map([
        ['health-1', clientOfHealth],
        ['edu-1', clientOfEdu],
      ]),
      steps: [step('recv', eduPacket), step('recv', healthPacket)],
      now: now(),
      logger,
    });
    expect(kinds(report)).toEqual([
      ['done', undefined, false],
      ['done', undefined, false],
    ]);
    expect(counted.submissions).toHaveLength(1);
    const updated = (counted.submissions[0]?.messages ?? []).flatMap(
      (msg) => msg.updateClient?.clientId ?? [],
    );
    expect(updated.sort()).toEqual([clientOfEdu, clientOfHealth].sort());
    expect(await exists(main, m, recordPath('edu-1', eduChannel, fromU64(eduPacket.sequence)))).toBe(true);
  });

  it('error: UNAVAILABLE from QueryProof is a retry', async () => {
    const packet = await send('retry me');
    health.produceBlock();
    const down = wrapLedger(h, {
      queryProof: () =>
        Promise.reject(new IsthmusError('UNAVAILABLE', 'endpoint down', { category: 'unavailable' })),
    });
    const counted = countingLedger(m);
    const report = await toMain(counted.ledger, [step('recv', packet)], down);
    expect(kinds(report)).toEqual([['retry', 'UNAVAILABLE', false]]);
    expect(counted.submissions).toHaveLength(0);
    // The honest endpoint delivers it.
    expect(kinds(await toMain(m, [step('recv', packet)]))).toEqual([['done', undefined, false]]);
  });

  it('error: headers of another validator set are permanent and nothing is submitted', async () => {
    // The same chain id under other validators, at least as high as health.
    let time = GENESIS_TIME;
    const impostor = new DevnetChain({
      genesis: makeGenesis({ chainId: 'health-1', genesisTimeNs: GENESIS_TIME, seed: 'impostor' }),
      logger,
      seed: 'impostor',
      clock: () => (time += SECOND),
      modules: [packetModule()],
    });
    const packet = await send('needs an update');
    health.produceBlock();
    while (impostor.latestHeight < health.latestHeight + 2n) impostor.produceBlock();
    const impostorLedger = new DevnetLedger(impostor);
    const lying = wrapLedger(h, { getClientMessage: (req) => impostorLedger.getClientMessage(req) });
    const before = await clientHeight();
    const counted = countingLedger(m);
    const report = await toMain(counted.ledger, [step('recv', packet)], lying);
    expect(kinds(report)).toEqual([['permanent', 'NEXT_VALIDATOR_SET_MISMATCH', false]]);
    expect(counted.submissions).toHaveLength(0);
    expect(await clientHeight()).toBe(before);
  });
});
