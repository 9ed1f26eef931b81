/**
 * The devnet's ICS-04 packet module on two in-process chains (no gRPC):
 * channel opening, sequences and commitments of SendPacket, RecvPacket's
 * receipts and ordered sequences, replays as ALREADY_DONE, timeouts
 * refused on send and on receipt, acknowledgement and timeout on the
 * source, and the events of each step. Every refusal is checked to leave
 * the state as it was.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  ackCommitment,
  channelPath,
  commitmentPath,
  decodeChannelEnd,
  decodeU64,
  DevnetLedger,
  nextSequenceRecvPath,
  packetCommitment,
  receiptPath,
  recordPath,
  sentRecordPath,
  type DevnetChain,
} from '../../../../adapters/devnet/index.js';
import { packetFromProto } from '../../../../adapters/devnet/packets/index.js';
import { sha256 } from '../../../../light-clients/index.js';
import { fromU64, toU64, v1 } from '../../../../proto/index.js';
import {
  ALREADY_DONE,
  chainPair,
  createClient,
  eventsOf,
  height,
  OK,
  provenOn,
  REJECTED,
  SECOND,
  submit,
  submitOk,
  text,
} from './relay-steps.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const { ORDERING_ORDERED: ORDERED, ORDERING_UNORDERED: UNORDERED } = v1.Ordering;

/** health-1 and mainchain-1, clients each way, an unordered and an ordered `records` channel. */
async function setup() {
  const [a, b] = chainPair('health-1', 'mainchain-1');
  const la = new DevnetLedger(a);
  const lb = new DevnetLedger(b);
  for (let i = 0; i < 2; i++) {
    a.produceBlock();
    b.produceBlock();
  }
  const clientOnA = await createClient(la, lb);
  const clientOnB = await createClient(lb, la);
  const open = async (ledger: DevnetLedger, counterparty: string, clientId: string, ordering: v1.Ordering) =>
    text(
      (
        await submitOk(ledger, {
          openChannel: {
            app: 'records',
            counterpartyChainId: counterparty,
            counterpartyChannelId: ordering === ORDERED ? 'channel-1' : 'channel-0',
            clientId,
            ordering,
          },
        })
      ).data,
    );
  const channels = {
    aUnordered: await open(la, 'mainchain-1', clientOnA, UNORDERED),
    aOrdered: await open(la, 'mainchain-1', clientOnA, ORDERED),
    bUnordered: await open(lb, 'health-1', clientOnB, UNORDERED),
    bOrdered: await open(lb, 'health-1', clientOnB, ORDERED),
  };
  return { a, b, la, lb, clientOnA, clientOnB, channels };
}

type Pair = Awaited<ReturnType<typeof setup>>;

/** The committed value at `path` on `chain` now (after its latest block). */
function stored(chain: DevnetChain, path: string): Uint8Array | undefined {
  return chain.getAt(chain.latestHeight, utf8(path));
}

/** Sends a record on A with a timestamp timeout an hour ahead (or `timeout`); returns the packet from SEND_PACKET. */
async function send(
  p: Pair,
  channel: string,
  payload: string,
  timeout: { height?: bigint; timestampNs?: bigint } = {},
): Promise<v1.IPacket> {
  const res = await submitOk(p.la, {
    sendPacket: {
      sourceChannel: channel,
      app: 'records',
      payload: utf8(payload),
      ...(timeout.height !== undefined ? { timeoutHeight: height(1n, timeout.height) } : {}),
      timeoutTimestampNs: toU64(
        timeout.timestampNs ??
          (timeout.height !== undefined ? 0n : (p.a.latestBlock?.timeNs ?? 0n) + 3600n * SECOND),
      ),
    },
  });
  const events = await eventsOf(p.la, v1.EventKind.EVENT_KIND_SEND_PACKET);
  const packet = events.at(-1)?.packet;
  expect(fromU64(packet?.sequence)).toBe(BigInt(text(res.data)));
  return packet ?? {};
}

