import { describe, expect, it } from '@jest/globals';
import { subjectMatches } from '../../../../relayer/drivers/subject.js';

describe('subjectMatches (NATS wildcards)', () => {
  it.each([
    ['isthmus.health.events.send_packet', 'isthmus.health.events.send_packet', true],
    ['isthmus.health.events.*', 'isthmus.health.events.send_packet', true],
    ['isthmus.*.events.*', 'isthmus.edu.events.write_ack', true],
    ['isthmus.health.events.>', 'isthmus.health.events.send_packet', true],
    ['isthmus.>', 'isthmus.packets.a.channel-0.1', true],
    ['isthmus.health.events.*', 'isthmus.health.events', false],
    ['isthmus.health.events.*', 'isthmus.health.events.a.b', false],
    ['isthmus.health.events.>', 'isthmus.health.events', false],
    ['isthmus.health.events.send_packet', 'isthmus.edu.events.send_packet', false],
    ['isthmus.health', 'isthmus.health.events', false],
  ])('behavior: %s against %s is %s', (pattern, subject, expected) => {
    expect(subjectMatches(pattern, subject)).toBe(expected);
  });
});
