/**
 * The relayer's default streams on one NATS server: the chain events stream
 * (`isthmus.<chain>.events.<kind>`) and the packet status stream
 * (`isthmus.packets.<chain>.<channel>.<sequence>`). NATS refuses a stream
 * whose subjects overlap another's, so their patterns must not (a chain
 * named `packets` once made `isthmus.*.events.>` and `isthmus.packets.>`
 * collide). A private server, so the default names meet nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JetStreamBus } from '../../../../relayer/drivers/jetstream-bus.js';
import { ack, type BusMessage } from '../../../../relayer/drivers/index.js';
import { createLogger } from '../../../../relayer/logger.js';
import { allEventsSubject, eventsStream, eventSubject } from '../../../../relayer/roles/events.js';
import {
  ALL_PACKETS_SUBJECT,
  ensurePacketsStream,
  PACKETS_STREAM,
  packetSubject,
} from '../../../../relayer/status/index.js';
import { v1 } from '../../../../proto/index.js';
import { startNats, type RunningServer } from '../../../support/servers.js';
import { waitUntil } from './wait.js';

const logger = createLogger({ level: 'silent' });

describe('default bus streams', () => {
  let nats: RunningServer;
  let bus: JetStreamBus;
  beforeAll(async () => {
    nats = await startNats();
    bus = await JetStreamBus.connect({ servers: [nats.url], logger });
  });
  afterAll(async () => {
    await bus.close();
    await nats.stop();
  });

  it('behavior: both default streams are created on one server, each keeping only its own subjects', async () => {
    await bus.ensureStream(eventsStream());
    await ensurePacketsStream(bus);
    // A chain named like the other stream's tokens still lands in the right stream.
    const event = eventSubject('packets', v1.EventKind.EVENT_KIND_SEND_PACKET);
    const status = packetSubject('events/channel-0/7');
    expect(await bus.publish(event, new Uint8Array([1]), { msgId: 'e1' })).toMatchObject({
      stream: 'isthmus-events',
    });
    expect(await bus.publish(status, new Uint8Array([2]), { msgId: 's1' })).toMatchObject({
      stream: PACKETS_STREAM,
    });
    const seen: string[] = [];
    const record = async (m: BusMessage) => {
      seen.push(m.subject);
      return ack;
    };
    const events = await bus.consume('isthmus-events', 'probe', allEventsSubject(), record);
    const packets = await bus.consume(PACKETS_STREAM, 'probe', ALL_PACKETS_SUBJECT, record);
    await waitUntil('both messages consumed', () => seen.length === 2, 10_000);
    await events.close();
    await packets.close();
    expect(seen.sort()).toEqual([event, status].sort());
  });
});