/** RecvPacket on B of `packet` with a commitment proof of A's latest provable state. */
async function recvMsg(p: Pair, packet: v1.IPacket): Promise<v1.IMsg> {
  p.a.produceBlock(); // the state holding the commitment needs the next header to be provable
  const proof = await provenOn(
    p.lb,
    p.clientOnB,
    p.la,
    commitmentPath(packet.sourceChannel ?? '', fromU64(packet.sequence)),
  );
  return { recvPacket: { packet, proofCommitment: proof.proof ?? null } };
}

async function ackMsg(p: Pair, packet: v1.IPacket, ack: v1.IAcknowledgement): Promise<v1.IMsg> {
  p.b.produceBlock();
  const proof = await provenOn(
    p.la,
    p.clientOnA,
    p.lb,
    `acks/${packet.destChannel}/${fromU64(packet.sequence)}`,
  );
  return { acknowledgePacket: { packet, acknowledgement: ack, proofAcked: proof.proof ?? null } };
}

describe('packet module: commitments', () => {
  const packet = packetFromProto({
    sequence: toU64(7n),
    sourceChain: 'health-1',
    sourceChannel: 'channel-0',
    destChain: 'mainchain-1',
    destChannel: 'channel-3',
    app: 'records',
    payload: utf8('x-ray'),
    timeoutHeight: height(1n, 100n),
    timeoutTimestampNs: toU64(5n),
  });

  it('behavior: the packet commitment is deterministic and covers every field', () => {
    const c = packetCommitment(packet);
    expect(packetCommitment({ ...packet })).toEqual(c);
    const variants = [
      { sequence: 8n },
      { sourceChain: 'health-2' },
      { sourceChannel: 'channel-1' },
      { destChain: 'mainchain-2' },
      { destChannel: 'channel-4' },
      { app: 'record' },
      { payload: utf8('x-raz') },
      { timeoutHeight: { revision: 2n, height: 100n } },
      { timeoutHeight: { revision: 1n, height: 101n } },
      { timeoutTimestampNs: 6n },
      // Length prefixes: moving a byte from one field to the next changes the commitment.
      { sourceChain: 'health-1c', sourceChannel: 'hannel-0' },
    ];
    const all = variants.map((v) => Buffer.from(packetCommitment({ ...packet, ...v })).toString('hex'));
    expect(new Set([...all, Buffer.from(c).toString('hex')]).size).toBe(variants.length + 1);
  });

  it('behavior: ack commitments tell a result from an error of the same bytes', () => {
    expect(ackCommitment({ result: utf8('no') })).not.toEqual(ackCommitment({ error: 'no' }));
    expect(ackCommitment({ result: utf8('ok') })).toEqual(ackCommitment({ result: utf8('ok') }));
  });

  it('error: an acknowledgement with neither result nor error is INVALID_ACKNOWLEDGEMENT', () => {
    expect(() => ackCommitment({})).toThrow(expect.objectContaining({ code: 'INVALID_ACKNOWLEDGEMENT' }));
  });

  it('args: a packet without a timeout, a sequence or a channel is INVALID_PACKET', () => {
    const proto = {
      sequence: toU64(1n),
      sourceChain: 'a',
      sourceChannel: 'c',
      destChain: 'b',
      destChannel: 'd',
      app: 'records',
    };
    expect(() => packetFromProto(proto)).toThrow(expect.objectContaining({ code: 'INVALID_PACKET' }));
    const timed = { ...proto, timeoutTimestampNs: toU64(1n) };
    expect(() => packetFromProto({ ...timed, sequence: toU64(0n) })).toThrow(
      expect.objectContaining({ code: 'INVALID_PACKET' }),
    );
    expect(() => packetFromProto({ ...timed, destChannel: '' })).toThrow(
      expect.objectContaining({ code: 'INVALID_PACKET' }),
    );
    expect(packetFromProto(timed).sequence).toBe(1n);
  });
});

