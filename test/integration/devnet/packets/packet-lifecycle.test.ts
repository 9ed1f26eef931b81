/**
 * The ICS-04 packet lifecycle driven by hand through the `Ledger` gRPC API
 * between two devnets (health-1 and mainchain-1), each served on its own
 * loopback port: clients each way, `records` channels (unordered and
 * ordered), send -> update client -> recv with the commitment proof ->
 * ack -> update client -> acknowledge with the ack proof; timeouts on
 * both kinds of channel; a replayed receive in a batch; forged proofs
 * rejected with their codes and no change to the state.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LedgerClient } from '../../../../adapters/index.js';
import {
  ackCommitment,
  channelPath,
  commitmentPath,
  decodeChannelEnd,
  decodeClientState,
  decodeConsensusState,
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
import { tendermintSpec } from '../../../../light-clients/ics23/index.js';
import { verifyNonMembership } from '../../../../light-clients/tendermint/index.js';
import { fromU64, toU64, v1 } from '../../../../proto/index.js';
import {
  ALREADY_DONE,
  chainPair,
  createClient,
  eventsOf,
  height,
  OK,
  provenOn,
  SECOND,
  submit,
  submitOk,
  text,
} from '../../../unit/devnet/packets/relay-steps.js';
import { serveLedger } from '../../../support/ledger-server.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function serve(chain: DevnetChain): Promise<{ client: LedgerClient; close: () => Promise<void> }> {
  return serveLedger(new DevnetLedger(chain));
}

describe('ICS-04 packet lifecycle between two devnets over gRPC', () => {
  const [health, main] = chainPair('health-1', 'mainchain-1');
  let healthApi: Awaited<ReturnType<typeof serve>>;
  let mainApi: Awaited<ReturnType<typeof serve>>;
  let h: LedgerClient;
  let m: LedgerClient;
  /** mainchain's client of health, and health's client of mainchain. */
  let clientOfHealth = '';
  let clientOfMain = '';

  /** Sends a record on health; the packet as SEND_PACKET reports it. */
  async function send(channel: string, payload: string, timeout: v1.ISendPacket = {}): Promise<v1.IPacket> {
    const res = await submitOk(h, {
      sendPacket: {
        sourceChannel: channel,
        app: 'records',
        payload: utf8(payload),
        timeoutTimestampNs: toU64((health.latestBlock?.timeNs ?? 0n) + 3600n * SECOND),
        ...timeout,
      },
    });
    const packet = (await eventsOf(h, v1.EventKind.EVENT_KIND_SEND_PACKET)).at(-1)?.packet ?? {};
    expect(fromU64(packet.sequence)).toBe(BigInt(text(res.data)));
    return packet;
  }

  /** RecvPacket of `packet` with the proof of its commitment in health's latest provable state. */
  async function recvMsg(packet: v1.IPacket): Promise<v1.IMsg> {
    health.produceBlock();
    const path = commitmentPath(packet.sourceChannel ?? '', fromU64(packet.sequence));
    const proof = await provenOn(m, clientOfHealth, h, path);
    expect(proof.exists).toBe(true);
    return { recvPacket: { packet, proofCommitment: proof.proof ?? null } };
  }

  /** Whether `path` is set in `ledger`'s latest provable state. */
  async function exists(chain: DevnetChain, ledger: LedgerClient, path: string): Promise<boolean> {
    chain.produceBlock();
    return (await ledger.queryProof({ path })).exists;
  }

  beforeAll(async () => {
    healthApi = await serve(health);
    mainApi = await serve(main);
    h = healthApi.client;
    m = mainApi.client;
    for (let i = 0; i < 2; i++) {
      health.produceBlock();
      main.produceBlock();
    }
    clientOfHealth = await createClient(m, h);
    clientOfMain = await createClient(h, m);
    const open = async (api: LedgerClient, counterparty: string, clientId: string, ordering: v1.Ordering) =>
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
    const opened = [
      await open(h, 'mainchain-1', clientOfMain, v1.Ordering.ORDERING_UNORDERED),
      await open(h, 'mainchain-1', clientOfMain, v1.Ordering.ORDERING_ORDERED),
      await open(m, 'health-1', clientOfHealth, v1.Ordering.ORDERING_UNORDERED),
      await open(m, 'health-1', clientOfHealth, v1.Ordering.ORDERING_ORDERED),
    ];
    expect(opened).toEqual(['channel-0', 'channel-1', 'channel-0', 'channel-1']);
  });

  afterAll(async () => {
    await healthApi.close();
    await mainApi.close();
  });

  it('behavior: send -> update -> recv with proof -> ack -> update -> acknowledge; the commitment is then provably gone', async () => {
    const packet = await send('channel-0', 'patient 42: blood type O+');
    const seq = fromU64(packet.sequence);
    expect(seq).toBe(1n);

    const [recv] = await submit(m, await recvMsg(packet));
    expect(recv?.code).toBe(OK);
    const ack = v1.Acknowledgement.decode(recv?.data ?? new Uint8Array(0));
    expect(ack.result).toEqual(sha256(utf8('patient 42: blood type O+')));

    // The record and the ack commitment are in mainchain's provable state.
    main.produceBlock();
    const record = await m.queryProof({ path: recordPath('health-1', 'channel-0', seq) });
    expect(record.value).toEqual(utf8('patient 42: blood type O+'));
    const ackProof = await provenOn(h, clientOfMain, m, `acks/channel-0/${seq}`);
    expect(ackProof.value).toEqual(ackCommitment(ack));

    const [acked] = await submit(h, {
      acknowledgePacket: { packet, acknowledgement: ack, proofAcked: ackProof.proof ?? null },
    });
    expect(acked?.code).toBe(OK);

    // Absence of the commitment, proven against the consensus state mainchain's client stores.
    health.produceBlock();
    const gone = await provenOn(m, clientOfHealth, h, commitmentPath('channel-0', seq));
    expect(gone.exists).toBe(false);
    const client = await m.queryClient({ clientId: clientOfHealth });
    const proofHeight = fromU64(gone.proof?.height?.height);
    expect(fromU64(client.clientState?.latestHeight?.height)).toBe(proofHeight);
    const consensus = decodeConsensusState(client.consensusState?.state ?? new Uint8Array(0));
    verifyNonMembership({
      client: decodeClientState(client.clientState?.state ?? new Uint8Array(0)),
      consensusStates: (at) => (at === proofHeight ? consensus : undefined),
      proofHeight,
      proof: gone.proof?.bytes ?? new Uint8Array(0),
      path: [utf8(commitmentPath('channel-0', seq))],
      specs: [tendermintSpec],
      now: main.latestBlock?.timeNs ?? 0n,
    });
    expect(await exists(health, h, sentRecordPath('channel-0', seq))).toBe(true);
    expect(text((await h.queryProof({ path: sentRecordPath('channel-0', seq) })).value)).toBe('delivered');

    const kinds = (await eventsOf(m))
      .map((e) => e.kind)
      .filter((k) => k !== v1.EventKind.EVENT_KIND_CLIENT_UPDATED);
    expect(kinds).toEqual([v1.EventKind.EVENT_KIND_RECV_PACKET, v1.EventKind.EVENT_KIND_WRITE_ACK]);
    const acknowledged = await eventsOf(h, v1.EventKind.EVENT_KIND_ACKNOWLEDGE_PACKET);
    expect(acknowledged.map((e) => fromU64(e.packet?.sequence))).toEqual([seq]);
  });

  it('behavior: a replayed recv is ALREADY_DONE and does not fail the other messages of its batch', async () => {
    const first = await recvMsg(await send('channel-0', 'allergy: penicillin'));
    expect((await submit(m, first))[0]?.code).toBe(OK);
    const second = await send('channel-0', 'vaccinated 2026-05-01');
    const results = await submit(m, first, await recvMsg(second));
    expect(results.map((r) => r.code)).toEqual([ALREADY_DONE, OK]);
    expect(await exists(main, m, recordPath('health-1', 'channel-0', fromU64(second.sequence)))).toBe(true);
  });

  it('error: forged proofs are rejected with their codes and change nothing', async () => {
    const packet = await send('channel-0', 'genuine record');
    const seq = fromU64(packet.sequence);
    // A height mainchain's client of health holds a consensus state of, before the commitment existed.
    const before = (await m.queryClient({ clientId: clientOfHealth })).clientState?.latestHeight ?? null;
    const honest = await recvMsg(packet);
    const proof = honest.recvPacket?.proofCommitment ?? null;

    // Another value: the proof is of the genuine packet's commitment.
    const forgedPacket = { ...packet, payload: utf8('forged record') };
    // A proof from another height: the bytes prove the state of one height, the claimed height is another.
    const earlier = { ...proof, height: before };
    const unknownHeight = { ...proof, height: height(1n, fromU64(proof?.height?.height) + 100n) };
    // Bytes that are no proof at all.
    const results = await submit(
      m,
      { recvPacket: { packet: forgedPacket, proofCommitment: proof } },
      { recvPacket: { packet, proofCommitment: earlier } },
      { recvPacket: { packet, proofCommitment: unknownHeight } },
      { recvPacket: { packet, proofCommitment: { ...proof, bytes: new Uint8Array([1, 2, 3]) } } },
    );
    expect(results.map((r) => [r.code, r.errorCode])).toEqual([
      [v1.ResultCode.RESULT_CODE_REJECTED, 'VALUE_MISMATCH'],
      [v1.ResultCode.RESULT_CODE_REJECTED, 'PROOF_INVALID'],
      [v1.ResultCode.RESULT_CODE_REJECTED, 'CONSENSUS_STATE_NOT_FOUND'],
      [v1.ResultCode.RESULT_CODE_REJECTED, 'PROOF_MALFORMED'],
    ]);
    expect(await exists(main, m, receiptPath('channel-0', seq))).toBe(false);
    expect(await exists(main, m, recordPath('health-1', 'channel-0', seq))).toBe(false);
    // The honest message still goes through.
    expect((await submit(m, honest))[0]?.code).toBe(OK);
  });

  it('behavior: an unordered packet past its timeout height times out with a receipt absence proof', async () => {
    const timeoutAt = main.latestHeight + 2n;
    const packet = await send('channel-0', 'too slow', {
      timeoutHeight: height(1n, timeoutAt),
      timeoutTimestampNs: 0,
    });
    const seq = fromU64(packet.sequence);
    while (main.latestHeight <= timeoutAt) main.produceBlock();
    const proof = await provenOn(h, clientOfMain, m, receiptPath('channel-0', seq));
    expect(proof.exists).toBe(false);
    // mainchain refuses the late packet too.
    expect((await submit(m, await recvMsg(packet)))[0]?.errorCode).toBe('PACKET_TIMED_OUT');
    const [timedOut] = await submit(h, { timeoutPacket: { packet, proofUnreceived: proof.proof ?? null } });
    expect(timedOut?.code).toBe(OK);
    expect(await exists(health, h, commitmentPath('channel-0', seq))).toBe(false);
    expect(text((await h.queryProof({ path: sentRecordPath('channel-0', seq) })).value)).toBe('timed out');
    expect(await eventsOf(h, v1.EventKind.EVENT_KIND_TIMEOUT_PACKET)).toHaveLength(1);
  });

  it('behavior: an ordered packet times out by its timestamp with a nextSequenceRecv proof, and the channel closes', async () => {
    const deadline = (health.latestBlock?.timeNs ?? 0n) + 20n * SECOND;
    const packet = await send('channel-1', 'ordered record', { timeoutTimestampNs: toU64(deadline) });
    expect(packetCommitment(packetFromProto(packet))).toEqual(
      (await (health.produceBlock(), h.queryProof({ path: commitmentPath('channel-1', 1n) }))).value,
    );
    while ((main.latestBlock?.timeNs ?? 0n) < deadline + SECOND) main.produceBlock();
    const proof = await provenOn(h, clientOfMain, m, nextSequenceRecvPath('channel-1'));
    expect(decodeU64(proof.value, 0n)).toBe(1n);
    const [timedOut] = await submit(h, {
      timeoutPacket: { packet, proofUnreceived: proof.proof ?? null, nextSequenceRecv: toU64(1n) },
    });
    expect(timedOut?.code).toBe(OK);
    health.produceBlock();
    const end = await h.queryProof({ path: channelPath('channel-1') });
    expect(decodeChannelEnd(end.value).state).toBe('closed');
    const [closed] = await submit(h, {
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
