/** Packet ids and the NATS subject of their status changes. */
import { describe, expect, it } from '@jest/globals';
import { IsthmusError } from '../../../../light-clients/index.js';
import {
  escapeSubjectToken,
  packetId,
  packetIdFromSubject,
  packetSubject,
  parsePacketId,
  unescapeSubjectToken,
} from '../../../../relayer/status/index.js';

/** NATS: tokens separated by ".", none empty, no "*", ">" or whitespace in a token. */
function natsSafe(subject: string): boolean {
  return subject.split('.').every((token) => token.length > 0 && !/[\s*>]/.test(token));
}

describe('packet ids', () => {
  it('behavior: an id is <chain>/<channel>/<sequence> and parses back', () => {
    const id = packetId({ sourceChain: 'health-1', sourceChannel: 'channel-0', sequence: 12n });
    expect(id).toBe('health-1/channel-0/12');
    expect(parsePacketId(id)).toEqual({ sourceChain: 'health-1', sourceChannel: 'channel-0', sequence: 12n });
  });

  it.each(['health-1/channel-0', 'a/b/c/1', 'a/b/0', 'a/b/01', '/b/1', 'a//1', 'a/b/-1', 'a/b/x'])(
    'error: "%s" is not a packet id (INVALID_PACKET_ID)',
    (id) => {
      expect(() => parsePacketId(id)).toThrow(expect.objectContaining({ code: 'INVALID_PACKET_ID' }));
    },
  );

  it('args: a sequence below 1 or a part with "/" is refused', () => {
    expect(() => packetId({ sourceChain: 'a', sourceChannel: 'b', sequence: 0n })).toThrow(IsthmusError);
    expect(() => packetId({ sourceChain: 'a/x', sourceChannel: 'b', sequence: 1n })).toThrow(IsthmusError);
  });
});

describe('packet status subjects', () => {
  it('behavior: isthmus.packets.<chain>.<channel>.<sequence>, plain ids unchanged', () => {
    expect(packetSubject('health-1/channel-0/3')).toBe('isthmus.packets.health-1.channel-0.3');
  });

  it('behavior: dots, wildcards, spaces and "~" in chain ids are escaped as ~HH', () => {
    expect(escapeSubjectToken('evm.1')).toBe('evm~2E1');
    expect(escapeSubjectToken('a*b>c d~')).toBe('a~2Ab~3Ec~20d~7E');
    expect(escapeSubjectToken('é')).toBe('~C3~A9');
    const subject = packetSubject('eip155.1337/channel-0/9');
    expect(subject).toBe('isthmus.packets.eip155~2E1337.channel-0.9');
    expect(natsSafe(subject)).toBe(true);
  });

  it.each([
    'health-1/channel-0/1',
    'evm.1/channel-7/18446744073709551615',
    'odd chain*>~/ch.an.nel/42',
    'médical/canal_1/5',
  ])('behavior: the mapping is reversible and NATS-safe for "%s"', (id) => {
    const subject = packetSubject(id);
    expect(natsSafe(subject)).toBe(true);
    expect(subject.split('.')).toHaveLength(5);
    expect(packetIdFromSubject(subject)).toBe(id);
  });

  it('behavior: distinct ids never share a subject', () => {
    const ids = ['a.b/c/1', 'a~2Eb/c/1', 'a/b.c/1', 'a/b/1'];
    expect(new Set(ids.map(packetSubject)).size).toBe(ids.length);
  });

  it.each([
    'isthmus.events.a.b.1',
    'isthmus.packets.a.b',
    'isthmus.packets.a.b.c.1',
    'isthmus.packets.a.b.0',
    'isthmus.packets.a~2.b.1',
    'isthmus.packets.a~2e.b.1',
    'isthmus.packets.a~41.b.1',
    'isthmus.packets.~FF.b.1',
    'isthmus.packets.a~2Fb.c.1',
  ])('error: "%s" is refused with a typed error', (subject) => {
    expect(() => packetIdFromSubject(subject)).toThrow(IsthmusError);
  });

  it('error: tokens the escaping could not have produced are refused', () => {
    expect(() => unescapeSubjectToken('')).toThrow(
      expect.objectContaining({ code: 'INVALID_PACKET_SUBJECT' }),
    );
    expect(() => unescapeSubjectToken('a.b')).toThrow(
      expect.objectContaining({ code: 'INVALID_PACKET_SUBJECT' }),
    );
  });
});