describe('packet module: channels and SendPacket', () => {
  let p: Pair;
  beforeAll(async () => {
    p = await setup();
  });

  it('behavior: OpenChannel numbers channels and stores their ends', () => {
    expect(p.channels).toEqual({
      aUnordered: 'channel-0',
      aOrdered: 'channel-1',
      bUnordered: 'channel-0',
      bOrdered: 'channel-1',
    });
    const end = decodeChannelEnd(stored(p.a, channelPath('channel-1')) ?? new Uint8Array(0));
    expect(end).toEqual({
      state: 'open',
      ordered: true,
      app: 'records',
      counterpartyChainId: 'mainchain-1',
      counterpartyChannelId: 'channel-1',
      clientId: p.clientOnA,
    });
  });

  it('error: OpenChannel refuses an unknown app or client, a client of another chain, no ordering', async () => {
    const base = {
      app: 'records',
      counterpartyChainId: 'mainchain-1',
      counterpartyChannelId: 'channel-9',
      clientId: p.clientOnA,
      ordering: UNORDERED,
    };
    const results = await submit(
      p.la,
      { openChannel: { ...base, app: 'ledgers' } },
      { openChannel: { ...base, clientId: '07-tendermint-9' } },
      { openChannel: { ...base, counterpartyChainId: 'edu-1' } },
      { openChannel: { ...base, ordering: v1.Ordering.ORDERING_UNSPECIFIED } },
    );
    expect(results.map((r) => [r.code, r.errorCode])).toEqual([
      [REJECTED, 'APP_NOT_FOUND'],
      [REJECTED, 'CLIENT_NOT_FOUND'],
      [REJECTED, 'COUNTERPARTY_MISMATCH'],
      [REJECTED, 'INVALID_CHANNEL'],
    ]);
    expect(stored(p.a, channelPath('channel-2'))).toBeUndefined();
  });

  it('behavior: SendPacket assigns sequences, commits the packet and emits it whole', async () => {
    const first = await send(p, p.channels.aUnordered, 'blood test');
    const second = await send(p, p.channels.aUnordered, 'x-ray', { height: 1000n });
    expect([fromU64(first.sequence), fromU64(second.sequence)]).toEqual([1n, 2n]);
    expect(second).toMatchObject({
      sourceChain: 'health-1',
      sourceChannel: 'channel-0',
      destChain: 'mainchain-1',
      destChannel: 'channel-0',
      app: 'records',
      payload: utf8('x-ray'),
    });
    expect(fromU64(second.timeoutHeight?.height)).toBe(1000n);
    for (const packet of [first, second]) {
      expect(stored(p.a, commitmentPath('channel-0', fromU64(packet.sequence)))).toEqual(
        packetCommitment(packetFromProto(packet)),
      );
    }
    // Sequences count per channel.
    const ordered = await send(p, p.channels.aOrdered, 'ordered one');
    expect(fromU64(ordered.sequence)).toBe(1n);
  });

  it('error: SendPacket refuses passed timeouts, no timeout, unknown channels and another app; nothing changes', async () => {
    const client = await p.la.queryClient({ clientId: p.clientOnA });
    const known = fromU64(client.clientState?.latestHeight?.height);
    const knownTime = fromU64(client.consensusState?.timestampNs);
    const msg = { sourceChannel: 'channel-0', app: 'records', payload: utf8('late') };
    const results = await submit(
      p.la,
      { sendPacket: { ...msg, timeoutHeight: height(1n, known) } },
      { sendPacket: { ...msg, timeoutTimestampNs: toU64(knownTime) } },
      { sendPacket: { ...msg, timeoutHeight: height(0n, known + 100n) } },
      { sendPacket: msg },
      { sendPacket: { ...msg, sourceChannel: 'channel-7', timeoutHeight: height(1n, known + 100n) } },
      { sendPacket: { ...msg, app: 'ledgers', timeoutHeight: height(1n, known + 100n) } },
    );
    expect(results.map((r) => r.errorCode)).toEqual([
      'TIMEOUT_ALREADY_PASSED',
      'TIMEOUT_ALREADY_PASSED',
      // A height of an earlier revision of the destination is behind it.
      'TIMEOUT_ALREADY_PASSED',
      'INVALID_PACKET',
      'CHANNEL_NOT_FOUND',
      'APP_MISMATCH',
    ]);
    expect(stored(p.a, commitmentPath('channel-0', 3n))).toBeUndefined();
    // The next accepted packet takes the next sequence: the refusals consumed none.
    const next = await send(p, p.channels.aUnordered, 'on time', { height: known + 1n });
    expect(fromU64(next.sequence)).toBe(3n);
  });
});

