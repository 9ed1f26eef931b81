/**
 * The app callbacks as the packet module calls them: an error
 * acknowledgement discards the app's writes but is still received once;
 * the commitment is gone before `onAcknowledgePacket` runs; an app that
 * throws fails its message and nothing it did is kept.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  commitmentPath,
  DevnetLedger,
  receiptPath,
  recordsApp,
  type DevnetChain,
  type PacketApp,
} from '../../../../adapters/devnet/index.js';
import { IsthmusError } from '../../../../light-clients/index.js';
import { fromU64, toU64, v1 } from '../../../../proto/index.js';
import { chainPair, createClient, OK, provenOn, SECOND, submit, submitOk, text } from './relay-steps.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Writes `notes/{sequence}`, then answers by the payload: "ok", "refuse" (error ack) or "throw". */
const notesApp: PacketApp = {
  name: 'notes',
  onRecvPacket(packet, ctx) {
    ctx.store.set(utf8(`notes/${packet.sequence}`), packet.payload);
    const verdict = new TextDecoder().decode(packet.payload);
    if (verdict === 'throw') {
      throw new IsthmusError('NOTE_REFUSED', 'notes refuses to answer', { category: 'invalid_argument' });
    }
    return verdict === 'refuse' ? { error: 'refused' } : { result: utf8('noted') };
  },
  onAcknowledgePacket(packet, _ack, ctx) {
    // Records what the app sees of its own packet's commitment at that moment.
    const pending = ctx.store.get(utf8(commitmentPath(packet.sourceChannel, packet.sequence)));
    ctx.store.set(utf8(`notes-acked/${packet.sequence}`), utf8(pending ? 'pending' : 'gone'));
  },
  onTimeoutPacket() {},
};

describe('packet module: app callbacks', () => {
  let a: DevnetChain;
  let b: DevnetChain;
  let la: DevnetLedger;
  let lb: DevnetLedger;
  let clientOnA = '';
  let clientOnB = '';
  const at = (chain: DevnetChain, path: string): Uint8Array | undefined =>
    chain.getAt(chain.latestHeight, utf8(path));

  beforeAll(async () => {
    [a, b] = chainPair('health-1', 'mainchain-1', [recordsApp, notesApp]);
    la = new DevnetLedger(a);
    lb = new DevnetLedger(b);
    a.produceBlock();
    b.produceBlock();
    clientOnA = await createClient(la, lb);
    clientOnB = await createClient(lb, la);
    const open = (counterparty: string, clientId: string): v1.IMsg => ({
      openChannel: {
        app: 'notes',
        counterpartyChainId: counterparty,
        counterpartyChannelId: 'channel-0',
        clientId,
        ordering: v1.Ordering.ORDERING_UNORDERED,
      },
    });
    await submitOk(la, open('mainchain-1', clientOnA));
    await submitOk(lb, open('health-1', clientOnB));
  });

  /** Sends `payload` on A and delivers it to B; the recv result and the packet. */
  async function deliver(
    payload: string,
  ): Promise<{ result: v1.IMsgResult | undefined; packet: v1.IPacket }> {
    const sent = await submitOk(la, {
      sendPacket: {
        sourceChannel: 'channel-0',
        app: 'notes',
        payload: utf8(payload),
        timeoutTimestampNs: toU64((a.latestBlock?.timeNs ?? 0n) + 3600n * SECOND),
      },
    });
    const sequence = BigInt(text(sent.data));
    const events = [];
    for await (const item of la.streamEvents({ kinds: [v1.EventKind.EVENT_KIND_SEND_PACKET] })) {
      if (item.event) events.push(item.event);
    }
    const packet = events.at(-1)?.packet ?? {};
    expect(fromU64(packet.sequence)).toBe(sequence);
    a.produceBlock();
    const proof = await provenOn(lb, clientOnB, la, commitmentPath('channel-0', sequence));
    const [result] = await submit(lb, { recvPacket: { packet, proofCommitment: proof.proof ?? null } });
    return { result, packet };
  }

  it('behavior: an error acknowledgement discards the app writes; the receipt and ack are kept', async () => {
    const { result } = await deliver('refuse');
    expect(result?.code).toBe(OK);
    expect(v1.Acknowledgement.decode(result?.data ?? new Uint8Array(0)).error).toBe('refused');
    expect(at(b, 'notes/1')).toBeUndefined();
    expect(at(b, receiptPath('channel-0', 1n))).toBeDefined();
    expect(at(b, 'acks/channel-0/1')).toBeDefined();
  });

  it('error: an app that throws fails the message with its code, and nothing is kept', async () => {
    const { result } = await deliver('throw');
    expect(result?.errorCode).toBe('NOTE_REFUSED');
    expect(at(b, 'notes/2')).toBeUndefined();
    expect(at(b, receiptPath('channel-0', 2n))).toBeUndefined();
    expect(at(b, 'acks/channel-0/2')).toBeUndefined();
  });

  it('behavior: the commitment is deleted before onAcknowledgePacket runs', async () => {
    const { result, packet } = await deliver('ok');
    expect(result?.code).toBe(OK);
    const seq = fromU64(packet.sequence);
    expect(at(b, `notes/${seq}`)).toEqual(utf8('ok'));
    b.produceBlock();
    const proof = await provenOn(la, clientOnA, lb, `acks/channel-0/${seq}`);
    await submitOk(la, {
      acknowledgePacket: {
        packet,
        acknowledgement: v1.Acknowledgement.decode(result?.data ?? new Uint8Array(0)),
        proofAcked: proof.proof ?? null,
      },
    });
    expect(text(at(a, `notes-acked/${seq}`))).toBe('gone');
  });
});