describe('packet module: RecvPacket', () => {
  let p: Pair;
  beforeAll(async () => {
    p = await setup();
  });

  it('behavior: an unordered receive writes the receipt, the record and the ack; events RECV_PACKET then WRITE_ACK', async () => {
    const packet = await send(p, p.channels.aUnordered, 'vaccination');
    const [result] = await submit(p.lb, await recvMsg(p, packet));
    expect(result?.code).toBe(OK);
    const ack = v1.Acknowledgement.decode(result?.data ?? new Uint8Array(0));
    expect(ack.result).toEqual(sha256(utf8('vaccination')));
    expect(stored(p.b, receiptPath('channel-0', 1n))).toEqual(Uint8Array.of(1));
    expect(stored(p.b, `acks/channel-0/1`)).toEqual(ackCommitment(ack));
    expect(stored(p.b, recordPath('health-1', 'channel-0', 1n))).toEqual(utf8('vaccination'));
    const events = await eventsOf(
      p.lb,
      v1.EventKind.EVENT_KIND_RECV_PACKET,
      v1.EventKind.EVENT_KIND_WRITE_ACK,
    );
    expect(events.map((e) => e.kind)).toEqual([
      v1.EventKind.EVENT_KIND_RECV_PACKET,
      v1.EventKind.EVENT_KIND_WRITE_ACK,
    ]);
    expect(events[1]?.acknowledgement?.result).toEqual(ack.result);
    expect(events[0]?.packet).toEqual(v1.Packet.create(packet));
  });

  it('behavior: a replayed receive is ALREADY_DONE and does not fail the batch', async () => {
    const replayed = await send(p, p.channels.aUnordered, 'allergy');
    const replay = await recvMsg(p, replayed);
    expect((await submit(p.lb, replay))[0]?.code).toBe(OK);
    const fresh = await recvMsg(p, await send(p, p.channels.aUnordered, 'blood type'));
    const results = await submit(p.lb, replay, fresh);
    expect(results.map((r) => r.code)).toEqual([ALREADY_DONE, OK]);
    expect(stored(p.b, recordPath('health-1', 'channel-0', 3n))).toEqual(utf8('blood type'));
  });

  it('behavior: an empty record gets an error ack, keeps no record, and is still received once', async () => {
    const packet = await send(p, p.channels.aUnordered, '');
    const [result] = await submit(p.lb, await recvMsg(p, packet));
    expect(result?.code).toBe(OK);
    const ack = v1.Acknowledgement.decode(result?.data ?? new Uint8Array(0));
    expect(ack.error).toBe('empty record');
    const seq = fromU64(packet.sequence);
    expect(stored(p.b, recordPath('health-1', 'channel-0', seq))).toBeUndefined();
    expect(stored(p.b, receiptPath('channel-0', seq))).toBeDefined();
    expect(stored(p.b, `acks/channel-0/${seq}`)).toEqual(ackCommitment({ error: 'empty record' }));
  });

  it('behavior: an ordered channel receives in sequence; lower is ALREADY_DONE, higher PACKET_OUT_OF_ORDER', async () => {
    const one = await send(p, p.channels.aOrdered, 'first');
    const two = await send(p, p.channels.aOrdered, 'second');
    const twoFirst = await recvMsg(p, two);
    const oneMsg = await recvMsg(p, one);
    expect((await submit(p.lb, twoFirst)).map((r) => r.errorCode)).toEqual(['PACKET_OUT_OF_ORDER']);
    expect(decodeU64(stored(p.b, nextSequenceRecvPath('channel-1')), 0n)).toBe(1n);
    const results = await submit(p.lb, oneMsg, oneMsg, twoFirst);
    expect(results.map((r) => r.code)).toEqual([OK, ALREADY_DONE, OK]);
    expect(decodeU64(stored(p.b, nextSequenceRecvPath('channel-1')), 0n)).toBe(3n);
    expect(stored(p.b, receiptPath('channel-1', 1n))).toBeUndefined();
  });

  it('error: a late packet is PACKET_TIMED_OUT and leaves no receipt', async () => {
    const known = fromU64(
      (await p.la.queryClient({ clientId: p.clientOnA })).clientState?.latestHeight?.height,
    );
    const packet = await send(p, p.channels.aUnordered, 'late', { height: known + 1n });
    const msg = await recvMsg(p, packet);
    expect(p.b.latestHeight).toBeGreaterThanOrEqual(known + 1n);
    const [result] = await submit(p.lb, msg);
    expect(result?.errorCode).toBe('PACKET_TIMED_OUT');
    expect(stored(p.b, receiptPath('channel-0', fromU64(packet.sequence)))).toBeUndefined();
  });

  it('error: a packet of another channel, chain or app, or with another payload, is refused; nothing changes', async () => {
    const packet = await send(p, p.channels.aUnordered, 'genuine');
    const msg = await recvMsg(p, packet);
    const proof = msg.recvPacket?.proofCommitment ?? null;
    const variant = (change: Partial<v1.IPacket>): v1.IMsg => ({
      recvPacket: { packet: { ...packet, ...change }, proofCommitment: proof },
    });
    const results = await submit(
      p.lb,
      variant({ sourceChannel: 'channel-1' }),
      variant({ destChannel: 'channel-5' }),
      variant({ destChain: 'edu-1' }),
      variant({ app: 'ledgers' }),
      variant({ payload: utf8('forged') }),
    );
    expect(results.map((r) => r.errorCode)).toEqual([
      'COUNTERPARTY_MISMATCH',
      'CHANNEL_NOT_FOUND',
      'COUNTERPARTY_MISMATCH',
      'COUNTERPARTY_MISMATCH',
      'VALUE_MISMATCH',
    ]);
    expect(stored(p.b, receiptPath('channel-0', fromU64(packet.sequence)))).toBeUndefined();
    expect((await submit(p.lb, msg))[0]?.code).toBe(OK);
  });
});

describe('packet module: AcknowledgePacket and TimeoutPacket', () => {
  let p: Pair;
  beforeAll(async () => {
    p = await setup();
  });

  it('behavior: acknowledging deletes the commitment, tells the app, and a second one is ALREADY_DONE', async () => {
    const packet = await send(p, p.channels.aUnordered, 'discharge letter');
    const [recv] = await submit(p.lb, await recvMsg(p, packet));
    const ack = v1.Acknowledgement.decode(recv?.data ?? new Uint8Array(0));
    const msg = await ackMsg(p, packet, ack);
    // A forged acknowledgement does not match the proven ack commitment.
    const [forged] = await submit(p.la, {
      acknowledgePacket: { ...msg.acknowledgePacket, acknowledgement: { result: utf8('other') } },
    });
    expect(forged?.errorCode).toBe('VALUE_MISMATCH');
    expect(stored(p.a, commitmentPath('channel-0', 1n))).toBeDefined();
    const results = await submit(p.la, msg, msg);
    expect(results.map((r) => r.code)).toEqual([OK, ALREADY_DONE]);
    expect(stored(p.a, commitmentPath('channel-0', 1n))).toBeUndefined();
    expect(text(stored(p.a, sentRecordPath('channel-0', 1n)))).toBe('delivered');
    const events = await eventsOf(p.la, v1.EventKind.EVENT_KIND_ACKNOWLEDGE_PACKET);
    expect(events).toHaveLength(1);
    expect(events[0]?.acknowledgement?.result).toEqual(ack.result);
  });

  it('error: acknowledging a packet other than the committed one is COMMITMENT_MISMATCH', async () => {
    const packet = await send(p, p.channels.aUnordered, 'referral');
    const [result] = await submit(p.la, {
      acknowledgePacket: {
        packet: { ...packet, payload: utf8('not the referral') },
        acknowledgement: { result: utf8('x') },
        proofAcked: { kind: 'ics23', bytes: new Uint8Array(1), height: height(1n, 1n) },
      },
    });
    expect(result?.errorCode).toBe('COMMITMENT_MISMATCH');
  });

  it('behavior: an unordered packet times out once the destination passed its height without receiving it', async () => {
    const timeoutAt = p.b.latestHeight + 3n;
    const packet = await send(p, p.channels.aUnordered, 'too slow', { height: timeoutAt });
    const seq = fromU64(packet.sequence);
    const path = receiptPath('channel-0', seq);
    // Before the timeout height: refused.
    p.b.produceBlock();
    const early = await provenOn(p.la, p.clientOnA, p.lb, path);
    expect(early.exists).toBe(false);
    const msg = (proof: v1.QueryProofResponse): v1.IMsg => ({
      timeoutPacket: { packet, proofUnreceived: proof.proof ?? null },
    });
    expect((await submit(p.la, msg(early)))[0]?.errorCode).toBe('TIMEOUT_NOT_REACHED');
    while (p.b.latestHeight <= timeoutAt) p.b.produceBlock();
    const late = await provenOn(p.la, p.clientOnA, p.lb, path);
    expect(fromU64(late.proof?.height?.height)).toBeGreaterThanOrEqual(timeoutAt);
    const results = await submit(p.la, msg(late), msg(late));
    expect(results.map((r) => r.code)).toEqual([OK, ALREADY_DONE]);
    expect(stored(p.a, commitmentPath('channel-0', seq))).toBeUndefined();
    expect(text(stored(p.a, sentRecordPath('channel-0', seq)))).toBe('timed out');
    expect(await eventsOf(p.la, v1.EventKind.EVENT_KIND_TIMEOUT_PACKET)).toHaveLength(1);
  });

  it('behavior: a timed-out packet on an ordered channel closes it; a received one cannot time out', async () => {
    const received = await send(p, p.channels.aOrdered, 'received', {
      timestampNs: p.a.latestBlock!.timeNs + 30n * SECOND,
    });
    const lost = await send(p, p.channels.aOrdered, 'lost', {
      timestampNs: p.a.latestBlock!.timeNs + 30n * SECOND,
    });
    expect((await submit(p.lb, await recvMsg(p, received)))[0]?.code).toBe(OK);
    for (let i = 0; i < 40; i++) p.b.produceBlock();
    const proof = await provenOn(p.la, p.clientOnA, p.lb, nextSequenceRecvPath('channel-1'));
    expect(decodeU64(proof.value, 0n)).toBe(2n);
    const timeout = (packet: v1.IPacket, next: bigint): v1.IMsg => ({
      timeoutPacket: { packet, proofUnreceived: proof.proof ?? null, nextSequenceRecv: toU64(next) },
    });
    const results = await submit(p.la, timeout(received, 2n), timeout(lost, 1n), timeout(lost, 2n));
    expect(results.map((r) => r.errorCode || 'OK')).toEqual([
      'PACKET_ALREADY_RECEIVED',
      'VALUE_MISMATCH',
      'OK',
    ]);
    expect(decodeChannelEnd(stored(p.a, channelPath('channel-1')) ?? new Uint8Array(0)).state).toBe('closed');
    const [closed] = await submit(p.la, {
      sendPacket: {
        sourceChannel: 'channel-1',
        app: 'records',
        payload: utf8('x'),
        timeoutHeight: height(1n, 10_000n),
      },
    });
    expect(closed?.errorCode).toBe('CHANNEL_CLOSED');
  });
});
